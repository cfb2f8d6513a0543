# Counterpay Türkçe.

## Üst çubuk

badge-sandbox = TEST
switch-person = Değiştir
    .title = Başka biri girebilsin diye oturumu kapat
customer-display-button = Müşteri ekranı
customer-window-title = Counterpay – müşteri ekranı
owner-button = Yönetim
role-cashier = kasiyer
role-manager = müdür
mode-owner = İşletme sahibi
mode-manager = Müdür
role-owner = işletme sahibi
gateway-ok = Ödeme ağ geçidi: iyi
gateway-slow = Ödeme ağ geçidi: yavaş
gateway-unreachable = Ödeme ağ geçidi: bağlantı yok
gateway-credentials-rejected = Ödeme ağ geçidi: kimlik bilgileri reddedildi
hq-up-to-date = Merkez: güncel
hq-behind = Merkez: { $events } kayıt geride
hq-unreachable = { $events ->
    [0] Merkez: bağlantı yok
   *[other] Merkez: bağlantı yok, { $events } kayıt gönderilecek
}
hq-refused = Merkez: reddetti

## Giriş

signin-title = Kasada kim var?
signin-tap-name = Adına dokun, sonra PIN'ini yaz
signin-pin-for = { $name } için PIN
signin-name-first = Önce adına dokun.
signin-submit = Giriş yap

## Satış girişi

pick-tabs =
    .aria-label = Satışa ekle
pick-items = Ürünler
pick-keypad = Tuş takımı
sku-field =
    .placeholder = Barkodu okut ya da ürün kodunu yaz, adıyla ara
    .aria-label = Ürün kodu ya da adı
categories =
    .aria-label = Kategoriler
category-all = Tümü
category-other = Diğer
items-grid =
    .aria-label = Ürünler
items-none-match = “{ $text }” ile eşleşen ürün yok.
items-many-match = “{ $text }” ile { $count } ürün eşleşiyor: birine dokun ya da biraz daha yaz.
items-no-sku = { $sku } kodlu ürün yok.
key-delete =
    .aria-label = Sil
add-amount = Tutarı satışa ekle
cart-title = Satış
cart-clear = Temizle
cart-lines =
    .aria-label = Satış kalemleri
line-keyed = Tutar
line-amount = Tutar { $amount }
line-less = Bir { $name } eksik
line-more = Bir { $name } fazla
line-discount = { $name } indirimi
line-remove = { $name } kaldır
cart-discount-label = İndirim
discount-field =
    .placeholder = %10 ya da 2,00
    .aria-label = Tüm satışa indirim
tip-label = Bahşiş
tip-choices =
    .aria-label = Bahşiş
tip-none = Bahşiş yok
tip-other = Başka
tip-amount = Bahşiş tutarı
percent = %{ $value }
figure-subtotal = Ara toplam
figure-discount = İndirim
figure-tax = Vergi
figure-tax-included = Dahil vergi
figure-tip = Bahşiş
cart-total-label = Toplam
cart-needs-approval = Bir müdürün onayı gerekiyor: %{ $share } indirim, mağazanın %{ $limit } sınırını aşıyor.
tip-waiting = Müşteri kendi ekranında bahşişi seçiyor…
tip-skip = Bahşişsiz tahsil et
tip-back = Geri
assets =
    .aria-label = Ödeme aracı
limit-min = en az { $amount }
limit-max = en çok { $amount }
note-field =
    .placeholder = Sipariş notu (isteğe bağlı)
    .aria-label = Sipariş notu
charge = Tahsil et
creating-invoice = Ödeme talebi oluşturuluyor…
approval-title = İndirimi bir müdür onaylar
approval-why = %{ $share } indirim, mağazanın %{ $limit } sınırını aşıyor. Bir müdür ya da işletme sahibi adını seçip PIN'ini yazar.

## Ekrandaki satış

pay-customer-pays = Müşteri öder
pay-still-due = Kalan
pay-sale = Satış: { $amount }
pay-network = Ağ: { $asset }
copy-amount = Kopyala
pay-to-address = Gönderilecek adres
pay-waiting = Ödeme bekleniyor
pay-confirming = Ödeme görüldü: onaylanıyor
pay-underpaid = EKSİK ÖDEME: aşağıya bakın
pay-underpaid-due = EKSİK ÖDEME: { $due } kaldı
pay-confirmations = { $required } onaydan { $received } tanesi
pay-received = { $asked } tutarın { $paid } kadarı geldi
pay-time-left = { $time } kaldı
checking-gateway = Ödeme ağ geçidine soruluyor…
cancel-sale = Satışı iptal et
check-again = Yeniden kontrol et
refund-what-arrived = Geleni iade et…
done = Tamam
simulate-title = Ödeme benzetimi (test)
simulate-full = Tam
simulate-rest = Kalanı öde
simulate-partial = Kısmi
simulate-expire = Süreyi bitir
late-banner = Ödeme talebi { $id }, { $word }: { $amount }
today = Bugün
status-pending = bekliyor
status-confirming = onaylanıyor
status-paid = ödendi
status-underpaid = eksik
status-expired = süresi doldu
status-failed = başarısız
status-cancelled = iptal edildi

## Sonuçlar: başlık, kasiyerin okuduğu, müşterinin okuduğu

outcome-paid-late = geç ödendi
outcome-completed = tamamlandı
outcome-paid-title = ÖDENDİ
outcome-paid-title-late = ÖDENDİ ({ $late })
outcome-paid-detail = { $fiat } alındı.
outcome-paid-customer = Teşekkürler! Ödemeniz alındı.
outcome-underpaid-title = EKSİK ÖDEME
outcome-underpaid-detail = { $asked } tutarın yalnızca { $paid } kadarı geldi. Müşteriden kalanı aynı adrese göndermesini isteyin (QR yalnızca kalanı ister) ya da geleni iade edin. Malı henüz teslim etmeyin: Counterpay bu ödeme talebini izlemeye devam ediyor.
outcome-underpaid-customer = Eksik ödeme: { $asked } tutarın { $paid } kadarı geldi. Lütfen kalanı gönderin.
outcome-expired-title = SÜRESİ DOLDU
outcome-expired-detail = { $fiat } için ödeme gelmedi. Müşteri ödediğini söylüyorsa Yeniden kontrol et'e basın; sonradan gelen para yine alınır ve burada görünür.
outcome-expired-customer = Bu ödeme talebinin süresi doldu. Lütfen kasiyere danışın.
outcome-failed-title = BAŞARISIZ
outcome-failed-detail = Ödeme ağ geçidi ödeme talebini oluşturmadı.
outcome-failed-customer = Ödeme başlatılamadı. Lütfen kasiyere danışın.
outcome-cancelled-title = İPTAL EDİLDİ
outcome-cancelled-detail = { $fiat } tutarındaki satış iptal edildi. Müşteri yine de ödediyse Yeniden kontrol et'e basın; sonradan gelen para yine alınır ve burada görünür.
outcome-cancelled-customer = Bu ödeme iptal edildi.
new-sale = Yeni satış
receipt-button = Fiş
refund-the-excess = Fazlayı iade et…

## Müşteri ekranı

customer-languages =
    .aria-label = Dil
customer-welcome = { $shop } mağazasına hoş geldiniz
customer-your-items =
    .aria-label = Ürünleriniz
customer-tip-question = Bahşiş eklemek ister misiniz?
customer-no-tip = Bahşiş yok
customer-tip-sum = +{ $tip } · { $total }
customer-send-exactly = Lütfen tam olarak gönderin
customer-send-rest = Lütfen kalanı gönderin
customer-send-to = adres
customer-network-warning = Yalnızca { $network } ağından gönderin. Başka bir ağdan gönderilen para kaybolur.
customer-coin-warning = Yalnızca { $coin } gönderin. Buraya gönderilen başka her coin kaybolur.
customer-waiting = Ödemeniz bekleniyor
customer-confirming = { $required ->
    [0] Ödeme görüldü, onaylanıyor…
   *[other] Ödeme görüldü, onaylanıyor ({ $required } onaydan { $received })…
}
customer-time-left = Ödemek için { $time } kaldı

## Fişler

receipt-paper = Kâğıt
paper-58 = 58 mm rulo
paper-80 = 80 mm rulo
receipt-print = Yazdır…
receipt-close = Kapat
receipt-title = Ödeme fişi
receipt-tax-number = Vergi no. { $number }
receipt-paid = Ödenen
receipt-asset = Varlık
receipt-invoice = Ödeme talebi
receipt-order = Sipariş
receipt-transaction = İşlem
receipt-cashier = Kasiyer
receipt-no-txid = ödeme ağ geçidi bildirmedi
receipt-paid-late = Ödeme talebinin süresi dolduktan sonra ödendi; kabul edildi.
receipt-thanks = Teşekkürler!
receipt-subtotal = Ara toplam
receipt-discount = İndirim
receipt-tax = Vergi %{ $rate }
receipt-tax-included = dahil vergi %{ $rate }
receipt-tip = Bahşiş
refund-receipt-title = İade fişi
refund-receipt-sale = Satış
refund-receipt-to = Alıcı
refund-receipt-invoice = Ödeme talebi
refund-receipt-refund = İade
refund-receipt-no-txid = henüz bilinmiyor
refund-receipt-not-completed = İade { $status }: henüz tamamlanmadı.

## Kurulum, kurtarma kodu, istenen PIN

setup-title = Bu kasayı kur
setup-text = İşletme sahibi kasayı bir kez kurar. Sahibin PIN'i ödeme ağ geçitlerini, para çekmeleri, personeli ve ayarları açar; kimseyle paylaşmayın.
setup-shop = Mağaza adı
setup-fiat = Fiyatların yazıldığı para birimi
setup-pin = Sahibin PIN'i (6 ile 12 rakam)
setup-pin-again = Aynı PIN bir kez daha
setup-submit = Kur
setup-working = Kuruluyor…
recovery-title = Kurtarma kodunuz
recovery-text = Bir yere yazın ve kasadan uzakta saklayın. Unutulan sahip PIN'ini sıfırlar ve bu kasanın kayıt defterini başka bir bilgisayara taşır. Yalnızca şimdi gösterilir.
recovery-done = Yazdım
ask-pin-why = Bu değişiklik parayı taşıyabilir ya da başka yere yönlendirebilir; bu yüzden şimdi sahibin PIN'i gerekiyor.
ask-pin-person =
    .aria-label = Onaylayan
ask-pin-input =
    .aria-label = PIN
    .placeholder = PIN
ask-pin-ok = Onayla
ask-pin-cancel = Vazgeç
late-close =
    .aria-label = Kapat

## Ne ters gitti, uygulamanın hatalarının söylediği gibi (ödeme
## sağlayıcısının kendi sözleri geldiği gibi kalır, $detail içinde)

error-amount-empty = Bir tutar girin, örneğin 12,50.
error-amount-not-a-number = “{ $text }” bir tutar değil: tek ondalık ayırıcılı rakamlar kullanın, örneğin 12,50.
error-amount-comma = “{ $text }” binlik ayırıcı içeriyor: tutarı ayırıcısız yazın, örneğin 1250,50.
error-amount-negative = Tutar negatif olamaz.
error-amount-zero = Tutar sıfırdan büyük olmalı.
error-amount-decimals = { $code } tutarları en fazla { $scale } ondalık basamak alır.
error-amount-too-large = { $amount } { $code }, tek bir satışın alabileceğinden fazla (en fazla { $max } { $code }).
error-fiat = “{ $text }” bir para birimi kodu değil: üç harf kullanın, örneğin TRY.
error-asset = “{ $text }” bir varlık kodu değil: harf ve rakam kullanın, örneğin USDTTRC20 veya BTC.
error-gateway-auth = Ödeme sağlayıcısı kimlik bilgilerini reddetti ({ $detail }); sağlayıcının anahtarlarını kontrol edin.
error-gateway-forbidden = Ödeme sağlayıcısı bu kimlik bilgileriyle buna izin vermiyor ({ $detail }); hesabın izinlerini sağlayıcının panelinden kontrol edin.
error-gateway-rate-limited = { $seconds ->
    [0] Ödeme sağlayıcısı yavaşlamamızı istiyor.
   *[other] Ödeme sağlayıcısı yavaşlamamızı istiyor ({ $seconds } sn sonra yeniden deneyin).
}
error-gateway-rejected = Ödeme sağlayıcısı reddetti: { $detail }
error-gateway-not-found = Ödeme sağlayıcısı { $what } kaydını tanımıyor.
error-gateway-unavailable = Ödeme sağlayıcısına ulaşılamıyor ({ $detail }); birazdan yeniden deneyin.
error-gateway-protocol = Ödeme sağlayıcısı okuyamadığımız bir yanıt verdi ({ $detail }).
error-unknown-invoice = Kayıtta { $id } numaralı satış yok.
error-unresolved = Ödeme sağlayıcısı { $id } satışını onaylamadı. Satış saklanıyor ve kendiliğinden yeniden kontrol ediliyor.
error-pin-not-set = Henüz bir sahip tanımlanmadı.
error-pin-wrong = { $tries ->
    [one] Yanlış PIN; kilitlenmeden önce 1 deneme hakkı kaldı.
   *[other] Yanlış PIN; kilitlenmeden önce { $tries } deneme hakkı kaldı.
}
error-pin-locked = Çok fazla yanlış PIN: { $seconds } sn sonra yeniden deneyin.
error-pin-format = PIN { $min } ile { $max } arası rakamdan oluşur.
error-pin-mismatch = İki PIN birbirini tutmuyor; aynı PIN'i iki kez yazın.
error-storage = Kayıt okunamıyor veya yazılamıyor: { $detail }
error-approval-needed = %{ $share } indirim, mağazanın %{ $limit } sınırını aşıyor: bir müdürün veya sahibin PIN'i gerekiyor.
error-no-gateway = Henüz bir ödeme ağ geçidi kurulmadı: işletme sahibi Yönetim → Ayarlar bölümünden ekler.
error-no-default-gateway = Birden fazla ödeme ağ geçidi var ve hiçbiri varsayılan değil: işletme sahibi Yönetim → Ayarlar bölümünden birini seçer.
error-provider-unknown = { $name } adlı bir ağ geçidi yok.
error-signed-out = Önce PIN'inizle giriş yapın.

## Yazılanın ya da istenenin reddi, uygulamanın kontrollerinin söylediği gibi.
## $what alanı adlandırır: ad, kategori, not, kasiyer ya da sipariş numarası.

error-text-empty = { $what ->
    [category] Kategori boş.
   *[name] Ad boş.
}
error-text-long = { $what ->
    [category] Kategori çok uzun: en fazla { $max } karakter olabilir.
    [note] Not çok uzun: en fazla { $max } karakter olabilir.
    [cashier] Kasiyerin adı çok uzun: en fazla { $max } karakter olabilir.
    [order-id] Sipariş numarası çok uzun: en fazla { $max } karakter olabilir.
   *[name] Ad çok uzun: en fazla { $max } karakter olabilir.
}
error-text-control = { $what ->
    [category] Kategoride bir kontrol karakteri var: düz metin yazın.
    [note] Notta bir kontrol karakteri var: düz metin yazın.
    [cashier] Kasiyerin adında bir kontrol karakteri var: düz metin yazın.
    [order-id] Sipariş numarasında bir kontrol karakteri var: düz metin yazın.
   *[name] Adda bir kontrol karakteri var: düz metin yazın.
}
error-sku-empty = Ürün kodu boş.
error-sku-long = { $sku } ürün kodu { $max } karakterden uzun.
error-sku-character = { $sku } ürün kodunda “{ $character }” karakteri var: yalnızca harf, rakam, -, _ ve . kullanın.
error-sku-from-name = “{ $name }” adından ürün kodu üretilemiyor, çünkü içinde harf ya da rakam yok: ürüne bir ürün kodu verin.
error-sku-taken = { $sku } zaten { $name } ürününün kodu: bu ürüne kendine ait bir ürün kodu verin.
error-sku-unknown = Katalogda { $sku } kodlu ürün yok.
error-sku-fixed = { $was } kodlu ürünün kodu değiştirilemez: ürünü yeni ürün koduyla yeniden ekleyin.
error-item-there = { $name } katalogda zaten { $target } koduyla var: listeden değiştirin ya da bu ürüne başka bir ürün kodu verin.
error-percent = “{ $text }” bir yüzde değil: 8,875 ya da 20 gibi bir değer yazın.
error-percent-over = { $text }: bir yüzde en fazla 100 olabilir.
error-percent-decimals = { $text }: bir yüzde en fazla { $scale } ondalık basamak alır, örneğin 8,875.
error-tax-rate = %{ $text } vergi oranı olamaz: oran %100'ün altında olmalı.
error-adjustment-percent = { $text }: 0 ile 100 arasında bir yüzde girin, örneğin 10%.
error-cart-empty = Satış boş.
error-line-empty = Her kalemde bir ürün ya da bir tutar olmalı.
error-quantity = Miktar 1 ile { $max } arasında bir tam sayı olmalı; { $qty } olamaz.
error-quantity-zero = { $name }: miktar en az 1 olmalı.
error-quantity-large = { $name }: miktar çok büyük.
error-discount-line = { $name } için { $off } { $fiat } indirim, kalemin tutarından ({ $amount } { $fiat }) fazla.
error-discount-sale = { $off } { $fiat } indirim, satışın tutarından ({ $left } { $fiat }) fazla.
error-nothing-to-charge = Bir tutar yazın ya da ürün ekleyin.
error-items-total = Ürünlerin toplamı { $amount } { $fiat } değil, { $total } { $fiat }: tutarı boş bırakın ya da düzeltin.
error-tip-not-offered = Bu bahşiş artık sunulmuyor.
error-gateway-fiat = Bu ödeme ağ geçidi yalnızca { $only } cinsinden fiyatlandırır, { $fiat } cinsinden değil: başka bir ödeme ağ geçidi seçin.
error-asset-not-offered = Bu ödeme ağ geçidi { $asset } sunmuyor; sundukları: { $offered }.
error-below-minimum = { $amount } { $fiat }, bu ödeme ağ geçidinin kabul ettiği en küçük { $asset } ödemesinin ({ $min } { $fiat }) altında.
error-above-maximum = { $amount } { $fiat }, bu ödeme ağ geçidinin kabul ettiği en büyük { $asset } ödemesinin ({ $max } { $fiat }) üstünde.
error-cancel-status = Satış { $id } artık iptal edilemez; durumu: { $status }.
error-cancel-theirs = Bu satışı { $cashier } yaptı: yalnızca kendisi, bir müdür ya da işletme sahibi iptal edebilir.
error-confirm-status = Satış { $id }, durumu: { $status }. Elle yalnızca eksik ödenmiş ya da süresi dolmuş bir satış onaylanır.
error-txid = Satışı ödeyen işlemin kimliğini (txid) girin.
error-reason = Neden tek satır olmalı, en fazla 200 karakter.
error-updating = Counterpay bir güncelleme kuruyor ve birazdan yeniden başlayacak; hiçbir satış başlatılmadı.
error-no-update = Bekleyen bir güncelleme yok: önce güncellemeleri arayın.
error-setup-needed = Önce kasayı kurun: adı, para birimi ve sahibin PIN'i.
error-set-up-already = Bu kasa zaten kurulu: bir sahibi var.
error-shop-name = Mağazaya tek satırlık bir ad verin.
error-left-staff = { $name } artık personel arasında değil: yeniden giriş yapın.
error-owner-only = Bunun için işletme sahibi gerekir: yönetimi sahibin PIN'iyle açın.
error-manager-only = Bunun için bir müdür ya da işletme sahibi gerekir: yönetimi onlardan birinin PIN'iyle açın.
error-not-manager = { $name } { $role } olarak kayıtlı: bunu yalnızca bir müdür ya da işletme sahibi yapabilir.
error-pin-needed = Devam etmek için sahibin PIN'ini yazın.
error-owner-gone = İşletme sahibinin kaydı bulunamıyor.
error-no-staff = Personelde böyle biri yok: bir ad seçin.
error-staff-name = “{ $name }” bir personel adı olamaz: 1 ile 32 arası yazdırılabilir karakter girin.
error-staff-name-taken = Personelde zaten { $name } adlı biri var; başka bir ad seçin.
error-owner-exists = { $name } zaten işletme sahibi; bir kasanın tek bir sahibi olur.
error-one-owner = Bir kasanın kurulumda belirlenen tek bir sahibi olur; bir müdür ya da kasiyer ekleyin.
error-owner-stays = İşletme sahibi çıkarılamaz; bunun yerine sahibin PIN'ini değiştirin.
error-recovery-none = Bu kasanın kurtarma kodu yok: kurtarma kodları çıkmadan önce kurulmuş.
error-recovery-damaged = Kurtarma kodu bu kasanın anahtarlarını açamıyor ({ $detail }).
error-fiat-priced = Katalogdaki fiyatlar { $fiat } cinsinden: para birimini değiştirmeden önce katalogdaki ürünleri kaldırın.
error-no-shift = { $number } numaralı bir vardiya kapatılmadı.
error-not-a-date = “{ $text }” bir tarih değil.
error-range-backwards = Aralığın başlangıcı bitişinden sonra: son günden önce bir başlangıç günü seçin.
error-range-long = Bir rapor en fazla { $max } günü kapsar: daha kısa bir aralık seçin.
error-date-out-of-range = Bu tarih aralık dışında.
error-export-write = Dışa aktarma yazılamadı ({ $detail }).
error-provider-name = “{ $name }” ağ geçidi adı olamaz: bir harfle başlayın, sonra harf, rakam, - veya _ kullanın (en fazla 32).
error-provider-taken = Bu adla bir ağ geçidi zaten var ({ $name }): önce onu kaldırın ya da başka bir ad seçin.
error-url-sandbox = Sandbox, Counterpay içinde çalışır ve adres almaz.
error-url-invalid = Geçerli bir web adresi değil: { $url } ({ $detail }).
error-url-http = { $url }: düz http kimlik bilgilerini ve her satışı şifresiz gönderir. https:// kullanın (http yalnızca bu bilgisayardaki bir deneme ağ geçidi için, örneğin http://127.0.0.1).
error-url-scheme = Adres https:// ile başlamalı: { $url }.
error-url-credentials = Adreste kimlik bilgisi bulunmamalı: bunları ağ geçidi formuna girin.
error-option-unknown = Bilinmeyen seçenek: { $key }. { $kind } için geçerli seçenekler: { $known }.
error-option-value = { $key } için { $value } olmaz; şunlardan birini kullanın: { $allowed }.
error-option-fee-payer = Ağ geçidi API anahtarıyla giriş yaptığında ücreti kimin ödeyeceği Cryptofuse panelinde belirlenir.
error-option-number = { $key } = { $value }: { $low } ile { $high } arasında bir tam sayı kullanın.
error-option-protocol = Sandbox yalnızca şunları konuşur: { $allowed }.
error-customer-window = Müşteri ekranı açılamadı ({ $detail }).
error-keyring = Kimlik bilgileri sistemin anahtarlığına kaydedilemedi ({ $detail }).
error-write-place = Bu konuma yazılamıyor ({ $detail }).
error-write-file = Dosya yazılamıyor: { $path } ({ $detail }).
error-print = Yazdırma penceresi açılamadı ({ $detail }).

## Bir para çekmenin ya da iadenin ve para gönderilecek adresin reddi.
## $network bir ağın adıdır (Bitcoin, Tron), $prefixes adreslerinin
## nasıl başladığı, "veya" ile birleştirilmiş olarak.

error-address-empty = Paranın gönderileceği { $network } adresini girin.
error-address-spaces = { $network } adresinin başında ya da sonunda boşluk veya satır sonu var: bunları silin.
error-address-network = Bu bir { $network } adresi değil: { $prefixes } ile başlamalı.
error-address-testnet = Bu bir { $network } test ağı (testnet) adresi ve gerçek coin barındırmaz: bir ana ağ (mainnet) adresi kullanın.
error-address-character = “{ $character }” bir { $network } adresinde bulunamaz: bir karakter yanlış yazılmış.
error-address-length = Bu { $network } adresi çok kısa ya da çok uzun: bir karakter eksik ya da fazla.
error-address-hex-length = Bir { $network } adresi 0x ve ardından 40 onaltılık rakamdan oluşur; bu adreste { $digits } rakam var.
error-address-checksum = { $network } adresinin sağlama toplamı tutmuyor: bir karakter yanlış yazılmış.
error-address-eip55 = Bu { $network } adresindeki büyük ve küçük harfler sağlama toplamıyla uyuşmuyor: bir karakter yanlış yazılmış.
error-address-mixed-case = Bu { $network } adresinde küçük ve büyük harfler karışık: tümü küçük ya da tümü büyük harf olmalı.
error-address-no-checksum = Bu { $network } adresi tamamen küçük ya da tamamen büyük harfli, bu yüzden içindeki yanlış yazılmış bir karakter yakalanamaz: adresi cüzdandan büyük-küçük harf karışık hâliyle kopyalayın.
error-address-kind = Bu { $network } adresi, kontrol edemediğimiz bir türde: { $prefixes } ile başlayan bir adres isteyin.
error-address-label = Adrese 1 ile 40 karakter arası bir ad verin.
error-address-saved = { $address } adresi { $asset } için zaten kayıtlı.
error-no-address = { $id } numaralı kayıtlı adres yok.
error-payout-network = { $asset } için, adreslerini kontrol edebildiğimiz bir para çekme ağı yok.
error-payout-minimum = Tutar, ödeme ağ geçidinin en küçük para çekme tutarının ({ $minimum } { $asset }) altında.
error-payout-available = Yalnızca { $available } { $asset } kullanılabilir.
error-payout-nothing-arrives = { $fee } { $asset } ücret düşülünce alıcıya hiçbir şey ulaşmaz.
error-nothing-available = Kullanılabilir { $asset } yok.
error-quote-changed = Ödeme ağ geçidinin teklifi kontrol edildikten sonra değişti: hiçbir şey gönderilmedi. Yeniden kontrol edin.
error-check-withdrawal = Önce para çekmeyi kontrol edin.
error-no-withdrawal = { $id } numaralı para çekme yok.
error-withdrawal-final = Para çekme { $id } zaten sonuçlandı: { $state }.
error-check-refund = Önce iadeyi kontrol edin.
error-no-refund = { $id } numaralı iade yok.
error-refund-amount = “{ $text }”: fazla ödenen kısmı, gelenin tamamını ya da bir { $asset } tutarı girin.
error-refund-status = Satış { $id }, durumu: { $status }. Yalnızca ödenmiş ya da eksik ödenmiş bir satışa gelen para iade edilebilir.
error-refunded-already = Satış { $id }: gelen paranın tamamı zaten iade edildi.
error-refund-no-excess = Satış { $id } için iade edilecek fazla ödeme kalmadı: { $asked } { $asset } istendi, { $paid } geldi, { $refunded } zaten iade edildi.
error-refund-room = Satış { $id }: { $wanted } değil, en fazla { $left } { $asset } daha iade edilebilir.
error-refund-too-much = Satış { $invoice }: { $already } { $asset } zaten iade edildi; { $more } daha iade edilirse gelen { $paid } tutarı aşılır.
error-refund-txid = İadenin işlem kimliğini (txid) ödeme ağ geçidinin panelinde göründüğü gibi girin.

## Bildirimler

notify-paid-title = Ödendi: { $fiat }
notify-paid-late-title = Ödendi ({ $late }): { $fiat }
notify-paid-body = { $order } siparişi için { $received } alındı
notify-underpaid-title = EKSİK ÖDEME: { $fiat }
notify-underpaid-late-title = EKSİK ÖDEME ({ $late }): { $fiat }
notify-underpaid-body = { $order } siparişi için { $asked } yerine yalnızca { $paid } geldi
notify-expired-title = Süresi doldu: { $fiat }
notify-expired-body = { $order } siparişi için hiçbir ödeme yapılmadı
notify-withdrawal-completed-title = Para çekme tamamlandı: { $amount }
notify-withdrawal-completed-body = { $provider } üzerinden { $address } adresine gönderildi
notify-withdrawal-failed-title = Para çekme başarısız: { $amount }
notify-withdrawal-failed-body = Ödeme sağlayıcısı reddetti.

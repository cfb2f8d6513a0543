## Yönetim: yönetimin kendisi, ödeme ağ geçitleri, ayarlar, personel, katalog, güncellemeler ve destek.

## Yönetimin kendisi: kilidini açmak, sekmeleri, kilitlemek

office-title = Yönetim
office-tab-takings = Hasılat
office-tab-sales = Satışlar
office-tab-shifts = Vardiyalar
office-tab-payouts = Para çekme
office-tab-catalog = Katalog
office-tab-setup = Ayarlar
office-tab-staff = Personel
office-tab-activity = Etkinlik
office-lock = Kilitle
office-close = Kapat
office-who = Kim açıyor
office-pin-label = PIN
office-unlock = Kilidi aç
office-pin-short = PIN'iniz, sahibin PIN'inin artık olması gereken uzunluktan kısa. Ayarlar → PIN'iniz bölümünden en az 6 rakamlı bir PIN seçin.
# Satırı olmayan bir tabloda.
office-none = Yok

## Katalog

catalog-items = Ürünler
# İkisi yalnızca fiyatların vergiyi nasıl içerdiğinde ayrılır.
catalog-help-added = Kasanın düğme olarak ve ürün koduyla sunduğu ürünler. Fiyatlar mağazanın para birimindedir; vergi kasada eklenir (Ayarlar → Vergi, bahşiş ve indirimler). Gizlenen bir ürün burada ve eski satışlarda kalır, ama kasa artık onu sunmaz.
catalog-help-included = Kasanın düğme olarak ve ürün koduyla sunduğu ürünler. Fiyatlar mağazanın para birimindedir ve vergi dahildir (Ayarlar → Vergi, bahşiş ve indirimler). Gizlenen bir ürün burada ve eski satışlarda kalır, ama kasa artık onu sunmaz.
catalog-sku = Ürün kodu
catalog-name = Ad
catalog-price-field =
    .placeholder = 4,50
catalog-price = Fiyat
catalog-tax = Vergi %
catalog-category = Kategori
catalog-at-counter = Kasada
catalog-state-offered = sunuluyor
catalog-state-hidden = gizli
catalog-change = Değiştir
catalog-hide = Gizle
catalog-offer = Sun
catalog-remove = Kaldır
# Aynı düğmeye bir kez basıldı: ikinci basış ürünü kaldırır.
catalog-remove-sure = Kaldır: emin misiniz?
catalog-removed = { $name } kaldırıldı.
catalog-offered-again = { $name } kasada yeniden sunuluyor.
catalog-hidden-now = { $name } kasadan gizlendi.
catalog-add-title = Ürün ekle
catalog-change-title = Değiştir: { $name }
catalog-add = Ürünü ekle
catalog-save-changes = Değişiklikleri kaydet
catalog-cancel = Vazgeç
catalog-added = { $name } eklendi.
catalog-changed = { $name } değiştirildi.
catalog-sku-field =
    .placeholder = addan üretilir
catalog-sku-help = Barkod okuyucunun okuduğu kod ya da elle yazılacak kısa bir kod.
# Komut olduğu gibi kalır: bir terminale yazılır.
catalog-import-help = Bütün bir katalog, { "counterpay catalog import FILE.csv" } komutuyla bir CSV dosyasından alınır.

## Ayarlar: mağazanın ayarları

settings-title = Mağaza ayarları
settings-group-shop = Mağaza
settings-group-counter = Kasa
settings-group-selling = Vergi, bahşiş ve indirimler
settings-group-receipt = Fişler
settings-group-backup = Günlük yedek
settings-group-advanced = Gelişmiş
# $help, aşağıdaki gibi ayarın kendi açıklamasıdır.
settings-help-pin = { $help } Değiştirmek için sahibin PIN'i gerekir.
settings-on = Açık
settings-off = Kapalı
settings-save = Kaydet
settings-refused = “{ $value }” değeri { $name } için uygun değil. { $help }
settings-saved = Kaydedildi.
settings-saved-name = Kaydedildi: { $name }.
# PIN sorusunun başlığı; $name ayarın adıdır.
settings-change = “{ $name }” ayarını değiştir
# Yedek klasörünün düğmesi ve boş alanı.
settings-folder-none = Yok
settings-folder-empty = Yok: günlük kopya alınmıyor
# Yerine bir sözcük de seçilebilen bir sayı: sayı yazma seçeneği.
settings-own-number = Belirli sayıda { $unit }
settings-own-percent = Belirli bir yüzde
# Sayının alanı, ekran okuyucu için: "Müşterinin ödeme süresi (dakika)".
settings-number-in = { $name } ({ $unit })
setting-unit-minutes = dakika
setting-unit-hours = saat
setting-unit-copies = kopya
setting-unit-percent = %

## Ayarlar: her ayarın adı ve altındaki açıklaması
## (açıklamada değer olan sözcükler, örneğin gateway, none ya da
## computer, komut satırının aldığı değerlerdir)

setting-shop-name = Mağaza adı
    .help = Müşterilerin gördüğü ad, en fazla 60 karakter.
setting-fiat = Para birimi
    .help = Üç harfli para birimi kodu, örneğin TRY veya EUR.
setting-default-asset = İlk seçilen varlık
    .help = Kasada önceden seçili gelen varlık, örneğin USDTTRC20.
setting-expiry-minutes = Müşterinin ödeme süresi
    .help = Müşterinin ödemek için kaç dakikası olduğu (5 ile 120 arası) ya da ödeme ağ geçidinin belirlediği süre.
setting-notifications = Bildirimler
    .help = Bir satış ödendiğinde, eksik ödendiğinde ya da süresi dolduğunda sistem bildirimi gösterir.
setting-sound = Ses
    .help = Bir satış ödendiğinde ya da bir sorun çıktığında kısa bir ses çalar.
setting-updates = Güncellemeleri ara
    .help = Açılışta imzalı güncellemeleri arar.
setting-update-endpoint = Güncelleme adresi
    .help = Bir güncelleme manifestinin https URL'si ya da varsayılan adres için “default”.
setting-monitor-hours = Kapanan satışlarda geç parayı izle
    .help = Eksik ödenen, süresi dolan ya da iptal edilen bir ödeme talebinin geç gelen para için kaç saat izleneceği (0 ile 720 arası).
setting-owner-idle-minutes = Yönetimi kilitleme süresi
    .help = Kaç dakika dokunulmazsa yönetimin kendini kilitleyeceği (1 ile 60 arası).
setting-counter-idle-minutes = Kasadan çıkış süresi
    .help = Kaç dakika dokunulmazsa kasanın oturumu kapatacağı (0 hiçbir zaman, en çok 240).
setting-till-name = Kasa adı
    .help = Bu kasanın Merkez raporlarındaki adı, en fazla 40 karakter; kimliğiyle görünmesi için “none”.
setting-backup-dir = Yedek klasörü
    .help = Günde bir kez kayıt defterinin bir kopyasını alan klasör (tam yol) ya da hiçbiri.
setting-backup-keep = Saklanacak kopya
    .help = Kaç günlük kopyanın saklanacağı (1 ile 365 arası).
setting-receipt-address = Adres
    .help = Fişlerde mağaza adının altında görünen adres (tek satır) ya da boş.
setting-receipt-tax-number = Vergi numarası
    .help = Fişlerde görünen mağazanın vergi ya da KDV numarası, ya da boş.
setting-receipt-footer = Alt satır
    .help = Fişlerin en altındaki satır, örneğin iade koşulları, ya da boş.
setting-prices-include-tax = Fiyatlar ve vergi
    .help = Katalog fiyatlarına vergi dahil mi (AB'de olağan), yoksa vergi kasada mı ekleniyor (ABD'de olağan).
setting-tips = Bahşiş
    .help = Ödeme talebinden önce bahşiş sorulsun mu: hayır, kasiyer sorar ya da müşteri kendi dokunmatik ekranında seçer.
setting-tip-presets = Önerilen bahşişler (%)
    .help = Önerilen bahşişler, yüzde olarak, örneğin 10,15,20.
setting-discount-limit = Müdürsüz indirim
    .help = Bir kasiyerin müdür PIN'i olmadan yapabileceği en yüksek indirim, satışın yüzdesi olarak, ya da sınırsız.
setting-language = Dil
    .help = Kasanın ve yönetimin dili: en, es, pt-BR, tr veya vi.
setting-customer-language = Müşteri dili
    .help = Müşteri ekranının dili (müşteri değiştirebilir): en, es, pt-BR, tr, vi ya da personelinkiyle aynı.
setting-time-zone = Saat dilimi
    .help = Kasanın günlerinin başlayıp bittiği saat dilimi: Europe/Istanbul gibi bir ad ya da bilgisayarınki için “computer”.

## Ayarlar: seçenek sunan ayarların seçenekleri
## (diller her yerde aynı, kendi dillerinde adlandırılır)

setting-choice-expiry-minutes-gateway = Ağ geçidi ne belirlerse
setting-choice-prices-include-tax-false = Fiyatlara vergi dahil değil: kasada eklenir
setting-choice-prices-include-tax-true = Fiyatlara vergi dahil
setting-choice-tips-off = Bahşiş yok
setting-choice-tips-counter = Kasiyer kasada sorar
setting-choice-tips-customer = Müşteri, müşteri ekranında dokunarak seçer
setting-choice-customer-language-same = Personelinkiyle aynı
setting-choice-discount-limit-none = Sınır yok

## Ödeme ağ geçitleri

gateways-title = Ödeme ağ geçitleri
gateways-add-title = Ödeme ağ geçidi ekle
gateways-name = Ad
gateways-name-help = Ona vereceğiniz kısa ad, örneğin ana ya da yedek.
gateways-kind = Tür
gateways-auth = Giriş yöntemi
gateways-url = Temel URL
gateways-url-field =
    .placeholder = ağ geçidinin kendi adresi için boş bırakın
gateways-url-help = Yalnızca ağ geçidinin test sunucusu ya da başka bir bölge için.
gateways-add = Ağ geçidini ekle
gateways-credentials-title = Kimlik bilgileri
gateways-credentials-gateway = Ağ geçidi
gateways-credentials-help = Gizli bilgiler Counterpay'in dosyalarında değil, bilgisayarın anahtar zincirinde saklanır ve bir daha gösterilmez.
gateways-save-credentials = Anahtar zincirine kaydet
# Ağ geçidinin adının altında: türü, nasıl giriş yaptığı, nerede olduğu.
gateways-signs-in-with = giriş: { $mode }
gateways-own-address = ağ geçidinin kendi adresi
gateways-default = varsayılan
gateways-make-default = Varsayılan yap
gateways-make-default-pin = Satışları { $name } ağ geçidine gönder
gateways-enter-credentials = Kimlik bilgilerini gir
gateways-test = Bağlantıyı test et
gateways-remove = Kaldır
gateways-remove-pin = { $name } ağ geçidini kaldır
# Bir gizli bilgi ve kayıtlı olup olmadığı: "Özel anahtar: Kayıtlı değil".
gateways-mark = { $secret }: { $state }
gateways-now = Şu an: { $state }
gateways-state-stored = Kayıtlı
gateways-state-environment = Ortam değişkeninden
gateways-state-missing = Kayıtlı değil
gateways-state-unavailable = Anahtar zinciri yok
# $secrets ağ geçidinin istediklerini sayar, örneğin "İstemci kimliği ve İstemci gizli anahtarı".
gateways-needs-secrets = Ekledikten sonra Kimlik bilgileri bölümüne şunları girin: { $secrets }.
# Bir listenin son ikisi: "İstemci kimliği ve İstemci gizli anahtarı"; $first
# virgülle ayrılmış birden çok öğe içerebilir.
gateways-no-secrets = Kimlik bilgisi gerektirmez.
gateways-add-pin = { $name } ağ geçidini ekle
gateways-added = Ağ geçidi eklendi. Kimlik bilgilerini aşağıya girin, sonra Bağlantıyı test et'e basın. Bunu varsayılan yapana kadar satışlar varsayılan ağ geçidine gitmeye devam eder.
gateways-testing = { $name } test ediliyor…
gateways-passed = { $name }: tüm kontroller başarılı.
gateways-failed = { $name }: bir kontrol başarısız.
# Bağlantı testinin bir kontrolü; $reason uygulamanın kendi sözleridir.
gateways-test-ok = TAMAM: { $check }: { $reason }
gateways-test-failed = BAŞARISIZ: { $check }: { $reason }
# Bir bağlantı testinin bir kontrolünün neden başarılı ya da başarısız olduğu.
# $why ve $detail ağ geçidinin ya da sistemin kendi sözleridir.
gateways-reason-answered = ağ geçidi yanıt verdi.
gateways-reason-accepted = ağ geçidi kimlik bilgilerini kabul etti.
gateways-reason-no-credentials = kayıtlı kimlik bilgisi yok: aşağıya girin.
gateways-reason-connect = ağ geçidi kullanılamıyor ({ $detail }).
gateways-reason-unreachable = ağ geçidine ulaşılamıyor ({ $why }): internet bağlantısını ve ağ geçidinin adresini kontrol edin.
gateways-reason-refused = ağ geçidi kimlik bilgilerini reddetti ({ $why }): yeniden girin.
gateways-reason-credentials = kimlik bilgileri kontrol edilemedi ({ $detail }).
gateways-reason-fiat = ağ geçidi ödeme taleplerini { $fiat } cinsinden fiyatlandırıyor.
gateways-reason-fiat-open = ağ geçidinin belgelerinde { $fiat } için bir sınır yok.
gateways-reason-fiat-off = ağ geçidi ödeme taleplerini { $fiat } cinsinden fiyatlandırmıyor: ağ geçidinin panelinde { $fiat } para birimini açın, mağazanın para birimini değiştirin ya da başka bir ağ geçidi seçin.
gateways-reason-fiat-unknown = { $fiat } para birimi kontrol edilemedi ({ $detail }).
gateways-reason-assets = { $count ->
    [one] { $count } varlık sunuluyor: { $codes }.
   *[other] { $count } varlık sunuluyor: { $codes }.
}
gateways-reason-asset-missing = kasada ilk seçilen varlık { $asset }, ama ağ geçidi bu varlığı sunmuyor: varlığı ağ geçidinde açın ya da kasanın ilk varlığı olarak şunlardan birini seçin: { $codes }.
gateways-reason-assets-unknown = varlık listesi okunamadı ({ $detail }).
gateways-check-reachable = erişim
gateways-check-credentials = kimlik bilgileri
gateways-check-fiat = mağazanın para birimi
gateways-check-assets = varlıklar
gateways-fill-in = Tüm alanları doldurun: { $field } boş.
gateways-store-pin = { $name } için kimlik bilgilerini kaydet
gateways-stored = { $count ->
    [one] { $name } için { $count } gizli bilgi anahtar zincirine kaydedildi.
   *[other] { $name } için { $count } gizli bilgi anahtar zincirine kaydedildi.
}

## Ödeme ağ geçitleri: her tür, giriş yolları, istedikleri gizli bilgiler

gateways-kind-cryptofuse = Cryptofuse
gateways-kind-cryptopayment = CryptoPayment
gateways-kind-cryptoscan = CryptoScan
gateways-kind-sandbox = Test (gerçek para yok, denemek için)
gateways-auth-cryptofuse-default = İstemci kimliği ve gizli anahtar (OAuth)
gateways-auth-cryptofuse-api-key = Ödemeler için API anahtarı, gerisi için OAuth
gateways-auth-cryptoscan-default = İmzalı istekler (açık ve özel anahtar)
gateways-auth-cryptoscan-private-key = Başlıkta özel anahtar
gateways-auth-cryptopayment-default = API anahtarı ve gizli anahtar
gateways-auth-sandbox-default = Giriş yok
gateways-secret-client-id = İstemci kimliği
gateways-secret-client-secret = İstemci gizli anahtarı
gateways-secret-api-key = API anahtarı
gateways-secret-api-secret = API gizli anahtarı
gateways-secret-public-key = Açık anahtar
gateways-secret-private-key = Özel anahtar

## Güncellemeler

update-title = Güncellemeler
update-check = Güncellemeleri ara
update-install = İndir ve kur
update-off = Güncellemeler kapalı (“Güncellemeleri ara” ayarı).
update-unchecked = Henüz bakılmadı.
update-checking = Güncellemeler aranıyor…
update-up-to-date = Counterpay { $version } en yeni sürüm.
# Ardından sürüm notları, geldiği gibi gelir.
update-available = Counterpay { $version } yayımlandı.
update-downloading-percent = { $version } indiriliyor: %{ $percent }
update-downloading-kib = { $version } indiriliyor: { $kib } KiB
update-waiting = { $open ->
    [one] { $version } hazır; açık { $open } satış bitince kurulacak.
   *[other] { $version } hazır; açık { $open } satış bitince kurulacak.
}
update-installing = { $version } kuruluyor; Counterpay yeniden başlayacak.
update-failed-check = Güncellemeler denetlenemedi ({ $detail }).
update-failed-download = { $version } sürümüne güncelleme kurulmadı: indirilemedi ({ $detail }).
update-failed-install = { $version } sürümüne güncelleme kurulamadı ({ $detail }).
# Üst çubuktaki düğme.
update-badge-available = Güncelle: { $version }
update-badge-updating = Güncelleniyor…

## PIN'iniz ve destek (Ayarlar sekmesinde)

settings-pin-title = PIN'iniz
settings-pin-current =
    .placeholder = mevcut PIN
settings-pin-new =
    .placeholder = yeni PIN (6 ile 12 rakam)
settings-pin-change = PIN'i değiştir
settings-pin-changed = PIN değiştirildi.
support-title = Destek
support-copy = Tanılama raporunu kopyala
support-help = Counterpay desteği için bu kasa hakkında düz metin bir rapor (sürüm, ayarlar, ödeme ağ geçitleri, kayıt defteri).
support-report =
    .aria-label = Tanılama raporu
support-collecting = Toplanıyor…
support-copied = Kopyalandı. Hiçbir gizli bilgi içermez: desteğe yazdığınız mesaja yapıştırın.
support-select = Aşağıdaki metni seçip kopyalayın.

## Personel

staff-title = Personel
staff-col-name = Ad
staff-col-role = Rol
staff-remove = Çıkar
staff-remove-pin = { $name } adlı kişiyi çıkar
staff-add-title = Personel ekle
staff-name =
    .placeholder = ad
staff-role =
    .aria-label = Rol
staff-role-cashier = Kasiyer: satış yapar
staff-role-manager = Müdür: ayrıca hasılat ve vardiyalar
staff-pin =
    .placeholder = kişinin PIN'i (4 ile 12 rakam)
staff-add = Ekle
staff-add-pin = { $name } adlı kişiyi ekle
staff-added = { $name } artık giriş yapabilir.

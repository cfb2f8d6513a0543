## Yönetim: satışlar, iadeler, hasılat, vardiyalar, para çekmeler ve etkinlik.

## Hasılat

takings-scope = Kasalar
takings-scope-till = Bu kasa
takings-scope-hq = Tüm kasalar (Merkez)
takings-from = Başlangıç
takings-to = Bitiş
takings-today = Bugün
takings-export-csv = CSV dışa aktar
takings-export-json = JSON dışa aktar
takings-reconcile = Mutabakat
takings-paid-invoices = Ödenen talepler
takings-underpaid = Eksik ödenen
takings-flagged = İşaretli
takings-chart-day = Saat saat ödenen { $fiat }, { $day }
takings-chart-days = Saat saat ödenen { $fiat }, { $first } – { $last }
takings-chart-empty = Henüz { $fiat } cinsinden ödeme yok.
takings-per-asset = Varlığa göre
takings-per-gateway = Ödeme ağ geçidine göre
takings-per-cashier = Kasiyere göre
takings-by-status = Duruma göre ödeme talepleri
takings-tax-collected = Toplanan vergi
takings-tips = Bahşişler
takings-items-sold = Satılan ürünler
takings-per-till = Kasaya göre
takings-exceptions = İstisnalar
takings-col-asset = Varlık
takings-col-received = Alınan
takings-col-invoices = Ödeme talepleri
takings-col-gateway = Ağ geçidi
takings-col-status = Durum
takings-col-till = Kasa
takings-col-shop = Mağaza
takings-saved = { $count ->
    [one] 1 ödeme talebi kaydedildi.
   *[other] { $count } ödeme talebi kaydedildi.
}

## Ödeme ağ geçitleriyle mutabakat (Hasılat sekmesinde)

takings-reconciliation = Ödeme ağ geçitleriyle mutabakat
takings-reconciling = Ödeme ağ geçitlerinin kayıtları okunuyor…
takings-reconcile-col-what = Ne
takings-reconcile-col-gateway = Ağ geçidi
takings-reconcile-col-invoice = Ödeme talebi
takings-reconcile-col-gateway-id = Ağ geçidi kimliği
takings-reconcile-col-journal = Kayıt defteri
takings-reconcile-col-gateway-says = Ağ geçidine göre
takings-difference-missing-locally = Ağ geçidinde var, kayıt defterinde yok
takings-difference-missing-at-gateway = Kayıt defterinde var, ağ geçidinde yok
takings-difference-status = Durum farklı
takings-difference-amount = Tutar farklı
takings-difference-other-till = Başka bir kasanın satışı
# Bir farkın bir tarafı: ödeme talebinin durumu ve istediği kripto tutarı.
takings-side = { $status } { $amount }
takings-differences = { $count ->
    [one] { $day } tarihinde 1 fark var. `counterpay reconcile --adopt`, ödeme ağ geçidinin daha doğru bildiği bilgileri uygular.
   *[other] { $day } tarihinde { $count } fark var. `counterpay reconcile --adopt`, ödeme ağ geçidinin daha doğru bildiği bilgileri uygular.
}
takings-agree = { $day } tarihinde kayıt defteri ile ödeme ağ geçitleri uyuşuyor.

## Günlük hasılatta ve vardiya raporunda birlikte görünenler

report-paid = Ödenen
report-invoices = Ödeme talepleri
report-exceptions = İstisnalar
report-refunded = İade edilen
report-net = Net
# Kimsenin giriş yapmadığı bir satış.
report-none-set = (atanmamış)
report-col-cashier = Kasiyer
report-col-paid = Ödenen
report-col-sku = Ürün kodu
report-col-sold = Satılan
report-col-net-sales = Net satış
report-col-invoice = Ödeme talebi
report-col-order = Sipariş
report-col-what = Ne
report-col-asked = İstenen
report-col-arrived = Gelen
# Vergi ve bahşiş tabloları (ui/owner/parts.js çizer).
report-col-rate = Oran
report-col-tax = Vergi
report-col-staff = Personel
report-col-tips = Bahşiş
# Bir vergi oranının ya da bir kişinin bahşişlerinin kaç satıştan geldiği.
report-col-sales = Satış

## Satışlar: arama

sales-search-label = Ara
sales-search =
    .placeholder = Tutar, sipariş no, txid ya da ödeme talebi no
sales-from = Başlangıç
sales-to = Bitiş
sales-status-label = Durum
sales-all = Tümü
sales-status-pending = Bekliyor
sales-status-confirming = Onaylanıyor
sales-status-paid = Ödendi
sales-status-underpaid = Eksik ödeme
sales-status-expired = Süresi doldu
sales-status-cancelled = İptal edildi
sales-status-failed = Başarısız
sales-cashier = Kasiyer
sales-gateway = Ağ geçidi
sales-go = Ara
sales-hint = Tarih girilmezse son 90 gün aranır. En yeniden başlayarak en çok 200 satış gösterilir. Tüm geçmişini görmek için bir satışa dokunun.
sales-searching = Aranıyor…
sales-too-many = Yalnızca en yeni 200 satış gösteriliyor: daha eskilerini bulmak için aramayı daraltın.
sales-col-time = Zaman
sales-col-amount = Tutar
sales-col-asset = Varlık
sales-col-status = Durum
sales-col-cashier = Kasiyer
sales-col-gateway = Ağ geçidi
sales-col-order = Sipariş
# Ekran okuyucunun okuduğu biçimde listenin bir satırı; $status durum
# ve varsa işaretlerdir, örneğin "ödendi, fazla ödendi".
sales-row = Satış { $id }, { $amount }, { $status }

## Satışlar: tek bir satış

sale-back = Listeye dön
sale-reprint = Fişi yeniden yazdır
sale-title = Satış { $id }: { $amount }, { $status }
sale-fact-amount = Tutar
sale-fact-asset = Varlık
sale-fact-asked = İstenen
sale-fact-received = Alınan
sale-fact-status = Durum
sale-fact-created = Oluşturuldu
sale-fact-paid = Ödendi
sale-fact-expires = Son geçerlilik
sale-fact-cashier = Kasiyer
sale-fact-gateway = Ödeme ağ geçidi
sale-fact-order = Sipariş
sale-fact-gateway-id = Ağ geçidi kimliği
sale-fact-address = Adres
sale-fact-transaction = İşlem
sale-fact-note = Not
sale-fact-failure = Başarısızlık nedeni
sale-flag-overpaid = fazla ödendi
sale-flag-paid-late = geç ödendi
sale-flag-confirmed-manually = elle onaylandı
sale-flag-paid-in-parts = parça parça ödendi
sale-flag-found-by-reconciliation = mutabakatta bulundu
sale-confirm-help = Para, ödeme ağ geçidinin eşleştiremediği bir yoldan geldiyse (örneğin bir borsadan iki parça hâlinde), işletme sahibi bu satışı işlem kimliğiyle birlikte ödeme ağ geçidinde elle ödendi olarak işaretleyebilir.
sale-txid-label = İşlem kimliği
sale-reason-label = Neden
sale-reason =
    .placeholder = denetim kaydı için
sale-confirm = Elle ödendi olarak onayla…
sale-confirm-pin = Satış { $id }: elle ödendi olarak onayla
sale-txid-needed = Ödemeyi yapan işlemin kimliğini girin.
sale-confirmed = Elle onaylandı: satışın durumu { $status }.
sale-asking = Ödeme ağ geçidine soruluyor…
sale-gateway-says = Ödeme ağ geçidine göre: { $status }.
sale-history = Geçmiş
sale-history-col-time = Zaman
sale-history-col-what = Ne oldu
sale-history-col-status = Durum
sale-history-col-paid = Ödenen
sale-history-col-transaction = İşlem
sale-history-col-hash = Hash
sale-event-intent = Satış başladı
sale-event-created = Ödeme ağ geçidinde ödeme talebi oluşturuldu
sale-event-adopted = Ödeme ağ geçidinde bulundu
sale-event-updated = Ödeme ağ geçidi bir değişiklik bildirdi
sale-event-failed = Ödeme ağ geçidi ödeme talebini reddetti

## Satışlar: bir satışın iadesi

refund-title = İade
refund-kind-label = Tutar
refund-kind-excess = Fazla ödenen kısım
refund-kind-all = Gelenin tamamı
refund-kind-figure = Bir tutar…
refund-figure =
    .placeholder = tutar
    .aria-label = İade edilecek tutar
refund-address =
    .placeholder = müşterinin cüzdan adresi
    .aria-label = Müşterinin cüzdan adresi
refund-txid =
    .placeholder = ödeme ağ geçidinin panelinde yapılan iadenin txid'si
    .aria-label = İşlem kimliği
refund-record-pin =
    .placeholder = sahibin PIN'i
    .aria-label = Sahibin PIN'i
refund-check = Kontrol et
refund-record = İadeyi kaydet
# $left ve $excess, varlığıyla birlikte kripto tutarlarıdır, örneğin "15 USDTTRC20".
refund-room = { $left } hâlâ iade edilebilir.
refund-room-excess = { $left } hâlâ iade edilebilir; bunun { $excess } kadarı fiyatın üzerinde ödendi.
refund-room-record = Bu ödeme ağ geçidi buradan iade göndermez: iadeyi kendi panelinde yapın, sonra işlem kimliğiyle burada kaydedin.
refund-compare = Müşterinin cüzdanıyla karşılaştırın: ilk ve son karakterler
refund-pin =
    .placeholder = onay için sahibin PIN'i
    .aria-label = Sahibin PIN'i
refund-send = İadeyi gönder
refund-cancel = Vazgeç
refund-checking = Kontrol ediliyor…
refund-sending = Gönderiliyor…
# $why ödeme ağ geçidinin kendi sözleridir.
refund-not-sent = Gönderilmedi: { $why }
refund-sent = İade { $id }: { $status }.
refund-recorded = İade { $id } kaydedildi.
refund-col-when = Tarih
refund-col-amount = Tutar
refund-col-to = Alıcı
refund-col-status = Durum

## Kontrol edildikten sonra bir para çekmenin ya da iadenin sonucu

quote-leaves = Bakiyeden çıkan
quote-fee = Ücret
quote-arrives = Ulaşan

## Vardiyalar

shift-close = Vardiyayı kapat…
shift-close-confirm = Vardiya şimdi kapatılsın mı? Z raporu kayıt defterine mühürlenir ve değiştirilemez.
shift-close-yes = Vardiyayı kapat
shift-close-no = Açık kalsın
shift-x-title = Vardiya { $number }, şu ana kadar (X raporu)
shift-x-note = { $opened } – { $now }. Mühürlü değil: vardiya hâlâ açık. Z raporu için aşağıdan kapatın.
shift-z-title = Z raporu no. { $number }: { $opened } – { $closed }
# İlk vardiyanın açıldığı an: ondan önce vardiya yoktur.
shift-first-sale = ilk satış
shift-sealed = Mühürlendi: kayıt defterinin { $event }. kayda kadarki parmak izi. Bu vardiyanın herhangi bir satışı sonradan değiştirilir ya da silinirse kayıt defteri denetimi artık eşleşmez ve bunu bildirir.
shift-closed-by = Kapatan: { $name }.
shift-seal = Kayıt defterinin { $event }. kaydındaki parmak izi: { $hash }
shift-print = Yazdır
shift-export-csv = CSV dışa aktar
shift-export-json = JSON dışa aktar
shift-saved = Kaydedildi.
shift-closed-shifts = Kapanmış vardiyalar
shift-col-number = No.
shift-col-opened = Açılış
shift-col-closed = Kapanış
shift-col-invoices = Ödeme talepleri
shift-col-paid = Ödenen
shift-col-exceptions = İstisnalar
shift-view = Görüntüle

## Para çekmeler

payout-balances = Bakiyeler
payout-col-account = Hesap
payout-col-asset = Varlık
payout-col-available = Kullanılabilir
payout-col-pending = Bekleyen
# $why ödeme ağ geçidinin kendi sözleridir.
payout-balances-unread = Bakiyeler okunamadı ({ $detail }).
payout-no-withdrawals = Buradan para çekilemez: { $why }
# Kontrol edilen bir para çekmenin yanındaki notlar ve bir ödeme ağ geçidinin
# uygulamadan neden para çekme kabul etmediği.
payout-note-review = Değeri yaklaşık { $v } USD, yani { $limit } USD sınırının üzerinde: ödeme ağ geçidi bunu göndermeden önce elle inceler.
payout-note-review-unknown = Ödeme ağ geçidi { $limit } USD sınırının üzerindeki para çekmeleri elle inceler; bu para çekmenin USD değeri burada bilinmiyor.
payout-note-estimate = Ücret ve tutar, { $gateway } ağ geçidinin kendi tahminidir.
payout-note-fee-table = { $gateway } ağ geçidinin tablosuna göre { $fee } { $coin } ağ ücreti; tutardan düşülür.
payout-no-api = { $gateway } ağ geçidi uygulamadan para çekme kabul etmiyor: para çekmeyi ağ geçidinin panelinden yapın.
# Kayıtlarında günleri listelemeyen bir ödeme ağ geçidi ($provider burada onun adıdır).
takings-reconcile-no-list = { $provider } ağ geçidi kayıtlarını günlere göre listelemiyor, bu yüzden bu kasanın her satışı ağ geçidinden tek tek okundu; aynı hesapta başka yerde yapılan satışlar görülemez.
payout-withdraw = Para çek
payout-gateway = Ödeme ağ geçidi
payout-asset = Varlık
payout-asset-choice = { $asset } ({ $available } kullanılabilir)
payout-amount-field =
    .placeholder = 0,00
payout-amount = Tutar
payout-all = Tüm bakiye
payout-to = Alıcı
payout-type-address = Adres yazın…
payout-to-address =
    .placeholder = sahibin cüzdan adresi
payout-check = Kontrol et
payout-checking = Kontrol ediliyor…
payout-compare = Cüzdanla karşılaştırın: ilk ve son karakterler
payout-pin =
    .placeholder = onay için sahibin PIN'i
payout-send = Para çekmeyi gönder
payout-cancel = Vazgeç
payout-sending = Gönderiliyor…
payout-check-first = Önce para çekmeyi kontrol edin.
# $why ödeme ağ geçidinin kendi sözleridir.
payout-not-sent = Gönderilmedi: { $why }
payout-sent = Para çekme { $id }: { $status }.
payout-history = Geçmiş
payout-col-when = Tarih
payout-col-gateway = Ağ geçidi
payout-col-amount = Tutar
payout-col-arrives = Ulaşan
payout-col-to = Alıcı
payout-col-status = Durum
payout-status-requested = istendi
payout-status-unknown = bilinmiyor
payout-status-review = incelemede
payout-status-pending = bekliyor
payout-status-completed = tamamlandı
payout-status-failed = başarısız
payout-resolve-help = Ödeme ağ geçidinin durumunu bildiremediği bir para çekme: ödeme ağ geçidinin panelini kontrol edin, sonra PIN ile işaretleyin.
payout-resolve-pin =
    .placeholder = sahibin PIN'i
payout-mark-sent = Gönderildi işaretle
payout-mark-not-sent = Gönderilmedi işaretle

## Para çekmeler: kayıtlı adresler

payout-addresses = Kayıtlı adresler
payout-address-col-name = Ad
payout-address-col-asset = Varlık
payout-address-col-address = Adres
payout-address-remove = Kaldır
payout-address-forget = { $label } adresini sil
payout-address-label =
    .placeholder = ad, ör. Sahibin Tron cüzdanı
payout-address-asset =
    .placeholder = varlık, ör. USDTTRC20
payout-address-address =
    .placeholder = adres
payout-address-pin =
    .placeholder = sahibin PIN'i
payout-address-save = Adresi kaydet
payout-address-saved = Adres kaydedildi.

## Etkinlik: kasada kim ne yaptı

activity-day = Gün
activity-col-time = Saat
activity-col-who = Kim
activity-col-what = Ne
activity-col-details = Ayrıntılar
# Kasanın anahtarlarının kimsenin okumadığı mühürlü kopyası yerine.
activity-actor-command-line = komut satırı (henüz sahip yok)
activity-actor-upgrade = Counterpay güncellemesi
activity-actor-restore = Counterpay geri yüklemesi
activity-keys-sealed = anahtarlar mühürlü
# Bir etkinliğin ayrıntılarının adları (kayıt defterinin onun hakkında
# kaydettikleri) ve evet/hayır değerleri.
activity-yes = evet
activity-no = hayır
activity-field-active = sunuluyor
activity-field-added-at = eklenme
activity-field-address = adres
activity-field-adopted = uygulanan
activity-field-after-wrong-tries = yanlış deneme sayısı
activity-field-amount = tutar
activity-field-asset = varlık
activity-field-at = yer
activity-field-base-url = ağ geçidi adresi
activity-field-cashier = kasiyer
activity-field-category = kategori
activity-field-clock = saat
activity-field-date = tarih
activity-field-discount = indirim
activity-field-events = kayıtlar
activity-field-failures = yanlış denemeler
activity-field-fee = ücret
activity-field-fiat = para birimi
activity-field-file = dosya
activity-field-first = başlangıç
activity-field-for = ne için
activity-field-format = biçim
activity-field-from = kaynak
activity-field-id = kimlik
activity-field-invoice = satış
activity-field-is-default = varsayılan
activity-field-key = ayar
activity-at-counter = kasada
activity-at-back-office = yönetimde
activity-field-keys = kimlik bilgileri
activity-field-kind = tür
activity-field-label = ad
activity-field-last = bitiş
activity-field-name = ad
activity-field-note = not
activity-field-number = numara
activity-field-owner = sahip
activity-field-previous = önceki
activity-field-price = fiyat
activity-field-provider = ağ geçidi
activity-field-purpose = amaç
activity-field-reason = neden
activity-field-receive = ulaşan
activity-field-refund-of = iade edilen satış
activity-field-role = rol
activity-field-seal = mühür
activity-field-seconds = saniye
activity-field-sent = gönderildi
activity-field-shift = vardiya
activity-field-shop-name = mağaza adı
activity-field-sku = ürün kodu
activity-field-subtotal = ara toplam
activity-field-tax-rate = vergi oranı
activity-field-till = kasa
activity-field-tills = kasalar
activity-field-txid = işlem kimliği
activity-field-unrecorded = kaydedilmedi
activity-field-value = değer
activity-field-version = sürüm
activity-field-with = yöntem
activity-action-setup = kasayı kurdu
activity-action-signed-in = giriş yaptı
activity-action-pin-failed = yanlış PIN girdi
activity-action-locked-out = kilitlendi
activity-action-pin-accepted = doğru PIN girdi
activity-action-pin-changed = bir PIN'i değiştirdi
activity-action-pin-strengthened = PIN koruması güçlendirildi
activity-action-owner-pin-reset = sahibin PIN'i sıfırlandı
activity-action-recovery-code-issued = kurtarma kodu verildi
activity-action-staff-added = personel ekledi
activity-action-staff-removed = personel çıkardı
activity-action-setting-changed = bir ayarı değiştirdi
activity-action-provider-added = ödeme ağ geçidi ekledi
activity-action-provider-removed = ödeme ağ geçidi kaldırdı
activity-action-default-provider-set = varsayılan ödeme ağ geçidini değiştirdi
activity-action-credentials-stored = kimlik bilgilerini kaydetti
activity-action-credentials-removed = kimlik bilgilerini sildi
activity-action-address-added = para çekme adresi kaydetti
activity-action-address-removed = para çekme adresi sildi
activity-action-withdrawal-requested = para çekme istedi
activity-action-withdrawal-marked = bir para çekmeyi işaretledi
activity-action-refund-recorded = iade kaydedildi
activity-action-item-saved = katalog ürünü kaydetti
activity-action-item-removed = katalog ürünü kaldırdı
activity-action-discount-approved = indirim onaylandı
activity-action-confirmed-manually = elle onaylandı
activity-action-sale-cancelled = satışı iptal etti
activity-action-shift-closed = vardiyayı kapattı
activity-action-exported = hasılatı dışa aktardı
activity-action-reconciled = mutabakat yaptı
activity-action-config-adopted = yapılandırma uygulandı
activity-action-journal-restored = kayıt defteri geri yüklendi
activity-action-update-started = güncelleme başlattı

# A day typed into a day field that is no day.
day-invalid = Tarihi şöyle yazın: { $example }.

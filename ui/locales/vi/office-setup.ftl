## Văn phòng: bản thân văn phòng, cổng thanh toán, cài đặt, nhân viên, danh mục, cập nhật và hỗ trợ.

## Bản thân văn phòng: mở khóa, các thẻ, khóa lại

office-title = Văn phòng
office-tab-takings = Doanh thu
office-tab-sales = Đơn hàng
office-tab-shifts = Ca
office-tab-payouts = Rút tiền
office-tab-catalog = Danh mục
office-tab-setup = Cài đặt
office-tab-staff = Nhân viên
office-tab-activity = Hoạt động
office-lock = Khóa
office-close = Đóng
office-who = Ai mở
office-pin-label = Mã PIN
office-unlock = Mở khóa
office-pin-short = Mã PIN của bạn ngắn hơn mức tối thiểu hiện nay cho mã PIN của chủ. Hãy chọn mã từ 6 chữ số trở lên trong Cài đặt → Mã PIN của bạn.
# Trong một bảng không có dòng nào.
office-none = Không có

## Danh mục

catalog-items = Sản phẩm
# Hai câu chỉ khác nhau ở cách giá tính thuế.
catalog-help-added = Những gì quầy bán, dưới dạng nút bấm và theo mã hàng. Giá tính bằng đơn vị tiền của cửa hàng, thuế được cộng tại quầy (Cài đặt → Thuế, tiền boa và giảm giá). Sản phẩm bị ẩn vẫn còn ở đây và trong các đơn cũ, nhưng quầy không bán nữa.
catalog-help-included = Những gì quầy bán, dưới dạng nút bấm và theo mã hàng. Giá tính bằng đơn vị tiền của cửa hàng, đã gồm thuế (Cài đặt → Thuế, tiền boa và giảm giá). Sản phẩm bị ẩn vẫn còn ở đây và trong các đơn cũ, nhưng quầy không bán nữa.
catalog-sku = Mã hàng
catalog-name = Tên
catalog-price-field =
    .placeholder = 4,50
catalog-price = Giá
catalog-tax = Thuế %
catalog-category = Nhóm hàng
catalog-at-counter = Tại quầy
catalog-state-offered = đang bán
catalog-state-hidden = đã ẩn
catalog-change = Sửa
catalog-hide = Ẩn
catalog-offer = Bán lại
catalog-remove = Xóa
# Cùng một nút, đã bấm một lần: bấm lần nữa sẽ xóa sản phẩm.
catalog-remove-sure = Xóa: chắc chưa?
catalog-removed = Đã xóa { $name }.
catalog-offered-again = { $name } lại được bán tại quầy.
catalog-hidden-now = Đã ẩn { $name } khỏi quầy.
catalog-add-title = Thêm sản phẩm
catalog-change-title = Sửa { $name }
catalog-add = Thêm sản phẩm
catalog-save-changes = Lưu thay đổi
catalog-cancel = Hủy
catalog-added = Đã thêm { $name }.
catalog-changed = Đã sửa { $name }.
catalog-sku-field =
    .placeholder = tạo từ tên
catalog-sku-help = Mã mà máy quét đọc được, hoặc một mã ngắn để gõ.
# Lệnh giữ nguyên: nó được gõ trong cửa sổ dòng lệnh.
catalog-import-help = Có thể nhập cả danh mục từ tệp CSV bằng lệnh { "counterpay catalog import FILE.csv" }.

## Cài đặt: các cài đặt của cửa hàng

settings-title = Cài đặt cửa hàng
settings-group-shop = Cửa hàng
settings-group-counter = Quầy
settings-group-selling = Thuế, tiền boa và giảm giá
settings-group-receipt = Hóa đơn
settings-group-backup = Sao lưu hằng ngày
settings-group-advanced = Nâng cao
# $help là lời trợ giúp riêng của cài đặt, như bên dưới.
settings-help-pin = { $help } Thay đổi cần mã PIN của chủ.
settings-on = Bật
settings-off = Tắt
settings-save = Lưu
settings-refused = “{ $value }” không phù hợp với { $name }. { $help }
settings-saved = Đã lưu.
settings-saved-name = Đã lưu: { $name }.
# Tiêu đề của câu hỏi mã PIN; $name là tên của cài đặt.
settings-change = Đổi “{ $name }”
# Nút của thư mục sao lưu và ô trống của nó.
settings-folder-none = Không có
settings-folder-empty = Không có: không tạo bản sao hằng ngày
# Một con số có thể thay bằng một từ: lựa chọn tự nhập số.
settings-own-number = Tự đặt số { $unit }
settings-own-percent = Theo phần trăm
# Ô nhập số, cho trình đọc màn hình: "Thời hạn thanh toán tính bằng phút".
settings-number-in = { $name } tính bằng { $unit }
setting-unit-minutes = phút
setting-unit-hours = giờ
setting-unit-copies = bản
setting-unit-percent = %

## Cài đặt: tên của từng cài đặt và lời trợ giúp bên dưới
## (các từ trong lời trợ giúp là giá trị, như gateway, none hay
## computer, là những gì dòng lệnh nhận, nên giữ nguyên)

setting-shop-name = Tên cửa hàng
    .help = Tên khách hàng nhìn thấy, tối đa 60 ký tự.
setting-fiat = Đơn vị tiền tệ
    .help = Mã tiền tệ gồm ba chữ cái, ví dụ VND hoặc USD.
setting-default-asset = Tài sản chọn sẵn
    .help = Tài sản được chọn sẵn tại quầy, ví dụ USDTTRC20.
setting-expiry-minutes = Thời hạn thanh toán
    .help = Số phút khách có để thanh toán (5 đến 120), hoặc gateway để theo cổng thanh toán.
setting-notifications = Thông báo
    .help = Hiện thông báo hệ thống khi đơn hàng đã trả, thiếu tiền hoặc hết hạn.
setting-sound = Âm thanh
    .help = Phát một âm thanh ngắn khi đơn hàng đã trả hoặc có sự cố.
setting-updates = Kiểm tra cập nhật
    .help = Kiểm tra bản cập nhật có chữ ký khi khởi động.
setting-update-endpoint = Địa chỉ cập nhật
    .help = URL https của tệp mô tả bản cập nhật, hoặc default để dùng địa chỉ mặc định.
setting-monitor-hours = Theo dõi tiền đến muộn
    .help = Số giờ một yêu cầu thiếu tiền, hết hạn hoặc đã hủy vẫn được theo dõi để nhận tiền đến muộn (0 đến 720).
setting-owner-idle-minutes = Khóa văn phòng sau
    .help = Số phút không ai chạm trước khi văn phòng tự khóa (1 đến 60).
setting-counter-idle-minutes = Đăng xuất quầy sau
    .help = Số phút không ai chạm trước khi quầy tự đăng xuất người đang dùng (0 là không bao giờ, tối đa 240).
setting-till-name = Tên quầy
    .help = Tên của quầy này trong báo cáo của Trụ sở, tối đa 40 ký tự, hoặc none để dùng mã của quầy.
setting-backup-dir = Thư mục sao lưu
    .help = Thư mục (đường dẫn đầy đủ) nhận một bản sao sổ ghi mỗi ngày, hoặc none.
setting-backup-keep = Số bản giữ lại
    .help = Số bản sao hằng ngày được giữ lại (1 đến 365).
setting-receipt-address = Địa chỉ
    .help = Địa chỉ cửa hàng in dưới tên trên hóa đơn (một dòng), hoặc để trống.
setting-receipt-tax-number = Mã số thuế
    .help = Mã số thuế hoặc mã VAT của cửa hàng in trên hóa đơn, hoặc để trống.
setting-receipt-footer = Dòng cuối
    .help = Một dòng ở cuối hóa đơn, ví dụ chính sách đổi trả, hoặc để trống.
setting-prices-include-tax = Giá và thuế
    .help = true khi giá trong danh mục đã gồm thuế (thường gặp ở EU), false khi thuế được cộng tại quầy (thường gặp ở Mỹ).
setting-tips = Tiền boa
    .help = Mời boa trước khi tạo yêu cầu thanh toán: off (không), counter (thu ngân hỏi) hoặc customer (trên màn hình khách, loại cảm ứng).
setting-tip-presets = Mức tiền boa (%)
    .help = Các mức tiền boa đề xuất, tính theo phần trăm, ví dụ 10,15,20.
setting-discount-limit = Giảm giá không cần quản lý
    .help = Mức giảm giá cao nhất, tính theo phần trăm đơn hàng, thu ngân được giảm mà không cần mã PIN của quản lý, hoặc none.
setting-language = Ngôn ngữ
    .help = Ngôn ngữ của quầy và văn phòng: en, es, pt-BR, tr hoặc vi.
setting-customer-language = Ngôn ngữ của khách
    .help = Ngôn ngữ của màn hình khách (khách có thể đổi): en, es, pt-BR, tr, vi, hoặc same để giống nhân viên.
setting-time-zone = Múi giờ
    .help = Múi giờ của quầy, nơi ngày bắt đầu và kết thúc: một tên như Asia/Ho_Chi_Minh, hoặc computer để theo múi giờ của máy tính.

## Cài đặt: các lựa chọn của những cài đặt có lựa chọn
## (tên ngôn ngữ viết bằng chính ngôn ngữ đó, giống nhau ở mọi nơi)

setting-choice-expiry-minutes-gateway = Theo cổng thanh toán
setting-choice-prices-include-tax-false = Giá chưa gồm thuế: cộng thuế tại quầy
setting-choice-prices-include-tax-true = Giá đã gồm thuế
setting-choice-tips-off = Không boa
setting-choice-tips-counter = Thu ngân hỏi tại quầy
setting-choice-tips-customer = Khách chọn trên màn hình khách
setting-choice-customer-language-same = Giống nhân viên
setting-choice-discount-limit-none = Không giới hạn

## Cổng thanh toán

gateways-title = Cổng thanh toán
gateways-add-title = Thêm cổng thanh toán
gateways-name = Tên
gateways-name-help = Tên ngắn do bạn đặt, không dấu, ví dụ chinh hoặc du-phong.
gateways-kind = Loại
gateways-auth = Đăng nhập bằng
gateways-url = URL gốc
gateways-url-field =
    .placeholder = để trống để dùng địa chỉ của cổng
gateways-url-help = Chỉ dùng cho máy chủ thử nghiệm của cổng hoặc một khu vực khác.
gateways-add = Thêm cổng
gateways-credentials-title = Thông tin xác thực
gateways-credentials-gateway = Cổng thanh toán
gateways-credentials-help = Các khóa bí mật được giữ trong kho khóa của máy tính, không bao giờ nằm trong tệp của Counterpay, và sẽ không hiện lại.
gateways-save-credentials = Lưu vào kho khóa
# Dưới tên của một cổng: loại, cách đăng nhập, địa chỉ.
gateways-signs-in-with = đăng nhập bằng { $mode }
gateways-own-address = địa chỉ của cổng
gateways-default = mặc định
gateways-make-default = Đặt làm mặc định
gateways-make-default-pin = Chuyển đơn hàng sang { $name }
gateways-enter-credentials = Nhập thông tin xác thực
gateways-test = Kiểm tra kết nối
gateways-remove = Xóa
gateways-remove-pin = Xóa { $name }
# Một khóa bí mật và việc nó đã được lưu chưa: "Khóa riêng tư: Chưa lưu".
gateways-mark = { $secret }: { $state }
gateways-now = Hiện tại: { $state }
gateways-state-stored = Đã lưu
gateways-state-environment = Lấy từ biến môi trường
gateways-state-missing = Chưa lưu
gateways-state-unavailable = Không có kho khóa
# $secrets là những gì cổng yêu cầu, ví dụ "Client ID và Client secret".
gateways-needs-secrets = Sau khi thêm, hãy nhập { $secrets } trong mục Thông tin xác thực.
# Hai mục cuối của một danh sách: "Client ID và Client secret"; $first có thể
# chứa nhiều mục hơn, nối bằng dấu phẩy.
gateways-no-secrets = Cổng này không cần thông tin xác thực.
gateways-add-pin = Thêm cổng thanh toán { $name }
gateways-added = Đã thêm cổng. Hãy nhập thông tin xác thực bên dưới, rồi bấm Kiểm tra kết nối. Đơn hàng vẫn đi qua cổng mặc định cho đến khi bạn đặt cổng này làm mặc định.
gateways-testing = Đang kiểm tra { $name }…
gateways-passed = { $name }: mọi bước kiểm tra đều đạt.
gateways-failed = { $name }: có bước kiểm tra không đạt.
# Một bước của lần kiểm tra kết nối; $reason là lời của chính ứng dụng.
gateways-test-ok = ĐẠT: { $check }: { $reason }
gateways-test-failed = KHÔNG ĐẠT: { $check }: { $reason }
# Lý do một bước của lần kiểm tra kết nối đạt hay không đạt. $why và $detail
# là nguyên văn lời của cổng thanh toán hoặc của hệ thống.
gateways-reason-answered = cổng thanh toán đã phản hồi.
gateways-reason-accepted = cổng thanh toán đã chấp nhận thông tin xác thực.
gateways-reason-no-credentials = chưa lưu thông tin xác thực nào: hãy nhập bên dưới.
gateways-reason-connect = không thể dùng cổng thanh toán ({ $detail }).
gateways-reason-unreachable = không kết nối được tới cổng thanh toán ({ $why }): hãy kiểm tra kết nối internet và địa chỉ của cổng.
gateways-reason-refused = cổng thanh toán từ chối thông tin xác thực ({ $why }): hãy nhập lại.
gateways-reason-credentials = không kiểm tra được thông tin xác thực ({ $detail }).
gateways-reason-fiat = cổng thanh toán lập yêu cầu thanh toán bằng { $fiat }.
gateways-reason-fiat-open = tài liệu của cổng thanh toán không nêu giới hạn nào về { $fiat }.
gateways-reason-fiat-off = cổng thanh toán không lập yêu cầu thanh toán bằng { $fiat }: hãy bật { $fiat } trên bảng điều khiển của cổng, đổi đơn vị tiền của cửa hàng, hoặc chọn cổng khác.
gateways-reason-fiat-unknown = không kiểm tra được { $fiat } ({ $detail }).
gateways-reason-assets = { $count ->
   *[other] cổng cung cấp { $count } tài sản: { $codes }.
}
gateways-reason-asset-missing = quầy chọn sẵn { $asset }, nhưng cổng không cung cấp tài sản này: hãy bật tài sản đó tại cổng, hoặc đặt một trong các tài sản sau làm tài sản chọn sẵn của quầy: { $codes }.
gateways-reason-assets-unknown = không đọc được danh sách tài sản ({ $detail }).
gateways-check-reachable = kết nối
gateways-check-credentials = thông tin xác thực
gateways-check-fiat = đơn vị tiền của cửa hàng
gateways-check-assets = tài sản
gateways-fill-in = Hãy điền mọi ô: { $field } đang trống.
gateways-store-pin = Lưu thông tin xác thực của { $name }
gateways-stored = Đã lưu { $count } khóa bí mật của { $name } vào kho khóa.

## Cổng thanh toán: từng loại, các cách đăng nhập, các khóa bí mật cần có

gateways-kind-cryptofuse = Cryptofuse
gateways-kind-cryptopayment = CryptoPayment
gateways-kind-cryptoscan = CryptoScan
gateways-kind-sandbox = Thử nghiệm (không dùng tiền thật, để dùng thử)
gateways-auth-cryptofuse-default = Client ID và secret (OAuth)
gateways-auth-cryptofuse-api-key = Khóa API cho thanh toán, OAuth cho phần còn lại
gateways-auth-cryptoscan-default = Yêu cầu có chữ ký (khóa công khai và khóa riêng tư)
gateways-auth-cryptoscan-private-key = Khóa riêng tư trong header
gateways-auth-cryptopayment-default = Khóa API và mã bí mật
gateways-auth-sandbox-default = Không cần đăng nhập
gateways-secret-client-id = Client ID
gateways-secret-client-secret = Client secret
gateways-secret-api-key = Khóa API
gateways-secret-api-secret = Mã bí mật API
gateways-secret-public-key = Khóa công khai
gateways-secret-private-key = Khóa riêng tư

## Cập nhật

update-title = Cập nhật
update-check = Kiểm tra cập nhật
update-install = Tải về và cài đặt
update-off = Cập nhật đang tắt (cài đặt “Kiểm tra cập nhật”).
update-unchecked = Chưa kiểm tra.
update-checking = Đang kiểm tra cập nhật…
update-up-to-date = Counterpay { $version } là phiên bản mới nhất.
# Ghi chú phát hành, nguyên văn như khi nhận, nằm ngay sau.
update-available = Đã có Counterpay { $version }.
update-downloading-percent = Đang tải { $version }: { $percent } %
update-downloading-kib = Đang tải { $version }: { $kib } KiB
update-waiting = { $version } đã sẵn sàng; sẽ cài khi { $open } đơn đang mở kết thúc.
update-installing = Đang cài { $version }; Counterpay sẽ khởi động lại.
update-failed-check = Không thể tìm bản cập nhật ({ $detail }).
update-failed-download = Bản cập nhật { $version } chưa được cài: không tải xuống được ({ $detail }).
update-failed-install = Không thể cài bản cập nhật { $version } ({ $detail }).
# Nút trên thanh trên cùng.
update-badge-available = Cập nhật { $version }
update-badge-updating = Đang cập nhật…

## Mã PIN của bạn và hỗ trợ (trong thẻ Cài đặt)

settings-pin-title = Mã PIN của bạn
settings-pin-current =
    .placeholder = mã PIN hiện tại
settings-pin-new =
    .placeholder = mã PIN mới (6 đến 12 chữ số)
settings-pin-change = Đổi mã PIN
settings-pin-changed = Đã đổi mã PIN.
support-title = Hỗ trợ
support-copy = Sao chép chẩn đoán
support-help = Báo cáo dạng văn bản về quầy này (phiên bản, cài đặt, cổng thanh toán, sổ ghi) để gửi bộ phận hỗ trợ Counterpay.
support-report =
    .aria-label = Báo cáo chẩn đoán
support-collecting = Đang thu thập…
support-copied = Đã sao chép. Báo cáo không chứa khóa bí mật nào: hãy dán vào tin nhắn gửi bộ phận hỗ trợ.
support-select = Hãy chọn đoạn văn bên dưới và sao chép.

## Nhân viên

staff-title = Nhân viên
staff-col-name = Tên
staff-col-role = Vai trò
staff-remove = Xóa
staff-remove-pin = Xóa { $name }
staff-add-title = Thêm người
staff-name =
    .placeholder = tên
staff-role =
    .aria-label = Vai trò
staff-role-cashier = Thu ngân: bán hàng
staff-role-manager = Quản lý: xem thêm doanh thu và ca
staff-pin =
    .placeholder = mã PIN của họ (4 đến 12 chữ số)
staff-add = Thêm
staff-add-pin = Thêm { $name }
staff-added = { $name } đã có thể đăng nhập.

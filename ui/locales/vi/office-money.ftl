## Văn phòng: đơn hàng, hoàn tiền, doanh thu, ca, rút tiền và hoạt động.

## Doanh thu

takings-scope = Quầy
takings-scope-till = Quầy này
takings-scope-hq = Tất cả quầy (Trụ sở)
takings-from = Từ
takings-to = Đến
takings-today = Hôm nay
takings-export-csv = Xuất CSV
takings-export-json = Xuất JSON
takings-reconcile = Đối soát
takings-paid-invoices = Yêu cầu đã trả
takings-underpaid = Thiếu tiền
takings-flagged = Cần chú ý
takings-chart-day = Đã trả ({ $fiat }) theo giờ, { $day }
takings-chart-days = Đã trả ({ $fiat }) theo giờ, { $first } – { $last }
takings-chart-empty = Chưa có khoản thanh toán nào bằng { $fiat }.
takings-per-asset = Theo tài sản
takings-per-gateway = Theo cổng thanh toán
takings-per-cashier = Theo thu ngân
takings-by-status = Yêu cầu theo trạng thái
takings-tax-collected = Thuế đã thu
takings-tips = Tiền boa
takings-items-sold = Sản phẩm đã bán
takings-per-till = Theo quầy
takings-exceptions = Ngoại lệ
takings-col-asset = Tài sản
takings-col-received = Đã nhận
takings-col-invoices = Yêu cầu
takings-col-gateway = Cổng thanh toán
takings-col-status = Trạng thái
takings-col-till = Quầy
takings-col-shop = Cửa hàng
takings-saved = Đã lưu { $count } yêu cầu thanh toán.

## Đối soát với các cổng thanh toán (trong thẻ Doanh thu)

takings-reconciliation = Đối soát với các cổng thanh toán
takings-reconciling = Đang đọc dữ liệu của các cổng thanh toán…
takings-reconcile-col-what = Nội dung
takings-reconcile-col-gateway = Cổng thanh toán
takings-reconcile-col-invoice = Yêu cầu
takings-reconcile-col-gateway-id = Mã của cổng
takings-reconcile-col-journal = Sổ ghi
takings-reconcile-col-gateway-says = Cổng báo
takings-difference-missing-locally = Có ở cổng, không có trong sổ ghi
takings-difference-missing-at-gateway = Có trong sổ ghi, không có ở cổng
takings-difference-status = Khác trạng thái
takings-difference-amount = Khác số tiền
takings-difference-other-till = Đơn hàng của quầy khác
# Một bên của một chênh lệch: trạng thái của yêu cầu và số tiền mã hóa nó yêu cầu.
takings-side = { $status } { $amount }
takings-differences = Có { $count } chênh lệch ngày { $day }. `counterpay reconcile --adopt` áp dụng những gì cổng thanh toán nắm rõ hơn.
takings-agree = Ngày { $day }, sổ ghi và các cổng thanh toán khớp nhau.

## Những gì cả doanh thu trong ngày và báo cáo ca đều hiển thị

report-paid = Đã trả
report-invoices = Yêu cầu
report-exceptions = Ngoại lệ
report-refunded = Đã hoàn
report-net = Thực thu
# Một đơn hàng không có ai đăng nhập.
report-none-set = (không có)
report-col-cashier = Thu ngân
report-col-paid = Đã trả
report-col-sku = Mã hàng
report-col-sold = Đã bán
report-col-net-sales = Doanh thu thuần
report-col-invoice = Yêu cầu
report-col-order = Đơn
report-col-what = Nội dung
report-col-asked = Yêu cầu
report-col-arrived = Đã nhận
# Các bảng thuế và tiền boa (vẽ bởi ui/owner/parts.js).
report-col-rate = Thuế suất
report-col-tax = Thuế
report-col-staff = Nhân viên
report-col-tips = Tiền boa
# Số đơn hàng mà một mức thuế hoặc tiền boa của một người đến từ đó.
report-col-sales = Số đơn

## Đơn hàng: tìm kiếm

sales-search-label = Tìm kiếm
sales-search =
    .placeholder = Số tiền, mã đơn, txid hoặc mã yêu cầu
sales-from = Từ
sales-to = Đến
sales-status-label = Trạng thái
sales-all = Tất cả
sales-status-pending = Đang chờ
sales-status-confirming = Đang xác nhận
sales-status-paid = Đã trả
sales-status-underpaid = Thiếu tiền
sales-status-expired = Hết hạn
sales-status-cancelled = Đã hủy
sales-status-failed = Thất bại
sales-cashier = Thu ngân
sales-gateway = Cổng thanh toán
sales-go = Tìm
sales-hint = Nếu không chọn ngày, sẽ tìm trong 90 ngày gần nhất. Hiện tối đa 200 đơn, mới nhất trước. Chạm vào một đơn để xem toàn bộ lịch sử.
sales-searching = Đang tìm…
sales-too-many = Chỉ hiện 200 đơn mới nhất: hãy thu hẹp tìm kiếm để thấy đơn cũ hơn.
sales-col-time = Thời gian
sales-col-amount = Số tiền
sales-col-asset = Tài sản
sales-col-status = Trạng thái
sales-col-cashier = Thu ngân
sales-col-gateway = Cổng thanh toán
sales-col-order = Đơn
# Một dòng của danh sách theo cách trình đọc màn hình đọc; $status là trạng thái
# và các đánh dấu kèm theo, ví dụ "đã trả, trả thừa".
sales-row = Đơn hàng { $id }, { $amount }, { $status }

## Đơn hàng: một đơn

sale-back = Quay lại danh sách
sale-reprint = In lại hóa đơn
sale-title = Đơn hàng { $id }: { $amount }, { $status }
sale-fact-amount = Số tiền
sale-fact-asset = Tài sản
sale-fact-asked = Yêu cầu
sale-fact-received = Đã nhận
sale-fact-status = Trạng thái
sale-fact-created = Tạo lúc
sale-fact-paid = Trả lúc
sale-fact-expires = Hết hạn lúc
sale-fact-cashier = Thu ngân
sale-fact-gateway = Cổng thanh toán
sale-fact-order = Đơn
sale-fact-gateway-id = Mã của cổng
sale-fact-address = Địa chỉ
sale-fact-transaction = Giao dịch
sale-fact-note = Ghi chú
sale-fact-failure = Lý do thất bại
sale-flag-overpaid = trả thừa
sale-flag-paid-late = trả muộn
sale-flag-confirmed-manually = xác nhận thủ công
sale-flag-paid-in-parts = trả nhiều lần
sale-flag-found-by-reconciliation = tìm thấy khi đối soát
sale-confirm-help = Tiền đã đến theo cách cổng thanh toán không khớp được (ví dụ từ sàn giao dịch, chia làm hai lần): chủ cửa hàng có thể đánh dấu đơn này đã trả thủ công tại cổng, kèm mã giao dịch.
sale-txid-label = Mã giao dịch
sale-reason-label = Lý do
sale-reason =
    .placeholder = để lưu vết kiểm tra
sale-confirm = Xác nhận đã trả thủ công…
sale-confirm-pin = Xác nhận thủ công đơn { $id } đã trả
sale-txid-needed = Hãy nhập mã giao dịch đã thanh toán đơn này.
sale-confirmed = Đã xác nhận thủ công: đơn hàng { $status }.
sale-asking = Đang hỏi cổng thanh toán…
sale-gateway-says = Cổng thanh toán báo: { $status }.
sale-history = Lịch sử
sale-history-col-time = Thời gian
sale-history-col-what = Sự việc
sale-history-col-status = Trạng thái
sale-history-col-paid = Đã trả
sale-history-col-transaction = Giao dịch
sale-history-col-hash = Hash
sale-event-intent = Bắt đầu đơn hàng
sale-event-created = Đã tạo yêu cầu tại cổng thanh toán
sale-event-adopted = Tìm thấy tại cổng thanh toán
sale-event-updated = Cổng thanh toán báo có thay đổi
sale-event-failed = Cổng thanh toán từ chối yêu cầu

## Đơn hàng: hoàn tiền cho một đơn

refund-title = Hoàn tiền
refund-kind-label = Số tiền
refund-kind-excess = Phần trả thừa
refund-kind-all = Toàn bộ số đã nhận
refund-kind-figure = Một số tiền…
refund-figure =
    .placeholder = số tiền
    .aria-label = Số tiền hoàn lại
refund-address =
    .placeholder = địa chỉ ví của khách
    .aria-label = Địa chỉ ví của khách
refund-txid =
    .placeholder = txid của khoản hoàn tiền trên bảng điều khiển của cổng
    .aria-label = Mã giao dịch
refund-record-pin =
    .placeholder = mã PIN của chủ
    .aria-label = Mã PIN của chủ
refund-check = Kiểm tra
refund-record = Ghi nhận hoàn tiền
# $left và $excess là số tiền mã hóa kèm tài sản, ví dụ "15 USDTTRC20".
refund-room = Còn có thể hoàn lại { $left }.
refund-room-excess = Còn có thể hoàn lại { $left }, trong đó { $excess } là phần trả thừa.
refund-room-record = Cổng này không gửi hoàn tiền từ đây: hãy hoàn tiền trên bảng điều khiển của cổng, rồi ghi nhận ở đây kèm mã giao dịch.
refund-compare = So với ví của khách: các ký tự đầu và cuối
refund-pin =
    .placeholder = mã PIN của chủ để xác nhận
    .aria-label = Mã PIN của chủ
refund-send = Gửi hoàn tiền
refund-cancel = Hủy
refund-checking = Đang kiểm tra…
refund-sending = Đang gửi…
# $why là nguyên văn lời của cổng thanh toán.
refund-not-sent = Chưa gửi: { $why }
refund-sent = Hoàn tiền { $id }: { $status }.
refund-recorded = Đã ghi nhận hoàn tiền { $id }.
refund-col-when = Thời gian
refund-col-amount = Số tiền
refund-col-to = Đến
refund-col-status = Trạng thái

## Kết quả của một lần rút tiền hoặc hoàn tiền, sau khi kiểm tra

quote-leaves = Trừ khỏi số dư
quote-fee = Phí
quote-arrives = Thực nhận

## Ca làm việc

shift-close = Đóng ca…
shift-close-confirm = Đóng ca ngay bây giờ? Báo cáo Z của ca sẽ được niêm phong trong sổ ghi và không thể thay đổi.
shift-close-yes = Đóng ca
shift-close-no = Để mở
shift-x-title = Ca { $number } đến lúc này (báo cáo X)
shift-x-note = Từ { $opened }, tính đến { $now }. Chưa niêm phong: ca vẫn đang mở. Đóng ca bên dưới để có báo cáo Z.
shift-z-title = Báo cáo Z số { $number }: { $opened } đến { $closed }
# Khi ca đầu tiên mở: trước nó không có ca nào.
shift-first-sale = đơn hàng đầu tiên
shift-sealed = Đã niêm phong: dấu vân tay của sổ ghi đến mục { $event }. Nếu sau này có đơn nào của ca bị sửa hoặc xóa, bước kiểm tra sổ ghi sẽ không còn khớp và sẽ báo ra.
shift-closed-by = Do { $name } đóng ca.
shift-seal = Dấu vân tay tại mục { $event } của sổ ghi: { $hash }
shift-print = In
shift-export-csv = Xuất CSV
shift-export-json = Xuất JSON
shift-saved = Đã lưu.
shift-closed-shifts = Các ca đã đóng
shift-col-number = Số
shift-col-opened = Mở lúc
shift-col-closed = Đóng lúc
shift-col-invoices = Yêu cầu
shift-col-paid = Đã trả
shift-col-exceptions = Ngoại lệ
shift-view = Xem

## Rút tiền

payout-balances = Số dư
payout-col-account = Tài khoản
payout-col-asset = Tài sản
payout-col-available = Khả dụng
payout-col-pending = Đang chờ
# $why là nguyên văn lời của cổng thanh toán.
payout-balances-unread = Không đọc được số dư ({ $detail }).
payout-no-withdrawals = Không thể rút tiền ở đây: { $why }
# Ghi chú bên cạnh một lệnh rút đã kiểm tra, và lý do một cổng thanh toán
# không nhận lệnh rút từ ứng dụng.
payout-note-review = Trị giá khoảng { $v } USD, vượt mức { $limit } USD: cổng thanh toán sẽ xét duyệt thủ công trước khi gửi.
payout-note-review-unknown = Cổng thanh toán xét duyệt thủ công các lệnh rút trị giá trên { $limit } USD; ở đây không biết lệnh rút này trị giá bao nhiêu USD.
payout-note-estimate = Phí và số tiền là ước tính của chính { $gateway }.
payout-note-fee-table = Phí mạng { $fee } { $coin } theo bảng phí của { $gateway }, được trừ vào số tiền rút.
payout-no-api = { $gateway } không nhận lệnh rút từ ứng dụng: hãy rút tiền trên bảng điều khiển của cổng.
# Một cổng thanh toán mà dữ liệu không liệt kê theo ngày ($provider là tên của cổng).
takings-reconcile-no-list = { $provider } không có danh sách theo ngày, nên thay vào đó từng đơn hàng của quầy này được đọc riêng từ cổng; không thể thấy các đơn hàng bán ở nơi khác trên cùng tài khoản.
payout-withdraw = Rút tiền
payout-gateway = Cổng thanh toán
payout-asset = Tài sản
payout-asset-choice = { $asset } (khả dụng { $available })
payout-amount-field =
    .placeholder = 0,00
payout-amount = Số tiền
payout-all = Toàn bộ số khả dụng
payout-to = Đến
payout-type-address = Nhập địa chỉ…
payout-to-address =
    .placeholder = địa chỉ ví của chủ
payout-check = Kiểm tra
payout-checking = Đang kiểm tra…
payout-compare = So với ví: các ký tự đầu và cuối
payout-pin =
    .placeholder = mã PIN của chủ để xác nhận
payout-send = Gửi lệnh rút
payout-cancel = Hủy
payout-sending = Đang gửi…
payout-check-first = Hãy kiểm tra lệnh rút trước.
# $why là nguyên văn lời của cổng thanh toán.
payout-not-sent = Chưa gửi: { $why }
payout-sent = Lệnh rút { $id }: { $status }.
payout-history = Lịch sử
payout-col-when = Thời gian
payout-col-gateway = Cổng thanh toán
payout-col-amount = Số tiền
payout-col-arrives = Thực nhận
payout-col-to = Đến
payout-col-status = Trạng thái
payout-status-requested = đã yêu cầu
payout-status-unknown = không rõ
payout-status-review = đang xét duyệt
payout-status-pending = đang chờ
payout-status-completed = hoàn tất
payout-status-failed = thất bại
payout-resolve-help = Cổng thanh toán không báo được kết quả lệnh rút này: hãy xem trên bảng điều khiển của cổng, rồi đánh dấu bằng mã PIN.
payout-resolve-pin =
    .placeholder = mã PIN của chủ
payout-mark-sent = Đánh dấu đã gửi
payout-mark-not-sent = Đánh dấu chưa gửi

## Rút tiền: địa chỉ đã lưu

payout-addresses = Địa chỉ đã lưu
payout-address-col-name = Tên
payout-address-col-asset = Tài sản
payout-address-col-address = Địa chỉ
payout-address-remove = Xóa
payout-address-forget = Xóa địa chỉ { $label }
payout-address-label =
    .placeholder = tên, ví dụ Ví Tron của chủ
payout-address-asset =
    .placeholder = tài sản, ví dụ USDTTRC20
payout-address-address =
    .placeholder = địa chỉ
payout-address-pin =
    .placeholder = mã PIN của chủ
payout-address-save = Lưu địa chỉ
payout-address-saved = Đã lưu địa chỉ.

## Hoạt động: ai đã làm gì trên quầy

activity-day = Ngày
activity-col-time = Thời gian
activity-col-who = Ai
activity-col-what = Việc gì
activity-col-details = Chi tiết
# Thay cho bản sao đã niêm phong của các khóa của quầy, không ai đọc.
activity-actor-command-line = dòng lệnh (chưa có chủ cửa hàng)
activity-actor-upgrade = Counterpay (nâng cấp)
activity-actor-restore = Counterpay (khôi phục)
activity-keys-sealed = khóa đã niêm phong
# Tên các chi tiết của một hoạt động (những gì sổ ghi lưu về nó), và các giá
# trị có hoặc không.
activity-yes = có
activity-no = không
activity-field-active = đang bán
activity-field-added-at = thêm lúc
activity-field-address = địa chỉ
activity-field-adopted = đã áp dụng
activity-field-after-wrong-tries = sau số lần nhập sai
activity-field-amount = số tiền
activity-field-asset = tài sản
activity-field-at = tại
activity-field-base-url = địa chỉ của cổng
activity-field-cashier = thu ngân
activity-field-category = nhóm hàng
activity-field-clock = đồng hồ
activity-field-date = ngày
activity-field-discount = giảm giá
activity-field-events = số mục
activity-field-failures = số lần sai
activity-field-fee = phí
activity-field-fiat = đơn vị tiền
activity-field-file = tệp
activity-field-first = từ
activity-field-for = dùng cho
activity-field-format = định dạng
activity-field-from = từ
activity-field-id = mã
activity-field-invoice = đơn hàng
activity-field-is-default = mặc định
activity-field-key = cài đặt
activity-at-counter = tại quầy
activity-at-back-office = tại văn phòng
activity-field-keys = thông tin xác thực
activity-field-kind = loại
activity-field-label = tên
activity-field-last = đến
activity-field-name = tên
activity-field-note = ghi chú
activity-field-number = số
activity-field-owner = chủ
activity-field-previous = trước đó
activity-field-price = giá
activity-field-provider = cổng thanh toán
activity-field-purpose = mục đích
activity-field-reason = lý do
activity-field-receive = thực nhận
activity-field-refund-of = hoàn tiền cho
activity-field-role = vai trò
activity-field-seal = dấu vân tay
activity-field-seconds = số giây
activity-field-sent = đã gửi
activity-field-shift = ca
activity-field-shop-name = tên cửa hàng
activity-field-sku = mã hàng
activity-field-subtotal = tạm tính
activity-field-tax-rate = thuế suất
activity-field-till = quầy
activity-field-tills = các quầy
activity-field-txid = mã giao dịch
activity-field-unrecorded = không ghi được
activity-field-value = giá trị
activity-field-version = phiên bản
activity-field-with = bằng
activity-action-setup = đã thiết lập quầy
activity-action-signed-in = đã đăng nhập
activity-action-pin-failed = đã nhập sai mã PIN
activity-action-locked-out = đã bị khóa
activity-action-pin-accepted = đã nhập đúng mã PIN
activity-action-pin-changed = đã đổi mã PIN
activity-action-pin-strengthened = đã băm lại mã PIN
activity-action-owner-pin-reset = đã đặt lại mã PIN của chủ
activity-action-recovery-code-issued = đã cấp mã khôi phục
activity-action-staff-added = đã thêm nhân viên
activity-action-staff-removed = đã xóa nhân viên
activity-action-setting-changed = đã đổi cài đặt
activity-action-provider-added = đã thêm cổng thanh toán
activity-action-provider-removed = đã xóa cổng thanh toán
activity-action-default-provider-set = đã đổi cổng thanh toán mặc định
activity-action-credentials-stored = đã lưu thông tin xác thực
activity-action-credentials-removed = đã xóa thông tin xác thực
activity-action-address-added = đã lưu địa chỉ rút tiền
activity-action-address-removed = đã xóa địa chỉ rút tiền
activity-action-withdrawal-requested = đã yêu cầu rút tiền
activity-action-withdrawal-marked = đã đánh dấu lệnh rút
activity-action-refund-recorded = đã ghi nhận hoàn tiền
activity-action-item-saved = đã lưu sản phẩm trong danh mục
activity-action-item-removed = đã xóa sản phẩm khỏi danh mục
activity-action-discount-approved = đã duyệt giảm giá
activity-action-confirmed-manually = đã xác nhận thủ công
activity-action-sale-cancelled = đã hủy đơn hàng
activity-action-shift-closed = đã đóng ca
activity-action-exported = đã xuất doanh thu
activity-action-reconciled = đã đối soát
activity-action-config-adopted = đã áp dụng cấu hình
activity-action-journal-restored = đã khôi phục sổ ghi
activity-action-update-started = đã bắt đầu cập nhật

# A day typed into a day field that is no day.
day-invalid = Nhập ngày theo dạng { $example }.

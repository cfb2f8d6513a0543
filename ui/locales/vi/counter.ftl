# Counterpay bằng tiếng Việt.

## Thanh trên cùng

badge-sandbox = THỬ NGHIỆM
switch-person = Đổi người
    .title = Đăng xuất để người khác đăng nhập
customer-display-button = Màn hình khách
customer-window-title = Counterpay – màn hình khách hàng
owner-button = Quản lý
role-cashier = thu ngân
role-manager = quản lý
mode-owner = Chủ cửa hàng
mode-manager = Quản lý
role-owner = chủ cửa hàng
gateway-ok = Cổng thanh toán: tốt
gateway-slow = Cổng thanh toán: chậm
gateway-unreachable = Cổng thanh toán: mất kết nối
gateway-credentials-rejected = Cổng thanh toán: thông tin xác thực bị từ chối
hq-up-to-date = Trụ sở: đã cập nhật
hq-behind = Trụ sở: còn { $events } mục chưa gửi
hq-unreachable = { $events ->
    [0] Trụ sở: mất kết nối
   *[other] Trụ sở: mất kết nối, còn { $events } mục cần gửi
}
hq-refused = Trụ sở: từ chối

## Đăng nhập

signin-title = Ai đang đứng quầy?
signin-tap-name = Chạm vào tên của bạn rồi nhập mã PIN
signin-pin-for = Mã PIN của { $name }
signin-name-first = Hãy chạm vào tên của bạn trước.
signin-submit = Đăng nhập

## Lên đơn

pick-tabs =
    .aria-label = Thêm vào đơn
pick-items = Sản phẩm
pick-keypad = Bàn phím số
sku-field =
    .placeholder = Quét hoặc nhập mã hàng, hoặc tìm theo tên
    .aria-label = Mã hàng hoặc tên sản phẩm
categories =
    .aria-label = Danh mục
category-all = Tất cả
category-other = Khác
items-grid =
    .aria-label = Sản phẩm
items-none-match = Không có sản phẩm nào khớp với “{ $text }”.
items-many-match = Có { $count } sản phẩm khớp với “{ $text }”: chạm chọn một, hoặc gõ thêm.
items-no-sku = Không có sản phẩm nào mang mã { $sku }.
key-delete =
    .aria-label = Xóa
add-amount = Thêm số tiền vào đơn
cart-title = Đơn hàng
cart-clear = Xóa hết
cart-lines =
    .aria-label = Các dòng của đơn
line-keyed = Số tiền
line-amount = Số tiền { $amount }
line-less = Bớt một { $name }
line-more = Thêm một { $name }
line-discount = Giảm giá cho { $name }
line-remove = Bỏ { $name }
cart-discount-label = Giảm giá
discount-field =
    .placeholder = 10% hoặc 2,00
    .aria-label = Giảm giá cho cả đơn
tip-label = Tiền boa
tip-choices =
    .aria-label = Tiền boa
tip-none = Không boa
tip-other = Khác
tip-amount = Số tiền boa
percent = { $value }%
figure-subtotal = Tạm tính
figure-discount = Giảm giá
figure-tax = Thuế
figure-tax-included = Đã gồm thuế
figure-tip = Tiền boa
cart-total-label = Tổng cộng
cart-needs-approval = Cần quản lý duyệt: mức giảm giá { $share } % vượt quá giới hạn { $limit } % của cửa hàng.
tip-waiting = Khách đang chọn tiền boa trên màn hình của họ…
tip-skip = Thu tiền không boa
tip-back = Quay lại
assets =
    .aria-label = Thanh toán bằng
limit-min = tối thiểu { $amount }
limit-max = tối đa { $amount }
note-field =
    .placeholder = Ghi chú đơn (không bắt buộc)
    .aria-label = Ghi chú đơn
charge = Thu tiền
creating-invoice = Đang tạo yêu cầu thanh toán…
approval-title = Quản lý duyệt mức giảm giá
approval-why = Mức giảm giá { $share } % vượt quá giới hạn { $limit } % của cửa hàng. Quản lý hoặc chủ cửa hàng chọn tên mình và nhập mã PIN.

## Đơn đang thanh toán

pay-customer-pays = Khách trả
pay-still-due = Còn thiếu
pay-sale = Đơn hàng: { $amount }
pay-network = Mạng: { $asset }
copy-amount = Sao chép
pay-to-address = Đến địa chỉ
pay-waiting = Đang chờ thanh toán
pay-confirming = Đã thấy giao dịch: đang xác nhận
pay-underpaid = THIẾU TIỀN: xem bên dưới
pay-underpaid-due = THIẾU TIỀN: còn thiếu { $due }
pay-confirmations = { $received }/{ $required } lần xác nhận
pay-received = Đã nhận { $paid } trên { $asked }
pay-time-left = còn { $time }
checking-gateway = Đang hỏi cổng thanh toán…
cancel-sale = Hủy đơn
check-again = Kiểm tra lại
refund-what-arrived = Hoàn lại số đã nhận…
done = Xong
simulate-title = Giả lập thanh toán (thử nghiệm)
simulate-full = Đủ
simulate-rest = Trả phần còn lại
simulate-partial = Một phần
simulate-expire = Cho hết hạn
late-banner = Yêu cầu { $id }, { $word }: { $amount }
today = Hôm nay
status-pending = đang chờ
status-confirming = đang xác nhận
status-paid = đã trả
status-underpaid = thiếu tiền
status-expired = hết hạn
status-failed = thất bại
status-cancelled = đã hủy

## Kết quả: tiêu đề, lời cho thu ngân, lời cho khách

outcome-paid-late = trả muộn
outcome-completed = đã trả đủ
outcome-paid-title = ĐÃ THANH TOÁN
outcome-paid-title-late = ĐÃ THANH TOÁN ({ $late })
outcome-paid-detail = Đã nhận { $fiat }.
outcome-paid-customer = Cảm ơn quý khách! Đã nhận được thanh toán.
outcome-underpaid-title = THIẾU TIỀN
outcome-underpaid-detail = Mới nhận được { $paid } trên { $asked }. Hãy nhờ khách gửi phần còn lại đến cùng địa chỉ (mã QR chỉ yêu cầu phần còn thiếu), hoặc hoàn lại số đã nhận. Đừng giao hàng vội: Counterpay vẫn tiếp tục theo dõi yêu cầu này.
outcome-underpaid-customer = Thanh toán chưa đủ: đã nhận { $paid } trên { $asked }. Vui lòng gửi phần còn lại.
outcome-expired-title = HẾT HẠN
outcome-expired-detail = Chưa có khoản thanh toán nào cho { $fiat }. Nếu khách nói đã trả, hãy bấm Kiểm tra lại; tiền đến muộn vẫn được nhận và hiện ở đây.
outcome-expired-customer = Yêu cầu thanh toán này đã hết hạn. Vui lòng gặp thu ngân.
outcome-failed-title = THẤT BẠI
outcome-failed-detail = Cổng thanh toán không tạo được yêu cầu.
outcome-failed-customer = Không thể bắt đầu thanh toán. Vui lòng gặp thu ngân.
outcome-cancelled-title = ĐÃ HỦY
outcome-cancelled-detail = Đơn { $fiat } đã bị hủy. Nếu khách vẫn đã trả, hãy bấm Kiểm tra lại; tiền đến muộn vẫn được nhận và hiện ở đây.
outcome-cancelled-customer = Khoản thanh toán này đã bị hủy.
new-sale = Đơn mới
receipt-button = Hóa đơn
refund-the-excess = Hoàn lại phần thừa…

## Màn hình khách

customer-languages =
    .aria-label = Ngôn ngữ
customer-welcome = Chào mừng quý khách đến { $shop }
customer-your-items =
    .aria-label = Sản phẩm của quý khách
customer-tip-question = Quý khách có muốn thêm tiền boa không?
customer-no-tip = Không boa
customer-tip-sum = +{ $tip } · { $total }
customer-send-exactly = Vui lòng gửi đúng
customer-send-rest = Vui lòng gửi phần còn lại
customer-send-to = đến
customer-network-warning = Chỉ gửi qua mạng { $network }. Tiền gửi qua mạng khác sẽ bị mất.
customer-coin-warning = Chỉ gửi { $coin }. Mọi đồng tiền khác gửi đến đây sẽ bị mất.
customer-waiting = Đang chờ quý khách thanh toán
customer-confirming = { $required ->
    [0] Đã thấy giao dịch, đang xác nhận…
   *[other] Đã thấy giao dịch, đang xác nhận ({ $received }/{ $required })…
}
customer-time-left = Còn { $time } để thanh toán

## Hóa đơn

receipt-paper = Khổ giấy
paper-58 = Cuộn 58 mm
paper-80 = Cuộn 80 mm
receipt-print = In…
receipt-close = Đóng
receipt-title = Hóa đơn thanh toán
receipt-tax-number = Mã số thuế { $number }
receipt-paid = Đã trả
receipt-asset = Tài sản
receipt-invoice = Yêu cầu thanh toán
receipt-order = Đơn
receipt-transaction = Giao dịch
receipt-cashier = Thu ngân
receipt-no-txid = cổng thanh toán không cung cấp
receipt-paid-late = Trả sau khi yêu cầu đã hết hạn; đã chấp nhận.
receipt-thanks = Cảm ơn quý khách!
receipt-subtotal = Tạm tính
receipt-discount = Giảm giá
receipt-tax = Thuế { $rate }%
receipt-tax-included = trong đó thuế { $rate }%
receipt-tip = Tiền boa
refund-receipt-title = Biên nhận hoàn tiền
refund-receipt-sale = Đơn hàng
refund-receipt-to = Đến
refund-receipt-invoice = Của yêu cầu
refund-receipt-refund = Hoàn tiền
refund-receipt-no-txid = chưa rõ
refund-receipt-not-completed = Hoàn tiền { $status }: chưa hoàn tất.

## Thiết lập, mã khôi phục, yêu cầu mã PIN

setup-title = Thiết lập quầy này
setup-text = Chủ cửa hàng chỉ thiết lập quầy một lần. Mã PIN của chủ mở cổng thanh toán, rút tiền, nhân viên và cài đặt; hãy giữ kín.
setup-shop = Tên cửa hàng
setup-fiat = Đơn vị tiền dùng để nhập giá
setup-pin = Mã PIN của chủ (6 đến 12 chữ số)
setup-pin-again = Nhập lại mã PIN
setup-submit = Thiết lập
setup-working = Đang thiết lập…
recovery-title = Mã khôi phục của bạn
recovery-text = Hãy ghi lại và cất xa quầy. Mã này đặt lại mã PIN của chủ khi quên, và chuyển sổ ghi của quầy sang máy tính khác. Mã chỉ hiện lần này.
recovery-done = Tôi đã ghi lại
ask-pin-why = Thay đổi này có thể chuyển hoặc đổi hướng tiền, nên cần mã PIN của chủ ngay bây giờ.
ask-pin-person =
    .aria-label = Người duyệt
ask-pin-input =
    .aria-label = Mã PIN
    .placeholder = Mã PIN
ask-pin-ok = Xác nhận
ask-pin-cancel = Hủy
late-close =
    .aria-label = Đóng thông báo

## Điều gì không ổn, theo lời báo lỗi của ứng dụng (lời của cổng
## thanh toán giữ nguyên như khi nhận, trong $detail)

error-amount-empty = Hãy nhập số tiền, ví dụ 12,50.
error-amount-not-a-number = “{ $text }” không phải là số tiền: hãy dùng chữ số với một dấu thập phân, ví dụ 12,50.
error-amount-comma = “{ $text }” có dấu phân cách hàng nghìn: hãy nhập số tiền không có dấu đó, ví dụ 1250,50.
error-amount-negative = Số tiền không được âm.
error-amount-zero = Số tiền phải lớn hơn không.
error-amount-decimals = Số tiền { $code } có tối đa { $scale } chữ số thập phân.
error-amount-too-large = { $amount } { $code } vượt quá mức một giao dịch cho phép (tối đa { $max } { $code }).
error-fiat = “{ $text }” không phải là mã tiền tệ: hãy dùng ba chữ cái, ví dụ VND.
error-asset = “{ $text }” không phải là mã tài sản: hãy dùng chữ và số, ví dụ USDTTRC20 hoặc BTC.
error-gateway-auth = Cổng thanh toán từ chối thông tin đăng nhập ({ $detail }); hãy kiểm tra các khóa của nhà cung cấp.
error-gateway-forbidden = Cổng thanh toán không cho phép thao tác này với thông tin đăng nhập này ({ $detail }); hãy kiểm tra quyền của tài khoản trong bảng điều khiển của cổng.
error-gateway-rate-limited = { $seconds ->
    [0] Cổng thanh toán yêu cầu chúng ta chậm lại.
   *[other] Cổng thanh toán yêu cầu chúng ta chậm lại (thử lại sau { $seconds } giây).
}
error-gateway-rejected = Cổng thanh toán từ chối: { $detail }
error-gateway-not-found = Cổng thanh toán không biết { $what }.
error-gateway-unavailable = Cổng thanh toán hiện không khả dụng ({ $detail }); hãy thử lại sau giây lát.
error-gateway-protocol = Cổng thanh toán trả lời một nội dung chúng tôi không đọc được ({ $detail }).
error-unknown-invoice = Không có giao dịch { $id } trong sổ ghi.
error-unresolved = Cổng thanh toán chưa xác nhận giao dịch { $id }. Giao dịch vẫn được giữ và sẽ tự được kiểm tra lại.
error-pin-not-set = Chưa có chủ cửa hàng nào được thiết lập.
error-pin-wrong = Sai mã PIN; còn { $tries } lần thử trước khi bị khóa.
error-pin-locked = Nhập sai mã PIN quá nhiều lần: hãy thử lại sau { $seconds } giây.
error-pin-format = Mã PIN gồm từ { $min } đến { $max } chữ số.
error-pin-mismatch = Hai mã PIN không khớp; hãy nhập cùng một mã PIN hai lần.
error-storage = Không thể đọc hoặc ghi sổ ghi: { $detail }
error-approval-needed = Mức giảm giá { $share } % vượt quá giới hạn { $limit } % của cửa hàng: cần mã PIN của quản lý hoặc chủ cửa hàng.
error-no-gateway = Chưa có cổng thanh toán nào: chủ cửa hàng thêm một cổng trong Quản lý → Cài đặt.
error-no-default-gateway = Có nhiều cổng thanh toán nhưng chưa có cổng mặc định: chủ cửa hàng chọn một cổng trong Quản lý → Cài đặt.
error-provider-unknown = Không có cổng nào tên { $name }.
error-signed-out = Hãy đăng nhập bằng mã PIN trước.

## Từ chối những gì đã nhập hoặc yêu cầu, theo lời các bước kiểm tra của ứng dụng.
## $what là tên ô: name, category, note, cashier hoặc order-id.

error-text-empty = { $what ->
    [category] Chưa nhập tên nhóm hàng.
   *[name] Chưa nhập tên.
}
error-text-long = { $what ->
    [category] Tên nhóm hàng quá dài: tối đa { $max } ký tự.
    [note] Ghi chú quá dài: tối đa { $max } ký tự.
    [cashier] Tên thu ngân quá dài: tối đa { $max } ký tự.
    [order-id] Mã đơn quá dài: tối đa { $max } ký tự.
   *[name] Tên quá dài: tối đa { $max } ký tự.
}
error-text-control = { $what ->
    [category] Tên nhóm hàng có ký tự điều khiển: hãy nhập văn bản thường.
    [note] Ghi chú có ký tự điều khiển: hãy nhập văn bản thường.
    [cashier] Tên thu ngân có ký tự điều khiển: hãy nhập văn bản thường.
    [order-id] Mã đơn có ký tự điều khiển: hãy nhập văn bản thường.
   *[name] Tên có ký tự điều khiển: hãy nhập văn bản thường.
}
error-sku-empty = Chưa nhập mã hàng.
error-sku-long = Mã hàng { $sku } dài hơn { $max } ký tự.
error-sku-character = Mã hàng { $sku } có ký tự “{ $character }”: chỉ dùng chữ cái, chữ số và các dấu -, _, . (dấu chấm).
error-sku-from-name = Không tạo được mã hàng từ “{ $name }” vì tên không có chữ cái hay chữ số nào: hãy đặt mã hàng cho sản phẩm.
error-sku-taken = { $sku } đã là mã hàng của { $name }: hãy đặt cho sản phẩm này một mã hàng riêng.
error-sku-unknown = Không có sản phẩm nào trong danh mục mang mã hàng { $sku }.
error-sku-fixed = Không thể đổi mã hàng của { $was }: hãy thêm lại sản phẩm với mã hàng mới.
error-item-there = { $name } đã có trong danh mục với mã hàng { $target }: hãy sửa sản phẩm đó trong danh sách, hoặc đặt cho sản phẩm này mã hàng khác.
error-percent = “{ $text }” không phải là phần trăm: hãy nhập một số như 8,875 hoặc 20.
error-percent-over = { $text }: phần trăm tối đa là 100.
error-percent-decimals = { $text }: phần trăm có tối đa { $scale } chữ số thập phân, ví dụ 8,875.
error-tax-rate = Thuế suất { $text } %: thuế suất phải dưới 100 %.
error-adjustment-percent = { $text }: hãy nhập phần trăm từ 0 đến 100, ví dụ 10%.
error-cart-empty = Đơn hàng đang trống.
error-line-empty = Mỗi dòng cần có sản phẩm hoặc số tiền.
error-quantity = Số lượng phải là số nguyên từ 1 đến { $max }, không phải { $qty }.
error-quantity-zero = { $name }: số lượng phải ít nhất là 1.
error-quantity-large = { $name }: số lượng quá lớn.
error-discount-line = Mức giảm { $off } { $fiat } cho { $name } lớn hơn giá trị của dòng ({ $amount } { $fiat }).
error-discount-sale = Mức giảm { $off } { $fiat } lớn hơn giá trị đơn hàng ({ $left } { $fiat }).
error-nothing-to-charge = Hãy nhập số tiền hoặc thêm sản phẩm.
error-items-total = Các sản phẩm cộng lại là { $total } { $fiat }, không phải { $amount } { $fiat }: hãy bỏ trống số tiền hoặc sửa lại.
error-tip-not-offered = Mức tiền boa đó không còn được áp dụng.
error-gateway-fiat = Cổng thanh toán này chỉ tính giá bằng { $only }, không phải { $fiat }: hãy chọn cổng khác.
error-asset-not-offered = Cổng thanh toán này không hỗ trợ { $asset }; cổng chỉ hỗ trợ { $offered }.
error-below-minimum = { $amount } { $fiat } thấp hơn khoản thanh toán { $asset } nhỏ nhất mà cổng này nhận ({ $min } { $fiat }).
error-above-maximum = { $amount } { $fiat } cao hơn khoản thanh toán { $asset } lớn nhất mà cổng này nhận ({ $max } { $fiat }).
error-cancel-status = Đơn hàng { $id } đang ở trạng thái { $status }, không thể hủy được nữa.
error-cancel-theirs = Đơn hàng này là của { $cashier }: chỉ người đó, quản lý hoặc chủ cửa hàng mới hủy được.
error-confirm-status = Đơn hàng { $id } đang ở trạng thái { $status }: chỉ đơn thiếu tiền hoặc hết hạn mới được xác nhận thủ công.
error-txid = Hãy nhập mã giao dịch (txid) đã thanh toán đơn hàng.
error-reason = Lý do chỉ gồm một dòng, tối đa 200 ký tự.
error-updating = Counterpay đang cài bản cập nhật và sẽ khởi động lại trong giây lát; chưa có đơn hàng nào được bắt đầu.
error-no-update = Chưa có bản cập nhật nào đang chờ: hãy kiểm tra cập nhật trước.
error-setup-needed = Hãy thiết lập quầy trước: tên quầy, đơn vị tiền và mã PIN của chủ.
error-set-up-already = Quầy này đã được thiết lập: đã có chủ cửa hàng.
error-shop-name = Hãy đặt tên cho cửa hàng, chỉ trên một dòng.
error-left-staff = { $name } không còn trong danh sách nhân viên: hãy đăng nhập lại.
error-owner-only = Việc này cần chủ cửa hàng: hãy mở văn phòng bằng mã PIN của chủ.
error-manager-only = Việc này cần quản lý hoặc chủ cửa hàng: hãy mở văn phòng bằng mã PIN của họ.
error-not-manager = { $name } là { $role }: chỉ quản lý hoặc chủ cửa hàng mới được làm việc này.
error-pin-needed = Hãy nhập mã PIN của chủ để tiếp tục.
error-owner-gone = Không còn hồ sơ của chủ cửa hàng.
error-no-staff = Không có người này trong danh sách nhân viên: hãy chọn một tên.
error-staff-name = “{ $name }” không phải là tên nhân viên hợp lệ: hãy dùng từ 1 đến 32 ký tự in được.
error-staff-name-taken = Đã có { $name } trong danh sách nhân viên; hãy chọn tên khác.
error-owner-exists = { $name } đã là chủ cửa hàng; mỗi quầy chỉ có một chủ.
error-one-owner = Mỗi quầy chỉ có một chủ, được tạo khi thiết lập; hãy thêm quản lý hoặc thu ngân.
error-owner-stays = Không thể xóa chủ cửa hàng; thay vào đó, hãy đổi mã PIN của chủ.
error-recovery-none = Quầy này không có mã khôi phục: quầy được thiết lập trước khi có mã khôi phục.
error-recovery-damaged = Mã khôi phục không mở được các khóa của quầy này ({ $detail }).
error-fiat-priced = Giá trong danh mục tính bằng { $fiat }: hãy xóa các sản phẩm trước khi đổi đơn vị tiền.
error-no-shift = Không có ca số { $number } nào đã đóng.
error-not-a-date = “{ $text }” không phải là một ngày.
error-range-backwards = Khoảng thời gian bắt đầu sau khi kết thúc: hãy chọn ngày đầu trước ngày cuối.
error-range-long = Một báo cáo chỉ bao gồm tối đa { $max } ngày: hãy chọn khoảng ngắn hơn.
error-date-out-of-range = Ngày đó nằm ngoài phạm vi.
error-export-write = Không ghi được tệp xuất ({ $detail }).
error-provider-name = “{ $name }” không dùng được làm tên cổng: hãy bắt đầu bằng một chữ cái, sau đó là chữ cái, chữ số, - hoặc _ (tối đa 32).
error-provider-taken = Đã có một cổng tên { $name }: hãy gỡ cổng đó trước hoặc chọn tên khác.
error-url-sandbox = Sandbox chạy bên trong Counterpay và không dùng địa chỉ.
error-url-invalid = { $url } không phải là địa chỉ web ({ $detail }).
error-url-http = { $url }: http thường sẽ gửi thông tin xác thực và mọi đơn hàng mà không mã hóa. Hãy dùng https:// (http chỉ dành cho cổng thử trên máy này, như http://127.0.0.1).
error-url-scheme = { $url } phải bắt đầu bằng https://.
error-url-credentials = Địa chỉ không được chứa thông tin xác thực: hãy nhập chúng trong biểu mẫu của cổng.
error-option-unknown = { $kind } không có tùy chọn { $key }; chỉ nhận { $known }.
error-option-value = { $key } không thể là { $value }: hãy dùng { $allowed }.
error-option-fee-payer = Ai trả phí được đặt trong bảng điều khiển Cryptofuse khi cổng đăng nhập bằng khóa API.
error-option-number = { $key } = { $value }: hãy dùng số nguyên từ { $low } đến { $high }.
error-option-protocol = Sandbox chỉ nói { $allowed }.
error-customer-window = Không mở được màn hình khách hàng ({ $detail }).
error-keyring = Không lưu được thông tin xác thực vào kho khóa của hệ thống ({ $detail }).
error-write-place = Không thể ghi vào vị trí đó ({ $detail }).
error-write-file = Không thể ghi { $path } ({ $detail }).
error-print = Không mở được hộp thoại in ({ $detail }).

## Từ chối một lệnh rút tiền hoặc một khoản hoàn tiền, và địa chỉ nhận tiền.
## $network là tên mạng (Bitcoin, Tron), $prefixes là những gì địa chỉ
## của mạng đó bắt đầu bằng, đã nối bằng "hoặc".

error-address-empty = Hãy nhập địa chỉ { $network } để rút tiền về.
error-address-spaces = Địa chỉ { $network } có khoảng trắng hoặc dấu xuống dòng ở đầu hoặc cuối: hãy xóa chúng đi.
error-address-network = Đây không phải là địa chỉ { $network }: địa chỉ phải bắt đầu bằng { $prefixes }.
error-address-testnet = Đây là địa chỉ testnet của { $network }, không chứa tiền thật: hãy dùng địa chỉ mainnet.
error-address-character = Địa chỉ { $network } không thể có ký tự “{ $character }”: có ký tự bị gõ sai.
error-address-length = Địa chỉ { $network } này quá ngắn hoặc quá dài: bị thiếu hoặc thừa ký tự.
error-address-hex-length = Địa chỉ { $network } gồm 0x và 40 chữ số hex, còn địa chỉ này có { $digits } chữ số.
error-address-checksum = Mã kiểm tra (checksum) của địa chỉ { $network } không khớp: có ký tự bị gõ sai.
error-address-eip55 = Các chữ hoa và chữ thường trong địa chỉ { $network } này không khớp với mã kiểm tra của nó: có ký tự bị gõ sai.
error-address-mixed-case = Địa chỉ { $network } này lẫn cả chữ thường và chữ hoa: phải toàn chữ thường hoặc toàn chữ hoa.
error-address-no-checksum = Địa chỉ { $network } này toàn chữ thường hoặc toàn chữ hoa, nên không thể phát hiện ký tự gõ sai: hãy sao chép địa chỉ từ ví ở dạng có cả chữ hoa lẫn chữ thường.
error-address-kind = Địa chỉ { $network } này thuộc loại chúng tôi không kiểm tra được: hãy xin một địa chỉ bắt đầu bằng { $prefixes }.
error-address-label = Hãy đặt tên cho địa chỉ, từ 1 đến 40 ký tự.
error-address-saved = { $address } đã được lưu cho { $asset }.
error-no-address = Không có địa chỉ đã lưu nào mang mã { $id }.
error-payout-network = { $asset } không có mạng rút tiền nào có địa chỉ mà chúng tôi kiểm tra được.
error-payout-minimum = Số tiền thấp hơn mức rút tối thiểu của cổng thanh toán là { $minimum } { $asset }.
error-payout-available = Chỉ có { $available } { $asset } khả dụng.
error-payout-nothing-arrives = Sau khi trừ phí { $fee } { $asset } thì không còn gì để nhận.
error-nothing-available = Không có { $asset } nào khả dụng.
error-quote-changed = Báo giá của cổng thanh toán đã thay đổi kể từ lúc kiểm tra: chưa gửi gì cả. Hãy kiểm tra lại.
error-check-withdrawal = Hãy kiểm tra lệnh rút trước.
error-no-withdrawal = Không có lệnh rút { $id }.
error-withdrawal-final = Lệnh rút { $id } đã kết thúc với trạng thái { $state }.
error-check-refund = Hãy kiểm tra khoản hoàn tiền trước.
error-no-refund = Không có khoản hoàn tiền { $id }.
error-refund-amount = “{ $text }”: hãy chọn phần trả thừa, toàn bộ số đã nhận, hoặc một số tiền bằng { $asset }.
error-refund-status = Đơn hàng { $id } đang ở trạng thái { $status }: chỉ có thể hoàn lại tiền đã nhận của đơn đã trả hoặc thiếu tiền.
error-refunded-already = Đơn hàng { $id }: toàn bộ số tiền đã nhận đều đã được hoàn lại.
error-refund-no-excess = Đơn hàng { $id } không còn phần trả thừa nào để hoàn: yêu cầu { $asked } { $asset }, đã nhận { $paid }, đã hoàn { $refunded }.
error-refund-room = Đơn hàng { $id }: chỉ còn có thể hoàn lại { $left } { $asset }, không phải { $wanted }.
error-refund-too-much = Đơn hàng { $invoice }: đã hoàn { $already } { $asset }, hoàn thêm { $more } nữa sẽ vượt quá { $paid } đã nhận.
error-refund-txid = Hãy nhập mã giao dịch (txid) của khoản hoàn tiền đúng như bảng điều khiển của cổng thanh toán hiển thị.

## Thông báo

notify-paid-title = Đã thanh toán: { $fiat }
notify-paid-late-title = Đã thanh toán ({ $late }): { $fiat }
notify-paid-body = Đã nhận { $received } cho đơn { $order }
notify-underpaid-title = THIẾU TIỀN: { $fiat }
notify-underpaid-late-title = THIẾU TIỀN ({ $late }): { $fiat }
notify-underpaid-body = Chỉ nhận được { $paid } trên { $asked } cho đơn { $order }
notify-expired-title = Hết hạn: { $fiat }
notify-expired-body = Không có khoản thanh toán nào cho đơn { $order }
notify-withdrawal-completed-title = Rút tiền hoàn tất: { $amount }
notify-withdrawal-completed-body = Đã gửi đến { $address } qua { $provider }
notify-withdrawal-failed-title = Rút tiền thất bại: { $amount }
notify-withdrawal-failed-body = Cổng thanh toán đã từ chối.

# Counterpay's screens in English: the catalogue every other language
# follows, message for message.

## Top bar

badge-sandbox = SANDBOX
switch-person = Switch
    .title = Sign out, so someone else can sign in
customer-display-button = Customer display
customer-window-title = Counterpay – customer display
owner-button = Owner
role-cashier = cashier
role-manager = manager
mode-owner = Owner
mode-manager = Manager
role-owner = owner
gateway-ok = Gateway: ok
gateway-slow = Gateway: slow
gateway-unreachable = Gateway: unreachable
gateway-credentials-rejected = Gateway: credentials rejected
hq-up-to-date = HQ: up to date
hq-behind = HQ: { $events } behind
hq-unreachable = { $events ->
    [0] HQ: unreachable
   *[other] HQ: unreachable, { $events } to send
}
hq-refused = HQ: refused

## Signing in

signin-title = Who is at the counter?
signin-tap-name = Tap your name, then type your PIN
signin-pin-for = PIN for { $name }
signin-name-first = Tap your name first.
signin-submit = Sign in

## Ringing up a sale

pick-tabs =
    .aria-label = Add to the sale
pick-items = Items
pick-keypad = Keypad
sku-field =
    .placeholder = Scan or type a SKU, or search by name
    .aria-label = SKU or item name
categories =
    .aria-label = Categories
category-all = All
category-other = Other
items-grid =
    .aria-label = Items
items-none-match = No item matches “{ $text }”.
items-many-match = { $count } items match “{ $text }”: tap one, or type more of it.
items-no-sku = No item has the SKU { $sku }.
key-delete =
    .aria-label = Delete
add-amount = Add amount to the sale
cart-title = Sale
cart-clear = Clear
cart-lines =
    .aria-label = Lines of the sale
line-keyed = Amount
line-amount = Amount { $amount }
line-less = One { $name } less
line-more = One { $name } more
line-discount = Discount on { $name }
line-remove = Remove { $name }
cart-discount-label = Discount
discount-field =
    .placeholder = 10% or 2.00
    .aria-label = Discount on the whole sale
tip-label = Tip
tip-choices =
    .aria-label = Tip
tip-none = None
tip-other = Other
tip-amount = Tip amount
percent = { $value } %
figure-subtotal = Subtotal
figure-discount = Discount
figure-tax = Tax
figure-tax-included = Tax included
figure-tip = Tip
cart-total-label = Total
cart-needs-approval = A manager approves this: a discount of { $share } % is above the shop's limit of { $limit } %.
tip-waiting = The customer is choosing a tip on their display…
tip-skip = Charge without a tip
tip-back = Back
assets =
    .aria-label = Pay with
limit-min = min { $amount }
limit-max = max { $amount }
note-field =
    .placeholder = Order note (optional)
    .aria-label = Order note
charge = Charge
creating-invoice = Creating the invoice…
approval-title = A manager approves the discount
approval-why = A discount of { $share } % is above the shop's limit of { $limit } %. A manager or the owner chooses their name and types their PIN.

## The sale on screen

pay-customer-pays = Customer pays
pay-still-due = Still due
pay-sale = Sale: { $amount }
pay-network = Network: { $asset }
copy-amount = Copy
pay-to-address = To address
pay-waiting = Waiting for payment
pay-confirming = Payment seen: confirming
pay-underpaid = UNDERPAID: see below
pay-underpaid-due = UNDERPAID: { $due } still due
pay-confirmations = { $received } of { $required } confirmations
pay-received = Received { $paid } of { $asked }
pay-time-left = { $time } left
checking-gateway = Checking with the gateway…
cancel-sale = Cancel sale
check-again = Check again
refund-what-arrived = Refund what arrived…
done = Done
simulate-title = Simulate payment (sandbox)
simulate-full = Full
simulate-rest = Pay the rest
simulate-partial = Partial
simulate-expire = Expire
late-banner = Invoice { $id }, { $word }: { $amount }
today = Today
status-pending = pending
status-confirming = confirming
status-paid = paid
status-underpaid = underpaid
status-expired = expired
status-failed = failed
status-cancelled = cancelled

## Outcomes: the title, the cashier's words, the customer's

outcome-paid-late = paid late
outcome-completed = completed
outcome-paid-title = PAID
outcome-paid-title-late = PAID ({ $late })
outcome-paid-detail = { $fiat } received.
outcome-paid-customer = Thank you! Payment received.
outcome-underpaid-title = UNDERPAID
outcome-underpaid-detail = Only { $paid } of { $asked } arrived. Ask the customer to send the rest to the same address (the QR asks for the rest only), or refund what arrived. Do not hand over the goods yet: Counterpay keeps watching this invoice.
outcome-underpaid-customer = Payment incomplete: { $paid } of { $asked } arrived. Please send the rest.
outcome-expired-title = EXPIRED
outcome-expired-detail = No payment has arrived for { $fiat }. If the customer says they paid, press Check again; money that arrives later is still taken and shown here.
outcome-expired-customer = This payment request has expired. Please see the cashier.
outcome-failed-title = FAILED
outcome-failed-detail = The gateway did not create the invoice.
outcome-failed-customer = Payment could not be started. Please see the cashier.
outcome-cancelled-title = CANCELLED
outcome-cancelled-detail = The sale of { $fiat } was cancelled. If the customer paid anyway, press Check again; money that arrives later is still taken and shown here.
outcome-cancelled-customer = This payment was cancelled.
new-sale = New sale
receipt-button = Receipt
refund-the-excess = Refund the excess…

## The customer display

customer-languages =
    .aria-label = Language
customer-welcome = Welcome to { $shop }
customer-your-items =
    .aria-label = Your items
customer-tip-question = Would you like to add a tip?
customer-no-tip = No tip
customer-tip-sum = +{ $tip } · { $total }
customer-send-exactly = Please send exactly
customer-send-rest = Please send the rest
customer-send-to = to
customer-network-warning = Send only on the { $network } network. Money sent on another network is lost.
customer-coin-warning = Send only { $coin }. Any other coin sent here is lost.
customer-waiting = Waiting for your payment
customer-confirming = { $required ->
    [0] Payment seen, confirming…
   *[other] Payment seen, confirming ({ $received } of { $required })…
}
customer-time-left = { $time } left to pay

## Receipts

receipt-paper = Paper
paper-58 = 58 mm roll
paper-80 = 80 mm roll
receipt-print = Print…
receipt-close = Close
receipt-title = Payment receipt
receipt-tax-number = Tax no. { $number }
receipt-paid = Paid
receipt-asset = Asset
receipt-invoice = Invoice
receipt-order = Order
receipt-transaction = Transaction
receipt-cashier = Cashier
receipt-no-txid = not given by the gateway
receipt-paid-late = Paid after the invoice expired; accepted.
receipt-thanks = Thank you!
receipt-subtotal = Subtotal
receipt-discount = Discount
receipt-tax = Tax { $rate } %
receipt-tax-included = of which tax { $rate } %
receipt-tip = Tip
refund-receipt-title = Refund receipt
refund-receipt-sale = Sale
refund-receipt-to = To
refund-receipt-invoice = Of invoice
refund-receipt-refund = Refund
refund-receipt-no-txid = not known yet
refund-receipt-not-completed = Refund { $status }: not yet completed.

## Setting up, the recovery code, a PIN asked for

setup-title = Set up this till
setup-text = The owner sets the till up once. The owner's PIN opens the gateways, withdrawals, staff and settings; keep it to yourself.
setup-shop = Shop name
setup-fiat = Currency prices are typed in
setup-pin = Owner PIN (6 to 12 digits)
setup-pin-again = The same PIN again
setup-submit = Set up
setup-working = Setting up…
recovery-title = Your recovery code
recovery-text = Write it down and keep it away from the till. It resets a forgotten owner PIN and moves this till's journal to another computer. It is shown only now.
recovery-done = I have written it down
ask-pin-why = This change can move or reroute money, so it needs the owner's PIN now.
ask-pin-person =
    .aria-label = Who approves
ask-pin-input =
    .aria-label = PIN
    .placeholder = PIN
ask-pin-ok = Confirm
ask-pin-cancel = Cancel
late-close =
    .aria-label = Dismiss

## What went wrong, as the app's errors say it (the gateway's own words
## stay as they came, in $detail)

error-amount-empty = Enter an amount, like 12.50.
error-amount-not-a-number = “{ $text }” is not an amount: use digits with one decimal separator, like 12.50.
error-amount-comma = “{ $text }” has a comma: use a decimal point and no thousands separators, like 1250.50.
error-amount-negative = The amount cannot be negative.
error-amount-zero = The amount must be more than zero.
error-amount-decimals = { $code } amounts have at most { $scale ->
    [one] 1 decimal
   *[other] { $scale } decimals
}.
error-amount-too-large = { $amount } { $code } is more than one sale can take (at most { $max } { $code }).
error-fiat = “{ $text }” is not a currency code: use three letters, like USD.
error-asset = “{ $text }” is not an asset code: use letters and digits, like USDTTRC20 or BTC.
error-gateway-auth = The gateway refused the credentials ({ $detail }); check the provider's keys.
error-gateway-forbidden = The gateway does not allow this with these credentials ({ $detail }); check the account's permissions in its dashboard.
error-gateway-rate-limited = { $seconds ->
    [0] The gateway asks us to slow down.
   *[other] The gateway asks us to slow down (retry in { $seconds } s).
}
error-gateway-rejected = The gateway refused: { $detail }
error-gateway-not-found = The gateway does not know { $what }.
error-gateway-unavailable = The gateway is unavailable ({ $detail }); try again in a moment.
error-gateway-protocol = The gateway answered something we cannot read ({ $detail }).
error-unknown-invoice = There is no sale { $id } in the journal.
error-unresolved = The gateway did not confirm sale { $id }. It is kept and checked again by itself.
error-pin-not-set = No owner is set up yet.
error-pin-wrong = { $tries ->
    [one] Wrong PIN; 1 more try before a lockout.
   *[other] Wrong PIN; { $tries } more tries before a lockout.
}
error-pin-locked = Too many wrong PINs: try again in { $seconds } s.
error-pin-format = A PIN is { $min } to { $max } digits.
error-pin-mismatch = The two PINs differ; type the same PIN twice.
error-storage = The journal cannot be read or written: { $detail }
error-approval-needed = A discount of { $share } % is above the shop's limit of { $limit } %: a manager's or the owner's PIN is needed.
error-no-gateway = No payment gateway is set up yet: the owner adds one under Owner → Settings.
error-no-default-gateway = Several payment gateways are set up and none is the default: the owner chooses one under Owner → Settings.
error-provider-unknown = There is no gateway named { $name }.
error-signed-out = Sign in with your PIN first.

## Refusals of what was typed or asked, as the app's checks say them.
## $what names the field: name, category, note, cashier or order id.

error-text-empty = { $what ->
    [category] The category is empty.
   *[name] The name is empty.
}
error-text-long = { $what ->
    [category] The category is too long: at most { $max } characters.
    [note] The note is too long: at most { $max } characters.
    [cashier] The cashier's name is too long: at most { $max } characters.
    [order-id] The order id is too long: at most { $max } characters.
   *[name] The name is too long: at most { $max } characters.
}
error-text-control = { $what ->
    [category] The category has a control character: type plain text.
    [note] The note has a control character: type plain text.
    [cashier] The cashier's name has a control character: type plain text.
    [order-id] The order id has a control character: type plain text.
   *[name] The name has a control character: type plain text.
}
error-sku-empty = The SKU is empty.
error-sku-long = The SKU { $sku } is longer than { $max } characters.
error-sku-character = The SKU { $sku } has “{ $character }”: use letters, digits, -, _ and . only.
error-sku-from-name = “{ $name }” gives no SKU, as it has no letters or digits: give the item a SKU.
error-sku-taken = { $sku } is already the SKU of { $name }: give this item a SKU of its own.
error-sku-unknown = No item in the catalogue has the SKU { $sku }.
error-sku-fixed = The SKU of { $was } cannot change: add the item anew with its new SKU.
error-item-there = { $name } is already in the catalogue as { $target }: change it from the list, or give this item another SKU.
error-percent = “{ $text }” is not a percentage: write one such as 8.875 or 20.
error-percent-over = { $text }: a percentage is at most 100.
error-percent-decimals = { $text }: a percentage has at most { $scale } decimals, such as 8.875.
error-tax-rate = A tax rate of { $text } %: a rate must be below 100 %.
error-adjustment-percent = { $text }: give a percentage from 0 to 100, such as 10%.
error-cart-empty = The cart is empty.
error-line-empty = A line needs an item or an amount.
error-quantity = A quantity is a whole number from 1 to { $max }, not { $qty }.
error-quantity-zero = { $name }: the quantity must be at least 1.
error-quantity-large = { $name }: the quantity is too large.
error-discount-line = The discount of { $off } { $fiat } on { $name } is more than the line ({ $amount } { $fiat }).
error-discount-sale = The discount of { $off } { $fiat } is more than the sale ({ $left } { $fiat }).
error-nothing-to-charge = Type an amount or add items.
error-items-total = The items come to { $total } { $fiat }, not { $amount } { $fiat }: leave the amount out or correct it.
error-tip-not-offered = That tip is no longer offered.
error-gateway-fiat = This gateway prices in { $only } only, not { $fiat }: choose another gateway.
error-asset-not-offered = This gateway does not offer { $asset }; it offers { $offered }.
error-below-minimum = { $amount } { $fiat } is below the smallest { $asset } payment this gateway takes ({ $min } { $fiat }).
error-above-maximum = { $amount } { $fiat } is above the largest { $asset } payment this gateway takes ({ $max } { $fiat }).
error-cancel-status = Sale { $id } is { $status } and can no longer be cancelled.
error-cancel-theirs = This sale is { $cashier }'s: only they, a manager or the owner can cancel it.
error-confirm-status = Sale { $id } is { $status }: only an underpaid or expired sale is confirmed by hand.
error-txid = Give the transaction id (txid) that paid the sale.
error-reason = The reason is one line of up to 200 characters.
error-updating = Counterpay is installing an update and restarts in a moment; no sale was started.
error-no-update = No update is waiting: look for updates first.
error-setup-needed = Set the till up first: its name, its currency and the owner's PIN.
error-set-up-already = This till is set up already: it has an owner.
error-shop-name = Give the shop a name of one line.
error-left-staff = { $name } is no longer on the staff: sign in again.
error-owner-only = This needs the owner: open the back office with the owner's PIN.
error-manager-only = This needs a manager or the owner: open the back office with their PIN.
error-not-manager = { $name } is a { $role }: only a manager or the owner may do this.
error-pin-needed = Type the owner's PIN to go on.
error-owner-gone = The owner's record is gone.
error-no-staff = There is no such person on the staff: pick a name.
error-staff-name = “{ $name }” is not a staff name: give 1 to 32 printable characters.
error-staff-name-taken = { $name } is already on the staff; pick another name.
error-owner-exists = { $name } is the owner already; a till has one owner.
error-one-owner = A till has one owner, made at setup; add a manager or a cashier.
error-owner-stays = The owner cannot be removed; change the owner's PIN instead.
error-recovery-none = This till has no recovery code: it was set up before recovery codes existed.
error-recovery-damaged = The recovery code cannot open this till's keys ({ $detail }).
error-fiat-priced = The catalogue's prices are in { $fiat }: remove its items before changing the currency.
error-no-shift = No shift { $number } has been closed.
error-not-a-date = “{ $text }” is not a day.
error-range-backwards = The range starts after it ends: pick a first day before the last.
error-range-long = A report covers at most { $max } days: pick a shorter range.
error-date-out-of-range = That day is out of range.
error-export-write = The export cannot be written ({ $detail }).
error-provider-name = “{ $name }” is not a gateway name: start with a letter, then letters, digits, - or _ (at most 32).
error-provider-taken = A gateway named { $name } exists already: remove it first or pick another name.
error-url-sandbox = A sandbox runs inside Counterpay and takes no address.
error-url-invalid = { $url } is not a web address ({ $detail }).
error-url-http = { $url }: plain http would send the credentials and every sale unencrypted. Use https:// (http only for a test gateway on this computer, such as http://127.0.0.1).
error-url-scheme = { $url } must start with https://.
error-url-credentials = The address must not carry credentials: enter them in the gateway's form.
error-option-unknown = { $kind } has no option { $key }; it takes { $known }.
error-option-value = { $key } cannot be { $value }: use { $allowed }.
error-option-fee-payer = Who pays the fee is set in the Cryptofuse dashboard when the gateway signs in with an API key.
error-option-number = { $key } = { $value }: use a whole number from { $low } to { $high }.
error-option-protocol = The sandbox speaks { $allowed } only.
error-customer-window = The customer display cannot open ({ $detail }).
error-keyring = The credentials could not be stored in the system's keyring ({ $detail }).
error-write-place = That place cannot be written ({ $detail }).
error-write-file = { $path } cannot be written ({ $detail }).
error-print = The print dialog could not open ({ $detail }).

## Refusals of a withdrawal or a refund, and of an address to pay out to.
## $network is a network's name (Bitcoin, Tron), $prefixes what its
## addresses start with, already joined with "or".

error-address-empty = Enter the { $network } address to pay out to.
error-address-spaces = The { $network } address has spaces or line breaks before or after it: remove them.
error-address-network = This is not a { $network } address: it must start with { $prefixes }.
error-address-testnet = This is a { $network } testnet address, which holds no real coins: use a mainnet address.
error-address-character = “{ $character }” cannot appear in a { $network } address: a character is mistyped.
error-address-length = This { $network } address is too short or too long: a character is missing or extra.
error-address-hex-length = A { $network } address is 0x followed by 40 hex digits, and this one has { $digits }.
error-address-checksum = The { $network } address's checksum does not match: a character is mistyped.
error-address-eip55 = The mixed-case letters of this { $network } address do not match its checksum: a character is mistyped.
error-address-mixed-case = This { $network } address mixes lowercase and uppercase letters: it must be all one case.
error-address-no-checksum = This { $network } address is all lowercase or all uppercase, so a mistyped character in it cannot be caught: copy it from the wallet in its mixed-case form.
error-address-kind = This { $network } address is of a kind we cannot check: ask for one that starts with { $prefixes }.
error-address-label = Give the address a name of 1 to 40 characters.
error-address-saved = { $address } is already saved for { $asset }.
error-no-address = There is no saved address { $id }.
error-payout-network = { $asset } has no payout network whose addresses we can check.
error-payout-minimum = The amount is below the gateway's smallest withdrawal of { $minimum } { $asset }.
error-payout-available = Only { $available } { $asset } is available.
error-payout-nothing-arrives = After the fee of { $fee } { $asset } nothing would arrive.
error-nothing-available = No { $asset } is available.
error-quote-changed = The gateway's quote changed since it was checked: nothing was sent. Check again.
error-check-withdrawal = Check the withdrawal first.
error-no-withdrawal = There is no withdrawal { $id }.
error-withdrawal-final = Withdrawal { $id } is already { $state }.
error-check-refund = Check the refund first.
error-no-refund = There is no refund { $id }.
error-refund-amount = “{ $text }”: give the excess, all of it, or an amount of { $asset }.
error-refund-status = Sale { $id } is { $status }: only money that arrived on a paid or underpaid sale can be refunded.
error-refunded-already = Sale { $id }: all that arrived on it has been refunded already.
error-refund-no-excess = Sale { $id } has no excess left to refund: { $asked } { $asset } asked, { $paid } arrived, { $refunded } refunded already.
error-refund-room = Sale { $id }: { $left } { $asset } can still be refunded, not { $wanted }.
error-refund-too-much = Sale { $invoice }: { $already } { $asset } was refunded already, and { $more } more would be more than the { $paid } that arrived.
error-refund-txid = Give the refund's transaction id (txid) as the gateway's dashboard shows it.

## Notifications

notify-paid-title = Paid: { $fiat }
notify-paid-late-title = Paid ({ $late }): { $fiat }
notify-paid-body = { $received } received for order { $order }
notify-underpaid-title = UNDERPAID: { $fiat }
notify-underpaid-late-title = UNDERPAID ({ $late }): { $fiat }
notify-underpaid-body = Only { $paid } of { $asked } arrived for order { $order }
notify-expired-title = Expired: { $fiat }
notify-expired-body = Nothing was paid for order { $order }
notify-withdrawal-completed-title = Withdrawal completed: { $amount }
notify-withdrawal-completed-body = Sent to { $address } via { $provider }
notify-withdrawal-failed-title = Withdrawal failed: { $amount }
notify-withdrawal-failed-body = The gateway refused it.

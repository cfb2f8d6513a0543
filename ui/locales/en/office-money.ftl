## The back office: sales, refunds, takings, shifts, withdrawals and activity.

## Takings

takings-scope = Tills
takings-scope-till = This till
takings-scope-hq = All tills (HQ)
takings-from = From
takings-to = To
takings-today = Today
takings-export-csv = Export CSV
takings-export-json = Export JSON
takings-reconcile = Reconcile
takings-paid-invoices = Paid invoices
takings-underpaid = Underpaid
takings-flagged = Flagged
takings-chart-day = Paid { $fiat } by hour, { $day }
takings-chart-days = Paid { $fiat } by hour, { $first } – { $last }
takings-chart-empty = Nothing paid in { $fiat } yet.
takings-per-asset = Per asset
takings-per-gateway = Per gateway
takings-per-cashier = Per cashier
takings-by-status = Invoices by status
takings-tax-collected = Tax collected
takings-tips = Tips
takings-items-sold = Items sold
takings-per-till = Per till
takings-exceptions = Exceptions
takings-col-asset = Asset
takings-col-received = Received
takings-col-invoices = Invoices
takings-col-gateway = Gateway
takings-col-status = Status
takings-col-till = Till
takings-col-shop = Shop
takings-saved = { $count ->
    [one] Saved 1 invoice.
   *[other] Saved { $count } invoices.
}

## Reconciliation with the gateways (on the Takings tab)

takings-reconciliation = Reconciliation with the gateways
takings-reconciling = Reading the gateways' records…
takings-reconcile-col-what = What
takings-reconcile-col-gateway = Gateway
takings-reconcile-col-invoice = Invoice
takings-reconcile-col-gateway-id = Gateway's id
takings-reconcile-col-journal = Journal
takings-reconcile-col-gateway-says = Gateway says
takings-difference-missing-locally = At the gateway, not in the journal
takings-difference-missing-at-gateway = In the journal, not at the gateway
takings-difference-status = Status differs
takings-difference-amount = Amount differs
takings-difference-other-till = Another till's sale
# One side of a difference: an invoice's status and the crypto amount it asked.
takings-side = { $status } { $amount }
takings-differences = { $count ->
    [one] 1 difference on { $day }. `counterpay reconcile --adopt` applies what the gateway knows better.
   *[other] { $count } differences on { $day }. `counterpay reconcile --adopt` applies what the gateway knows better.
}
takings-agree = On { $day } the journal and the gateways agree.

## What a day's takings and a shift's report both show

report-paid = Paid
report-invoices = Invoices
report-exceptions = Exceptions
report-refunded = Refunded
report-net = Net
# A sale nobody was signed in for.
report-none-set = (none set)
report-col-cashier = Cashier
report-col-paid = Paid
report-col-sku = SKU
report-col-sold = Sold
report-col-net-sales = Net sales
report-col-invoice = Invoice
report-col-order = Order
report-col-what = What
report-col-asked = Asked
report-col-arrived = Arrived
# The tax and tips tables (drawn by ui/owner/parts.js).
report-col-rate = Rate
report-col-tax = Tax
report-col-staff = Staff
report-col-tips = Tips
# How many sales a tax rate or a person's tips came from.
report-col-sales = Sales

## Sales: the search

sales-search-label = Search
sales-search =
    .placeholder = Amount, order id, txid or invoice id
sales-from = From
sales-to = To
sales-status-label = Status
sales-all = All
sales-status-pending = Pending
sales-status-confirming = Confirming
sales-status-paid = Paid
sales-status-underpaid = Underpaid
sales-status-expired = Expired
sales-status-cancelled = Cancelled
sales-status-failed = Failed
sales-cashier = Cashier
sales-gateway = Gateway
sales-go = Search
sales-hint = Without dates, the last 90 days are searched. At most 200 sales show, newest first. Tap a sale to see its whole history.
sales-searching = Searching…
sales-too-many = Only the newest 200 show: narrow the search to find older ones.
sales-col-time = Time
sales-col-amount = Amount
sales-col-asset = Asset
sales-col-status = Status
sales-col-cashier = Cashier
sales-col-gateway = Gateway
sales-col-order = Order
# A row of the list as a screen reader says it; $status is the status
# and any flags, like "paid, overpaid".
sales-row = Sale { $id }, { $amount }, { $status }

## Sales: one sale

sale-back = Back to the list
sale-reprint = Reprint receipt
sale-title = Sale { $id }: { $amount }, { $status }
sale-fact-amount = Amount
sale-fact-asset = Asset
sale-fact-asked = Asked
sale-fact-received = Received
sale-fact-status = Status
sale-fact-created = Created
sale-fact-paid = Paid
sale-fact-expires = Expires
sale-fact-cashier = Cashier
sale-fact-gateway = Gateway
sale-fact-order = Order
sale-fact-gateway-id = Gateway's id
sale-fact-address = Address
sale-fact-transaction = Transaction
sale-fact-note = Note
sale-fact-failure = Why it failed
sale-flag-overpaid = overpaid
sale-flag-paid-late = paid late
sale-flag-confirmed-manually = confirmed by hand
sale-flag-paid-in-parts = paid in parts
sale-flag-found-by-reconciliation = found by reconciliation
sale-confirm-help = The money arrived by a way the gateway did not match (say, from an exchange in two parts): the owner may mark this sale paid by hand at the gateway, with its transaction id.
sale-txid-label = Transaction id
sale-reason-label = Why
sale-reason =
    .placeholder = for the audit trail
sale-confirm = Confirm paid by hand…
sale-confirm-pin = Confirm sale { $id } paid by hand
sale-txid-needed = Give the transaction id that paid it.
sale-confirmed = Confirmed by hand: the sale is { $status }.
sale-asking = Asking the gateway…
sale-gateway-says = The gateway says: { $status }.
sale-history = History
sale-history-col-time = Time
sale-history-col-what = What happened
sale-history-col-status = Status
sale-history-col-paid = Paid
sale-history-col-transaction = Transaction
sale-history-col-hash = Hash
sale-event-intent = Sale started
sale-event-created = Invoice created at the gateway
sale-event-adopted = Found at the gateway
sale-event-updated = The gateway reported a change
sale-event-failed = The gateway refused the invoice

## Sales: a refund of one sale

refund-title = Refund
refund-kind-label = Amount
refund-kind-excess = The overpayment
refund-kind-all = All that arrived
refund-kind-figure = An amount…
refund-figure =
    .placeholder = amount
    .aria-label = Amount to refund
refund-address =
    .placeholder = the customer's wallet address
    .aria-label = The customer's wallet address
refund-txid =
    .placeholder = txid of the refund made in the gateway's dashboard
    .aria-label = Transaction id
refund-record-pin =
    .placeholder = owner PIN
    .aria-label = Owner PIN
refund-check = Check
refund-record = Record refund
# $left and $excess are crypto amounts with their asset, like "15 USDTTRC20".
refund-room = { $left } can still go back.
refund-room-excess = { $left } can still go back, of which { $excess } was paid over the price.
refund-room-record = This gateway sends no refunds from here: make it in its dashboard, then record it with its transaction id.
refund-compare = Compare with the customer's wallet: first and last characters
refund-pin =
    .placeholder = owner PIN to confirm
    .aria-label = Owner PIN
refund-send = Send refund
refund-cancel = Cancel
refund-checking = Checking…
refund-sending = Sending…
# $why is the gateway's own words.
refund-not-sent = Not sent: { $why }
refund-sent = Refund { $id } is { $status }.
refund-recorded = Refund { $id } recorded.
refund-col-when = When
refund-col-amount = Amount
refund-col-to = To
refund-col-status = Status

## What a withdrawal or a refund would do, once checked

quote-leaves = Leaves the balance
quote-fee = Fee
quote-arrives = Arrives

## Shifts

shift-close = Close shift…
shift-close-confirm = Close the shift now? Its Z-report is sealed in the journal and cannot be changed.
shift-close-yes = Close shift
shift-close-no = Keep open
shift-x-title = Shift { $number } so far (X-report)
shift-x-note = From { $opened }, as of { $now }. Not sealed: the shift is still open. Close it below for its Z-report.
shift-z-title = Z-report no. { $number }: { $opened } to { $closed }
# When the first shift opened: it has no shift before it.
shift-first-sale = the first sale
shift-sealed = Sealed: a fingerprint of the journal up to event { $event }. If any sale of this shift is later changed or deleted, the journal check no longer matches it and says so.
shift-closed-by = Closed by { $name }.
shift-seal = Fingerprint at journal event { $event }: { $hash }
shift-print = Print
shift-export-csv = Export CSV
shift-export-json = Export JSON
shift-saved = Saved.
shift-closed-shifts = Closed shifts
shift-col-number = No.
shift-col-opened = Opened
shift-col-closed = Closed
shift-col-invoices = Invoices
shift-col-paid = Paid
shift-col-exceptions = Exceptions
shift-view = View

## Withdrawals

payout-balances = Balances
payout-col-account = Account
payout-col-asset = Asset
payout-col-available = Available
payout-col-pending = Pending
# $why is the gateway's own words.
payout-balances-unread = The balances could not be read ({ $detail }).
payout-no-withdrawals = No withdrawals here: { $why }
# Notes beside a checked withdrawal, and why a gateway takes no withdrawals
# from the app.
payout-note-review = Worth about { $v } USD, over { $limit } USD: the gateway reviews it by hand before sending it.
payout-note-review-unknown = The gateway reviews withdrawals worth over { $limit } USD by hand; this one's worth in USD is not known here.
payout-note-estimate = The fee and the amount are { $gateway }'s own estimate.
payout-note-fee-table = A network fee of { $fee } { $coin } from { $gateway }'s table, taken out of the amount.
payout-no-api = { $gateway } takes no withdrawals from the app: withdraw from its dashboard.
# A gateway whose records list no day ($provider is its name here).
takings-reconcile-no-list = { $provider } lists no day, so each of this till's sales was read from it instead; sales made elsewhere on the same account cannot be seen.
payout-withdraw = Withdraw
payout-gateway = Gateway
payout-asset = Asset
payout-asset-choice = { $asset } ({ $available } available)
payout-amount-field =
    .placeholder = 0.00
payout-amount = Amount
payout-all = All available
payout-to = To
payout-type-address = Type an address…
payout-to-address =
    .placeholder = the owner's wallet address
payout-check = Check
payout-checking = Checking…
payout-compare = Compare with the wallet: first and last characters
payout-pin =
    .placeholder = owner PIN to confirm
payout-send = Send withdrawal
payout-cancel = Cancel
payout-sending = Sending…
payout-check-first = Check the withdrawal first.
# $why is the gateway's own words.
payout-not-sent = Not sent: { $why }
payout-sent = Withdrawal { $id } is { $status }.
payout-history = History
payout-col-when = When
payout-col-gateway = Gateway
payout-col-amount = Amount
payout-col-arrives = Arrives
payout-col-to = To
payout-col-status = Status
payout-status-requested = requested
payout-status-unknown = unknown
payout-status-review = review
payout-status-pending = pending
payout-status-completed = completed
payout-status-failed = failed
payout-resolve-help = A withdrawal its gateway cannot report on: check the gateway's dashboard, then mark it with the PIN.
payout-resolve-pin =
    .placeholder = owner PIN
payout-mark-sent = Mark sent
payout-mark-not-sent = Mark not sent

## Withdrawals: saved addresses

payout-addresses = Saved addresses
payout-address-col-name = Name
payout-address-col-asset = Asset
payout-address-col-address = Address
payout-address-remove = Remove
payout-address-forget = Forget the address { $label }
payout-address-label =
    .placeholder = name, e.g. Owner's Tron wallet
payout-address-asset =
    .placeholder = asset, e.g. USDTTRC20
payout-address-address =
    .placeholder = address
payout-address-pin =
    .placeholder = owner PIN
payout-address-save = Save address
payout-address-saved = Address saved.

## Activity: who did what on the till

activity-day = Day
activity-col-time = Time
activity-col-who = Who
activity-col-what = What
activity-col-details = Details
# In place of a sealed copy of the till's keys, which no one reads.
activity-actor-command-line = command line (no owner yet)
activity-actor-upgrade = Counterpay upgrade
activity-actor-restore = Counterpay restore
activity-keys-sealed = keys sealed
# The names of an activity's details (what the journal recorded of it), and
# its yes-or-no values.
activity-yes = yes
activity-no = no
activity-field-active = offered
activity-field-added-at = added
activity-field-address = address
activity-field-adopted = adopted
activity-field-after-wrong-tries = after wrong tries
activity-field-amount = amount
activity-field-asset = asset
activity-field-at = at
activity-field-base-url = address of the gateway
activity-field-cashier = cashier
activity-field-category = category
activity-field-clock = clock
activity-field-date = date
activity-field-discount = discount
activity-field-events = events
activity-field-failures = failures
activity-field-fee = fee
activity-field-fiat = currency
activity-field-file = file
activity-field-first = from
activity-field-for = for
activity-field-format = format
activity-field-from = from
activity-field-id = id
activity-field-invoice = sale
activity-field-is-default = default
activity-field-key = setting
activity-at-counter = at the counter
activity-at-back-office = in the back office
activity-field-keys = credentials
activity-field-kind = kind
activity-field-label = name
activity-field-last = to
activity-field-name = name
activity-field-note = note
activity-field-number = number
activity-field-owner = owner
activity-field-previous = before
activity-field-price = price
activity-field-provider = gateway
activity-field-purpose = purpose
activity-field-reason = reason
activity-field-receive = arrives
activity-field-refund-of = refund of
activity-field-role = role
activity-field-seal = seal
activity-field-seconds = seconds
activity-field-sent = sent
activity-field-shift = shift
activity-field-shop-name = shop name
activity-field-sku = SKU
activity-field-subtotal = subtotal
activity-field-tax-rate = tax rate
activity-field-till = till
activity-field-tills = tills
activity-field-txid = transaction id
activity-field-unrecorded = not recorded
activity-field-value = value
activity-field-version = version
activity-field-with = with
activity-action-setup = set the till up
activity-action-signed-in = signed in
activity-action-pin-failed = typed a wrong PIN
activity-action-locked-out = was locked out
activity-action-pin-accepted = typed the right PIN
activity-action-pin-changed = changed a PIN
activity-action-pin-strengthened = PIN re-hashed
activity-action-owner-pin-reset = owner pin reset
activity-action-recovery-code-issued = recovery code issued
activity-action-staff-added = added staff
activity-action-staff-removed = removed staff
activity-action-setting-changed = changed a setting
activity-action-provider-added = added a gateway
activity-action-provider-removed = removed a gateway
activity-action-default-provider-set = changed the default gateway
activity-action-credentials-stored = stored credentials
activity-action-credentials-removed = removed credentials
activity-action-address-added = saved a payout address
activity-action-address-removed = forgot a payout address
activity-action-withdrawal-requested = asked for a withdrawal
activity-action-withdrawal-marked = marked a withdrawal
activity-action-refund-recorded = refund recorded
activity-action-item-saved = saved a catalogue item
activity-action-item-removed = removed a catalogue item
activity-action-discount-approved = discount approved
activity-action-confirmed-manually = confirmed manually
activity-action-sale-cancelled = cancelled a sale
activity-action-shift-closed = closed a shift
activity-action-exported = exported takings
activity-action-reconciled = reconciled
activity-action-config-adopted = config adopted
activity-action-journal-restored = journal restored
activity-action-update-started = started an update

# A day typed into a day field that is no day.
day-invalid = Type a day like { $example }.

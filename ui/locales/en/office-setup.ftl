## The back office: the office itself, gateways, settings, staff, catalogue, updates and support.

## The back office itself: unlocking it, its tabs, locking it

office-title = Back office
office-tab-takings = Takings
office-tab-sales = Sales
office-tab-shifts = Shifts
office-tab-payouts = Withdrawals
office-tab-catalog = Catalogue
office-tab-setup = Settings
office-tab-staff = Staff
office-tab-activity = Activity
office-lock = Lock
office-close = Close
office-who = Who opens it
office-pin-label = PIN
office-unlock = Unlock
office-pin-short = Your PIN is shorter than an owner's PIN must now be. Choose one of 6 digits or more under Settings → Your PIN.
# In a table with no rows.
office-none = None

## Catalogue

catalog-items = Items
# The two differ only in how prices hold tax.
catalog-help-added = What the counter offers as buttons and by SKU. Prices are in the shop's currency, with tax added at the till (Settings → Tax, tips and discounts). A hidden item stays here and in old sales, but the counter no longer offers it.
catalog-help-included = What the counter offers as buttons and by SKU. Prices are in the shop's currency, with their tax included (Settings → Tax, tips and discounts). A hidden item stays here and in old sales, but the counter no longer offers it.
catalog-sku = SKU
catalog-name = Name
catalog-price-field =
    .placeholder = 4.50
catalog-price = Price
catalog-tax = Tax %
catalog-category = Category
catalog-at-counter = At the counter
catalog-state-offered = offered
catalog-state-hidden = hidden
catalog-change = Change
catalog-hide = Hide
catalog-offer = Offer
catalog-remove = Remove
# The same button, pressed once: a second press removes the item.
catalog-remove-sure = Remove: sure?
catalog-removed = { $name } removed.
catalog-offered-again = { $name } is offered at the counter again.
catalog-hidden-now = { $name } is hidden from the counter.
catalog-add-title = Add an item
catalog-change-title = Change { $name }
catalog-add = Add item
catalog-save-changes = Save changes
catalog-cancel = Cancel
catalog-added = { $name } added.
catalog-changed = { $name } changed.
catalog-sku-field =
    .placeholder = made from the name
catalog-sku-help = The code a scanner reads, or a short one to type.
# The command stays as it is: it is typed in a terminal.
catalog-import-help = A whole catalogue comes in from a CSV file with { "counterpay catalog import FILE.csv" }.

## Settings: the shop's settings

settings-title = Shop settings
settings-group-shop = Shop
settings-group-counter = Counter
settings-group-selling = Tax, tips and discounts
settings-group-receipt = Receipts
settings-group-backup = Daily backup
settings-group-advanced = Advanced
# $help is the setting's own help, as below.
settings-help-pin = { $help } Changing it asks for the owner's PIN.
settings-on = On
settings-off = Off
settings-save = Save
settings-refused = “{ $value }” does not fit { $name }. { $help }
settings-saved = Saved.
settings-saved-name = Saved: { $name }.
# The title of the PIN question; $name is the setting's name.
settings-change = Change "{ $name }"
# The backup folder's button and its empty field.
settings-folder-none = None
settings-folder-empty = None: no daily copy is made
# A number that may be a word instead: the choice of typing a number.
settings-own-number = A set number of { $unit }
settings-own-percent = A percentage
# The number's field, for a screen reader: "Time the customer has to pay in minutes".
settings-number-in = { $name } in { $unit }
setting-unit-minutes = minutes
setting-unit-hours = hours
setting-unit-copies = copies
setting-unit-percent = %

## Settings: each setting's name, and its help below it
## (the words in the help that are values, like gateway, none or
## computer, are what the command line takes)

setting-shop-name = Shop name
    .help = The name customers see, up to 60 characters.
setting-fiat = Currency
    .help = A three-letter currency code, like USD or EUR.
setting-default-asset = Asset chosen first
    .help = The asset preselected at the counter, like USDTTRC20.
setting-expiry-minutes = Time the customer has to pay
    .help = Minutes a customer has to pay (5 to 120), or gateway.
setting-notifications = Notifications
    .help = Show a system notification when a sale is paid, underpaid or expires.
setting-sound = Sound
    .help = Play a short sound when a sale is paid or goes wrong.
setting-updates = Look for updates
    .help = Look for signed updates at start.
setting-update-endpoint = Update address
    .help = An https URL of an update manifest, or default.
setting-monitor-hours = Watch closed sales for late money
    .help = Hours an underpaid, expired or cancelled invoice stays watched for money that comes late (0 to 720).
setting-owner-idle-minutes = Lock the back office after
    .help = Minutes without a touch before the back office locks itself (1 to 60).
setting-counter-idle-minutes = Sign the counter out after
    .help = Minutes without a touch before the counter signs its person out (0 never, up to 240).
setting-till-name = Till name
    .help = This till's name in HQ's reports, up to 40 characters, or none for its id.
setting-backup-dir = Backup folder
    .help = A folder (full path) that gets a copy of the journal once a day, or none.
setting-backup-keep = Copies to keep
    .help = How many daily copies to keep (1 to 365).
setting-receipt-address = Address
    .help = The shop's address under its name on receipts (one line), or empty.
setting-receipt-tax-number = Tax number
    .help = The shop's tax or VAT number on receipts, or empty.
setting-receipt-footer = Closing line
    .help = A line at the foot of receipts, like a returns policy, or empty.
setting-prices-include-tax = Prices and tax
    .help = True when catalogue prices include their tax (usual in the EU), false when tax is added at the till (usual in the US).
setting-tips = Tips
    .help = Offer a tip before the invoice: off, counter (the cashier asks) or customer (on the customer display, a touch screen).
setting-tip-presets = Tips offered (%)
    .help = The tips offered, in percent, like 10,15,20.
setting-discount-limit = Discount without a manager
    .help = The most discount, in percent of the sale, a cashier gives without a manager's PIN, or none.
setting-language = Language
    .help = The language of the counter and the back office: en, es, pt-BR, tr or vi.
setting-customer-language = Customer language
    .help = The customer display's language (the customer can switch it): en, es, pt-BR, tr, vi, or same as the staff's.
setting-time-zone = Time zone
    .help = The till's time zone, where its days begin and end: a name like Europe/Istanbul, or computer for the computer's own.

## Settings: the choices of the settings that offer some
## (the languages are named in themselves, the same everywhere)

setting-choice-expiry-minutes-gateway = As the gateway sets it
setting-choice-prices-include-tax-false = Prices exclude tax: it is added at the till
setting-choice-prices-include-tax-true = Prices include tax
setting-choice-tips-off = No tips
setting-choice-tips-counter = The cashier asks at the counter
setting-choice-tips-customer = The customer taps it on the customer display
setting-choice-customer-language-same = Same as the staff's
setting-choice-discount-limit-none = No limit

## Gateways

gateways-title = Gateways
gateways-add-title = Add a gateway
gateways-name = Name
gateways-name-help = Your own short name for it, like main or backup.
gateways-kind = Kind
gateways-auth = Signs in with
gateways-url = Base URL
gateways-url-field =
    .placeholder = leave empty for the gateway's own address
gateways-url-help = Only for a gateway's test server or a different region.
gateways-add = Add gateway
gateways-credentials-title = Credentials
gateways-credentials-gateway = Gateway
gateways-credentials-help = Secrets are kept in the computer's keyring, never in Counterpay's files, and are never shown again.
gateways-save-credentials = Save to keyring
# Under a gateway's name: its kind, how it signs in, where it is.
gateways-signs-in-with = signs in with { $mode }
gateways-own-address = the gateway's own address
gateways-default = default
gateways-make-default = Make default
gateways-make-default-pin = Send sales to { $name }
gateways-enter-credentials = Enter credentials
gateways-test = Test connection
gateways-remove = Remove
gateways-remove-pin = Remove { $name }
# A secret and whether it is stored: "Private key: Not stored".
gateways-mark = { $secret }: { $state }
gateways-now = Now: { $state }
gateways-state-stored = Stored
gateways-state-environment = Set by environment
gateways-state-missing = Not stored
gateways-state-unavailable = No keyring
# $secrets names what the gateway asks for, like "Client ID and Client secret".
gateways-needs-secrets = After adding it, enter its { $secrets } under Credentials.
# The last two of a list: "Client ID and Client secret"; $first may hold
# more, joined by commas.
gateways-no-secrets = It needs no credentials.
gateways-add-pin = Add the gateway { $name }
gateways-added = Gateway added. Enter its credentials below, then Test connection. Sales still go to the default gateway until you make this one the default.
gateways-testing = Testing { $name }…
gateways-passed = { $name }: every check passed.
gateways-failed = { $name }: a check failed.
# One check of a connection test; $reason is the app's own words.
gateways-test-ok = OK: { $check }: { $reason }
gateways-test-failed = FAILED: { $check }: { $reason }
# Why a check of a connection test passed or failed. $why and $detail are
# the gateway's or the system's own words.
gateways-reason-answered = the gateway answered.
gateways-reason-accepted = the gateway accepted the credentials.
gateways-reason-no-credentials = no credentials are stored: enter them below.
gateways-reason-connect = the gateway cannot be used ({ $detail }).
gateways-reason-unreachable = the gateway cannot be reached ({ $why }): check the internet connection and the gateway's address.
gateways-reason-refused = the gateway refused the credentials ({ $why }): enter them again.
gateways-reason-credentials = the credentials could not be checked ({ $detail }).
gateways-reason-fiat = the gateway prices invoices in { $fiat }.
gateways-reason-fiat-open = the gateway's documents set no limit on { $fiat }.
gateways-reason-fiat-off = the gateway does not price invoices in { $fiat }: turn { $fiat } on in its dashboard, change the shop's currency, or choose another gateway.
gateways-reason-fiat-unknown = { $fiat } could not be checked ({ $detail }).
gateways-reason-assets = { $count ->
    [one] one asset offered: { $codes }.
   *[other] { $count } assets offered: { $codes }.
}
gateways-reason-asset-missing = the counter starts with { $asset }, which the gateway does not offer: turn it on there, or make one of these the counter's first asset: { $codes }.
gateways-reason-assets-unknown = the list of assets could not be read ({ $detail }).
gateways-check-reachable = reachable
gateways-check-credentials = credentials
gateways-check-fiat = shop's currency
gateways-check-assets = assets
gateways-fill-in = Fill in every field: { $field } is empty.
gateways-store-pin = Store the credentials of { $name }
gateways-stored = { $count ->
    [one] { $count } secret(s) of { $name } saved in the keyring.
   *[other] { $count } secret(s) of { $name } saved in the keyring.
}

## Gateways: each kind, its ways of signing in, the secrets they ask for

gateways-kind-cryptofuse = Cryptofuse
gateways-kind-cryptopayment = CryptoPayment
gateways-kind-cryptoscan = CryptoScan
gateways-kind-sandbox = Sandbox (no money, for trying out)
gateways-auth-cryptofuse-default = Client ID and secret (OAuth)
gateways-auth-cryptofuse-api-key = API key for payments, OAuth for the rest
gateways-auth-cryptoscan-default = Signed requests (public and private key)
gateways-auth-cryptoscan-private-key = Private key in a header
gateways-auth-cryptopayment-default = API key and secret
gateways-auth-sandbox-default = No sign-in
gateways-secret-client-id = Client ID
gateways-secret-client-secret = Client secret
gateways-secret-api-key = API key
gateways-secret-api-secret = API secret
gateways-secret-public-key = Public key
gateways-secret-private-key = Private key

## Updates

update-title = Updates
update-check = Look for updates
update-install = Download and install
update-off = Updates are off (setting updates).
update-unchecked = Not checked yet.
update-checking = Looking for updates…
update-up-to-date = Counterpay { $version } is the newest version.
# The release notes, as they came, follow it.
update-available = Counterpay { $version } is available.
update-downloading-percent = Downloading { $version }: { $percent } %
update-downloading-kib = Downloading { $version }: { $kib } KiB
update-waiting = { $open ->
    [one] { $version } is ready; it installs when the { $open } open sale(s) end.
   *[other] { $version } is ready; it installs when the { $open } open sale(s) end.
}
update-installing = Installing { $version }; Counterpay restarts.
# $detail is the system's own words.
update-failed-check = Could not look for updates ({ $detail }).
update-failed-download = The update to { $version } was not installed: it could not be downloaded ({ $detail }).
update-failed-install = The update to { $version } could not be installed ({ $detail }).
# The button in the top bar.
update-badge-available = Update { $version }
update-badge-updating = Updating…

## Your PIN and support (on the Settings tab)

settings-pin-title = Your PIN
settings-pin-current =
    .placeholder = current PIN
settings-pin-new =
    .placeholder = new PIN (6 to 12 digits)
settings-pin-change = Change PIN
settings-pin-changed = PIN changed.
support-title = Support
support-copy = Copy diagnostics
support-help = A plain-text report on this till (version, settings, gateways, journal) for Counterpay support.
support-report =
    .aria-label = Diagnostics report
support-collecting = Collecting…
support-copied = Copied. It holds no secrets: paste it into your message to support.
support-select = Select the text below and copy it.

## Staff

staff-title = Staff
staff-col-name = Name
staff-col-role = Role
staff-remove = Remove
staff-remove-pin = Remove { $name }
staff-add-title = Add someone
staff-name =
    .placeholder = name
staff-role =
    .aria-label = Role
staff-role-cashier = Cashier: sells
staff-role-manager = Manager: also takings and shifts
staff-pin =
    .placeholder = their PIN (4 to 12 digits)
staff-add = Add
staff-add-pin = Add { $name }
staff-added = { $name } can sign in now.

//! The commands the windows may invoke: each a thin wrapper over the shop,
//! the till or the owner PIN. Which window may call which is decided by the
//! capabilities in `src-tauri/capabilities/`.

use super::error::{CommandError, CommandResult};
use super::session::Session;
use super::{back_office, payouts, people, reports, updates};
use super::{CustomerScreen, Desktop, InvoiceView, COUNTER, CUSTOMER};
use crate::shop::Payer;
use crate::staff::{PinError, Purpose};
use crate::takings::Days;
use counterpay_core::said;
use counterpay_core::settings::reroutes_money;
use counterpay_core::{
    Actor, ChargeRequest, Currency, Invoice, Permission, ProviderConfig, ProviderKind, Role,
    StaffMember, StaffRecord,
};
use serde::Serialize;
use std::collections::BTreeMap;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime, State, WebviewUrl, WebviewWindowBuilder};

/// Keep in step with the command list in `src-tauri/build.rs`, which
/// generates each command's permission.
pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        counter_state,
        currencies,
        charge,
        recent,
        invoice,
        cancel,
        check,
        simulate,
        show,
        open_customer_display,
        show_notification,
        customer_state,
        super::customer::customer_tip,
        super::cart::counter_catalog,
        super::cart::price_cart,
        super::cart::show_cart,
        super::cart::owner_catalog,
        super::cart::owner_save_item,
        super::cart::owner_remove_item,
        super::cart::owner_offer_item,
        owner_unlock,
        owner_lock,
        owner_set_pin,
        back_office::owner_settings,
        back_office::owner_gateways,
        back_office::owner_diagnostics,
        back_office::owner_sales,
        back_office::owner_sales_filters,
        back_office::owner_sale,
        back_office::owner_check,
        back_office::owner_reconcile,
        back_office::owner_confirm,
        back_office::owner_test_provider,
        owner_set,
        owner_providers,
        owner_add_provider,
        owner_remove_provider,
        owner_set_default_provider,
        owner_store_credentials,
        people::setup,
        people::sign_in,
        people::sign_out,
        people::owner_staff,
        people::owner_add_staff,
        people::owner_remove_staff,
        people::owner_activity,
        super::hq::hq_state,
        super::gateway_health::gateway_health,
        reports::owner_takings,
        reports::owner_export,
        reports::owner_shifts,
        reports::owner_close_shift,
        reports::owner_current_shift,
        reports::owner_export_shift,
        reports::owner_receipt,
        reports::receipt,
        reports::print_receipt,
        updates::update_state,
        updates::owner_update_check,
        updates::owner_update_install,
        payouts::owner_balances,
        payouts::owner_withdraw_quote,
        payouts::owner_withdraw,
        payouts::owner_withdrawals,
        payouts::owner_resolve_withdrawal,
        payouts::owner_addresses,
        payouts::owner_add_address,
        payouts::owner_remove_address,
        super::refunds::owner_refund_quote,
        super::refunds::owner_refund,
        super::refunds::owner_record_refund,
        super::refunds::owner_refund_receipt,
    ]
}

#[derive(Debug, Serialize)]
pub struct CounterState {
    shop_name: String,
    fiat: String,
    fiat_scale: u32,
    default_asset: String,
    /// The provider charges go to, or why there is none.
    provider: Option<String>,
    /// Why no gateway can take a sale, when none can.
    provider_problem: Option<CommandError>,
    sandbox: bool,
    sound: bool,
    /// No owner yet: the setup screen comes before anything else.
    setup_needed: bool,
    /// Everyone who may sign in, for the sign-in screen.
    staff: Vec<StaffMember>,
    /// Who is signed in at the counter.
    person: Option<StaffMember>,
    /// Who has the back office open.
    office: Option<StaffMember>,
    /// The back office was opened with a PIN shorter than the owner's now
    /// must be: it asks for a longer one.
    pin_too_short: bool,
    owner: bool,
    counter_idle_minutes: u32,
    owner_idle_minutes: u32,
    /// The staff's language.
    language: &'static str,
    /// The till's time zone, which the screens write times in; `None`:
    /// the computer's.
    time_zone: Option<&'static str>,
}

/// Why the counter has no gateway to sell with: none set up, or several
/// and none the default, as `Shop::provider` says it.
fn gateway_problem(e: &counterpay_core::TillError) -> CommandError {
    match e.said() {
        Some(said) => CommandError::refused("provider", said),
        None => CommandError::new("provider", e.to_string()),
    }
}

#[tauri::command]
fn counter_state(state: State<'_, Desktop>) -> CommandResult<CounterState> {
    let settings = state.shop.settings()?;
    let provider = state.shop.provider(None);
    let office = state.office_session()?;
    Ok(CounterState {
        shop_name: settings.shop_name.clone(),
        fiat: settings.fiat.code().to_string(),
        fiat_scale: settings.fiat.scale(),
        default_asset: settings.default_asset.code().to_string(),
        sandbox: matches!(&provider, Ok(p) if p.kind == ProviderKind::Sandbox),
        provider_problem: provider.as_ref().err().map(gateway_problem),
        provider: provider.ok().map(|p| p.name),
        sound: settings.sound,
        setup_needed: state.shop.owner()?.is_none(),
        staff: state
            .shop
            .journal
            .staff()?
            .iter()
            .map(StaffRecord::member)
            .collect(),
        person: state.counter_session()?.map(|s| s.person),
        pin_too_short: office.as_ref().is_some_and(|s| s.too_short),
        owner: office
            .as_ref()
            .is_some_and(|s| s.person.role == Role::Owner),
        office: office.map(|s| s.person),
        counter_idle_minutes: settings.counter_idle_minutes,
        owner_idle_minutes: settings.owner_idle_minutes,
        language: settings.language,
        time_zone: settings.time_zone.iana(),
    })
}

/// An asset the gateway takes, with its name and network for the picker.
#[derive(Debug, Serialize)]
pub struct CurrencyView {
    #[serde(flatten)]
    currency: Currency,
    label: Option<counterpay_core::money::AssetLabel>,
}

#[tauri::command]
async fn currencies(state: State<'_, Desktop>) -> CommandResult<Vec<CurrencyView>> {
    let provider = state.shop.provider(None)?;
    Ok(state
        .till
        .currencies(&provider.name)
        .await?
        .into_iter()
        .map(|currency| CurrencyView {
            label: counterpay_core::money::AssetLabel::of(&currency.code),
            currency,
        })
        .collect())
}

#[tauri::command]
async fn charge<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Desktop>,
    amount: Option<String>,
    currency: String,
    note: Option<String>,
    cart: Option<crate::catalog::Cart>,
    approval: Option<super::cart::Approval>,
) -> CommandResult<InvoiceView> {
    let person = state.seller()?;
    // Held for the whole charge, so an update cannot install under it.
    let _sale = state.sales.try_read().map_err(|_| {
        CommandError::refused(
            "updating",
            said!(
                "error-updating",
                "Counterpay is installing an update and restarts in a moment; no sale was started"
            ),
        )
    })?;
    let settings = state.shop.settings()?;
    let provider = state.shop.provider(None)?;
    // A cart is priced here, from the catalogue, whatever the page showed.
    let (amount, sale, approved_by) = match cart.filter(|c| !c.lines.is_empty()) {
        Some(cart) => {
            let (sale, approved_by) = state.ring_up(&person, &cart, approval)?;
            (sale.total.to_string(), Some(sale), approved_by)
        }
        None => (
            amount
                .ok_or_else(|| said!("error-nothing-to-charge", "type an amount or add items"))?,
            None,
            None,
        ),
    };
    let invoice = state
        .till
        .charge(ChargeRequest {
            provider: provider.name.clone(),
            amount,
            fiat: settings.fiat.code().to_string(),
            currency,
            order_id: None,
            note,
            expiry_minutes: settings.expiry_minutes,
            cashier: Some(person.name),
            staff_id: Some(person.id),
            sale,
        })
        .await?;
    if let Some(actor) = approved_by {
        crate::catalog::record_discount_approval(&state.shop, &invoice, &actor);
    }
    let view = InvoiceView::of(invoice, provider.kind == ProviderKind::Sandbox);
    state.display(&app, Some(&view));
    Ok(view)
}

/// Today's invoices, newest first.
#[tauri::command]
fn recent(state: State<'_, Desktop>) -> CommandResult<Vec<Invoice>> {
    state.seller_reading()?;
    let today = Days::today(state.shop.zone())?;
    let mut list = state
        .shop
        .journal
        .invoices_between(today.from, today.to, None)?;
    list.reverse();
    Ok(list)
}

#[tauri::command]
fn invoice(state: State<'_, Desktop>, id: String) -> CommandResult<InvoiceView> {
    state.seller_reading()?;
    Ok(state.view(state.till.invoice(&id)?))
}

/// A cashier cancels their own open sale; a manager or the owner anyone's.
#[tauri::command]
fn cancel<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Desktop>,
    id: String,
) -> CommandResult<InvoiceView> {
    let person = state.seller()?;
    let sale = state.till.invoice(&id)?;
    let theirs = sale.staff_id.as_deref() != Some(person.id.as_str());
    if theirs && !person.role.may(Permission::Manage) {
        return Err(CommandError::refused(
            "manager_only",
            said!(
                "error-cancel-theirs",
                "this sale is {cashier}'s: only they, a manager or the owner can cancel it",
                cashier = sale.cashier.as_deref().unwrap_or("someone else")
            ),
        ));
    }
    let invoice = state.till.cancel(&id)?;
    if theirs {
        state.shop.journal.record_audit(
            &invoice.id,
            &counterpay_core::AuditEntry::new(
                &Actor::staff(&person),
                "sale_cancelled",
                serde_json::json!({ "invoice": invoice.id, "cashier": sale.cashier,
                                    "amount": invoice.amount_fiat, "fiat": invoice.fiat }),
            ),
        )?;
    }
    state.changed(&app, invoice.clone(), false);
    Ok(state.view(invoice))
}

/// Check again: reads the invoice's status at the gateway now. The watcher
/// passes a change on (with its notification) from the journal.
#[tauri::command]
async fn check(state: State<'_, Desktop>, id: String) -> CommandResult<InvoiceView> {
    state.seller()?;
    let (invoice, _) = state.till.refresh(&id).await?;
    Ok(state.view(invoice))
}

/// The sandbox's simulated customer: `full`, `partial` or `expire`.
#[tauri::command]
fn simulate(state: State<'_, Desktop>, id: String, action: String) -> CommandResult<()> {
    state.seller()?;
    let payer = match action.as_str() {
        "full" => Payer::Pay(None),
        "partial" => Payer::PayHalf,
        "expire" => Payer::Expire,
        other => {
            return Err(CommandError::new(
                "invalid",
                format!("unknown simulation {other}"),
            ))
        }
    };
    state.shop.simulate(&id, payer)?;
    Ok(())
}

/// Puts an invoice on the customer display, or clears it.
#[tauri::command]
fn show<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Desktop>,
    id: Option<String>,
) -> CommandResult<()> {
    let view = match id {
        Some(id) => {
            state.seller()?;
            Some(state.view(state.till.invoice(&id)?))
        }
        None => None,
    };
    state.display(&app, view.as_ref());
    Ok(())
}

/// Shows the OS notification the counter window worded for a `notify`
/// event (see `Desktop::notify`), unless the owner turned them off since.
#[tauri::command]
fn show_notification(desktop: State<'_, Desktop>, title: String, body: String) {
    if desktop.notifications_wanted() {
        crate::notify::show(&crate::notify::Note { title, body });
    }
}

/// Opens the customer display: full screen on a second monitor when there
/// is one, otherwise as a window beside the counter.
#[tauri::command]
fn open_customer_display<R: Runtime>(app: AppHandle<R>) -> CommandResult<()> {
    if let Some(window) = app.get_webview_window(CUSTOMER) {
        let _ = window.show();
        let _ = window.set_focus();
        return Ok(());
    }
    let fail = |e: tauri::Error| {
        CommandError::refused(
            "window",
            said!(
                "error-customer-window",
                "the customer display cannot open: {detail}",
                detail = e.to_string()
            ),
        )
    };
    let window = WebviewWindowBuilder::new(&app, CUSTOMER, WebviewUrl::App("customer.html".into()))
        .title("Counterpay – customer display")
        .inner_size(800.0, 600.0)
        .build()
        .map_err(fail)?;
    let counter_monitor = app
        .get_webview_window(COUNTER)
        .and_then(|w| w.current_monitor().ok().flatten())
        .map(|m| *m.position());
    let other = window
        .available_monitors()
        .unwrap_or_default()
        .into_iter()
        .find(|m| Some(*m.position()) != counter_monitor);
    if let Some(monitor) = other {
        let _ = window.set_position(*monitor.position());
        let _ = window.set_fullscreen(true);
    }
    Ok(())
}

#[derive(Debug, Serialize)]
pub struct CustomerState {
    shop_name: String,
    screen: CustomerScreen,
    /// The display's first language; the customer may switch to any of
    /// `languages`, each `[tag, its name in itself]`.
    language: &'static str,
    languages: [[&'static str; 2]; 5],
}

/// What the customer display shows now; what it shows next comes over
/// `channel`, the display's own: it never hears the counter's events.
#[tauri::command]
fn customer_state(
    state: State<'_, Desktop>,
    channel: Channel<CustomerScreen>,
) -> CommandResult<CustomerState> {
    *state.customer.lock().unwrap_or_else(|p| p.into_inner()) = Some(channel);
    let settings = state.shop.settings()?;
    Ok(CustomerState {
        screen: state.customer_screen(),
        language: settings.customer_language.unwrap_or(settings.language),
        languages: counterpay_core::settings::LANGUAGES,
        shop_name: settings.shop_name,
    })
}

/// Opens the back office for a manager or the owner (the owner when no
/// one is named).
#[tauri::command]
fn owner_unlock(
    state: State<'_, Desktop>,
    pin: String,
    staff: Option<String>,
) -> CommandResult<StaffMember> {
    state.set_up()?;
    let id = match staff {
        Some(id) => id,
        None => state.shop.owner()?.ok_or(PinError::NotSet)?.id,
    };
    let checked = state.manager_with_pin(
        &id,
        &pin,
        Purpose::SignIn("back office"),
        "open the back office",
    )?;
    state.sessions.set_office(Some(Session::new(
        checked.person.clone(),
        checked.too_short,
    )));
    Ok(checked.person)
}

/// Locks the back office (the window calls it when the back office closes).
#[tauri::command]
fn owner_lock(state: State<'_, Desktop>) {
    state.sessions.set_office(None);
}

/// The back office's person changes their own PIN: the current one first.
#[tauri::command]
fn owner_set_pin(state: State<'_, Desktop>, current: String, new: String) -> CommandResult<()> {
    let person = state.office(Permission::Manage)?;
    let record = state
        .shop
        .journal
        .staff_member(&person.id)?
        .ok_or_else(super::session::no_such_person)?;
    state
        .shop
        .check_pin(&record, &current, Purpose::Confirm("change their PIN"))?;
    state
        .shop
        .change_pin(&record, &new, &Actor::staff(&person))?;
    state.sessions.set_office(Some(Session::new(person, false)));
    Ok(())
}

/// Changes a setting; one that can move money (the fiat, the update
/// endpoint) needs the owner's PIN again.
#[tauri::command]
fn owner_set(
    state: State<'_, Desktop>,
    key: String,
    value: String,
    pin: Option<String>,
) -> CommandResult<String> {
    let person = state.office(Permission::Own)?;
    let mut check = state.shop.settings()?;
    // The screen says a refusal with the setting's own rule, in its words.
    check.set(&key, &value).map_err(|m| {
        CommandError::new("invalid", m).said(
            "settings-refused",
            serde_json::json!({ "key": key, "value": value }),
        )
    })?;
    let actor = if reroutes_money(&key) {
        state.confirm(pin.as_deref().unwrap_or_default(), &format!("change {key}"))?
    } else {
        Actor::staff(&person)
    };
    let canonical = state.shop.set_setting(&key, &value, &actor)?;
    let settings = state.shop.settings()?;
    state
        .watcher
        .set_monitor_window(settings.watch_config().monitor_for);
    Ok(canonical)
}

#[tauri::command]
fn owner_providers(state: State<'_, Desktop>) -> CommandResult<Vec<ProviderConfig>> {
    state.office(Permission::Own)?;
    Ok(state.shop.journal.providers()?)
}

/// Adds a gateway with the owner's PIN; it does not become the default.
#[tauri::command]
fn owner_add_provider(
    state: State<'_, Desktop>,
    name: String,
    kind: String,
    base_url: Option<String>,
    options: BTreeMap<String, String>,
    pin: String,
) -> CommandResult<ProviderConfig> {
    state.office(Permission::Own)?;
    let actor = state.confirm(&pin, "add a gateway")?;
    Ok(state
        .shop
        .add_provider(&name, &kind, base_url.as_deref(), options, false, &actor)?)
}

#[tauri::command]
fn owner_remove_provider(
    state: State<'_, Desktop>,
    name: String,
    pin: String,
) -> CommandResult<()> {
    state.office(Permission::Own)?;
    state.shop.provider(Some(&name))?;
    let actor = state.confirm(&pin, "remove a gateway")?;
    state.shop.remove_provider(&name, &actor)?;
    Ok(())
}

/// Makes a gateway the one sales go to: a change of its own, with the PIN.
#[tauri::command]
fn owner_set_default_provider(
    state: State<'_, Desktop>,
    name: String,
    pin: String,
) -> CommandResult<()> {
    state.office(Permission::Own)?;
    state.shop.provider(Some(&name))?;
    let actor = state.confirm(&pin, "change the default gateway")?;
    state.shop.set_default_provider(&name, &actor)?;
    Ok(())
}

/// Stores a provider's secrets in the OS keyring, with the owner's PIN;
/// never in the data dir.
#[tauri::command]
fn owner_store_credentials(
    state: State<'_, Desktop>,
    name: String,
    values: BTreeMap<String, String>,
    pin: String,
) -> CommandResult<usize> {
    state.office(Permission::Own)?;
    let cfg = state.shop.provider(Some(&name))?;
    let given =
        crate::secrets::collect(&cfg, |key| Ok(values.get(key).cloned().unwrap_or_default()))
            .map_err(|m| CommandError::new("invalid", m))?;
    let actor = state.confirm(&pin, "store a gateway's credentials")?;
    state
        .shop
        .store_credentials(&cfg, &given, &actor)
        .map_err(|e| {
            CommandError::refused("keyring", counterpay_core::Said::detail("error-keyring", e))
        })?;
    Ok(given.len())
}

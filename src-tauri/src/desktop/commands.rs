//! The commands the windows may invoke: each a thin wrapper over the shop,
//! the till or the owner PIN. Which window may call which is decided by the
//! capabilities in `src-tauri/capabilities/`.

use super::error::{CommandError, CommandResult};
use super::{payouts, reports, updates};
use super::{CustomerView, Desktop, InvoiceView, COUNTER, CUSTOMER};
use crate::owner::OwnerPin;
use crate::shop::Payer;
use crate::takings::Days;
use counterpay_core::{ChargeRequest, Currency, Invoice, ProviderConfig, ProviderKind};
use serde::Serialize;
use std::collections::BTreeMap;
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
        customer_state,
        owner_unlock,
        owner_lock,
        owner_set_pin,
        owner_settings,
        owner_set,
        owner_providers,
        owner_add_provider,
        owner_remove_provider,
        owner_store_credentials,
        reports::owner_takings,
        reports::owner_export,
        reports::owner_shifts,
        reports::owner_close_shift,
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
    provider_problem: Option<String>,
    sandbox: bool,
    sound: bool,
    owner_pin_set: bool,
    owner: bool,
}

#[tauri::command]
fn counter_state(state: State<'_, Desktop>) -> CommandResult<CounterState> {
    let settings = state.shop.settings()?;
    let provider = state.shop.provider(None);
    Ok(CounterState {
        shop_name: settings.shop_name.clone(),
        fiat: settings.fiat.code().to_string(),
        fiat_scale: settings.fiat.scale(),
        default_asset: settings.default_asset.code().to_string(),
        sandbox: matches!(&provider, Ok(p) if p.kind == ProviderKind::Sandbox),
        provider_problem: provider.as_ref().err().map(ToString::to_string),
        provider: provider.ok().map(|p| p.name),
        sound: settings.sound,
        owner_pin_set: OwnerPin::new(&state.shop.journal).is_set()?,
        owner: state.owner(),
    })
}

#[tauri::command]
async fn currencies(state: State<'_, Desktop>) -> CommandResult<Vec<Currency>> {
    let provider = state.shop.provider(None)?;
    Ok(state.till.currencies(&provider.name).await?)
}

#[tauri::command]
async fn charge<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Desktop>,
    amount: String,
    currency: String,
    note: Option<String>,
    cashier: Option<String>,
) -> CommandResult<InvoiceView> {
    // Held for the whole charge, so an update cannot install under it.
    let _sale = state.sales.try_read().map_err(|_| {
        CommandError::new(
            "updating",
            "Counterpay is installing an update and restarts in a moment; no sale was started",
        )
    })?;
    let settings = state.shop.settings()?;
    let provider = state.shop.provider(None)?;
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
            cashier,
        })
        .await?;
    let view = InvoiceView::of(invoice, provider.kind == ProviderKind::Sandbox);
    state.display(&app, Some(&view));
    Ok(view)
}

/// Today's invoices, newest first.
#[tauri::command]
fn recent(state: State<'_, Desktop>) -> CommandResult<Vec<Invoice>> {
    let today = Days::today()?;
    let mut list = state
        .shop
        .journal
        .invoices_between(today.from, today.to, None)?;
    list.reverse();
    Ok(list)
}

#[tauri::command]
fn invoice(state: State<'_, Desktop>, id: String) -> CommandResult<InvoiceView> {
    Ok(state.view(state.till.invoice(&id)?))
}

#[tauri::command]
fn cancel<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Desktop>,
    id: String,
) -> CommandResult<InvoiceView> {
    let invoice = state.till.cancel(&id)?;
    state.changed(&app, invoice.clone(), false);
    Ok(state.view(invoice))
}

/// Check again: reads the invoice's status at the gateway now. The watcher
/// passes a change on (with its notification) from the journal.
#[tauri::command]
async fn check(state: State<'_, Desktop>, id: String) -> CommandResult<InvoiceView> {
    let (invoice, _) = state.till.refresh(&id).await?;
    Ok(state.view(invoice))
}

/// The sandbox's simulated customer: `full`, `partial` or `expire`.
#[tauri::command]
fn simulate(state: State<'_, Desktop>, id: String, action: String) -> CommandResult<()> {
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
    let view = id
        .map(|id| state.till.invoice(&id).map(|i| state.view(i)))
        .transpose()?;
    state.display(&app, view.as_ref());
    Ok(())
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
        CommandError::new("window", format!("the customer display cannot open: {e}"))
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
    invoice: Option<CustomerView>,
}

#[tauri::command]
fn customer_state(state: State<'_, Desktop>) -> CommandResult<CustomerState> {
    let invoice = state
        .watcher
        .shown()
        .and_then(|id| state.till.invoice(&id).ok())
        .map(|i| CustomerView::of(&state.view(i)));
    Ok(CustomerState {
        shop_name: state.shop.settings()?.shop_name,
        invoice,
    })
}

impl Desktop {
    fn owner(&self) -> bool {
        *self
            .owner_unlocked
            .lock()
            .unwrap_or_else(|p| p.into_inner())
    }

    pub(super) fn require_owner(&self) -> CommandResult<()> {
        if self.owner() {
            Ok(())
        } else {
            Err(CommandError::new(
                "owner_only",
                "this needs the owner: unlock with the owner PIN",
            ))
        }
    }

    fn set_owner(&self, unlocked: bool) {
        *self
            .owner_unlocked
            .lock()
            .unwrap_or_else(|p| p.into_inner()) = unlocked;
    }
}

#[tauri::command]
fn owner_unlock(state: State<'_, Desktop>, pin: String) -> CommandResult<()> {
    OwnerPin::new(&state.shop.journal).unlock(&pin)?;
    state.set_owner(true);
    Ok(())
}

#[tauri::command]
fn owner_lock(state: State<'_, Desktop>) {
    state.set_owner(false);
}

/// Sets the first owner PIN (anyone may, once), or changes it (the owner,
/// with the current PIN).
#[tauri::command]
fn owner_set_pin(
    state: State<'_, Desktop>,
    current: Option<String>,
    new: String,
) -> CommandResult<()> {
    let pin = OwnerPin::new(&state.shop.journal);
    if pin.is_set()? {
        state.require_owner()?;
    }
    pin.set(current.as_deref(), &new)?;
    state.set_owner(true);
    Ok(())
}

#[derive(Debug, Serialize)]
pub struct Setting {
    key: &'static str,
    value: String,
    help: &'static str,
}

#[tauri::command]
fn owner_settings(state: State<'_, Desktop>) -> CommandResult<Vec<Setting>> {
    state.require_owner()?;
    let settings = state.shop.settings()?;
    Ok(counterpay_core::settings::KEYS
        .iter()
        .map(|(key, help)| Setting {
            key,
            value: settings.get(key).unwrap_or_default(),
            help,
        })
        .collect())
}

#[tauri::command]
fn owner_set(state: State<'_, Desktop>, key: String, value: String) -> CommandResult<String> {
    state.require_owner()?;
    let mut settings = state.shop.settings()?;
    let canonical = settings
        .set(&key, &value)
        .map_err(|m| CommandError::new("invalid", m))?;
    state.shop.journal.set_setting(&key, &canonical)?;
    state
        .watcher
        .set_monitor_window(settings.watch_config().monitor_for);
    Ok(canonical)
}

#[tauri::command]
fn owner_providers(state: State<'_, Desktop>) -> CommandResult<Vec<ProviderConfig>> {
    state.require_owner()?;
    Ok(state.shop.journal.providers()?)
}

#[tauri::command]
fn owner_add_provider(
    state: State<'_, Desktop>,
    name: String,
    kind: String,
    base_url: Option<String>,
    options: BTreeMap<String, String>,
) -> CommandResult<()> {
    state.require_owner()?;
    state
        .shop
        .add_provider(&name, &kind, base_url.as_deref(), options, true)?;
    Ok(())
}

#[tauri::command]
fn owner_remove_provider(state: State<'_, Desktop>, name: String) -> CommandResult<()> {
    state.require_owner()?;
    state
        .shop
        .journal
        .remove_provider(&name)
        .map_err(|e| CommandError::new("invalid", e.to_string()))
}

/// Stores a provider's secrets in the OS keyring; never in the data dir.
#[tauri::command]
fn owner_store_credentials(
    state: State<'_, Desktop>,
    name: String,
    values: BTreeMap<String, String>,
) -> CommandResult<usize> {
    state.require_owner()?;
    let cfg = state.shop.provider(Some(&name))?;
    let given =
        crate::secrets::collect(&cfg, |key| Ok(values.get(key).cloned().unwrap_or_default()))
            .map_err(|m| CommandError::new("invalid", m))?;
    crate::secrets::store(&cfg, &given).map_err(|e| CommandError::new("keyring", e.to_string()))?;
    Ok(given.len())
}

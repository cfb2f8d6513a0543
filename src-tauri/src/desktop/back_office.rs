//! The back office's shop screens: settings as controls, the gateway
//! forms, diagnostics for support, and the sales history.

use super::error::{CommandError, CommandResult};
use super::{Desktop, InvoiceView};
use crate::diagnostics::Diagnostics;
use crate::gateway_forms::{self, GatewayForm, KindForm};
use crate::sales::{HistoryEntry, SaleQuery};
use counterpay_core::settings::{reroutes_money, KEYS, LANGUAGES};
use counterpay_core::{Invoice, Permission, Role, Status};
use serde::Serialize;
use tauri::State;

#[derive(Debug, Serialize)]
pub struct Setting {
    key: &'static str,
    value: String,
    help: &'static str,
    /// Changing it asks for the owner's PIN again.
    needs_pin: bool,
    group: &'static str,
    control: Control,
}

/// How a setting is changed on screen.
#[derive(Debug, Default, Serialize)]
pub struct Control {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    min: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max: Option<u32>,
    /// Words the value may be instead of a number, or a select's options,
    /// as `[value, label]`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    choices: Vec<[&'static str; 2]>,
}

fn number(unit: &'static str, min: u32, max: u32) -> Control {
    Control {
        kind: "number",
        unit: Some(unit),
        min: Some(min),
        max: Some(max),
        ..Control::default()
    }
}

fn of_kind(kind: &'static str) -> Control {
    Control {
        kind,
        ..Control::default()
    }
}

/// Each setting's group on the screen and its control.
fn control(key: &str) -> (&'static str, Control) {
    match key {
        "shop_name" | "fiat" | "till_name" | "time_zone" => ("shop", of_kind("text")),
        "default_asset" => ("counter", of_kind("text")),
        "expiry_minutes" => (
            "counter",
            Control {
                choices: vec![["gateway", "As the gateway sets it"]],
                ..number("minutes", 5, 120)
            },
        ),
        "notifications" | "sound" => ("counter", of_kind("toggle")),
        "monitor_hours" => ("counter", number("hours", 0, 720)),
        "owner_idle_minutes" => ("counter", number("minutes", 1, 60)),
        "counter_idle_minutes" => ("counter", number("minutes", 0, 240)),
        "receipt_address" | "receipt_tax_number" | "receipt_footer" => ("receipt", of_kind("text")),
        "prices_include_tax" => (
            "selling",
            Control {
                choices: vec![
                    ["false", "Prices exclude tax: it is added at the till"],
                    ["true", "Prices include tax"],
                ],
                ..of_kind("select")
            },
        ),
        "tips" => (
            "selling",
            Control {
                choices: vec![
                    ["off", "No tips"],
                    ["counter", "The cashier asks at the counter"],
                    ["customer", "The customer taps it on the customer display"],
                ],
                ..of_kind("select")
            },
        ),
        "tip_presets" => ("selling", of_kind("text")),
        "language" => (
            "shop",
            Control {
                choices: LANGUAGES.to_vec(),
                ..of_kind("select")
            },
        ),
        "customer_language" => (
            "shop",
            Control {
                choices: [["same", "Same as the staff's"]]
                    .into_iter()
                    .chain(LANGUAGES)
                    .collect(),
                ..of_kind("select")
            },
        ),
        "discount_limit" => (
            "selling",
            Control {
                choices: vec![["none", "No limit"]],
                ..number("%", 0, 100)
            },
        ),
        "backup_dir" => ("backup", of_kind("folder")),
        "backup_keep" => ("backup", number("copies", 1, 365)),
        "updates" => ("advanced", of_kind("toggle")),
        _ => ("advanced", of_kind("text")),
    }
}

#[tauri::command]
pub fn owner_settings(state: State<'_, Desktop>) -> CommandResult<Vec<Setting>> {
    state.office(Permission::Own)?;
    let settings = state.shop.settings()?;
    Ok(KEYS
        .iter()
        .map(|(key, help)| {
            let (group, control) = control(key);
            Setting {
                key,
                value: settings.get(key).unwrap_or_default(),
                help,
                needs_pin: reroutes_money(key),
                group,
                control,
            }
        })
        .collect())
}

#[derive(Debug, Serialize)]
pub struct Gateways {
    providers: Vec<GatewayForm>,
    kinds: Vec<KindForm>,
}

/// Each gateway with whether each of its secrets is stored, and what
/// each kind asks for.
#[tauri::command]
pub fn owner_gateways(state: State<'_, Desktop>) -> CommandResult<Gateways> {
    state.office(Permission::Own)?;
    Ok(Gateways {
        providers: state
            .shop
            .journal
            .providers()?
            .iter()
            .map(gateway_forms::form)
            .collect(),
        kinds: gateway_forms::kinds(),
    })
}

/// The diagnostics report as text, for the owner to send to support.
/// Off the window's thread: it verifies the whole journal.
#[tauri::command]
pub async fn owner_diagnostics(state: State<'_, Desktop>) -> CommandResult<String> {
    state.office(Permission::Own)?;
    let d: Diagnostics = tokio::task::block_in_place(|| state.shop.diagnostics());
    Ok(crate::output::clean_lines(&d.to_string()))
}

/// Off the window's thread: it reads up to 90 days of sales.
#[tauri::command]
pub async fn owner_sales(
    state: State<'_, Desktop>,
    query: SaleQuery,
) -> CommandResult<Vec<SaleRow>> {
    state.office(Permission::Manage)?;
    let found = tokio::task::block_in_place(|| state.shop.find_sales(&query))
        .map_err(|m| CommandError::new("invalid", m))?;
    Ok(found
        .into_iter()
        .map(|invoice| SaleRow {
            asset: counterpay_core::money::AssetLabel::of(&invoice.currency),
            invoice,
        })
        .collect())
}

/// A sale in the list, its asset named as people name it.
#[derive(Debug, Serialize)]
pub struct SaleRow {
    #[serde(flatten)]
    invoice: Invoice,
    asset: Option<counterpay_core::money::AssetLabel>,
}

#[derive(Debug, Serialize)]
pub struct SalesFilters {
    /// The people on the staff now.
    staff: Vec<String>,
    providers: Vec<String>,
}

#[tauri::command]
pub fn owner_sales_filters(state: State<'_, Desktop>) -> CommandResult<SalesFilters> {
    state.office(Permission::Manage)?;
    Ok(SalesFilters {
        staff: state
            .shop
            .journal
            .staff()?
            .into_iter()
            .map(|p| p.name)
            .collect(),
        providers: state
            .shop
            .journal
            .providers()?
            .into_iter()
            .map(|p| p.name)
            .collect(),
    })
}

#[derive(Debug, Serialize)]
pub struct Sale {
    invoice: Invoice,
    /// Its asset as people name it, shown beside the code.
    asset: Option<counterpay_core::money::AssetLabel>,
    history: Vec<HistoryEntry>,
    /// A receipt can be printed again.
    receipt: bool,
    /// What can be done from here: `check` (ask the gateway again),
    /// `confirm` (mark it paid by hand, the owner with the PIN), `refund`
    /// (send money back), `record_refund` (note one made in the gateway's
    /// dashboard).
    actions: Vec<&'static str>,
    /// The refunds of it so far, failed ones too.
    refunds: Vec<counterpay_core::payout::Withdrawal>,
    /// What may still go back, and the overpayment of it, in its asset.
    refundable: Option<String>,
    excess: Option<String>,
}

/// One sale as `viewer` may act on it: refunds are the owner's.
fn sale(state: &Desktop, id: &str, viewer: Role) -> CommandResult<Sale> {
    let invoice = state.till.invoice(id)?;
    let history = state
        .shop
        .sale_history(&invoice.id)
        .map_err(|m| CommandError::new("storage", m))?;
    // Closed invoices are watched for late money; a manager may still ask.
    let checkable = !matches!(invoice.status, Status::Paid | Status::Failed);
    let provider = state.shop.provider(Some(&invoice.provider)).ok();
    let confirmable = matches!(invoice.status, Status::Underpaid | Status::Expired)
        && provider
            .as_ref()
            .is_some_and(counterpay_shop::connect::confirms_manually);
    let room = match viewer {
        Role::Owner => state.shop.refund_room(&invoice)?,
        _ => None,
    };
    let sends = provider
        .as_ref()
        .is_some_and(counterpay_shop::connect::sends_withdrawals);
    let refunds = state
        .shop
        .journal
        .withdrawals()?
        .into_iter()
        .filter(|w| w.refund_of.as_deref() == Some(invoice.id.as_str()))
        .collect();
    Ok(Sale {
        receipt: invoice.status == Status::Paid,
        actions: [
            ("check", checkable),
            ("confirm", confirmable),
            ("refund", room.is_some() && sends),
            ("record_refund", room.is_some() && !sends),
        ]
        .into_iter()
        .filter_map(|(a, yes)| yes.then_some(a))
        .collect(),
        refunds,
        refundable: room.map(|r| r.left.normalize().to_string()),
        excess: room
            .map(|r| r.excess)
            .filter(|e| !e.is_zero())
            .map(|e| e.normalize().to_string()),
        history,
        asset: counterpay_core::money::AssetLabel::of(&invoice.currency),
        invoice,
    })
}

/// One sale with its whole history from the journal.
#[tauri::command]
pub fn owner_sale(state: State<'_, Desktop>, id: String) -> CommandResult<Sale> {
    let person = state.office(Permission::Manage)?;
    sale(&state, &id, person.role)
}

/// Asks the gateway about a past sale again, from the sales history.
#[tauri::command]
pub async fn owner_check(state: State<'_, Desktop>, id: String) -> CommandResult<InvoiceView> {
    state.office(Permission::Manage)?;
    let (invoice, _) = state.till.refresh(&id).await?;
    Ok(state.view(invoice))
}

/// Marks an underpaid or expired sale paid by hand, with the owner's PIN.
#[tauri::command]
pub async fn owner_confirm(
    state: State<'_, Desktop>,
    id: String,
    txid: String,
    reason: Option<String>,
    pin: String,
) -> CommandResult<InvoiceView> {
    state.office(Permission::Own)?;
    let actor = state.confirm(&pin, "confirm a payment by hand")?;
    let invoice = state
        .shop
        .confirm_manually(&id, &txid, reason.as_deref(), &actor)
        .await?;
    Ok(state.view(invoice))
}

/// `provider test` for the Settings screen's Test connection button.
#[tauri::command]
pub async fn owner_test_provider(
    state: State<'_, Desktop>,
    name: String,
) -> CommandResult<ProviderTestView> {
    state.office(Permission::Own)?;
    let cfg = state.shop.provider(Some(&name))?;
    let test = state.shop.test_provider(&cfg).await;
    Ok(ProviderTestView {
        reasons_l10n: test.checks.iter().map(|c| (&c.reason).into()).collect(),
        test,
    })
}

/// A connection test as the screen says it: each check's reason also in
/// the catalogue's words, in the checks' order.
#[derive(Debug, Serialize)]
pub struct ProviderTestView {
    #[serde(flatten)]
    test: crate::provider_test::ProviderTest,
    reasons_l10n: Vec<super::error::Localized>,
}

/// The Takings screen's Reconcile: a day against each gateway's records,
/// adopting nothing (the command line's `reconcile --adopt` does).
#[tauri::command]
pub async fn owner_reconcile(
    state: State<'_, Desktop>,
    date: Option<String>,
) -> CommandResult<ReconciliationView> {
    state.office(Permission::Manage)?;
    let days = crate::takings::Days::parse(state.shop.zone(), date.as_deref(), None)?;
    let reconciliation = state.shop.reconcile(days, None, false).await?;
    Ok(ReconciliationView {
        notes_l10n: super::error::localized(&reconciliation.notes),
        reconciliation,
    })
}

/// A day reconciled, its notes also in the catalogue's words.
#[derive(Debug, Serialize)]
pub struct ReconciliationView {
    #[serde(flatten)]
    reconciliation: crate::reconcile::Reconciliation,
    notes_l10n: Vec<super::error::Localized>,
}

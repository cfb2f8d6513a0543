//! The owner's withdrawals screen: balances, a checked quote, sending with
//! the owner PIN typed again, saved payout addresses, and the history,
//! looked up in the background until each withdrawal is final.

use super::error::{localized, CommandError, CommandResult, Localized};
use super::{Desktop, Notice, COUNTER};
use crate::payouts::{Checked, PayoutFailure, PayoutRequest, ProviderBalances};
use counterpay_core::payout::{check_request, Withdrawal};
use counterpay_core::said;
use counterpay_core::Permission;
use counterpay_journal::PayoutAddress;
use serde::Serialize;
use std::time::Duration;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};

/// How often open withdrawals are looked up.
const TRACK_EVERY: Duration = Duration::from_secs(15);

impl From<PayoutFailure> for CommandError {
    fn from(e: PayoutFailure) -> Self {
        match e {
            PayoutFailure::Till(e) => e.into(),
            PayoutFailure::Gateway(e) => counterpay_core::TillError::Gateway(e).into(),
            PayoutFailure::Invalid(said) => said.into(),
            PayoutFailure::Journal(counterpay_journal::JournalError::Refused(said)) => said.into(),
            PayoutFailure::Refused(ref refused) => CommandError::refused(e.code(), refused.said()),
            PayoutFailure::Unsupported(ref why) => CommandError::refused(e.code(), why.clone()),
            e => CommandError::new(e.code(), e.to_string()),
        }
    }
}

fn request(
    provider: Option<String>,
    asset: String,
    amount: String,
    address: String,
) -> PayoutRequest {
    PayoutRequest {
        provider,
        asset,
        amount,
        address,
    }
}

#[tauri::command]
pub async fn owner_balances(state: State<'_, Desktop>) -> CommandResult<Vec<BalancesView>> {
    state.office(Permission::Own)?;
    Ok(state
        .shop
        .balances(None)
        .await?
        .into_iter()
        .map(|balances| BalancesView {
            error_l10n: balances.error.as_ref().map(Localized::from),
            no_withdrawals_l10n: balances.no_withdrawals.as_ref().map(Localized::from),
            balances,
        })
        .collect())
}

/// A gateway's balances; why they could not be read, and why it takes no
/// withdrawals, also in the catalogue's words.
#[derive(Debug, Serialize)]
pub struct BalancesView {
    #[serde(flatten)]
    balances: ProviderBalances,
    error_l10n: Option<Localized>,
    no_withdrawals_l10n: Option<Localized>,
}

/// A withdrawal or refund checked, its notes also in the catalogue's words.
#[derive(Debug, Serialize)]
pub struct CheckedView {
    #[serde(flatten)]
    checked: Checked,
    notes_l10n: Vec<Localized>,
}

impl From<Checked> for CheckedView {
    fn from(checked: Checked) -> Self {
        CheckedView {
            notes_l10n: localized(&checked.quote.notes),
            checked,
        }
    }
}

/// Checks a withdrawal: the quote shown is kept here, and Send sends
/// exactly it.
#[tauri::command]
pub async fn owner_withdraw_quote(
    state: State<'_, Desktop>,
    provider: Option<String>,
    asset: String,
    amount: String,
    address: String,
) -> CommandResult<CheckedView> {
    state.office(Permission::Own)?;
    *state.checked.lock().unwrap_or_else(|p| p.into_inner()) = None;
    let checked = state
        .shop
        .payout_quote(&request(provider, asset, amount, address))
        .await?;
    *state.checked.lock().unwrap_or_else(|p| p.into_inner()) = Some(checked.clone());
    Ok(checked.into())
}

/// Sends what Check showed, kept here since (nothing the window says is
/// trusted), with the PIN; the gateway is asked again, and a quote worse
/// than the one shown (another amount, a higher fee, less arriving) is
/// refused.
#[tauri::command]
pub async fn owner_withdraw(state: State<'_, Desktop>, pin: String) -> CommandResult<Withdrawal> {
    state.office(Permission::Own)?;
    let shown = state
        .checked
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone()
        .ok_or_else(|| said!("error-check-withdrawal", "check the withdrawal first"))?;
    let actor = state.confirm(&pin, "withdraw")?;
    let sent = state.shop.withdraw(&shown, &actor).await;
    *state.checked.lock().unwrap_or_else(|p| p.into_inner()) = None;
    state.shop.record_head();
    Ok(sent?)
}

#[tauri::command]
pub async fn owner_withdrawals(state: State<'_, Desktop>) -> CommandResult<Vec<Withdrawal>> {
    state.office(Permission::Own)?;
    state.shop.refresh_withdrawals().await?;
    Ok(state.shop.journal.withdrawals()?)
}

/// The owner's word, after checking the gateway's dashboard, on a
/// withdrawal whose outcome the gateway cannot report; needs the PIN.
#[tauri::command]
pub fn owner_resolve_withdrawal(
    state: State<'_, Desktop>,
    id: String,
    sent: bool,
    pin: String,
) -> CommandResult<Withdrawal> {
    state.office(Permission::Own)?;
    let actor = state.confirm(&pin, "mark a withdrawal")?;
    Ok(state.shop.resolve_withdrawal(&id, sent, &actor)?)
}

#[tauri::command]
pub fn owner_addresses(state: State<'_, Desktop>) -> CommandResult<Vec<PayoutAddress>> {
    state.office(Permission::Own)?;
    Ok(state.shop.journal.payout_addresses()?)
}

/// A new payout address needs the PIN, like a withdrawal: it is where
/// money will go.
#[tauri::command]
pub fn owner_add_address(
    state: State<'_, Desktop>,
    label: String,
    asset: String,
    address: String,
    pin: String,
) -> CommandResult<PayoutAddress> {
    state.office(Permission::Own)?;
    let (label, asset, address) = (
        label.trim().to_string(),
        asset.trim().to_ascii_uppercase(),
        address.trim().to_string(),
    );
    if label.is_empty() || label.chars().count() > 40 {
        return Err(said!(
            "error-address-label",
            "give the address a name of 1 to 40 characters"
        )
        .into());
    }
    check_request(&asset, "1", &address)
        .map_err(|e| CommandError::refused("payout_refused", e.said()))?;
    let actor = state.confirm(&pin, "save a payout address")?;
    state
        .shop
        .journal
        .add_payout_address(&label, &asset, &address, &actor)
        .map_err(|e| match e {
            counterpay_journal::JournalError::Refused(said) => said.into(),
            e => CommandError::new("invalid", e.to_string()),
        })
}

/// Forgetting an address reroutes money too (the next withdrawal goes to
/// another): the PIN.
#[tauri::command]
pub fn owner_remove_address(state: State<'_, Desktop>, id: i64, pin: String) -> CommandResult<()> {
    state.office(Permission::Own)?;
    let actor = state.confirm(&pin, "forget a payout address")?;
    if state.shop.journal.remove_payout_address(id, &actor)? {
        Ok(())
    } else {
        Err(said!(
            "error-no-address",
            "there is no saved address {id}",
            id = id.to_string()
        )
        .into())
    }
}

/// Looks up open withdrawals for the app's life; tells the owner when one
/// ends and the owner screen when any changes.
pub fn track<R: Runtime>(app: AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        loop {
            tokio::time::sleep(TRACK_EVERY).await;
            let desktop = app.state::<Desktop>();
            let open = desktop
                .shop
                .journal
                .open_withdrawals()
                .map(|o| !o.is_empty());
            if !open.unwrap_or(false) {
                continue;
            }
            match desktop.shop.refresh_withdrawals().await {
                Ok(changed) => {
                    for w in changed {
                        if w.status.is_final() {
                            desktop.notify(&app, &Notice::Withdrawal { withdrawal: &w });
                        }
                        let _ = app.emit_to(COUNTER, "withdrawal", &w);
                    }
                }
                Err(e) => tracing::warn!(error = %e, "withdrawals not looked up"),
            }
        }
    });
}

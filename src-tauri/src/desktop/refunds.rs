//! Refunds from the sales history: checked like a withdrawal and sent with
//! the owner's PIN typed again, or, for a gateway with no withdrawal API,
//! recorded by the txid of the refund made in its dashboard; and a receipt
//! of each.

use super::error::CommandResult;
use super::Desktop;
use counterpay_core::payout::Withdrawal;
use counterpay_core::said;
use counterpay_core::Permission;
use tauri::State;

/// Checks a refund of invoice `id`: the quote shown is kept here, and
/// Send sends exactly it.
#[tauri::command]
pub async fn owner_refund_quote(
    state: State<'_, Desktop>,
    id: String,
    amount: String,
    address: String,
) -> CommandResult<super::payouts::CheckedView> {
    state.office(Permission::Own)?;
    *state
        .refund_checked
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = None;
    let (invoice, checked) = state.shop.refund_quote(&id, &amount, &address).await?;
    *state
        .refund_checked
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = Some((invoice.id, checked.clone()));
    Ok(checked.into())
}

/// Sends the refund Check showed, with the PIN.
#[tauri::command]
pub async fn owner_refund(state: State<'_, Desktop>, pin: String) -> CommandResult<Withdrawal> {
    state.office(Permission::Own)?;
    let (id, shown) = state
        .refund_checked
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone()
        .ok_or_else(|| said!("error-check-refund", "check the refund first"))?;
    let actor = state.confirm(&pin, "refund")?;
    let sent = state.shop.refund(&id, &shown, &actor).await;
    *state
        .refund_checked
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = None;
    state.shop.record_head();
    Ok(sent?)
}

/// Records a refund made in the gateway's dashboard, with its txid.
#[tauri::command]
pub fn owner_record_refund(
    state: State<'_, Desktop>,
    id: String,
    amount: String,
    address: String,
    txid: String,
    pin: String,
) -> CommandResult<Withdrawal> {
    state.office(Permission::Own)?;
    let actor = state.confirm(&pin, "record a refund")?;
    let recorded = state
        .shop
        .record_refund(&id, &amount, &address, &txid, &actor)?;
    state.shop.record_head();
    Ok(recorded)
}

/// A refund's receipt, for the customer who got the money back.
#[tauri::command]
pub fn owner_refund_receipt(
    state: State<'_, Desktop>,
    id: String,
) -> CommandResult<crate::receipt::RefundReceipt> {
    state.office(Permission::Manage)?;
    let refund = state
        .shop
        .journal
        .withdrawal(&id)?
        .filter(|w| w.refund_of.is_some())
        .ok_or_else(|| said!("error-no-refund", "there is no refund {id}", id = &id))?;
    let invoice = state
        .till
        .invoice(refund.refund_of.as_deref().unwrap_or_default())?;
    Ok(crate::receipt::RefundReceipt::of(
        &refund,
        &invoice,
        &state.shop.settings()?,
    ))
}

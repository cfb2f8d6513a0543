//! Money sent back to a customer: a withdrawal linked to the invoice it
//! came in on, with every safety a withdrawal has (the address checked, the
//! gateway's quote shown, journaled before it is sent, a lost answer looked
//! up and never sent again), and never more, all refunds together, than
//! arrived.

use crate::payouts::{Checked, PayoutFailure, PayoutRequest};
use crate::shop::Shop;
use counterpay_core::payout::{PayoutStatus, Withdrawal};
use counterpay_core::{said, Said};
use counterpay_core::{Actor, Asset, AuditEntry, Invoice, Ledger, Status, TillError};
use rust_decimal::Decimal;

/// What of an invoice may still go back, and the overpayment of it, in
/// its asset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Room {
    pub left: Decimal,
    pub excess: Decimal,
}

/// How much goes back: the overpayment, all that arrived, or a figure in
/// the invoice's asset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefundAmount {
    Excess,
    All,
    Exactly(Decimal),
}

impl RefundAmount {
    pub fn parse(text: &str, asset: &str) -> Result<RefundAmount, Said> {
        match text.trim().to_ascii_lowercase().as_str() {
            "excess" => Ok(RefundAmount::Excess),
            "all" => Ok(RefundAmount::All),
            t => Asset::parse(asset)
                .and_then(|a| a.parse_amount(t))
                .map(RefundAmount::Exactly)
                .map_err(|e| {
                    said!(
                        "error-refund-amount",
                        "{text}: give excess, all or an amount of {asset} ({detail})",
                        text = text,
                        asset = asset,
                        detail = e.to_string()
                    )
                }),
        }
    }
}

impl Shop {
    /// A paid or underpaid invoice, and what of it may still go back.
    fn refundable(&self, id: &str) -> Result<(Invoice, Room), PayoutFailure> {
        let id = id.trim().to_ascii_uppercase();
        let inv = self
            .journal
            .invoice(&id)
            .map_err(TillError::from)?
            .ok_or(TillError::UnknownInvoice(id.clone()))?;
        match self.refund_room(&inv)? {
            Some(room) => Ok((inv, room)),
            None if matches!(inv.status, Status::Paid | Status::Underpaid) => Err(said!(
                "error-refunded-already",
                "invoice {id}: all that arrived on it has been refunded already",
                id = id
            )
            .into()),
            None => Err(said!(
                "error-refund-status",
                "invoice {id} is {status}: only money that arrived on a paid or underpaid invoice can be refunded",
                id = id,
                status = inv.status
            )
            .into()),
        }
    }

    /// What `amount` (excess, all or a figure) comes to on `inv`.
    fn refund_value(inv: &Invoice, room: Room, amount: &str) -> Result<Decimal, PayoutFailure> {
        let asset = &inv.currency;
        let value = match RefundAmount::parse(amount, asset)? {
            RefundAmount::Excess if room.excess.is_zero() => {
                return Err(said!(
                    "error-refund-no-excess",
                    "invoice {id} has no excess left to refund: {asked} {asset} asked, {paid} arrived, {refunded} refunded already",
                    id = &inv.id,
                    asked = inv.asked_crypto().normalize(),
                    asset = asset,
                    paid = inv.paid_crypto.normalize(),
                    refunded = (inv.paid_crypto - room.left).normalize()
                )
                .into());
            }
            RefundAmount::Excess => room.excess,
            RefundAmount::All => room.left,
            RefundAmount::Exactly(v) => v,
        };
        if value <= Decimal::ZERO || value > room.left {
            return Err(said!(
                "error-refund-room",
                "invoice {id}: {left} {asset} can still be refunded, not {wanted}",
                id = &inv.id,
                left = room.left.normalize(),
                asset = asset,
                wanted = value.normalize()
            )
            .into());
        }
        Ok(value)
    }

    /// What of a paid or underpaid invoice may still go back; `None` for
    /// one that cannot be refunded (any more).
    pub fn refund_room(&self, inv: &Invoice) -> Result<Option<Room>, PayoutFailure> {
        if !matches!(inv.status, Status::Paid | Status::Underpaid) {
            return Ok(None);
        }
        let refunded = self.journal.refunded(&inv.id)?;
        let left = inv.paid_crypto - refunded;
        let excess = (inv.paid_crypto - inv.asked_crypto() - refunded).max(Decimal::ZERO);
        Ok((left > Decimal::ZERO).then_some(Room { left, excess }))
    }

    /// The refund checked as a withdrawal is (address, minimum, balance,
    /// fee), ready to confirm.
    pub async fn refund_quote(
        &self,
        invoice: &str,
        amount: &str,
        address: &str,
    ) -> Result<(Invoice, Checked), PayoutFailure> {
        let (inv, room) = self.refundable(invoice)?;
        let asset = inv.currency.clone();
        let value = Self::refund_value(&inv, room, amount)?;
        let checked = self
            .payout_quote(&PayoutRequest {
                provider: Some(inv.provider.clone()),
                asset,
                amount: value.to_string(),
                address: address.to_string(),
            })
            .await?;
        Ok((inv, checked))
    }

    /// Sends the refund the owner saw checked. The cap is checked again
    /// in the transaction that journals it, so two refunds sent at once
    /// cannot both pass it.
    pub async fn refund(
        &self,
        invoice: &str,
        shown: &Checked,
        actor: &Actor,
    ) -> Result<Withdrawal, PayoutFailure> {
        self.send(shown, Some(invoice), actor).await
    }

    /// Records a refund the owner made outside Counterpay (in the
    /// dashboard of a gateway with no withdrawal API, such as CryptoScan),
    /// with its txid: journaled as a completed refund of the invoice,
    /// under the same cap as one sent from here.
    pub fn record_refund(
        &self,
        invoice: &str,
        amount: &str,
        address: &str,
        txid: &str,
        actor: &Actor,
    ) -> Result<Withdrawal, PayoutFailure> {
        let (inv, room) = self.refundable(invoice)?;
        let value = Self::refund_value(&inv, room, amount)?;
        let (address, txid) = (address.trim(), txid.trim());
        counterpay_core::payout::check_request(&inv.currency, &value.to_string(), address)
            .map_err(|e| e.said())?;
        if txid.is_empty() || txid.len() > 200 || txid.chars().any(char::is_whitespace) {
            return Err(said!(
                "error-refund-txid",
                "give the refund's transaction id (txid) as the gateway's dashboard shows it"
            )
            .into());
        }
        let w = Withdrawal {
            status: PayoutStatus::Completed,
            txid: Some(txid.to_string()),
            refund_of: Some(inv.id.clone()),
            note: Some("made in the gateway's dashboard; recorded by the owner".into()),
            ..Withdrawal::request(&inv.provider, &inv.currency, value, address)
        };
        let recorded = AuditEntry::new(
            actor,
            "refund_recorded",
            serde_json::json!({ "id": w.id, "invoice": inv.id, "amount": w.amount,
                                "asset": w.asset, "address": w.address, "txid": w.txid }),
        );
        if let Some(open) = self.journal.begin_withdrawal(&w, &recorded)? {
            return Err(PayoutFailure::Unresolved {
                id: open.id,
                amount: open.amount.normalize(),
                asset: open.asset,
            });
        }
        Ok(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refund_is_the_excess_everything_or_a_figure_of_the_asset() {
        assert_eq!(
            RefundAmount::parse("EXCESS", "BTC"),
            Ok(RefundAmount::Excess)
        );
        assert_eq!(RefundAmount::parse("all", "BTC"), Ok(RefundAmount::All));
        assert_eq!(
            RefundAmount::parse("0.0001", "BTC"),
            Ok(RefundAmount::Exactly(Decimal::new(1, 4)))
        );
        for bad in ["-1", "1,5", "half"] {
            let e = RefundAmount::parse(bad, "BTC").unwrap_err();
            assert!(e.to_string().contains("excess, all or an amount"), "{e}");
        }
    }
}

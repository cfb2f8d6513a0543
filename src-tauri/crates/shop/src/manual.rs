//! Confirming a payment by hand: the owner marks an underpaid or expired
//! invoice paid at its gateway (CryptoScan alone has a way), naming the
//! transaction and why. The invoice carries the `confirmed_manually` flag
//! in takings and exceptions; who did it and why is on the audit trail.

use crate::shop::Shop;
use counterpay_core::{Actor, AuditEntry, Invoice, TillError};
use serde_json::json;

impl Shop {
    pub async fn confirm_manually(
        &self,
        id: &str,
        txid: &str,
        reason: Option<&str>,
        actor: &Actor,
    ) -> Result<Invoice, TillError> {
        let reason = reason.map(str::trim).filter(|r| !r.is_empty());
        if reason.is_some_and(|r| r.chars().count() > 200 || r.chars().any(char::is_control)) {
            return Err(counterpay_core::said!(
                "error-reason",
                "--reason: one line of up to 200 characters"
            )
            .into());
        }
        let invoice = self.till().confirm_manually(id, txid).await?;
        self.journal
            .record_audit(
                "",
                &AuditEntry::new(
                    actor,
                    "confirmed_manually",
                    json!({ "invoice": invoice.id, "txid": txid.trim(), "reason": reason }),
                ),
            )
            .map_err(|e| {
                TillError::Invalid(format!("confirmed, but not put on the audit trail: {e}"))
            })?;
        Ok(invoice)
    }
}

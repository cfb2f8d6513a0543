//! The sales history: finding past invoices by what a customer or a
//! manager remembers of them (an amount, an order id, a txid, a day), and
//! one invoice's whole history as the journal holds it.

use crate::shop::Shop;
use crate::takings::Days;
use counterpay_core::{Invoice, Status};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// What a search holds; every part is optional.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SaleQuery {
    /// An amount (fiat or crypto), or part of an order id, txid or invoice id.
    pub text: Option<String>,
    pub first: Option<String>,
    pub last: Option<String>,
    pub status: Option<String>,
    /// A staff member's name (or id).
    pub staff: Option<String>,
    pub provider: Option<String>,
}

/// Days searched when none are given.
const DEFAULT_DAYS: i64 = 90;
/// Sales shown at most, newest first.
pub const MOST: usize = 200;

/// One event of an invoice's history.
#[derive(Debug, Clone, Serialize)]
pub struct HistoryEntry {
    pub seq: i64,
    pub at: String,
    pub kind: String,
    pub status: Option<Status>,
    pub paid_crypto: Option<String>,
    pub txid: Option<String>,
    pub hash: String,
}

fn blank(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl SaleQuery {
    fn days(&self, zone: counterpay_core::TillZone) -> Result<Days, String> {
        let today = zone.today();
        let first = blank(&self.first)
            .map(str::to_string)
            .unwrap_or_else(|| (today - chrono::Duration::days(DEFAULT_DAYS - 1)).to_string());
        let last = blank(&self.last)
            .map(str::to_string)
            .unwrap_or_else(|| today.to_string());
        Days::parse(zone, Some(&first), Some(&last)).map_err(|e| e.to_string())
    }

    fn matches(&self, inv: &Invoice, status: Option<Status>) -> bool {
        if status.is_some_and(|s| s != inv.status) {
            return false;
        }
        if let Some(p) = blank(&self.provider) {
            if !inv.provider.eq_ignore_ascii_case(p) {
                return false;
            }
        }
        if let Some(who) = blank(&self.staff) {
            let named = inv
                .cashier
                .as_deref()
                .is_some_and(|c| c.eq_ignore_ascii_case(who));
            if !named && inv.staff_id.as_deref() != Some(who) {
                return false;
            }
        }
        match blank(&self.text) {
            None => true,
            Some(text) => text_matches(inv, text),
        }
    }
}

/// An amount typed matches the fiat or crypto figure exactly ("12.5"
/// finds 12.50); any text matches part of an id, order id or txid.
fn text_matches(inv: &Invoice, text: &str) -> bool {
    if let Ok(amount) = Decimal::from_str(&text.replace(',', ".")) {
        let amounts = [
            Some(inv.amount_fiat),
            inv.amount_crypto,
            Some(inv.paid_crypto),
        ];
        if amounts.into_iter().flatten().any(|a| a == amount) {
            return true;
        }
    }
    let needle = text.to_ascii_lowercase();
    [
        Some(&inv.id),
        Some(&inv.order_id),
        inv.txid.as_ref(),
        inv.provider_ref.as_ref(),
    ]
    .into_iter()
    .flatten()
    .any(|hay| hay.to_ascii_lowercase().contains(&needle))
}

impl Shop {
    /// The sales the query finds, newest first, at most `MOST`.
    pub fn find_sales(&self, q: &SaleQuery) -> Result<Vec<Invoice>, String> {
        let days = q.days(self.zone())?;
        let status = blank(&q.status)
            .map(Status::from_str)
            .transpose()
            .map_err(|e| e.to_string())?;
        let mut found = Vec::new();
        self.journal
            .visit_between(days.from, days.to, |inv| {
                if q.matches(&inv, status) {
                    found.push(inv);
                }
            })
            .map_err(|e| e.to_string())?;
        found.reverse();
        found.truncate(MOST);
        Ok(found)
    }

    /// Every event of one invoice, oldest first, with what each said.
    pub fn sale_history(&self, id: &str) -> Result<Vec<HistoryEntry>, String> {
        let events = self.journal.events_about(id).map_err(|e| e.to_string())?;
        Ok(events
            .into_iter()
            .map(|e| {
                let state: Option<Invoice> = serde_json::from_str(&e.body).ok();
                HistoryEntry {
                    seq: e.seq,
                    at: e.at,
                    kind: e.kind,
                    status: state.as_ref().map(|i| i.status),
                    paid_crypto: state
                        .as_ref()
                        .map(|i| i.paid_crypto.normalize().to_string()),
                    txid: state.and_then(|i| i.txid),
                    hash: e.hash,
                }
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invoice() -> Invoice {
        serde_json::from_value(serde_json::json!({
            "id": "AB12CD34EF", "provider": "demo", "provider_ref": "ref-9",
            "order_id": "table-7", "status": "paid", "flags": [], "fiat": "USD",
            "amount_fiat": "12.50", "currency": "USDTTRC20", "amount_crypto": "12.5",
            "paid_crypto": "12.5", "confirmations": {"received": 1, "required": 1},
            "txid": "0xFEED", "cashier": "Sam", "address": null, "payment_uri": null,
            "checkout_url": null, "note": null, "failure": null, "expires_at": null,
            "created_at": "2026-03-01T10:00:00Z", "updated_at": "2026-03-01T10:01:00Z"
        }))
        .unwrap()
    }

    #[test]
    fn amounts_ids_people_and_gateways_are_found_and_others_are_not() {
        let inv = invoice();
        let q = |text: &str| SaleQuery {
            text: Some(text.into()),
            ..SaleQuery::default()
        };
        for found in ["12.5", "12,50", "table", "feed", "ab12", "REF-9"] {
            assert!(q(found).matches(&inv, None), "{found}");
        }
        for missed in ["12.51", "table-8", "0xBEEF"] {
            assert!(!q(missed).matches(&inv, None), "{missed}");
        }
        let by = |staff: &str, provider: &str| SaleQuery {
            staff: Some(staff.into()),
            provider: Some(provider.into()),
            ..SaleQuery::default()
        };
        assert!(by("sam", "DEMO").matches(&inv, None));
        assert!(!by("Ana", "demo").matches(&inv, None));
        assert!(!by("Sam", "other").matches(&inv, None));
        assert!(!SaleQuery::default().matches(&inv, Some(Status::Expired)));
    }
}

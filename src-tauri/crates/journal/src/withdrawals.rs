//! Withdrawals in the journal: each change an event in the hash chain (so
//! a request is on record before it is sent, and nothing about money that
//! left can be edited unnoticed), with the current state beside it. And the
//! owner's saved payout addresses.

use crate::config::{self, ConfigChange};
use crate::{audit, decode, encode, Journal, JournalError, Tx};
use counterpay_core::invoice::timestamp;
use counterpay_core::payout::Withdrawal;
use counterpay_core::said;
use counterpay_core::{Actor, AuditEntry};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

pub const WITHDRAWAL: &str = "withdrawal";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayoutAddress {
    pub id: i64,
    pub label: String,
    pub asset: String,
    pub address: String,
    pub added_at: String,
}

pub(crate) const ADDRESS: &str = "SELECT id, label, asset, address, added_at FROM payout_addresses";

pub(crate) fn address(r: &rusqlite::Row<'_>) -> rusqlite::Result<PayoutAddress> {
    Ok(PayoutAddress {
        id: r.get(0)?,
        label: r.get(1)?,
        asset: r.get(2)?,
        address: r.get(3)?,
        added_at: r.get(4)?,
    })
}

fn write_withdrawal(tx: &Tx<'_, '_>, w: &Withdrawal) -> Result<(), JournalError> {
    let body = encode(w)?;
    let (seq, _) = tx.append(WITHDRAWAL, &w.id, &body)?;
    tx.execute(
        "INSERT INTO withdrawals (id, provider, status, created_at, last_seq, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET provider = excluded.provider, status = excluded.status,
           created_at = excluded.created_at, last_seq = excluded.last_seq, body = excluded.body",
        params![
            w.id,
            w.provider,
            w.status.as_str(),
            timestamp::format(&w.created_at),
            seq,
            body
        ],
    )?;
    Ok(())
}

impl Journal {
    /// Journals a withdrawal's new state: an event, and its current row;
    /// with the person's audit entry when a person made the change.
    pub fn record_withdrawal(
        &self,
        w: &Withdrawal,
        by: Option<&AuditEntry>,
    ) -> Result<(), JournalError> {
        self.write(|tx| {
            write_withdrawal(tx, w)?;
            if let Some(entry) = by {
                audit::append(tx, &w.id, entry)?;
            }
            Ok(())
        })
    }

    /// Journals a new withdrawal, unless one through the same provider has
    /// an outcome nobody knows yet: that one is returned instead, and
    /// nothing is written. A refund is refused when the refunds of its
    /// invoice (failed ones aside) would come to more than arrived on it.
    /// One transaction, so two processes cannot both pass the checks.
    pub fn begin_withdrawal(
        &self,
        w: &Withdrawal,
        by: &AuditEntry,
    ) -> Result<Option<Withdrawal>, JournalError> {
        self.write(|tx| {
            let blocking: Option<String> = tx
                .query_row(
                    "SELECT body FROM withdrawals WHERE provider = ?1
                       AND status IN ('requested', 'unknown') ORDER BY created_at LIMIT 1",
                    [&w.provider],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(body) = blocking {
                return Ok(Some(decode(&body)?));
            }
            if let Some(invoice) = &w.refund_of {
                let already = refunded(tx, invoice)?;
                let paid = tx
                    .query_row("SELECT body FROM invoices WHERE id = ?1", [invoice], |r| {
                        r.get::<_, String>(0)
                    })
                    .optional()?
                    .map(|b| decode::<counterpay_core::Invoice>(&b))
                    .transpose()?
                    .map(|i| i.paid_crypto)
                    .ok_or_else(|| JournalError::Invalid(format!("no invoice {invoice}")))?;
                if already + w.amount > paid {
                    return Err(said!(
                        "error-refund-too-much",
                        "invoice {invoice}: {already} {asset} was refunded already, and {more} more would be more than the {paid} that arrived",
                        invoice = invoice,
                        already = already.normalize(),
                        asset = &w.asset,
                        more = w.amount.normalize(),
                        paid = paid.normalize()
                    )
                    .into());
                }
            }
            write_withdrawal(tx, w)?;
            audit::append(tx, &w.id, by)?;
            Ok(None)
        })
    }

    /// Refunds sent in `[from, to)`, failed ones aside, each with its
    /// invoice: they count against the takings of the day they were sent.
    pub fn refunds_between(
        &self,
        from: chrono::DateTime<chrono::Utc>,
        to: chrono::DateTime<chrono::Utc>,
    ) -> Result<Vec<Refund>, JournalError> {
        let (from, to) = (timestamp::format(&from), timestamp::format(&to));
        refunds_where(
            &self.conn(),
            "w.created_at >= ?1 AND w.created_at < ?2",
            [&from, &to],
        )
    }

    /// What the refunds of an invoice come to, failed ones aside.
    pub fn refunded(&self, invoice: &str) -> Result<rust_decimal::Decimal, JournalError> {
        refunded(&self.conn(), invoice)
    }

    pub fn withdrawal(&self, id: &str) -> Result<Option<Withdrawal>, JournalError> {
        let body: Option<String> = self
            .conn()
            .query_row("SELECT body FROM withdrawals WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        body.as_deref().map(decode).transpose()
    }

    /// Every withdrawal, the newest first.
    pub fn withdrawals(&self) -> Result<Vec<Withdrawal>, JournalError> {
        self.withdrawals_where("1")
    }

    /// Withdrawals whose outcome is not final yet.
    pub fn open_withdrawals(&self) -> Result<Vec<Withdrawal>, JournalError> {
        self.withdrawals_where("status NOT IN ('completed', 'failed')")
    }

    fn withdrawals_where(&self, condition: &str) -> Result<Vec<Withdrawal>, JournalError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT body FROM withdrawals WHERE {condition} ORDER BY created_at DESC, id"
        ))?;
        let bodies = stmt.query_map([], |r| r.get::<_, String>(0))?;
        bodies.map(|b| decode(&b?)).collect()
    }

    pub fn payout_addresses(&self) -> Result<Vec<PayoutAddress>, JournalError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!("{ADDRESS} ORDER BY label, id"))?;
        let rows = stmt.query_map([], address)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Saves an address; the same asset and address twice is refused. The
    /// audit entry is the record of it.
    pub fn add_payout_address(
        &self,
        label: &str,
        asset: &str,
        address: &str,
        actor: &Actor,
    ) -> Result<PayoutAddress, JournalError> {
        self.write(|tx| {
            let taken: bool = tx.query_row(
                "SELECT count(*) > 0 FROM payout_addresses WHERE asset = ?1 AND address = ?2",
                [asset, address],
                |r| r.get(0),
            )?;
            if taken {
                return Err(said!(
                    "error-address-saved",
                    "{address} is already saved for {asset}",
                    address = address,
                    asset = asset
                )
                .into());
            }
            let id: i64 = tx.query_row(
                "SELECT coalesce(max(id), 0) + 1 FROM payout_addresses",
                [],
                |r| r.get(0),
            )?;
            let saved = PayoutAddress {
                id,
                label: label.to_string(),
                asset: asset.to_string(),
                address: address.to_string(),
                added_at: timestamp::format(&timestamp::now()),
            };
            config::record(tx, &ConfigChange::AddressAdded(saved.clone()), actor)?;
            Ok(saved)
        })
    }

    /// Forgets a saved address; false when there was none.
    pub fn remove_payout_address(&self, id: i64, actor: &Actor) -> Result<bool, JournalError> {
        self.write(|tx| {
            let found: Option<PayoutAddress> = tx
                .query_row(&format!("{ADDRESS} WHERE id = ?1"), [id], address)
                .optional()?;
            let Some(address) = found else {
                return Ok(false);
            };
            config::record(tx, &ConfigChange::AddressRemoved(address), actor)?;
            Ok(true)
        })
    }
}

/// The refunds of `invoice` so far, failed ones aside.
fn refunded(
    conn: &rusqlite::Connection,
    invoice: &str,
) -> Result<rust_decimal::Decimal, JournalError> {
    refunds_sum(conn, invoice, None)
}

/// The refunds of `invoice`, failed ones aside: all of them, or those made
/// before `before` (by time, then id).
fn refunds_sum(
    conn: &rusqlite::Connection,
    invoice: &str,
    before: Option<&Withdrawal>,
) -> Result<rust_decimal::Decimal, JournalError> {
    let mut stmt = conn.prepare(
        "SELECT body FROM withdrawals
          WHERE json_extract(body, '$.refund_of') = ?1 AND status <> 'failed'
            AND (?2 IS NULL OR created_at < ?2 OR (created_at = ?2 AND id < ?3))",
    )?;
    let at = before.map(|w| timestamp::format(&w.created_at));
    let id = before.map(|w| w.id.as_str());
    let mut sum = rust_decimal::Decimal::ZERO;
    for body in stmt.query_map(params![invoice, at, id], |r| r.get::<_, String>(0))? {
        sum += decode::<Withdrawal>(&body?)?.amount;
    }
    Ok(sum)
}

/// A refund, the invoice its money goes back on, and what that invoice's
/// earlier refunds (failed ones aside) came to.
pub type Refund = (Withdrawal, counterpay_core::Invoice, rust_decimal::Decimal);

/// Refunds, failed ones aside, with their invoices and earlier refunds;
/// `condition` on the withdrawal `w`, with `?1` and `?2` its bounds.
pub(crate) fn refunds_where(
    conn: &rusqlite::Connection,
    condition: &str,
    bounds: [&dyn rusqlite::ToSql; 2],
) -> Result<Vec<Refund>, JournalError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT w.body, i.body FROM withdrawals w
           JOIN invoices i ON i.id = json_extract(w.body, '$.refund_of')
          WHERE w.status <> 'failed' AND {condition}
          ORDER BY w.created_at, w.id"
    ))?;
    let rows = stmt.query_map(bounds, |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (w, inv) = row?;
        let w: Withdrawal = decode(&w)?;
        let prior = match &w.refund_of {
            Some(invoice) => refunds_sum(conn, invoice, Some(&w))?,
            None => rust_decimal::Decimal::ZERO,
        };
        out.push((w, decode(&inv)?, prior));
    }
    Ok(out)
}

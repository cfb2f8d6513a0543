//! Withdrawals in the journal: each change an event in the hash chain (so
//! a request is on record before it is sent, and nothing about money that
//! left can be edited unnoticed), with the current state beside it. And the
//! owner's saved payout addresses.

use crate::{decode, head, write_raw_event, Journal, JournalError};
use counterpay_core::invoice::timestamp;
use counterpay_core::payout::Withdrawal;
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::Serialize;

pub(crate) const WITHDRAWAL: &str = "withdrawal";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PayoutAddress {
    pub id: i64,
    pub label: String,
    pub asset: String,
    pub address: String,
    pub added_at: String,
}

fn write_withdrawal(tx: &rusqlite::Transaction<'_>, w: &Withdrawal) -> Result<(), JournalError> {
    let body = serde_json::to_string(w).map_err(|e| JournalError::Corrupt(e.to_string()))?;
    let (seq, prev) = head(tx)?;
    write_raw_event(tx, seq + 1, &prev, WITHDRAWAL, &w.id, &body)?;
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
            seq + 1,
            body
        ],
    )?;
    Ok(())
}

impl Journal {
    /// Journals a withdrawal's new state: an event, and its current row.
    pub fn record_withdrawal(&self, w: &Withdrawal) -> Result<(), JournalError> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        write_withdrawal(&tx, w)?;
        tx.commit()?;
        Ok(())
    }

    /// Journals a new withdrawal, unless one through the same provider has
    /// an outcome nobody knows yet: that one is returned instead, and
    /// nothing is written. One transaction, so two processes cannot both
    /// pass the check.
    pub fn begin_withdrawal(&self, w: &Withdrawal) -> Result<Option<Withdrawal>, JournalError> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
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
        write_withdrawal(&tx, w)?;
        tx.commit()?;
        Ok(None)
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
        let mut stmt = conn.prepare(
            "SELECT id, label, asset, address, added_at FROM payout_addresses ORDER BY label, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(PayoutAddress {
                id: r.get(0)?,
                label: r.get(1)?,
                asset: r.get(2)?,
                address: r.get(3)?,
                added_at: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Saves an address; the same asset and address twice is refused.
    pub fn add_payout_address(
        &self,
        label: &str,
        asset: &str,
        address: &str,
    ) -> Result<PayoutAddress, JournalError> {
        let conn = self.conn();
        let added_at = timestamp::format(&timestamp::now());
        conn.execute(
            "INSERT INTO payout_addresses (label, asset, address, added_at) VALUES (?1, ?2, ?3, ?4)",
            params![label, asset, address, added_at],
        )
        .map_err(|e| match e {
            rusqlite::Error::SqliteFailure(f, _)
                if f.code == rusqlite::ErrorCode::ConstraintViolation =>
            {
                JournalError::Invalid(format!("{address} is already saved for {asset}"))
            }
            other => other.into(),
        })?;
        Ok(PayoutAddress {
            id: conn.last_insert_rowid(),
            label: label.to_string(),
            asset: asset.to_string(),
            address: address.to_string(),
            added_at,
        })
    }

    pub fn remove_payout_address(&self, id: i64) -> Result<bool, JournalError> {
        Ok(self
            .conn()
            .execute("DELETE FROM payout_addresses WHERE id = ?1", [id])?
            > 0)
    }
}

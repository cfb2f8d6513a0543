//! The events themselves, as stored, for whoever keeps a copy of the chain
//! elsewhere (HQ): read in order from a given number on.

use crate::{chain, meta, verify, Journal, JournalError, VerifyError};
use serde::Serialize;

/// One event exactly as the journal holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RawEvent {
    pub seq: i64,
    pub at: String,
    pub kind: String,
    /// The invoice, withdrawal, person or setting it is about.
    pub subject: String,
    pub body: String,
    pub prev_hash: String,
    pub hash: String,
}

/// An event from a row of `seq, at, kind, invoice_id, body, prev_hash, hash`.
fn raw(r: &rusqlite::Row<'_>) -> rusqlite::Result<RawEvent> {
    Ok(RawEvent {
        seq: r.get(0)?,
        at: r.get(1)?,
        kind: r.get(2)?,
        subject: r.get(3)?,
        body: r.get(4)?,
        prev_hash: r.get(5)?,
        hash: r.get(6)?,
    })
}

impl Journal {
    /// Up to `limit` events after `after`, oldest first.
    pub fn events_after(&self, after: i64, limit: usize) -> Result<Vec<RawEvent>, JournalError> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT seq, at, kind, invoice_id, body, prev_hash, hash FROM events
             WHERE seq > ?1 ORDER BY seq LIMIT ?2",
        )?;
        let rows = stmt.query_map([after, limit as i64], raw)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every event about one invoice (or other subject), oldest first: its
    /// whole history as the chain holds it.
    pub fn events_about(&self, subject: &str) -> Result<Vec<RawEvent>, JournalError> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT seq, at, kind, invoice_id, body, prev_hash, hash FROM events
             WHERE invoice_id = ?1 ORDER BY seq",
        )?;
        let rows = stmt.query_map([subject], raw)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The hash of every event after `after`, up to `limit` of them, oldest
    /// first, computed again from what the file holds now (with this
    /// process's key): compared with a copy of the chain kept elsewhere, an
    /// event edited here shows even where its stored hash was left alone.
    pub fn recomputed_hashes_after(
        &self,
        after: i64,
        limit: usize,
    ) -> Result<Vec<(i64, String)>, VerifyError> {
        let keying = self.keying();
        let keyed_from = self
            .meta(meta::KEYED_FROM)?
            .and_then(|v| v.parse::<i64>().ok());
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT seq, at, kind, invoice_id, body, prev_hash FROM events
             WHERE seq > ?1 ORDER BY seq LIMIT ?2",
        )?;
        let mut rows = stmt.query([after, limit as i64])?;
        let mut hashes = Vec::with_capacity(limit.min(100_000));
        while let Some(r) = rows.next()? {
            let seq: i64 = r.get(0)?;
            let key = verify::key_for(&keying, keyed_from, seq)?;
            let hash = chain::event_hash(
                key,
                seq,
                verify::text(r, 1)?,
                verify::text(r, 2)?,
                verify::text(r, 3)?,
                verify::bytes(r, 4)?,
                verify::text(r, 5)?,
            );
            hashes.push((seq, hash));
        }
        Ok(hashes)
    }
}

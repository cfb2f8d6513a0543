//! Closing shifts. A Z-report is an event in the chain like any other, so
//! it cannot be edited or removed without `journal verify` noticing; its
//! number follows the previous one and it names the hash of the last event
//! it covers.

use crate::withdrawals::Refund;
use crate::{
    audit, decode, encode, head, visit_with, Journal, JournalError, CREATED_BY_EVENTS,
    SETTLED_BY_EVENTS,
};
use counterpay_core::invoice::timestamp;
use counterpay_core::report::{Exception, Summary};
use counterpay_core::shift::ZReport;
use counterpay_core::{Actor, AuditEntry};
use rusqlite::{params, OptionalExtension};
use std::collections::HashSet;

/// The kind of a Z-report's event; it belongs to no invoice.
pub const SHIFT_CLOSED: &str = "shift_closed";

impl Journal {
    /// Closes the open shift: everything since the previous close (or the
    /// first event) up to now, in one transaction, so no event can slip in
    /// between what the report counts and what it seals. Who closed it is
    /// on the audit trail, in the same transaction.
    pub fn close_shift(&self, actor: &Actor) -> Result<ZReport, JournalError> {
        self.write(|tx| {
            let report = close(tx, actor)?;
            audit::append(
                tx,
                "",
                &AuditEntry::new(
                    actor,
                    "shift_closed",
                    serde_json::json!({ "number": report.number, "seal": report.last_hash }),
                ),
            )?;
            Ok(report)
        })
    }
}

fn close(tx: &crate::Tx<'_, '_>, actor: &Actor) -> Result<ZReport, JournalError> {
    let report = tally(tx, Some(actor.name.clone()))?;
    let body = encode(&report)?;
    let (event, _) = tx.append(SHIFT_CLOSED, "", &body)?;
    tx.execute(
        "INSERT INTO shifts (number, closed_at, seq, body) VALUES (?1, ?2, ?3, ?4)",
        params![
            report.number,
            timestamp::format(&report.closed_at),
            event,
            body
        ],
    )?;
    Ok(report)
}

/// The events a closed shift covers: after the one before it sealed, up
/// to its own.
fn shift_bounds(
    conn: &rusqlite::Connection,
    number: u64,
) -> Result<Option<(i64, i64)>, JournalError> {
    Ok(conn
        .query_row(
            "SELECT coalesce((SELECT seq FROM shifts WHERE number = ?1 - 1), 0), seq
             FROM shifts WHERE number = ?1",
            [number],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// A refund belongs to the shift its request was journaled in: events
/// after `?1` up to `?2`.
const IN_SHIFT: &str =
    "(SELECT min(e.seq) FROM events e WHERE e.kind = 'withdrawal' AND e.invoice_id = w.id)
       BETWEEN ?1 + 1 AND ?2";

/// The open shift counted up to now: what closing it would seal.
fn tally(conn: &rusqlite::Connection, closed_by: Option<String>) -> Result<ZReport, JournalError> {
    let (seq, last_hash) = head(conn)?;
    let previous: Option<(u64, String, i64)> = conn
        .query_row(
            "SELECT number, closed_at, seq FROM shifts ORDER BY number DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let opened_at = match &previous {
        Some((_, closed, _)) => timestamp::parse(closed),
        None => conn
            .query_row("SELECT at FROM events ORDER BY seq LIMIT 1", [], |r| {
                r.get::<_, String>(0)
            })
            .optional()?
            .and_then(|t| timestamp::parse(&t)),
    };
    let closed_at = timestamp::now();
    // The events after the previous Z-report, up to this one.
    let after = previous.as_ref().map_or(0, |(_, _, seq)| *seq);
    let mut summary = Summary::default();
    let mut exceptions = Vec::new();
    let mut listed = HashSet::new();
    let mut note = |inv: &counterpay_core::Invoice, listed: &mut HashSet<String>| {
        if let Some(e) = Exception::of(inv) {
            if listed.insert(inv.id.clone()) {
                exceptions.push(e);
            }
        }
    };
    visit_with(conn, CREATED_BY_EVENTS, [after, seq], |inv| {
        summary.add_created(&inv);
        note(&inv, &mut listed);
    })?;
    visit_with(conn, SETTLED_BY_EVENTS, [after, seq], |inv| {
        summary.add_settled(&inv);
        note(&inv, &mut listed);
    })?;
    for (w, inv, prior) in crate::withdrawals::refunds_where(conn, IN_SHIFT, [&after, &seq])? {
        summary.add_refund(&inv, w.amount, prior);
    }
    let report = ZReport {
        number: previous.map_or(1, |(n, _, _)| n + 1),
        opened_at,
        closed_at,
        last_seq: seq,
        last_hash: last_hash.clone(),
        closed_by,
        summary: summary.with_every_status(),
        exceptions,
    };
    Ok(report)
}

impl Journal {
    /// The X-report: the open shift so far, counted in one read and sealed
    /// nowhere. Its number is the one closing it would take.
    pub fn current_shift(&self) -> Result<ZReport, JournalError> {
        let mut conn = self.conn();
        let read = conn.transaction()?;
        tally(&read, None)
    }

    /// Every invoice a closed shift counts, each once: those created in
    /// it, then those created before whose money settled in it.
    pub fn shift_invoices(
        &self,
        number: u64,
        mut f: impl FnMut(counterpay_core::Invoice),
    ) -> Result<bool, JournalError> {
        let conn = self.conn();
        let bounds = shift_bounds(&conn, number)?;
        let Some((after, upto)) = bounds else {
            return Ok(false);
        };
        let mut seen = HashSet::new();
        visit_with(&conn, CREATED_BY_EVENTS, [after, upto], |inv| {
            seen.insert(inv.id.clone());
            f(inv);
        })?;
        visit_with(&conn, SETTLED_BY_EVENTS, [after, upto], |inv| {
            if !seen.contains(&inv.id) {
                f(inv);
            }
        })?;
        Ok(true)
    }

    /// The refunds a closed shift counts; `None` when there is no such shift.
    pub fn shift_refunds(&self, number: u64) -> Result<Option<Vec<Refund>>, JournalError> {
        let conn = self.conn();
        let bounds = shift_bounds(&conn, number)?;
        bounds
            .map(|(after, upto)| {
                crate::withdrawals::refunds_where(&conn, IN_SHIFT, [&after, &upto])
            })
            .transpose()
    }

    /// A closed shift's Z-report.
    pub fn shift(&self, number: u64) -> Result<Option<ZReport>, JournalError> {
        let body: Option<String> = self
            .conn()
            .query_row("SELECT body FROM shifts WHERE number = ?1", [number], |r| {
                r.get(0)
            })
            .optional()?;
        body.as_deref().map(decode).transpose()
    }

    /// Every closed shift's Z-report, the newest first.
    pub fn shifts(&self) -> Result<Vec<ZReport>, JournalError> {
        let conn = self.conn();
        let mut stmt = conn.prepare("SELECT body FROM shifts ORDER BY number DESC")?;
        let bodies = stmt.query_map([], |r| r.get::<_, String>(0))?;
        bodies.map(|b| decode(&b?)).collect()
    }
}

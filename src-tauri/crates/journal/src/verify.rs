//! `journal verify`: recompute the hash chain and the derived state and name
//! the first row that does not fit.

use crate::chain;
use crate::error::JournalError;
use crate::shifts::SHIFT_CLOSED;
use crate::withdrawals::WITHDRAWAL;
use counterpay_core::invoice::timestamp;
use counterpay_core::payout::Withdrawal;
use counterpay_core::shift::ZReport;
use counterpay_core::Invoice;
use rusqlite::{Connection, OptionalExtension};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verified {
    pub events: u64,
    pub invoices: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error("event {seq}: {problem}")]
    Event { seq: i64, problem: String },
    #[error("invoice {id}: {problem}")]
    Invoice { id: String, problem: String },
    #[error("shift {number}: {problem}")]
    Shift { number: i64, problem: String },
    #[error("withdrawal {id}: {problem}")]
    Withdrawal { id: String, problem: String },
    #[error("the journal cannot be read: {0}")]
    Journal(#[from] JournalError),
}

impl From<rusqlite::Error> for VerifyError {
    fn from(e: rusqlite::Error) -> Self {
        VerifyError::Journal(JournalError::Sqlite(e))
    }
}

/// The derived row of an invoice, exactly as the journal writes it.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct DerivedRow {
    pub id: String,
    pub provider: String,
    pub provider_ref: Option<String>,
    pub order_id: String,
    pub status: String,
    pub fiat: String,
    pub amount_fiat: String,
    pub currency: String,
    pub created_at: String,
    pub updated_at: String,
    pub last_seq: i64,
    pub body: String,
    pub paid_at: Option<String>,
    pub cashier: Option<String>,
}

impl DerivedRow {
    pub fn of(inv: &Invoice, last_seq: i64, body: String) -> Self {
        DerivedRow {
            id: inv.id.clone(),
            provider: inv.provider.clone(),
            provider_ref: inv.provider_ref.clone(),
            order_id: inv.order_id.clone(),
            status: inv.status.as_str().to_string(),
            fiat: inv.fiat.clone(),
            amount_fiat: inv.amount_fiat.to_string(),
            currency: inv.currency.clone(),
            created_at: timestamp::format(&inv.created_at),
            updated_at: timestamp::format(&inv.updated_at),
            last_seq,
            body,
            paid_at: inv.paid_at.map(|t| timestamp::format(&t)),
            cashier: inv.cashier.clone(),
        }
    }
}

pub(crate) fn verify(conn: &Connection) -> Result<Verified, VerifyError> {
    let events = verify_chain(conn)?;
    let invoices = verify_derived(conn)?;
    Ok(Verified { events, invoices })
}

fn verify_chain(conn: &Connection) -> Result<u64, VerifyError> {
    let mut stmt = conn.prepare(
        "SELECT seq, at, kind, invoice_id, body, prev_hash, hash FROM events ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    let mut expected_seq = 1i64;
    let mut prev = chain::GENESIS.to_string();
    let mut count = 0u64;
    let mut shifts = 0u64;
    while let Some(r) = rows.next()? {
        let seq: i64 = r.get(0)?;
        let fail = |problem: String| Err(VerifyError::Event { seq, problem });
        if seq != expected_seq {
            return Err(VerifyError::Event {
                seq: expected_seq,
                problem: format!(
                    "missing: the journal jumps from event {} to event {seq} (a row was deleted)",
                    expected_seq - 1
                ),
            });
        }
        let (at, kind, invoice_id, body, prev_hash, hash): (
            String,
            String,
            String,
            String,
            String,
            String,
        ) = (
            r.get(1)?,
            r.get(2)?,
            r.get(3)?,
            r.get(4)?,
            r.get(5)?,
            r.get(6)?,
        );
        if prev_hash != prev {
            return fail(format!(
                "does not follow event {} (its link to the previous event was changed)",
                seq - 1
            ));
        }
        if chain::event_hash(seq, &at, &kind, &invoice_id, &body, &prev_hash) != hash {
            return fail("was edited: its content no longer matches its hash".into());
        }
        if kind == WITHDRAWAL {
            match serde_json::from_str::<Withdrawal>(&body) {
                Ok(w) if w.id == invoice_id => {}
                Ok(w) => {
                    return fail(format!(
                        "names withdrawal {invoice_id} but carries withdrawal {}",
                        w.id
                    ))
                }
                Err(e) => return fail(format!("cannot be read: {e}")),
            }
        } else if kind == SHIFT_CLOSED {
            match serde_json::from_str::<ZReport>(&body) {
                Ok(z) if z.number != shifts + 1 => {
                    return fail(format!(
                        "is Z-report {} but the one before it was {shifts}",
                        z.number
                    ))
                }
                Ok(z) if z.last_seq != seq - 1 || z.last_hash != prev_hash => {
                    return fail(format!(
                        "Z-report {} does not seal the events before it",
                        z.number
                    ))
                }
                Ok(_) => shifts += 1,
                Err(e) => return fail(format!("cannot be read: {e}")),
            }
        } else {
            match serde_json::from_str::<Invoice>(&body) {
                Ok(inv) if inv.id == invoice_id => {}
                Ok(inv) => {
                    return fail(format!(
                        "names invoice {invoice_id} but carries invoice {}",
                        inv.id
                    ))
                }
                Err(e) => return fail(format!("cannot be read: {e}")),
            }
        }
        prev = hash;
        expected_seq += 1;
        count += 1;
    }
    Ok(count)
}

fn verify_derived(conn: &Connection) -> Result<u64, VerifyError> {
    let mut stmt = conn.prepare(
        "SELECT i.id, i.provider, i.provider_ref, i.order_id, i.status, i.fiat, i.amount_fiat,
                i.currency, i.created_at, i.updated_at, i.last_seq, i.body,
                (SELECT max(e.seq) FROM events e WHERE e.invoice_id = i.id) AS seq,
                i.paid_at, i.cashier, i.created_seq, i.settled_seq,
                (SELECT min(e.seq) FROM events e WHERE e.invoice_id = i.id),
                (SELECT min(e.seq) FROM events e WHERE e.invoice_id = i.id
                   AND json_extract(e.body, '$.paid_at') = i.paid_at)
         FROM invoices i ORDER BY i.id",
    )?;
    let mut rows = stmt.query([])?;
    let mut count = 0u64;
    while let Some(r) = rows.next()? {
        let stored = DerivedRow {
            id: r.get(0)?,
            provider: r.get(1)?,
            provider_ref: r.get(2)?,
            order_id: r.get(3)?,
            status: r.get(4)?,
            fiat: r.get(5)?,
            amount_fiat: r.get(6)?,
            currency: r.get(7)?,
            created_at: r.get(8)?,
            updated_at: r.get(9)?,
            last_seq: r.get(10)?,
            body: r.get(11)?,
            paid_at: r.get(13)?,
            cashier: r.get(14)?,
        };
        let id = stored.id.clone();
        let fail = |problem: String| {
            Err(VerifyError::Invoice {
                id: id.clone(),
                problem,
            })
        };
        let Some(last_seq) = r.get::<_, Option<i64>>(12)? else {
            return fail("has no events behind it".into());
        };
        let body: String =
            conn.query_row("SELECT body FROM events WHERE seq = ?1", [last_seq], |r| {
                r.get(0)
            })?;
        let invoice: Invoice = match serde_json::from_str(&body) {
            Ok(inv) => inv,
            Err(e) => return fail(format!("its last event cannot be read: {e}")),
        };
        let seqs: [Option<i64>; 4] = [r.get(15)?, r.get(16)?, r.get(17)?, r.get(18)?];
        if seqs[0] != seqs[2] || seqs[1] != seqs[3] {
            return fail(format!(
                "the events it is counted under were changed (created at event {:?}, settled at {:?})",
                seqs[0], seqs[1]
            ));
        }
        let expected = DerivedRow::of(&invoice, last_seq, body);
        if stored != expected {
            return fail(format!(
                "its current state differs from its events in {}",
                differing_columns(&stored, &expected).join(", ")
            ));
        }
        count += 1;
    }
    verify_shifts(conn)?;
    verify_withdrawals(conn)?;
    let orphan: Option<String> = conn
        .query_row(
            "SELECT invoice_id FROM events WHERE kind NOT IN ('shift_closed', 'withdrawal') AND invoice_id NOT IN (SELECT id FROM invoices) LIMIT 1",
            [],
            |r| r.get(0),
        )
        .ok();
    if let Some(id) = orphan {
        return Err(VerifyError::Invoice {
            id,
            problem: "has events but its current-state row was deleted".into(),
        });
    }
    Ok(count)
}

/// Each withdrawal's row must be its last event's state, and every
/// withdrawal with events must have a row.
fn verify_withdrawals(conn: &Connection) -> Result<(), VerifyError> {
    let mut stmt = conn.prepare(
        "SELECT w.id, w.provider, w.status, w.created_at, w.last_seq, w.body, e.seq, e.body
         FROM withdrawals w
         LEFT JOIN events e ON e.seq = (SELECT max(seq) FROM events
                                        WHERE invoice_id = w.id AND kind = 'withdrawal')
         ORDER BY w.id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let fail = |problem: &str| {
            Err(VerifyError::Withdrawal {
                id: id.clone(),
                problem: problem.to_string(),
            })
        };
        let (last_seq, body, seq, event_body): (i64, String, Option<i64>, Option<String>) =
            (r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?);
        let (Some(seq), Some(event_body)) = (seq, event_body) else {
            return fail("has no events behind it");
        };
        let Ok(w) = serde_json::from_str::<Withdrawal>(&event_body) else {
            return fail("its last event cannot be read");
        };
        let derived = (
            w.provider.as_str(),
            w.status.as_str(),
            timestamp::format(&w.created_at),
        );
        let stored: (String, String, String) = (r.get(1)?, r.get(2)?, r.get(3)?);
        if last_seq != seq
            || body != event_body
            || (stored.0.as_str(), stored.1.as_str(), stored.2) != derived
        {
            return fail("its current state differs from its events");
        }
    }
    let orphan: Option<String> = conn
        .query_row(
            "SELECT invoice_id FROM events WHERE kind = 'withdrawal' AND invoice_id NOT IN (SELECT id FROM withdrawals) LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = orphan {
        return Err(VerifyError::Withdrawal {
            id,
            problem: "has events but its current-state row was deleted".into(),
        });
    }
    Ok(())
}

/// Each closed shift's row must be its event's Z-report, and every
/// Z-report event must have its row.
fn verify_shifts(conn: &Connection) -> Result<(), VerifyError> {
    let mut stmt = conn.prepare(
        "SELECT s.number, s.seq, s.body, e.kind, e.body
         FROM shifts s LEFT JOIN events e ON e.seq = s.seq ORDER BY s.number",
    )?;
    let mut rows = stmt.query([])?;
    let mut count = 0i64;
    while let Some(r) = rows.next()? {
        let number: i64 = r.get(0)?;
        let (body, kind, event_body): (String, Option<String>, Option<String>) =
            (r.get(2)?, r.get(3)?, r.get(4)?);
        if kind.as_deref() != Some(SHIFT_CLOSED) || event_body.as_deref() != Some(body.as_str()) {
            return Err(VerifyError::Shift {
                number,
                problem: "its stored report differs from the one in the journal's events".into(),
            });
        }
        count += 1;
    }
    let events: i64 = conn.query_row(
        "SELECT count(*) FROM events WHERE kind = 'shift_closed'",
        [],
        |r| r.get(0),
    )?;
    if events != count {
        return Err(VerifyError::Shift {
            number: count + 1,
            problem: "its report row was deleted".into(),
        });
    }
    Ok(())
}

fn differing_columns(a: &DerivedRow, b: &DerivedRow) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut check = |name, same: bool| {
        if !same {
            out.push(name)
        }
    };
    check("provider", a.provider == b.provider);
    check("provider_ref", a.provider_ref == b.provider_ref);
    check("order_id", a.order_id == b.order_id);
    check("status", a.status == b.status);
    check("fiat", a.fiat == b.fiat);
    check("amount_fiat", a.amount_fiat == b.amount_fiat);
    check("currency", a.currency == b.currency);
    check("created_at", a.created_at == b.created_at);
    check("updated_at", a.updated_at == b.updated_at);
    check("last_seq", a.last_seq == b.last_seq);
    check("body", a.body == b.body);
    check("paid_at", a.paid_at == b.paid_at);
    check("cashier", a.cashier == b.cashier);
    out
}

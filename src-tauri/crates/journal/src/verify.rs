//! `journal verify`: recompute the hash chain and the derived state and name
//! the first row that does not fit.

use crate::audit::AUDIT;
use crate::chain::{self, Keying};
use crate::config::{Config, ConfigChange};
use crate::error::JournalError;
use crate::shifts::SHIFT_CLOSED;
use crate::staff::STAFF;
use crate::withdrawals::WITHDRAWAL;
use counterpay_core::invoice::timestamp;
use counterpay_core::payout::Withdrawal;
use counterpay_core::shift::ZReport;
use counterpay_core::{AuditEntry, Invoice, StaffRecord};
use rusqlite::{Connection, OptionalExtension};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verified {
    pub events: u64,
    pub invoices: u64,
    /// The first event checked with the till's key, when there is one.
    pub keyed_from: Option<i64>,
}

/// An event the chain must still hold: one recorded off the file (in the
/// keyring, by an owner), by number and hash, or by hash alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub seq: Option<i64>,
    pub hash: String,
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
    #[error("staff member {id}: {problem}")]
    Staff { id: String, problem: String },
    #[error("the shop's configuration differs from its audit trail in {0}: it was changed outside Counterpay")]
    Config(String),
    #[error("{0}")]
    Head(String),
    /// The journal is keyed but the key is not reachable here: nothing
    /// could be checked past the plain part.
    #[error("event {seq} on is keyed, and the key cannot be had here ({why})")]
    NoKey { seq: i64, why: String },
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

pub(crate) fn verify(
    conn: &Connection,
    keying: &Keying,
    keyed_from_hint: Option<i64>,
    expect: &[Head],
) -> Result<Verified, VerifyError> {
    let keyed_from = match keying {
        Keying::Keyed(k) => Some(k.from_seq()),
        _ => None,
    };
    let (events, config) = verify_chain(conn, keying, keyed_from_hint, expect)?;
    let invoices = verify_derived(conn)?;
    verify_staff(conn)?;
    let tables = Config::from_tables(conn)?;
    let differences = config.differences(&tables);
    if !differences.is_empty() {
        return Err(VerifyError::Config(differences.join(", ")));
    }
    Ok(Verified {
        events,
        invoices,
        keyed_from,
    })
}

/// The part of `verify` each process runs before it trusts the tables for
/// anything that moves money, quick enough for every start: no event is
/// missing, the newest recorded off the file is still there, every audit
/// and staff event is authentic (its hash, keyed, still holds), and the
/// configuration and staff tables are what those events say.
pub(crate) fn check_live_state(
    conn: &Connection,
    keying: &Keying,
    keyed_from_hint: Option<i64>,
    recorded: Option<&Head>,
) -> Result<(), VerifyError> {
    let (count, newest): (i64, i64) = conn.query_row(
        "SELECT count(*), coalesce(max(seq), 0) FROM events",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if count != newest {
        return Err(VerifyError::Event {
            seq: newest,
            problem: format!(
                "{} of the events before it are missing (rows were deleted)",
                newest - count
            ),
        });
    }
    if let Some(head) = recorded {
        let held: Option<String> = match head.seq {
            Some(seq) => conn
                .query_row("SELECT hash FROM events WHERE seq = ?1", [seq], |r| {
                    r.get(0)
                })
                .optional()?,
            None => Some(head.hash.clone()),
        };
        if held.as_deref() != Some(head.hash.as_str()) {
            return Err(VerifyError::Head(format!(
                "the journal no longer holds event {} recorded off the file: its newest events were cut off or rewritten",
                head.seq.unwrap_or_default()
            )));
        }
    }
    let mut config = Config::default();
    let mut stmt = conn.prepare(
        "SELECT seq, at, kind, invoice_id, body, prev_hash, hash FROM events
         WHERE kind IN ('audit', 'staff') ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let seq: i64 = r.get(0)?;
        let (at, kind, subject, body, prev, hash): (
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
        let key = key_for(keying, keyed_from_hint, seq)?;
        if chain::event_hash(key, seq, &at, &kind, &subject, &body, &prev) != hash {
            return Err(VerifyError::Event {
                seq,
                problem: "was edited: its content no longer matches its hash".into(),
            });
        }
        if kind == AUDIT {
            let change = serde_json::from_str::<AuditEntry>(&body)
                .ok()
                .and_then(|e| ConfigChange::of(&e));
            if let Some(Ok(change)) = change {
                config
                    .apply(&change)
                    .map_err(|problem| VerifyError::Event { seq, problem })?;
            }
        }
    }
    let differences = config.differences(&Config::from_tables(conn)?);
    if !differences.is_empty() {
        return Err(VerifyError::Config(differences.join(", ")));
    }
    verify_staff(conn)
}

/// The key event `seq` was hashed with, as far as this process can tell.
fn key_for(
    keying: &Keying,
    keyed_from_hint: Option<i64>,
    seq: i64,
) -> Result<Option<&[u8; 32]>, VerifyError> {
    match keying {
        Keying::Keyed(k) => Ok((seq >= k.from_seq()).then_some(k.secret())),
        Keying::Plain | Keying::Unavailable(_) if keyed_from_hint.is_some_and(|f| seq >= f) => {
            Err(VerifyError::NoKey {
                seq,
                why: match keying {
                    Keying::Unavailable(why) => why.clone(),
                    _ => "this journal was opened without one".into(),
                },
            })
        }
        _ => Ok(None),
    }
}

fn verify_chain(
    conn: &Connection,
    keying: &Keying,
    keyed_from_hint: Option<i64>,
    expect: &[Head],
) -> Result<(u64, Config), VerifyError> {
    let mut config = Config::default();
    let by_seq: HashMap<i64, &str> = expect
        .iter()
        .filter_map(|h| h.seq.map(|s| (s, h.hash.as_str())))
        .collect();
    let mut unseen: Vec<&Head> = expect.iter().collect();
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
        let key = key_for(keying, keyed_from_hint, seq)?;
        if chain::event_hash(key, seq, &at, &kind, &invoice_id, &body, &prev_hash) != hash {
            return fail("was edited: its content no longer matches its hash".into());
        }
        if let Some(expected) = by_seq.get(&seq) {
            if *expected != hash {
                return fail(format!(
                    "is not the event recorded off this file (hash {expected}): the history was rewritten"
                ));
            }
        }
        unseen.retain(|h| h.hash != hash);
        if kind == AUDIT {
            match serde_json::from_str::<AuditEntry>(&body) {
                Ok(entry) => {
                    if let Some(change) = ConfigChange::of(&entry) {
                        let applied = change.and_then(|c| config.apply(&c));
                        if let Err(e) = applied {
                            return fail(format!("records a change that cannot be read: {e}"));
                        }
                    }
                }
                Err(e) => return fail(format!("cannot be read: {e}")),
            }
        } else if kind == STAFF {
            match serde_json::from_str::<StaffRecord>(&body) {
                Ok(r) if r.id == invoice_id => {}
                Ok(r) => {
                    return fail(format!(
                        "names staff member {invoice_id} but carries {}",
                        r.id
                    ))
                }
                Err(e) => return fail(format!("cannot be read: {e}")),
            }
        } else if kind == WITHDRAWAL {
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
    if let Some(missing) = unseen.first() {
        let at = missing
            .seq
            .map(|s| format!("event {s}"))
            .unwrap_or_else(|| "an event".into());
        return Err(VerifyError::Head(format!(
            "the journal no longer holds {at} with hash {}: its newest events were cut off or rewritten (it ends at event {})",
            missing.hash,
            expected_seq - 1
        )));
    }
    Ok((count, config))
}

/// Each row of a table derived from one kind of event must be its last
/// event's record (the body, and the columns copied from it), and every
/// subject with such events must have a row.
fn verify_records<T: serde::de::DeserializeOwned>(
    conn: &Connection,
    table: &str,
    kind: &str,
    columns: &[&str],
    copied: impl Fn(&T) -> Vec<String>,
    fail: impl Fn(String, &str) -> VerifyError,
) -> Result<(), VerifyError> {
    let cols: String = columns
        .iter()
        .map(|c| format!(", CAST(t.{c} AS TEXT)"))
        .collect();
    let mut stmt = conn.prepare(&format!(
        "SELECT t.id, t.last_seq, t.body, e.seq, e.body{cols}
         FROM {table} t
         LEFT JOIN events e ON e.seq = (SELECT max(seq) FROM events
                                        WHERE invoice_id = t.id AND kind = '{kind}')
         ORDER BY t.id"
    ))?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let (last_seq, body, seq, event_body): (i64, String, Option<i64>, Option<String>) =
            (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?);
        let (Some(seq), Some(event_body)) = (seq, event_body) else {
            return Err(fail(id, "has no events behind it"));
        };
        let Ok(record) = serde_json::from_str::<T>(&event_body) else {
            return Err(fail(id, "its last event cannot be read"));
        };
        let stored = (0..columns.len())
            .map(|i| r.get::<_, String>(5 + i))
            .collect::<Result<Vec<_>, _>>()?;
        if last_seq != seq || body != event_body || stored != copied(&record) {
            return Err(fail(
                id,
                "its current state differs from its events: it was changed outside Counterpay",
            ));
        }
    }
    let orphan: Option<String> = conn
        .query_row(
            &format!(
                "SELECT invoice_id FROM events WHERE kind = '{kind}'
                   AND invoice_id NOT IN (SELECT id FROM {table}) LIMIT 1"
            ),
            [],
            |r| r.get(0),
        )
        .optional()?;
    match orphan {
        Some(id) => Err(fail(id, "has events but its current-state row was deleted")),
        None => Ok(()),
    }
}

fn verify_staff(conn: &Connection) -> Result<(), VerifyError> {
    verify_records(
        conn,
        "staff",
        STAFF,
        &["name", "role", "active"],
        |r: &StaffRecord| {
            vec![
                r.name.clone(),
                r.role.as_str().into(),
                u8::from(r.is_active()).to_string(),
            ]
        },
        |id, problem| VerifyError::Staff {
            id,
            problem: problem.into(),
        },
    )
}

fn verify_withdrawals(conn: &Connection) -> Result<(), VerifyError> {
    verify_records(
        conn,
        "withdrawals",
        WITHDRAWAL,
        &["provider", "status", "created_at"],
        |w: &Withdrawal| {
            vec![
                w.provider.clone(),
                w.status.as_str().into(),
                timestamp::format(&w.created_at),
            ]
        },
        |id, problem| VerifyError::Withdrawal {
            id,
            problem: problem.into(),
        },
    )
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
            "SELECT invoice_id FROM events WHERE kind IN ('intent', 'created', 'adopted', 'updated', 'failed')
               AND invoice_id NOT IN (SELECT id FROM invoices) LIMIT 1",
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

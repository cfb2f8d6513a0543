//! `journal verify`: recompute the hash chain and the derived state and name
//! the first row that does not fit.
//!
//! The events are walked in ranges side by side, one per core (`walk`):
//! links, hashes, each event's content and, as each invoice's last event
//! comes up, that invoice's row (`invoices`). `join` puts together what only
//! the whole chain can tell; the few withdrawals, shifts and staff records
//! are checked after it (`records`).

mod invoices;
mod join;
mod records;
#[cfg(test)]
mod tests;
mod walk;

use crate::audit::AUDIT;
use crate::chain::{self, Keying};
use crate::config::{Config, ConfigChange};
use crate::error::JournalError;
use counterpay_core::AuditEntry;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::collections::BTreeSet;
use std::ops::RangeInclusive;
use std::path::Path;
use std::sync::atomic::AtomicI64;

pub(crate) use invoices::DerivedRow;

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

/// How the walk is split: into at most `parts` ranges of at least
/// `events_per_part` events.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Split {
    pub parts: usize,
    pub events_per_part: i64,
}

impl Split {
    /// One part per core, up to four; a part is not worth a thread below
    /// 50,000 events.
    pub fn here() -> Split {
        Split {
            parts: std::thread::available_parallelism().map_or(1, |n| n.get().min(4)),
            events_per_part: 50_000,
        }
    }
}

/// Walks the events in parts, one per core, each on a connection of its
/// own but all in read transactions that see the same journal; then joins
/// what the parts saw and checks the derived tables in that same view.
pub(crate) fn verify(
    conn: &Connection,
    path: &Path,
    keying: &Keying,
    keyed_from_hint: Option<i64>,
    expect: &[Head],
    split: Split,
) -> Result<Verified, VerifyError> {
    let keyed_from = match keying {
        Keying::Keyed(k) => Some(k.from_seq()),
        _ => None,
    };
    let (tx, helpers, upto) = snapshots(conn, path, split)?;
    let ranges = ranges(upto, helpers.len() + 1);
    let walk = walk::Walk {
        keying,
        keyed_from_hint,
        expect,
        stop: AtomicI64::new(i64::MAX),
    };
    let parts = std::thread::scope(|s| {
        let others: Vec<_> = helpers
            .into_iter()
            .zip(ranges[1..].iter().cloned())
            .map(|(helper, range)| {
                let walk = &walk;
                s.spawn(move || walk.part(&helper, range))
            })
            .collect();
        let mut parts = vec![walk.part(&tx, ranges[0].clone())];
        for other in others {
            parts.push(
                other
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            );
        }
        parts
    });
    let whole = join::join(parts, expect)?;
    let invoices = invoices::Invoices::finish(whole.invoices, &tx)?;
    records::verify_shifts(&tx, whole.shifts)?;
    records::verify_withdrawals(&tx, &whole.withdrawals)?;
    records::verify_staff(&tx, &whole.staff)?;
    let differences = whole.config.differences(&Config::from_tables(&tx)?);
    if !differences.is_empty() {
        return Err(VerifyError::Config(differences.join(", ")));
    }
    Ok(Verified {
        events: whole.events,
        invoices,
        keyed_from,
    })
}

/// A read transaction on `conn`, and up to `split.parts - 1` more connections to
/// the same file in read transactions that see the same journal: the same
/// newest event (every change to what verify reads appends an event). A
/// till writing at that very moment can make them differ; then they are
/// taken again, and after a few tries the walk is made in one part.
fn snapshots<'c>(
    conn: &'c Connection,
    path: &Path,
    split: Split,
) -> Result<(rusqlite::Transaction<'c>, Vec<Connection>, i64), VerifyError> {
    let newest = |c: &Connection| -> rusqlite::Result<i64> {
        c.query_row("SELECT coalesce(max(seq), 0) FROM events", [], |r| r.get(0))
    };
    for _ in 0..5 {
        let tx = conn.unchecked_transaction()?;
        let upto = newest(&tx)?;
        let wanted = (split.parts.max(1) - 1).min((upto / split.events_per_part.max(1)) as usize);
        let mut helpers = Vec::with_capacity(wanted);
        while helpers.len() < wanted {
            let helper = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            helper.pragma_update(None, "mmap_size", crate::MMAP_SIZE)?;
            helper.execute_batch("BEGIN")?;
            if newest(&helper)? != upto {
                break;
            }
            helpers.push(helper);
        }
        if helpers.len() == wanted {
            return Ok((tx, helpers, upto));
        }
        drop((helpers, tx));
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let tx = conn.unchecked_transaction()?;
    let upto = newest(&tx)?;
    Ok((tx, Vec::new(), upto))
}

/// Events 1 to `upto` in `parts` ranges of about the same length.
fn ranges(upto: i64, parts: usize) -> Vec<RangeInclusive<i64>> {
    let each = upto / parts as i64;
    (0..parts as i64)
        .map(|i| {
            let end = if i + 1 == parts as i64 {
                upto
            } else {
                (i + 1) * each
            };
            i * each + 1..=end
        })
        .collect()
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
    let mut staff = BTreeSet::new();
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
        if chain::event_hash(key, seq, &at, &kind, &subject, body.as_bytes(), &prev) != hash {
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
        } else {
            staff.insert(subject);
        }
    }
    let differences = config.differences(&Config::from_tables(conn)?);
    if !differences.is_empty() {
        return Err(VerifyError::Config(differences.join(", ")));
    }
    records::verify_staff(conn, &staff)
}

/// The key event `seq` was hashed with, as far as this process can tell.
pub(crate) fn key_for(
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

/// A column of the row as bytes, borrowed and not checked for UTF-8:
/// hashing and parsing take bytes.
pub(crate) fn bytes<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r [u8]> {
    r.get_ref(i)?.as_bytes().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into())
    })
}

/// A column of the row as text, borrowed rather than copied.
pub(crate) fn text<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    r.get_ref(i)?.as_str().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into())
    })
}

//! One part of the walk over the events, a range of them in order on a
//! connection of its own: each event follows the one before it and its
//! hash (keyed from the key's first event) still holds; each body is
//! readable as what its kind says and names its subject; Z-reports seal
//! what came before them; each invoice's events go to the invoice check
//! with its row beside them. What only the whole chain can tell (the links
//! between parts, the configuration replayed from the start, Z-report
//! numbers) is collected for `join`.

use super::invoices::{self, Invoices, ROW_COLUMNS};
use super::{bytes, key_for, text, Head, VerifyError};
use crate::audit::AUDIT;
use crate::chain::{self, Keying};
use crate::config::ConfigChange;
use crate::shifts::SHIFT_CLOSED;
use crate::staff::STAFF;
use crate::withdrawals::WITHDRAWAL;
use crate::INVOICE_KINDS;
use counterpay_core::payout::Withdrawal;
use counterpay_core::shift::ZReport;
use counterpay_core::{AuditEntry, StaffRecord};
use rusqlite::Connection;
use std::collections::BTreeSet;
use std::ops::RangeInclusive;
use std::sync::atomic::{AtomicI64, Ordering};

/// What the walk takes along: how events are keyed, the heads that must
/// be found, and the first event found wrong so far.
pub(super) struct Walk<'a> {
    pub keying: &'a Keying,
    pub keyed_from_hint: Option<i64>,
    pub expect: &'a [Head],
    pub stop: AtomicI64,
}

/// The fields of an event its content is checked on.
#[derive(Clone, Copy)]
struct Event<'r> {
    seq: i64,
    kind: &'r str,
    subject: &'r str,
    body: &'r [u8],
    prev_hash: &'r str,
}

/// What one part saw.
pub(super) struct Part {
    pub range: RangeInclusive<i64>,
    /// The newest event read, and its hash; the first one's link back.
    pub last: Option<(i64, String)>,
    pub first_prev: Option<String>,
    /// Whether it stopped early because a problem was found before.
    pub stopped: bool,
    pub events: u64,
    pub changes: Vec<(i64, ConfigChange)>,
    pub zreports: Vec<(i64, u64)>,
    pub withdrawals: BTreeSet<String>,
    pub staff: BTreeSet<String>,
    /// Which of `expect` this part holds.
    pub heads: Vec<bool>,
    pub invoices: Invoices,
}

impl Walk<'_> {
    /// The first event found wrong, for the other parts to stop after.
    fn found(&self, seq: i64) {
        self.stop.fetch_min(seq, Ordering::Relaxed);
    }

    /// Walks the events in `range` (which must all be there).
    pub(super) fn part(
        &self,
        conn: &Connection,
        range: RangeInclusive<i64>,
    ) -> Result<Part, VerifyError> {
        let result = self.walk(conn, range);
        if let Err(VerifyError::Event { seq, .. } | VerifyError::NoKey { seq, .. }) = &result {
            self.found(*seq);
        }
        result
    }

    fn walk(&self, conn: &Connection, range: RangeInclusive<i64>) -> Result<Part, VerifyError> {
        let mut part = Part {
            range: range.clone(),
            last: None,
            first_prev: None,
            stopped: false,
            events: 0,
            changes: Vec::new(),
            zreports: Vec::new(),
            withdrawals: BTreeSet::new(),
            staff: BTreeSet::new(),
            heads: vec![false; self.expect.len()],
            invoices: Invoices::new(*range.start()),
        };
        let mut stmt = conn.prepare(&format!(
            "SELECT e.seq, e.at, e.kind, e.invoice_id, e.body, e.prev_hash, e.hash, {ROW_COLUMNS}
             FROM events e LEFT JOIN invoices i ON i.id = e.invoice_id AND e.kind IN ({kinds})
             WHERE e.seq BETWEEN ?1 AND ?2 ORDER BY e.seq",
            kinds = invoices::kinds_sql()
        ))?;
        let mut rows = stmt.query([range.start(), range.end()])?;
        let mut expected_seq = *range.start();
        while let Some(r) = rows.next()? {
            let seq: i64 = r.get(0)?;
            if seq > self.stop.load(Ordering::Relaxed) {
                part.stopped = true;
                break;
            }
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
            let (at, kind, subject, body, prev_hash, hash) = (
                text(r, 1)?,
                text(r, 2)?,
                text(r, 3)?,
                bytes(r, 4)?,
                text(r, 5)?,
                text(r, 6)?,
            );
            match &part.last {
                Some((_, prev)) if prev != prev_hash => {
                    return fail(format!(
                        "does not follow event {} (its link to the previous event was changed)",
                        seq - 1
                    ))
                }
                None if seq == 1 && prev_hash != chain::GENESIS => {
                    return fail("does not start the chain (its link was changed)".into())
                }
                None => part.first_prev = Some(prev_hash.to_string()),
                Some(_) => {}
            }
            let key = key_for(self.keying, self.keyed_from_hint, seq)?;
            if chain::event_hash(key, seq, at, kind, subject, body, prev_hash) != hash {
                return fail("was edited: its content no longer matches its hash".into());
            }
            for (i, head) in self.expect.iter().enumerate() {
                match head.seq {
                    Some(s) if s == seq && head.hash != hash => {
                        return fail(format!(
                            "is not the event recorded off this file (hash {}): the history was rewritten",
                            head.hash
                        ))
                    }
                    Some(s) if s != seq => {}
                    _ => part.heads[i] |= head.hash == hash,
                }
            }
            let event = Event {
                seq,
                kind,
                subject,
                body,
                prev_hash,
            };
            self.content(&mut part, &event, r)?;
            part.last = Some((seq, hash.to_string()));
            part.events += 1;
            expected_seq += 1;
        }
        Ok(part)
    }

    /// The event's body, by its kind; `r` is its row, with its invoice's.
    fn content(
        &self,
        part: &mut Part,
        event: &Event<'_>,
        r: &rusqlite::Row<'_>,
    ) -> Result<(), VerifyError> {
        let Event {
            seq,
            kind,
            subject,
            body,
            prev_hash,
        } = *event;
        let fail = |problem: String| Err(VerifyError::Event { seq, problem });
        if kind == AUDIT {
            match serde_json::from_slice::<AuditEntry>(body) {
                Ok(entry) => match ConfigChange::of(&entry) {
                    Some(Ok(change)) => part.changes.push((seq, change)),
                    Some(Err(e)) => {
                        return fail(format!("records a change that cannot be read: {e}"))
                    }
                    None => {}
                },
                Err(e) => return fail(format!("cannot be read: {e}")),
            }
        } else if kind == STAFF {
            match serde_json::from_slice::<StaffRecord>(body) {
                Ok(r) if r.id == subject => {
                    part.staff.insert(r.id);
                }
                Ok(r) => return fail(format!("names staff member {subject} but carries {}", r.id)),
                Err(e) => return fail(format!("cannot be read: {e}")),
            }
        } else if kind == WITHDRAWAL {
            match serde_json::from_slice::<Withdrawal>(body) {
                Ok(w) if w.id == subject => {
                    part.withdrawals.insert(w.id);
                }
                Ok(w) => {
                    return fail(format!(
                        "names withdrawal {subject} but carries withdrawal {}",
                        w.id
                    ))
                }
                Err(e) => return fail(format!("cannot be read: {e}")),
            }
        } else if kind == SHIFT_CLOSED {
            match serde_json::from_slice::<ZReport>(body) {
                Ok(z) if z.last_seq != seq - 1 || z.last_hash != prev_hash => {
                    return fail(format!(
                        "Z-report {} does not seal the events before it",
                        z.number
                    ))
                }
                Ok(z) => part.zreports.push((seq, z.number)),
                Err(e) => return fail(format!("cannot be read: {e}")),
            }
        } else if INVOICE_KINDS.contains(&kind) {
            part.invoices.event(seq, subject, body, r, 7)?;
        } else {
            return fail(format!("is of a kind this version does not know ({kind})"));
        }
        Ok(())
    }
}

//! The few records derived from their own kinds of event: withdrawals,
//! staff and closed shifts. Each row must be its last event's record, and
//! each subject the chain holds events for must have its row.

use super::VerifyError;
use crate::shifts::SHIFT_CLOSED;
use crate::staff::STAFF;
use crate::withdrawals::WITHDRAWAL;
use counterpay_core::invoice::timestamp;
use counterpay_core::payout::Withdrawal;
use counterpay_core::StaffRecord;
use rusqlite::Connection;
use std::collections::BTreeSet;

/// Each row of a table derived from one kind of event must be its last
/// event's record (the body, and the columns copied from it), and every
/// subject the chain holds such events for must have a row.
fn verify_records<T: serde::de::DeserializeOwned>(
    conn: &Connection,
    table: &str,
    kind: &str,
    columns: &[&str],
    subjects: &BTreeSet<String>,
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
    let mut with_rows = BTreeSet::new();
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
        with_rows.insert(id);
    }
    match subjects.difference(&with_rows).next() {
        Some(id) => Err(fail(
            id.clone(),
            "has events but its current-state row was deleted",
        )),
        None => Ok(()),
    }
}

pub(super) fn verify_staff(
    conn: &Connection,
    subjects: &BTreeSet<String>,
) -> Result<(), VerifyError> {
    verify_records(
        conn,
        "staff",
        STAFF,
        &["name", "role", "active"],
        subjects,
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

pub(super) fn verify_withdrawals(
    conn: &Connection,
    subjects: &BTreeSet<String>,
) -> Result<(), VerifyError> {
    verify_records(
        conn,
        "withdrawals",
        WITHDRAWAL,
        &["provider", "status", "created_at"],
        subjects,
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

/// Each closed shift's row must be its event's Z-report, and every
/// Z-report event must have its row.
pub(super) fn verify_shifts(conn: &Connection, events: u64) -> Result<(), VerifyError> {
    let mut stmt = conn.prepare(
        "SELECT s.number, s.seq, s.body, e.kind, e.body
         FROM shifts s LEFT JOIN events e ON e.seq = s.seq ORDER BY s.number",
    )?;
    let mut rows = stmt.query([])?;
    let mut count = 0u64;
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
    if events != count {
        return Err(VerifyError::Shift {
            number: count as i64 + 1,
            problem: "its report row was deleted".into(),
        });
    }
    Ok(())
}

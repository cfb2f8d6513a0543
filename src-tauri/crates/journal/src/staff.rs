//! Staff in the journal: each change to a person (added, PIN changed,
//! removed) is a `staff` event carrying their record, with the current
//! record beside it, and an audit entry saying who made the change.

use crate::{audit, decode, encode, Journal, JournalError, Tx};
use counterpay_core::{AuditEntry, Role, StaffRecord};
use rusqlite::{params, OptionalExtension};

pub(crate) const STAFF: &str = "staff";

pub(crate) fn new_staff_id() -> String {
    format!("S{}", counterpay_core::till::new_id())
}

/// Writes a person's new record and the audit entry for it; a second
/// active person of the same name, or a second owner, is refused.
pub(crate) fn save(
    tx: &Tx<'_, '_>,
    record: &StaffRecord,
    entry: &AuditEntry,
) -> Result<(), JournalError> {
    if record.is_active() {
        let clash: Option<String> = tx
            .query_row(
                "SELECT name FROM staff WHERE active = 1 AND id <> ?1
                   AND (name = ?2 COLLATE NOCASE OR (role = 'owner' AND ?3 = 'owner'))",
                params![record.id, record.name, record.role.as_str()],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(name) = clash {
            return Err(JournalError::Invalid(
                if name.eq_ignore_ascii_case(&record.name) {
                    format!("{name} is already on the staff; pick another name")
                } else {
                    format!("{name} is the owner already; a till has one owner")
                },
            ));
        }
    }
    let body = encode(record)?;
    let (seq, _) = tx.append(STAFF, &record.id, &body)?;
    tx.execute(
        "INSERT INTO staff (id, name, role, active, last_seq, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role,
           active = excluded.active, last_seq = excluded.last_seq, body = excluded.body",
        params![
            record.id,
            record.name,
            record.role.as_str(),
            record.is_active(),
            seq,
            body
        ],
    )?;
    audit::append(tx, &audit::person(&record.id), entry)?;
    Ok(())
}

impl Journal {
    /// Journals a person's new record with the audit entry for it.
    pub fn save_staff(&self, record: &StaffRecord, entry: &AuditEntry) -> Result<(), JournalError> {
        self.write(|tx| save(tx, record, entry))
    }

    /// A fresh id for a new person.
    pub fn new_staff_id(&self) -> String {
        new_staff_id()
    }

    /// Everyone on the staff now: the owner first, then managers, then
    /// cashiers, each by name.
    pub fn staff(&self) -> Result<Vec<StaffRecord>, JournalError> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT body FROM staff WHERE active = 1
             ORDER BY CASE role WHEN 'owner' THEN 0 WHEN 'manager' THEN 1 ELSE 2 END,
                      name COLLATE NOCASE",
        )?;
        let bodies = stmt.query_map([], |r| r.get::<_, String>(0))?;
        bodies.map(|b| decode(&b?)).collect()
    }

    /// A person by id, removed or not.
    pub fn staff_member(&self, id: &str) -> Result<Option<StaffRecord>, JournalError> {
        self.staff_where("id = ?1", id)
    }

    /// An active person by name, in any case.
    pub fn staff_named(&self, name: &str) -> Result<Option<StaffRecord>, JournalError> {
        self.staff_where("active = 1 AND name = ?1 COLLATE NOCASE", name.trim())
    }

    pub fn owner(&self) -> Result<Option<StaffRecord>, JournalError> {
        self.staff_where("active = 1 AND role = ?1", Role::Owner.as_str())
    }

    fn staff_where(&self, condition: &str, arg: &str) -> Result<Option<StaffRecord>, JournalError> {
        let body: Option<String> = self
            .conn()
            .query_row(
                &format!("SELECT body FROM staff WHERE {condition}"),
                [arg],
                |r| r.get(0),
            )
            .optional()?;
        body.as_deref().map(decode).transpose()
    }

    /// Whether a person's current record is exactly the one their newest
    /// event carries, with that event's hash in the chain as the key makes
    /// it: a PIN hash swapped in the table or the event, or a row pointed
    /// back at an older record, shows here, at the moment it would be used,
    /// not only at the next `journal verify`.
    pub fn staff_record_is_sealed(&self, record: &StaffRecord) -> Result<bool, JournalError> {
        let conn = self.conn();
        let row: Option<(String, i64, String, String, bool, Option<i64>)> = conn
            .query_row(
                "SELECT body, last_seq, name, role, active,
                        (SELECT max(seq) FROM events WHERE kind = 'staff' AND invoice_id = ?1)
                 FROM staff WHERE id = ?1",
                [&record.id],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ))
                },
            )
            .optional()?;
        let Some((body, seq, name, role, active, newest)) = row else {
            return Ok(false);
        };
        if newest != Some(seq)
            || name != record.name
            || role != record.role.as_str()
            || active != record.is_active()
        {
            return Ok(false);
        }
        let event: Option<(String, String, String, String, String, String)> = conn
            .query_row(
                "SELECT at, kind, invoice_id, body, prev_hash, hash FROM events WHERE seq = ?1",
                [seq],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ))
                },
            )
            .optional()?;
        let Some((at, kind, subject, event_body, prev, hash)) = event else {
            return Ok(false);
        };
        let keying = self.keying();
        let key = match &keying {
            crate::Keying::Keyed(k) if seq >= k.from_seq() => Some(k.secret()),
            crate::Keying::Unavailable(why) => return Err(JournalError::Key(why.clone())),
            _ => None,
        };
        let recomputed =
            crate::chain::event_hash(key, seq, &at, &kind, &subject, event_body.as_bytes(), &prev);
        Ok(kind == STAFF
            && subject == record.id
            && event_body == body
            && decode::<StaffRecord>(&body).is_ok_and(|r| r == *record)
            && recomputed == hash)
    }
}

//! Staff in the journal: each change to a person (added, PIN changed,
//! removed) is a `staff` event carrying their record, with the current
//! record beside it, and an audit entry saying who made the change.

use crate::{audit, decode, encode, Journal, JournalError, Tx};
use counterpay_core::said;
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
            return Err(if name.eq_ignore_ascii_case(&record.name) {
                said!(
                    "error-staff-name-taken",
                    "{name} is already on the staff; pick another name",
                    name = name
                )
            } else {
                said!(
                    "error-owner-exists",
                    "{name} is the owner already; a till has one owner",
                    name = name
                )
            }
            .into());
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
}

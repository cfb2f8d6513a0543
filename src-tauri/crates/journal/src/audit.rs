//! The audit trail in the journal: entries are events of kind `audit`, in
//! the same hash chain as sales. Entries about a person (sign-ins, wrong
//! PINs, lockouts, changes to them) are filed under `staff:<id>`, so their
//! PIN history is read from the chain itself: nobody can lift a lockout by
//! editing a counter.

use crate::config::{self, ConfigChange};
use crate::staff;
use crate::withdrawals;
use crate::{decode, encode, Journal, JournalError, Tx};
use chrono::{DateTime, Utc};
use counterpay_core::invoice::timestamp;
use counterpay_core::{Actor, AuditEntry, ProviderConfig, Role, StaffRecord};
use rusqlite::OptionalExtension;

pub(crate) const AUDIT: &str = "audit";
/// The subject of the entry that marks the adoption of an older version's
/// configuration done.
const ADOPTED: &str = "config:adopted";

/// Audit entries that end a run of wrong PINs.
const PIN_RESETS: &[&str] = &[
    "signed_in",
    "pin_accepted",
    "pin_changed",
    "staff_added",
    "owner_pin_reset",
];

pub(crate) fn append(
    tx: &Tx<'_, '_>,
    subject: &str,
    entry: &AuditEntry,
) -> Result<i64, JournalError> {
    Ok(tx.append(AUDIT, subject, &encode(entry)?)?.0)
}

/// The subject a person's entries are filed under.
pub(crate) fn person(staff_id: &str) -> String {
    format!("staff:{staff_id}")
}

/// A person's wrong PINs since they last got it right, and the lockout
/// those earned, if any.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PinHistory {
    pub failures: u32,
    /// The newest `locked_out` entry of the run.
    pub lockout: Option<AuditEntry>,
}

fn pin_history(conn: &rusqlite::Connection, staff_id: &str) -> Result<PinHistory, JournalError> {
    let mut stmt = conn.prepare_cached(
        "SELECT body FROM events WHERE invoice_id = ?1 AND kind = 'audit' ORDER BY seq DESC",
    )?;
    let mut rows = stmt.query([person(staff_id)])?;
    let mut history = PinHistory::default();
    while let Some(row) = rows.next()? {
        let entry: AuditEntry = decode(
            row.get_ref(0)?
                .as_str()
                .map_err(|e| JournalError::Corrupt(e.to_string()))?,
        )?;
        match entry.action.as_str() {
            a if PIN_RESETS.contains(&a) => break,
            "pin_failed" => history.failures += 1,
            "locked_out" if history.lockout.is_none() => history.lockout = Some(entry),
            _ => {}
        }
    }
    Ok(history)
}

impl Journal {
    /// Records a lone entry (a sign-in, an export, an update).
    pub fn record_audit(&self, subject: &str, entry: &AuditEntry) -> Result<(), JournalError> {
        self.write(|tx| append(tx, subject, entry).map(drop))
    }

    /// A person's entry: a sign-in or a right PIN after wrong ones.
    pub fn record_person(&self, staff_id: &str, entry: &AuditEntry) -> Result<(), JournalError> {
        self.record_audit(&person(staff_id), entry)
    }

    /// The newest entry filed under `subject`.
    pub fn latest_audit(&self, subject: &str) -> Result<Option<AuditEntry>, JournalError> {
        let conn = self.conn();
        let body: Option<String> = conn
            .query_row(
                "SELECT body FROM events WHERE invoice_id = ?1 AND kind = 'audit'
                 ORDER BY seq DESC LIMIT 1",
                [subject],
                |r| r.get(0),
            )
            .optional()?;
        body.map(|b| decode(&b)).transpose()
    }

    pub fn pin_history(&self, staff_id: &str) -> Result<PinHistory, JournalError> {
        pin_history(&self.conn(), staff_id)
    }

    /// Records a wrong PIN and, when `lockout` says the run of failures
    /// now earns one, the lockout: counted and decided in one transaction,
    /// so processes trying PINs side by side cannot both slip under the
    /// limit. Returns the failures in the run and the lockout written.
    pub fn record_pin_failure(
        &self,
        staff_id: &str,
        failed: &AuditEntry,
        lockout: impl FnOnce(u32) -> Option<AuditEntry>,
    ) -> Result<(u32, Option<AuditEntry>), JournalError> {
        self.write(|tx| {
            let failures = pin_history(tx, staff_id)?.failures + 1;
            let mut entry = failed.clone();
            if let serde_json::Value::Object(map) = &mut entry.details {
                map.insert("failures".into(), failures.into());
            }
            append(tx, &person(staff_id), &entry)?;
            let locked = lockout(failures);
            if let Some(l) = &locked {
                append(tx, &person(staff_id), l)?;
            }
            Ok((failures, locked))
        })
    }

    /// Every audit entry journaled in `[from, to)`, oldest first.
    pub fn audit_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<AuditEntry>, JournalError> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT body FROM events WHERE kind = 'audit' AND at >= ?1 AND at < ?2 ORDER BY seq",
        )?;
        let bodies = stmt.query_map([timestamp::format(&from), timestamp::format(&to)], |r| {
            r.get::<_, String>(0)
        })?;
        bodies.map(|b| decode(&b?)).collect()
    }

    /// Puts what an older version left outside the chain (settings,
    /// providers, payout addresses, the owner's PIN) on the audit trail,
    /// once, so that from now on all of it is derived from the chain. The
    /// till calls it only while it has no key yet, before making one: the
    /// adoption then sits in the plain part of the chain, which the first
    /// keyed event seals, and nothing planted in the tables later can ever
    /// be adopted. Its last entry marks it done.
    pub fn adopt_legacy_config(&self) -> Result<(), JournalError> {
        self.write(|tx| {
            let done: bool = tx.query_row(
                "SELECT count(*) > 0 FROM events WHERE kind = 'audit' AND invoice_id = ?1",
                [ADOPTED],
                |r| r.get(0),
            )?;
            if done {
                return Ok(());
            }
            let actor = Actor::upgrade();
            let mut changes = Vec::new();
            {
                let mut stmt = tx.prepare(
                    "SELECT key, value FROM settings WHERE key NOT LIKE 'owner.%' ORDER BY key",
                )?;
                for row in stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))? {
                    let (key, value) = row?;
                    changes.push(ConfigChange::Setting {
                        key,
                        value,
                        previous: None,
                    });
                }
            }
            for p in crate::providers::read_providers(tx)? {
                changes.push(ConfigChange::ProviderAdded(p));
            }
            {
                let mut stmt = tx.prepare(&format!("{} ORDER BY id", withdrawals::ADDRESS))?;
                for row in stmt.query_map([], withdrawals::address)? {
                    changes.push(ConfigChange::AddressAdded(row?));
                }
            }
            for change in &changes {
                config::record(tx, change, &actor)?;
            }
            let owner_hash: Option<String> = tx
                .query_row(
                    "SELECT value FROM settings WHERE key = 'owner.pin_hash'",
                    [],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(pin_hash) = owner_hash {
                let owner = StaffRecord {
                    id: staff::new_staff_id(),
                    name: "Owner".into(),
                    role: Role::Owner,
                    pin_hash,
                    peppered: false,
                    added_at: timestamp::now(),
                    removed_at: None,
                };
                let entry = AuditEntry::new(
                    &actor,
                    "staff_added",
                    serde_json::json!({ "id": owner.id, "name": owner.name, "role": "owner",
                                        "note": "the owner PIN set before staff accounts" }),
                );
                staff::save(tx, &owner, &entry)?;
            }
            tx.execute("DELETE FROM settings WHERE key LIKE 'owner.%'", [])?;
            append(
                tx,
                ADOPTED,
                &AuditEntry::new(&actor, "config_adopted", serde_json::json!({})),
            )?;
            Ok(())
        })
    }

    /// Changes one setting (already checked by the caller).
    pub fn set_setting(&self, key: &str, value: &str, actor: &Actor) -> Result<(), JournalError> {
        self.write(|tx| {
            let previous: Option<String> = tx
                .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                    r.get(0)
                })
                .optional()?;
            if previous.as_deref() == Some(value) {
                return Ok(());
            }
            let change = ConfigChange::Setting {
                key: key.to_string(),
                value: value.to_string(),
                previous,
            };
            config::record(tx, &change, actor)
        })
    }

    /// Adds a provider under a fresh id; a name in use is refused.
    pub fn add_provider(
        &self,
        p: &ProviderConfig,
        actor: &Actor,
    ) -> Result<ProviderConfig, JournalError> {
        counterpay_core::provider::check_provider_name(&p.name)?;
        self.write(|tx| {
            let taken: bool = tx.query_row(
                "SELECT count(*) > 0 FROM providers WHERE name = ?1",
                [&p.name],
                |r| r.get(0),
            )?;
            if taken {
                return Err(counterpay_core::said!(
                    "error-provider-taken",
                    "a provider named {name} exists already; remove it first or pick another name",
                    name = &p.name
                )
                .into());
            }
            let mut added = p.clone();
            added.id = format!("P{}", counterpay_core::till::new_id());
            config::record(tx, &ConfigChange::ProviderAdded(added.clone()), actor)?;
            Ok(added)
        })
    }

    /// Removes a provider; returns it. Its invoices stay in the journal.
    pub fn remove_provider(
        &self,
        name: &str,
        actor: &Actor,
    ) -> Result<ProviderConfig, JournalError> {
        self.write(|tx| {
            let found = crate::providers::read_providers(tx)?
                .into_iter()
                .find(|p| p.name == name)
                .ok_or_else(|| JournalError::Provider(format!("no provider named {name}")))?;
            config::record(tx, &ConfigChange::ProviderRemoved(found.clone()), actor)?;
            Ok(found)
        })
    }

    /// Makes a provider the one charges go to when none is named.
    pub fn set_default_provider(&self, name: &str, actor: &Actor) -> Result<(), JournalError> {
        self.write(|tx| {
            let found = crate::providers::read_providers(tx)?
                .into_iter()
                .find(|p| p.name == name)
                .ok_or_else(|| JournalError::Provider(format!("no provider named {name}")))?;
            let change = ConfigChange::DefaultProvider {
                id: found.id,
                name: found.name,
            };
            config::record(tx, &change, actor)
        })
    }
}

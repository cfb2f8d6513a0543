//! People and their PINs. A PIN is hashed with argon2id at a cost of about
//! half a second on a till, keyed with the till's pepper (kept in the OS
//! keyring), so a copy of the journal does not give PINs up. Wrong PINs
//! and lockouts are audit entries in the hash chain: counted there, in one
//! transaction, and measured on a clock that setting the date cannot move.
//! Tries are taken one at a time across processes.

use crate::boot_clock::{self, BootClock};
use crate::shop::Shop;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use chrono::Utc;
use counterpay_core::invoice::timestamp;
use counterpay_core::said::arg;
use counterpay_core::staff::check_name;
use counterpay_core::{said, Said};
use counterpay_core::{Actor, AuditEntry, Ledger, Role, StaffMember, StaffRecord};
use counterpay_journal::{JournalError, PinHistory};
use serde_json::json;
use std::time::Duration;

/// Wrong tries allowed before the first lockout.
pub const FREE_TRIES: u32 = 5;
const FIRST_LOCKOUT: Duration = Duration::from_secs(30);
const LONGEST_LOCKOUT: Duration = Duration::from_secs(3600);
pub const OWNER_MIN_DIGITS: usize = 6;
pub const STAFF_MIN_DIGITS: usize = 4;
pub const MAX_DIGITS: usize = 12;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PinError {
    #[error("no owner is set up yet: run `counterpay setup` first")]
    NotSet,
    #[error("wrong PIN; {0} more tries before a lockout")]
    Wrong(u32),
    #[error("too many wrong PINs: try again in {0} s")]
    Locked(u64),
    #[error("a PIN is {0} to {MAX_DIGITS} digits")]
    Format(usize),
    #[error("the two PINs differ; type the same PIN twice")]
    Mismatch,
    #[error("{0}")]
    Unknown(String),
    #[error("{0}")]
    Tampered(String),
    #[error("PINs cannot be checked here: {0}")]
    NoKeys(String),
    #[error(transparent)]
    Refused(#[from] Said),
    #[error("the journal cannot be read or written: {0}")]
    Storage(String),
}

impl PinError {
    pub fn code(&self) -> &'static str {
        match self {
            PinError::NotSet => "setup_needed",
            PinError::Wrong(_) => "pin_wrong",
            PinError::Locked(_) => "pin_locked",
            PinError::Format(_) => "pin_format",
            PinError::Mismatch => "pin_mismatch",
            PinError::Unknown(_) => "unknown_staff",
            PinError::Tampered(_) => "tampered",
            PinError::NoKeys(_) => "keys",
            PinError::Refused(_) => "invalid",
            PinError::Storage(_) => "storage",
        }
    }

    /// The same words for the screens' catalogue, where it has them.
    pub fn said(&self) -> Option<Said> {
        let (id, args) = match self {
            PinError::NotSet => ("error-pin-not-set", vec![]),
            PinError::Wrong(tries) => ("error-pin-wrong", vec![("tries", arg(tries))]),
            PinError::Locked(seconds) => ("error-pin-locked", vec![("seconds", arg(seconds))]),
            PinError::Format(min) => (
                "error-pin-format",
                vec![("min", arg(min)), ("max", arg(&MAX_DIGITS))],
            ),
            PinError::Mismatch => ("error-pin-mismatch", vec![]),
            PinError::Storage(detail) => ("error-storage", vec![("detail", arg(detail))]),
            PinError::Refused(said) => return Some(said.clone()),
            PinError::Unknown(_) | PinError::Tampered(_) | PinError::NoKeys(_) => return None,
        };
        Some(Said::new(id, self.to_string(), args))
    }
}

fn storage(e: impl std::fmt::Display) -> PinError {
    PinError::Storage(e.to_string())
}

/// A staff record the journal will not keep (a name taken, a second
/// owner), or could not write.
fn refused(e: JournalError) -> PinError {
    match e {
        JournalError::Refused(said) => PinError::Refused(said),
        other => PinError::Refused(Said::detail("error-storage", other)),
    }
}

/// How long a person's PIN stays shut after `failures` wrong tries in a
/// row: nothing for the first few, then 30 s doubling with each one more.
pub fn lockout(failures: u32) -> Option<Duration> {
    let over = failures.checked_sub(FREE_TRIES)?;
    Some(
        FIRST_LOCKOUT
            .saturating_mul(2u32.saturating_pow(over.min(16)))
            .min(LONGEST_LOCKOUT),
    )
}

/// Seconds left of the lockout a run of wrong PINs earned, if any.
pub(crate) fn locked_for(history: &PinHistory) -> Option<u64> {
    if history.failures < FREE_TRIES {
        return None;
    }
    let l = history.lockout.as_ref()?;
    let seconds = l.details["seconds"].as_f64()?;
    let then = serde_json::from_value::<BootClock>(l.details["clock"].clone()).ok();
    let elapsed = match (then, boot_clock::now()) {
        (Some(then), Some(now)) => boot_clock::elapsed_since(&then, &now),
        // No boot clock here: the wall clock, never counting backwards.
        _ => ((Utc::now() - l.at).num_milliseconds().max(0) as f64) / 1000.0,
    };
    let left = seconds - elapsed;
    (left > 0.0).then(|| left.ceil() as u64)
}

pub fn check_format(pin: &str, min: usize) -> Result<(), PinError> {
    if (min..=MAX_DIGITS).contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit()) {
        Ok(())
    } else {
        Err(PinError::Format(min))
    }
}

/// About half a second on a till: 64 MiB, five passes.
fn params() -> Params {
    Params::new(64 * 1024, 5, 1, None).expect("constant argon2 parameters are valid")
}

fn hasher(pepper: &[u8; 32]) -> Result<Argon2<'_>, PinError> {
    Argon2::new_with_secret(pepper, Algorithm::Argon2id, Version::V0x13, params()).map_err(storage)
}

/// Why a PIN is asked for, which decides what a right one records.
#[derive(Debug, Clone, Copy)]
pub enum Purpose<'a> {
    /// Signing in at the counter or opening the back office.
    SignIn(&'a str),
    /// Confirming one change.
    Confirm(&'a str),
}

/// A till just set up: its owner, and the recovery code to keep.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SetUp {
    pub owner: StaffMember,
    pub recovery_code: String,
}

/// A right PIN, and whether it is shorter than its role now asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub person: StaffMember,
    pub too_short: bool,
}

impl Shop {
    fn pepper(&self) -> Result<&[u8; 32], PinError> {
        self.keys()
            .map(|k| &k.pepper)
            .map_err(|why| PinError::NoKeys(why.to_string()))
    }

    pub fn hash_pin(&self, pin: &str) -> Result<String, PinError> {
        let salt = SaltString::generate(&mut OsRng);
        Ok(hasher(self.pepper()?)?
            .hash_password(pin.as_bytes(), &salt)
            .map_err(storage)?
            .to_string())
    }

    /// Checks `person`'s PIN: refused while they are locked out, counted
    /// and perhaps locked out when wrong, and on the audit trail either way.
    pub fn check_pin(
        &self,
        person: &StaffRecord,
        pin: &str,
        purpose: Purpose<'_>,
    ) -> Result<Checked, PinError> {
        let _one_at_a_time = self
            .journal
            .claim(&format!("pin-{}", person.id))
            .map_err(storage)?;
        // The run of wrong tries is read from the chain, and the PIN hash
        // from the staff table: both must be what the chain says.
        self.check_integrity()?;
        let history = self.journal.pin_history(&person.id).map_err(storage)?;
        if let Some(left) = locked_for(&history) {
            return Err(PinError::Locked(left));
        }
        // The caller's copy must still be the person's record: not one
        // read before they were removed or their PIN changed.
        let current = self.journal.staff_member(&person.id).map_err(storage)?;
        if current.as_ref() != Some(person) || person.removed_at.is_some() {
            return Err(PinError::Unknown(format!(
                "{} is no longer on the staff as they were: sign in again",
                person.name
            )));
        }
        let hash = PasswordHash::new(&person.pin_hash).map_err(storage)?;
        let right = if person.peppered {
            hasher(self.pepper()?)?
                .verify_password(pin.as_bytes(), &hash)
                .is_ok()
        } else {
            Argon2::default()
                .verify_password(pin.as_bytes(), &hash)
                .is_ok()
        };
        let actor = Actor::staff(&person.member());
        let what = match purpose {
            Purpose::SignIn(w) | Purpose::Confirm(w) => w,
        };
        if !right {
            return Err(self.count_wrong(person, what));
        }
        match purpose {
            Purpose::SignIn(w) => self
                .journal
                .record_person(
                    &person.id,
                    &AuditEntry::new(&actor, "signed_in", json!({ "at": w })),
                )
                .map_err(storage)?,
            Purpose::Confirm(_) if history.failures > 0 => self
                .journal
                .record_person(
                    &person.id,
                    &AuditEntry::new(
                        &actor,
                        "pin_accepted",
                        json!({ "after_wrong_tries": history.failures }),
                    ),
                )
                .map_err(storage)?,
            Purpose::Confirm(_) => {}
        }
        if !person.peppered {
            self.rehash(person, pin)?;
        }
        let min = if person.role == Role::Owner {
            OWNER_MIN_DIGITS
        } else {
            STAFF_MIN_DIGITS
        };
        Ok(Checked {
            person: person.member(),
            too_short: pin.len() < min,
        })
    }

    /// Counts a wrong PIN (or recovery code) against `person`, with the
    /// lockout it earns, and says what is left.
    pub(crate) fn count_wrong(&self, person: &StaffRecord, what: &str) -> PinError {
        let actor = Actor::staff(&person.member());
        let failed = AuditEntry::new(&actor, "pin_failed", json!({ "for": what }));
        let recorded = self.journal.record_pin_failure(&person.id, &failed, |n| {
            lockout(n).map(|wait| {
                AuditEntry::new(
                    &actor,
                    "locked_out",
                    json!({ "seconds": wait.as_secs(), "failures": n,
                            "clock": boot_clock::now() }),
                )
            })
        });
        match recorded {
            Ok((failures, Some(_))) => {
                PinError::Locked(lockout(failures).unwrap_or(FIRST_LOCKOUT).as_secs())
            }
            Ok((failures, None)) => PinError::Wrong(FREE_TRIES.saturating_sub(failures)),
            Err(e) => storage(e),
        }
    }

    /// Hashes a PIN kept from before the pepper again, the till's way.
    fn rehash(&self, person: &StaffRecord, pin: &str) -> Result<(), PinError> {
        let record = StaffRecord {
            pin_hash: self.hash_pin(pin)?,
            peppered: true,
            ..person.clone()
        };
        let entry = AuditEntry::new(
            &Actor::staff(&person.member()),
            "pin_strengthened",
            json!({ "id": person.id, "name": person.name }),
        );
        self.journal.save_staff(&record, &entry).map_err(storage)
    }

    /// The owner, once set up.
    pub fn owner(&self) -> Result<Option<StaffRecord>, PinError> {
        self.journal.owner().map_err(storage)
    }

    /// Sets up a new till: its name, fiat and owner, and the owner's
    /// recovery code, shown this once. Refused once an owner exists.
    pub fn setup(
        &self,
        shop_name: &str,
        fiat: Option<&str>,
        owner_name: &str,
        pin: &str,
    ) -> Result<SetUp, PinError> {
        // "No owner yet" must be the chain's word, not a deleted row's.
        self.check_integrity()?;
        if self.owner()?.is_some() {
            return Err(said!(
                "error-set-up-already",
                "this till is set up already: it has an owner"
            )
            .into());
        }
        check_format(pin, OWNER_MIN_DIGITS)?;
        let mut settings = self.settings().map_err(storage)?;
        let shop_name = settings
            .set("shop_name", shop_name)
            .map_err(|e| Said::new("error-shop-name", e, []))?;
        let fiat = fiat
            .map(|f| {
                settings
                    .set("fiat", f)
                    .map_err(|e| Said::new("error-fiat", e, [("text", arg(&f))]))
            })
            .transpose()?;
        let owner = StaffRecord {
            id: self.journal.new_staff_id(),
            name: check_name(owner_name)?,
            role: Role::Owner,
            pin_hash: self.hash_pin(pin)?,
            peppered: true,
            added_at: timestamp::now(),
            removed_at: None,
        };
        let actor = Actor::staff(&owner.member());
        let entry = AuditEntry::new(
            &actor,
            "setup",
            json!({ "owner": owner.name, "id": owner.id, "shop_name": shop_name,
                    "till": self.journal.till_id().map_err(storage)? }),
        );
        self.journal.save_staff(&owner, &entry).map_err(refused)?;
        self.journal
            .set_setting("shop_name", &shop_name, &actor)
            .map_err(storage)?;
        if let Some(fiat) = fiat {
            self.journal
                .set_setting("fiat", &fiat, &actor)
                .map_err(storage)?;
        }
        let recovery_code = self.issue_recovery_code(&actor)?;
        Ok(SetUp {
            owner: owner.member(),
            recovery_code,
        })
    }

    pub fn add_staff(
        &self,
        name: &str,
        role: Role,
        pin: &str,
        actor: &Actor,
    ) -> Result<StaffMember, PinError> {
        if role == Role::Owner {
            return Err(said!(
                "error-one-owner",
                "a till has one owner, made at setup; add a manager or a cashier"
            )
            .into());
        }
        check_format(pin, STAFF_MIN_DIGITS)?;
        let record = StaffRecord {
            id: self.journal.new_staff_id(),
            name: check_name(name)?,
            role,
            pin_hash: self.hash_pin(pin)?,
            peppered: true,
            added_at: timestamp::now(),
            removed_at: None,
        };
        let entry = AuditEntry::new(
            actor,
            "staff_added",
            json!({ "id": record.id, "name": record.name, "role": role }),
        );
        self.journal.save_staff(&record, &entry).map_err(refused)?;
        Ok(record.member())
    }

    pub fn remove_staff(&self, name: &str, actor: &Actor) -> Result<StaffMember, PinError> {
        let person = self.staff_named(name)?;
        if person.role == Role::Owner {
            return Err(said!(
                "error-owner-stays",
                "the owner cannot be removed; change the owner PIN instead"
            )
            .into());
        }
        let record = StaffRecord {
            removed_at: Some(timestamp::now()),
            ..person.clone()
        };
        let entry = AuditEntry::new(
            actor,
            "staff_removed",
            json!({ "id": person.id, "name": person.name, "role": person.role }),
        );
        self.journal.save_staff(&record, &entry).map_err(storage)?;
        Ok(person.member())
    }

    /// A new PIN for a person (the owner's own needs 6 digits or more).
    pub fn change_pin(
        &self,
        person: &StaffRecord,
        new_pin: &str,
        actor: &Actor,
    ) -> Result<(), PinError> {
        let min = if person.role == Role::Owner {
            OWNER_MIN_DIGITS
        } else {
            STAFF_MIN_DIGITS
        };
        check_format(new_pin, min)?;
        let record = StaffRecord {
            pin_hash: self.hash_pin(new_pin)?,
            peppered: true,
            ..person.clone()
        };
        let entry = AuditEntry::new(
            actor,
            "pin_changed",
            json!({ "id": person.id, "name": person.name }),
        );
        self.journal.save_staff(&record, &entry).map_err(storage)
    }

    /// An active person by name, or a sentence naming who there is.
    pub fn staff_named(&self, name: &str) -> Result<StaffRecord, PinError> {
        if let Some(p) = self.journal.staff_named(name).map_err(storage)? {
            return Ok(p);
        }
        let names: Vec<String> = self
            .journal
            .staff()
            .map_err(storage)?
            .into_iter()
            .map(|p| p.name)
            .collect();
        Err(PinError::Unknown(format!(
            "no staff member named {}; the staff are {}",
            name.trim(),
            names.join(", ")
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lockout_starts_after_five_tries_and_doubles() {
        assert_eq!(lockout(4), None);
        assert_eq!(lockout(5), Some(Duration::from_secs(30)));
        assert_eq!(lockout(6), Some(Duration::from_secs(60)));
        assert_eq!(lockout(8), Some(Duration::from_secs(240)));
        assert_eq!(lockout(40), Some(LONGEST_LOCKOUT));
    }

    #[test]
    fn pins_are_digits_of_the_roles_length() {
        assert!(check_format("123456", OWNER_MIN_DIGITS).is_ok());
        assert_eq!(
            check_format("12345", OWNER_MIN_DIGITS),
            Err(PinError::Format(6))
        );
        assert!(check_format("1234", STAFF_MIN_DIGITS).is_ok());
        assert!(check_format("12a4", STAFF_MIN_DIGITS).is_err());
        assert!(check_format(&"1".repeat(13), STAFF_MIN_DIGITS).is_err());
    }

    fn lockout_entry(seconds: u64, clock: Option<BootClock>, ago_secs: i64) -> AuditEntry {
        let mut e = AuditEntry::new(
            &Actor::command_line(),
            "locked_out",
            json!({ "seconds": seconds, "clock": clock }),
        );
        e.at -= chrono::Duration::seconds(ago_secs);
        e
    }

    #[test]
    fn a_lockout_is_measured_on_the_boot_clock_not_the_wall_clock() {
        let Some(now) = boot_clock::now() else {
            return;
        };
        // Recorded "an hour ago" by the wall clock (as if the clock were
        // moved forward), but only a moment ago on this boot: still locked.
        let history = PinHistory {
            failures: 5,
            lockout: Some(lockout_entry(30, Some(now.clone()), 3600)),
        };
        let left = locked_for(&history).unwrap();
        assert!((29..=30).contains(&left), "{left}");
        // Long enough ago on this boot: over.
        let earlier = BootClock {
            uptime: now.uptime - 31.0,
            ..now
        };
        let over = PinHistory {
            failures: 5,
            lockout: Some(lockout_entry(30, Some(earlier), 0)),
        };
        assert_eq!(locked_for(&over), None);
        // Fewer than the free tries: no lockout.
        let few = PinHistory {
            failures: 4,
            lockout: history.lockout.clone(),
        };
        assert_eq!(locked_for(&few), None);
    }
}

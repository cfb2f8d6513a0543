//! The owner's PIN: an argon2 hash in the settings table, and a lockout
//! after repeated wrong tries that grows with each further one. Both are
//! stored, so restarting the app neither forgets the PIN nor lifts a lockout.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use chrono::{DateTime, Utc};
use counterpay_journal::Journal;
use std::time::Duration;

const HASH: &str = "owner.pin_hash";
const FAILURES: &str = "owner.failures";
const LOCKED_UNTIL: &str = "owner.locked_until";

/// Wrong tries allowed before the first lockout.
pub const FREE_TRIES: u32 = 5;
const FIRST_LOCKOUT: Duration = Duration::from_secs(30);
const LONGEST_LOCKOUT: Duration = Duration::from_secs(3600);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PinError {
    #[error("no owner PIN is set yet: choose one first")]
    NotSet,
    #[error("wrong PIN; {0} more tries before a lockout")]
    Wrong(u32),
    #[error("too many wrong PINs: try again in {0} s")]
    Locked(u64),
    #[error("a PIN is 4 to 8 digits")]
    Format,
    #[error("the settings cannot be read or written: {0}")]
    Storage(String),
}

impl PinError {
    pub fn code(&self) -> &'static str {
        match self {
            PinError::NotSet => "pin_not_set",
            PinError::Wrong(_) => "pin_wrong",
            PinError::Locked(_) => "pin_locked",
            PinError::Format => "pin_format",
            PinError::Storage(_) => "storage",
        }
    }
}

/// How long the owner screen stays shut after `failures` wrong tries in a
/// row: nothing for the first few, then 30 s doubling with each one more.
pub fn lockout(failures: u32) -> Option<Duration> {
    let over = failures.checked_sub(FREE_TRIES)?;
    Some(
        FIRST_LOCKOUT
            .saturating_mul(2u32.saturating_pow(over.min(16)))
            .min(LONGEST_LOCKOUT),
    )
}

fn storage(e: impl std::fmt::Display) -> PinError {
    PinError::Storage(e.to_string())
}

fn check_format(pin: &str) -> Result<(), PinError> {
    if (4..=8).contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit()) {
        Ok(())
    } else {
        Err(PinError::Format)
    }
}

pub struct OwnerPin<'a> {
    journal: &'a Journal,
}

impl<'a> OwnerPin<'a> {
    pub fn new(journal: &'a Journal) -> Self {
        OwnerPin { journal }
    }

    pub fn is_set(&self) -> Result<bool, PinError> {
        Ok(self.journal.setting(HASH).map_err(storage)?.is_some())
    }

    /// Sets the first PIN, or changes it when `current` is right.
    pub fn set(&self, current: Option<&str>, new: &str) -> Result<(), PinError> {
        check_format(new)?;
        if self.is_set()? {
            self.unlock(current.unwrap_or_default())?;
        }
        let salt = SaltString::generate(&mut OsRng);
        let hash = Argon2::default()
            .hash_password(new.as_bytes(), &salt)
            .map_err(storage)?
            .to_string();
        self.journal.set_setting(HASH, &hash).map_err(storage)
    }

    /// Checks a PIN, counting wrong ones and enforcing the lockout.
    pub fn unlock(&self, pin: &str) -> Result<(), PinError> {
        let now = Utc::now();
        if let Some(until) = self.locked_until()? {
            if until > now {
                return Err(PinError::Locked((until - now).num_seconds().max(1) as u64));
            }
        }
        let Some(stored) = self.journal.setting(HASH).map_err(storage)? else {
            return Err(PinError::NotSet);
        };
        let hash = PasswordHash::new(&stored).map_err(storage)?;
        if Argon2::default()
            .verify_password(pin.as_bytes(), &hash)
            .is_ok()
        {
            self.journal.set_setting(FAILURES, "0").map_err(storage)?;
            return Ok(());
        }
        let failures = self
            .journal
            .setting(FAILURES)
            .map_err(storage)?
            .and_then(|f| f.parse::<u32>().ok())
            .unwrap_or(0)
            + 1;
        self.journal
            .set_setting(FAILURES, &failures.to_string())
            .map_err(storage)?;
        match lockout(failures) {
            Some(wait) => {
                let until = now + chrono::Duration::from_std(wait).unwrap_or_default();
                self.journal
                    .set_setting(LOCKED_UNTIL, &until.to_rfc3339())
                    .map_err(storage)?;
                Err(PinError::Locked(wait.as_secs()))
            }
            None => Err(PinError::Wrong(FREE_TRIES - failures)),
        }
    }

    fn locked_until(&self) -> Result<Option<DateTime<Utc>>, PinError> {
        Ok(self
            .journal
            .setting(LOCKED_UNTIL)
            .map_err(storage)?
            .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
            .map(|t| t.with_timezone(&Utc)))
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

    fn journal() -> (tempfile::TempDir, Journal) {
        let dir = tempfile::tempdir().unwrap();
        let j = Journal::open(&dir.path().join("j.sqlite3")).unwrap();
        (dir, j)
    }

    #[test]
    fn a_pin_is_set_checked_and_changed() {
        let (_d, j) = journal();
        let pin = OwnerPin::new(&j);
        assert_eq!(pin.unlock("1234"), Err(PinError::NotSet));
        assert_eq!(pin.set(None, "12a4"), Err(PinError::Format));
        pin.set(None, "1234").unwrap();
        assert!(pin.unlock("1234").is_ok());
        assert_eq!(pin.unlock("9999"), Err(PinError::Wrong(4)));
        assert_eq!(pin.set(Some("0000"), "5678"), Err(PinError::Wrong(3)));
        pin.set(Some("1234"), "5678").unwrap();
        assert!(pin.unlock("5678").is_ok());
        let stored = j.setting(HASH).unwrap().unwrap();
        assert!(stored.starts_with("$argon2") && !stored.contains("5678"));
    }

    #[test]
    fn wrong_tries_lock_the_owner_out_even_with_the_right_pin() {
        let (_d, j) = journal();
        let pin = OwnerPin::new(&j);
        pin.set(None, "1234").unwrap();
        for left in (0..4).rev() {
            assert_eq!(pin.unlock("0000"), Err(PinError::Wrong(left + 1)));
        }
        assert_eq!(pin.unlock("0000"), Err(PinError::Locked(30)));
        assert!(matches!(pin.unlock("1234"), Err(PinError::Locked(_))));
        // The lockout is stored: a new handle (a restarted app) sees it.
        assert!(matches!(
            OwnerPin::new(&j).unlock("1234"),
            Err(PinError::Locked(_))
        ));
    }
}

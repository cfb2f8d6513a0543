//! The owner's recovery code: shown once at setup, it resets a forgotten
//! owner PIN, and it opens the till's keys on another machine when a
//! backup is restored there. The keys (chain key and PIN pepper) are sealed
//! under a key stretched from the code with argon2id, and the sealed copy
//! sits on the audit trail, in the hash chain: someone who can write the
//! journal file cannot swap in a code of their own without breaking it.

use crate::shop::Shop;
use crate::staff::{locked_for, PinError, OWNER_MIN_DIGITS};
use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use counterpay_core::said::Said;
use counterpay_core::{Actor, AuditEntry, Ledger, StaffRecord};
use counterpay_journal::Journal;
use rand::RngCore;
use serde_json::json;

/// Where the sealed keys are filed on the audit trail.
const SUBJECT: &str = "owner:recovery";
const ISSUED: &str = "recovery_code_issued";
/// Crockford's base32: no I, L, O or U to misread.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// 20 characters of 5 bits: 100 bits, beyond guessing even offline.
const LENGTH: usize = 20;
const SALT: usize = 16;
const NONCE: usize = 12;

#[derive(Debug, thiserror::Error)]
pub enum RecoveryError {
    #[error("this till has no recovery code: it was set up before recovery codes existed")]
    None,
    #[error("wrong recovery code")]
    Wrong,
    #[error("{0}")]
    Damaged(String),
}

/// A fresh code, grouped in fives for reading aloud and typing.
fn new_code() -> String {
    let mut bytes = [0u8; LENGTH];
    rand::rng().fill_bytes(&mut bytes);
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| ALPHABET[usize::from(b & 31)] as char)
        .collect();
    chars
        .chunks(5)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// The code as typed, reduced to its characters: case, dashes and spaces
/// do not matter, and the letters Crockford reads as digits are read so.
fn normalize(code: &str) -> String {
    code.chars()
        .filter(|c| !matches!(c, '-' | ' '))
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect()
}

fn cipher(code: &str, salt: &[u8]) -> Result<ChaCha20Poly1305, RecoveryError> {
    let mut key = [0u8; 32];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::default())
        .hash_password_into(normalize(code).as_bytes(), salt, &mut key)
        .map_err(|e| RecoveryError::Damaged(e.to_string()))?;
    Ok(ChaCha20Poly1305::new(Key::from_slice(&key)))
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// `secret` sealed under `code`: salt, nonce and ciphertext, in hex.
fn seal(code: &str, secret: &str) -> Result<String, RecoveryError> {
    let mut salt = [0u8; SALT];
    let mut nonce = [0u8; NONCE];
    rand::rng().fill_bytes(&mut salt);
    rand::rng().fill_bytes(&mut nonce);
    let sealed = cipher(code, &salt)?
        .encrypt(Nonce::from_slice(&nonce), secret.as_bytes())
        .map_err(|e| RecoveryError::Damaged(e.to_string()))?;
    Ok(to_hex(&[&salt[..], &nonce[..], &sealed[..]].concat()))
}

fn open(code: &str, sealed: &str) -> Result<String, RecoveryError> {
    let damaged =
        || RecoveryError::Damaged("the sealed keys on the audit trail are damaged".into());
    let bytes = from_hex(sealed).ok_or_else(damaged)?;
    if bytes.len() <= SALT + NONCE {
        return Err(damaged());
    }
    let (salt, rest) = bytes.split_at(SALT);
    let (nonce, body) = rest.split_at(NONCE);
    let plain = cipher(code, salt)?
        .decrypt(Nonce::from_slice(nonce), body)
        .map_err(|_| RecoveryError::Wrong)?;
    String::from_utf8(plain).map_err(|_| damaged())
}

/// The till's keys, opened with the recovery code from the newest sealed
/// copy in `journal`.
pub(crate) fn open_keys(journal: &Journal, code: &str) -> Result<String, RecoveryError> {
    let entry = journal
        .latest_audit(SUBJECT)
        .map_err(|e| RecoveryError::Damaged(e.to_string()))?
        .ok_or(RecoveryError::None)?;
    let sealed = entry.details["sealed"]
        .as_str()
        .ok_or_else(|| RecoveryError::Damaged("the sealed keys are missing".into()))?;
    open(code, sealed)
}

impl Shop {
    /// Makes a new recovery code and seals the till's keys under it; the
    /// previous code stops working. The code is returned once and kept
    /// nowhere.
    pub fn issue_recovery_code(&self, actor: &Actor) -> Result<String, PinError> {
        let keys = self
            .keys()
            .map_err(|why| PinError::NoKeys(why.to_string()))?;
        let code = new_code();
        let sealed = seal(&code, &keys.stored()).map_err(|e| PinError::Storage(e.to_string()))?;
        self.journal
            .record_audit(
                SUBJECT,
                &AuditEntry::new(actor, ISSUED, json!({ "sealed": sealed })),
            )
            .map_err(|e| PinError::Storage(e.to_string()))?;
        Ok(code)
    }

    /// Sets a new owner PIN with the recovery code, and returns the next
    /// code. A wrong code counts as a wrong owner PIN, lockouts included.
    pub fn reset_owner_pin(&self, code: &str, new_pin: &str) -> Result<String, PinError> {
        self.check_integrity()?;
        let owner = self.owner()?.ok_or(PinError::NotSet)?;
        crate::staff::check_format(new_pin, OWNER_MIN_DIGITS)?;
        let _one_at_a_time = self
            .journal
            .claim(&format!("pin-{}", owner.id))
            .map_err(|e| PinError::Storage(e.to_string()))?;
        let history = self
            .journal
            .pin_history(&owner.id)
            .map_err(|e| PinError::Storage(e.to_string()))?;
        if let Some(left) = locked_for(&history) {
            return Err(PinError::Locked(left));
        }
        let actor = Actor::staff(&owner.member());
        match open_keys(&self.journal, code) {
            Ok(_) => {}
            Err(RecoveryError::Wrong) => return Err(self.count_wrong(&owner, "recovery code")),
            Err(RecoveryError::None) => {
                return Err(
                    Said::new("error-recovery-none", RecoveryError::None.to_string(), []).into(),
                )
            }
            Err(e) => return Err(Said::detail("error-recovery-damaged", e).into()),
        }
        let record = StaffRecord {
            pin_hash: self.hash_pin(new_pin)?,
            peppered: true,
            ..owner.clone()
        };
        let entry = AuditEntry::new(
            &actor,
            "owner_pin_reset",
            json!({ "id": owner.id, "name": owner.name, "with": "recovery code" }),
        );
        self.journal
            .save_staff(&record, &entry)
            .map_err(|e| PinError::Storage(e.to_string()))?;
        self.issue_recovery_code(&actor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_opens_what_it_sealed_and_no_other_code_does() {
        let code = new_code();
        assert_eq!(code.len(), LENGTH + 3);
        let sealed = seal(&code, "the keys").unwrap();
        assert_eq!(open(&code, &sealed).unwrap(), "the keys");
        // Typed in lower case without dashes, it still opens.
        let typed = code.to_lowercase().replace('-', " ");
        assert_eq!(open(&typed, &sealed).unwrap(), "the keys");
        assert!(matches!(
            open(&new_code(), &sealed),
            Err(RecoveryError::Wrong)
        ));
        assert!(matches!(
            open(&code, &sealed[..40]),
            Err(RecoveryError::Damaged(_))
        ));
    }
}

//! Facts about the journal itself, outside the chain: hints, never truths.
//! What must not be forged lives in the chain or with the till's key.

use crate::{Journal, JournalError};
use rusqlite::{params, OptionalExtension};

/// The first event the till's key covers, as last set; the key itself
/// carries the number that counts.
pub(crate) const KEYED_FROM: &str = "chain.keyed_from";
const TILL_ID: &str = "till.id";

impl Journal {
    pub fn meta(&self, key: &str) -> Result<Option<String>, JournalError> {
        Ok(self
            .conn()
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    pub fn set_meta(&self, key: &str, value: &str) -> Result<(), JournalError> {
        self.conn().execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    pub fn remove_meta(&self, key: &str) -> Result<(), JournalError> {
        self.conn()
            .execute("DELETE FROM meta WHERE key = ?1", [key])?;
        Ok(())
    }

    /// This till's id, made the first time it is asked for and kept.
    pub fn till_id(&self) -> Result<String, JournalError> {
        if let Some(id) = self.meta(TILL_ID)? {
            return Ok(id);
        }
        let id = format!("T{}", counterpay_core::till::new_id());
        self.conn().execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING",
            params![TILL_ID, id],
        )?;
        Ok(self.meta(TILL_ID)?.unwrap_or(id))
    }
}

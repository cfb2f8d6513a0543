//! Shop settings as key/value rows, derived from the audit trail (see
//! `config.rs`); `counterpay_core::settings` gives them their types and
//! defaults.

use crate::{Journal, JournalError};
use rusqlite::OptionalExtension;
use std::collections::BTreeMap;

impl Journal {
    pub fn settings(&self) -> Result<BTreeMap<String, String>, JournalError> {
        let conn = self.conn();
        let mut stmt = conn.prepare("SELECT key, value FROM settings ORDER BY key")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>, JournalError> {
        Ok(self
            .conn()
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }
}

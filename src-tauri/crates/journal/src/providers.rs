//! The configured providers, derived from the audit trail (see
//! `config.rs`). Never holds a secret.

use crate::{Journal, JournalError};
use counterpay_core::ProviderConfig;
use rusqlite::Connection;
use std::collections::BTreeMap;

pub(crate) fn read_providers(conn: &Connection) -> Result<Vec<ProviderConfig>, JournalError> {
    let mut stmt = conn.prepare(
        "SELECT coalesce(id, name), name, kind, base_url, options, is_default FROM providers ORDER BY name",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, bool>(5)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, name, kind, base_url, options, is_default) = row?;
        out.push(ProviderConfig {
            id,
            kind: kind.parse().map_err(JournalError::Corrupt)?,
            options: serde_json::from_str::<BTreeMap<String, String>>(&options)
                .map_err(|e| JournalError::Corrupt(e.to_string()))?,
            name,
            base_url,
            is_default,
        });
    }
    Ok(out)
}

impl Journal {
    pub fn providers(&self) -> Result<Vec<ProviderConfig>, JournalError> {
        read_providers(&self.conn())
    }
}

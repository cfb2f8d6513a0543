//! The configured providers. Configuration, not history: kept beside the
//! events but outside the hash chain. Never holds a secret.

use crate::{Journal, JournalError};
use counterpay_core::invoice::timestamp;
use counterpay_core::provider::check_provider_name;
use counterpay_core::ProviderConfig;
use rusqlite::params;
use std::collections::BTreeMap;

impl Journal {
    pub fn providers(&self) -> Result<Vec<ProviderConfig>, JournalError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT name, kind, base_url, options, is_default FROM providers ORDER BY name",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, bool>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (name, kind, base_url, options, is_default) = row?;
            out.push(ProviderConfig {
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

    pub fn add_provider(&self, p: &ProviderConfig) -> Result<(), JournalError> {
        check_provider_name(&p.name).map_err(JournalError::Provider)?;
        let options =
            serde_json::to_string(&p.options).map_err(|e| JournalError::Corrupt(e.to_string()))?;
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        if p.is_default {
            tx.execute("UPDATE providers SET is_default = 0", [])?;
        }
        let inserted = tx.execute(
            "INSERT INTO providers (name, kind, base_url, options, is_default, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (name) DO NOTHING",
            params![
                p.name,
                p.kind.as_str(),
                p.base_url,
                options,
                p.is_default,
                timestamp::format(&timestamp::now())
            ],
        )?;
        if inserted == 0 {
            return Err(JournalError::Provider(format!(
                "a provider named {} exists already; remove it first or pick another name",
                p.name
            )));
        }
        tx.commit()?;
        Ok(())
    }

    /// Removes a provider. Its invoices stay in the journal.
    pub fn remove_provider(&self, name: &str) -> Result<(), JournalError> {
        let removed = self
            .conn()
            .execute("DELETE FROM providers WHERE name = ?1", [name])?;
        if removed == 0 {
            return Err(JournalError::Provider(format!("no provider named {name}")));
        }
        Ok(())
    }
}

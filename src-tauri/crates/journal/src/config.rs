//! The shop's configuration (settings, providers, saved payout addresses,
//! the catalogue)
//! as the audit trail records it. Each change is an audit entry in the hash
//! chain, and the tables the app reads are derived from those entries in
//! the same transaction; `journal verify` replays them, so a table edited
//! behind the app's back shows.

use crate::withdrawals::PayoutAddress;
use crate::{audit, JournalError, Tx};
use counterpay_core::catalog::CatalogItem;
use counterpay_core::{Actor, AuditEntry, ProviderConfig};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ConfigChange {
    Setting {
        key: String,
        value: String,
        previous: Option<String>,
    },
    ProviderAdded(ProviderConfig),
    ProviderRemoved(ProviderConfig),
    DefaultProvider {
        id: String,
        name: String,
    },
    AddressAdded(PayoutAddress),
    AddressRemoved(PayoutAddress),
    ItemSaved(CatalogItem),
    ItemRemoved(CatalogItem),
}

#[derive(Serialize, Deserialize)]
struct SettingDetails {
    key: String,
    value: String,
    #[serde(default)]
    previous: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct DefaultDetails {
    id: String,
    name: String,
}

fn parse<T: serde::de::DeserializeOwned>(details: &Value) -> Result<T, String> {
    serde_json::from_value(details.clone()).map_err(|e| e.to_string())
}

impl ConfigChange {
    fn action(&self) -> &'static str {
        match self {
            ConfigChange::Setting { .. } => "setting_changed",
            ConfigChange::ProviderAdded(_) => "provider_added",
            ConfigChange::ProviderRemoved(_) => "provider_removed",
            ConfigChange::DefaultProvider { .. } => "default_provider_set",
            ConfigChange::AddressAdded(_) => "address_added",
            ConfigChange::AddressRemoved(_) => "address_removed",
            ConfigChange::ItemSaved(_) => "item_saved",
            ConfigChange::ItemRemoved(_) => "item_removed",
        }
    }

    fn subject(&self) -> String {
        match self {
            ConfigChange::Setting { key, .. } => format!("setting:{key}"),
            ConfigChange::ProviderAdded(p) | ConfigChange::ProviderRemoved(p) => {
                format!("provider:{}", p.id)
            }
            ConfigChange::DefaultProvider { id, .. } => format!("provider:{id}"),
            ConfigChange::AddressAdded(a) | ConfigChange::AddressRemoved(a) => {
                format!("address:{}", a.id)
            }
            ConfigChange::ItemSaved(i) | ConfigChange::ItemRemoved(i) => format!("item:{}", i.sku),
        }
    }

    fn details(&self) -> Value {
        let value = match self {
            ConfigChange::Setting {
                key,
                value,
                previous,
            } => serde_json::to_value(SettingDetails {
                key: key.clone(),
                value: value.clone(),
                previous: previous.clone(),
            }),
            ConfigChange::ProviderAdded(p) | ConfigChange::ProviderRemoved(p) => {
                serde_json::to_value(p)
            }
            ConfigChange::DefaultProvider { id, name } => serde_json::to_value(DefaultDetails {
                id: id.clone(),
                name: name.clone(),
            }),
            ConfigChange::AddressAdded(a) | ConfigChange::AddressRemoved(a) => {
                serde_json::to_value(a)
            }
            ConfigChange::ItemSaved(i) | ConfigChange::ItemRemoved(i) => serde_json::to_value(i),
        };
        value.unwrap_or_else(|e| json!({ "unrecorded": e.to_string() }))
    }

    /// The change an audit entry records, if it records one.
    pub(crate) fn of(entry: &AuditEntry) -> Option<Result<ConfigChange, String>> {
        let d = &entry.details;
        Some(match entry.action.as_str() {
            "setting_changed" => parse::<SettingDetails>(d).map(|s| ConfigChange::Setting {
                key: s.key,
                value: s.value,
                previous: s.previous,
            }),
            "provider_added" => parse(d).map(ConfigChange::ProviderAdded),
            "provider_removed" => parse(d).map(ConfigChange::ProviderRemoved),
            "default_provider_set" => {
                parse::<DefaultDetails>(d).map(|x| ConfigChange::DefaultProvider {
                    id: x.id,
                    name: x.name,
                })
            }
            "address_added" => parse(d).map(ConfigChange::AddressAdded),
            "address_removed" => parse(d).map(ConfigChange::AddressRemoved),
            "item_saved" => parse(d).map(ConfigChange::ItemSaved),
            "item_removed" => parse(d).map(ConfigChange::ItemRemoved),
            _ => return None,
        })
    }

    /// Brings the tables the app reads in line with the change.
    fn apply_to_tables(&self, tx: &Tx<'_, '_>) -> Result<(), JournalError> {
        let now = counterpay_core::invoice::timestamp::format(
            &counterpay_core::invoice::timestamp::now(),
        );
        match self {
            ConfigChange::Setting { key, value, .. } => {
                tx.execute(
                    "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                    params![key, value, now],
                )?;
            }
            ConfigChange::ProviderAdded(p) => {
                let options = crate::encode(&p.options)?;
                if p.is_default {
                    tx.execute("UPDATE providers SET is_default = 0", [])?;
                }
                tx.execute(
                    "INSERT INTO providers (id, name, kind, base_url, options, is_default, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                     ON CONFLICT (name) DO UPDATE SET id = excluded.id, kind = excluded.kind,
                       base_url = excluded.base_url, options = excluded.options,
                       is_default = excluded.is_default",
                    params![p.id, p.name, p.kind.as_str(), p.base_url, options, p.is_default, now],
                )?;
            }
            ConfigChange::ProviderRemoved(p) => {
                tx.execute("DELETE FROM providers WHERE id = ?1", [&p.id])?;
            }
            ConfigChange::DefaultProvider { id, .. } => {
                tx.execute("UPDATE providers SET is_default = (id = ?1)", [id])?;
            }
            ConfigChange::AddressAdded(a) => {
                tx.execute(
                    "INSERT INTO payout_addresses (id, label, asset, address, added_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (id) DO UPDATE SET label = excluded.label, asset = excluded.asset,
                       address = excluded.address",
                    params![a.id, a.label, a.asset, a.address, a.added_at],
                )?;
            }
            ConfigChange::AddressRemoved(a) => {
                tx.execute("DELETE FROM payout_addresses WHERE id = ?1", [a.id])?;
            }
            ConfigChange::ItemSaved(i) => {
                tx.execute(
                    "INSERT INTO catalog (sku, name, price, tax_rate, category, active, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                     ON CONFLICT (sku) DO UPDATE SET name = excluded.name, price = excluded.price,
                       tax_rate = excluded.tax_rate, category = excluded.category,
                       active = excluded.active, updated_at = excluded.updated_at",
                    params![
                        i.sku,
                        i.name,
                        i.price.to_string(),
                        i.tax_rate.to_string(),
                        i.category,
                        i.active,
                        now
                    ],
                )?;
            }
            ConfigChange::ItemRemoved(i) => {
                tx.execute("DELETE FROM catalog WHERE sku = ?1", [&i.sku])?;
            }
        }
        Ok(())
    }
}

/// Puts the change on the audit trail and applies it, in the caller's
/// transaction.
pub(crate) fn record(
    tx: &Tx<'_, '_>,
    change: &ConfigChange,
    actor: &Actor,
) -> Result<(), JournalError> {
    let entry = AuditEntry::new(actor, change.action(), change.details());
    audit::append(tx, &change.subject(), &entry)?;
    change.apply_to_tables(tx)
}

/// The configuration as a comparable value: what verify expects the
/// tables to hold.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Config {
    pub settings: BTreeMap<String, String>,
    /// By id: name, kind, base URL, options (as JSON), default.
    pub providers: BTreeMap<String, (String, String, Option<String>, String, bool)>,
    /// By id: label, asset, address.
    pub addresses: BTreeMap<i64, (String, String, String)>,
    /// By SKU: the item as its row holds it.
    pub items: BTreeMap<String, ItemRow>,
}

/// A catalogue row: name, price, tax rate, category, active.
pub(crate) type ItemRow = (String, String, String, Option<String>, bool);

fn item_row(i: &CatalogItem) -> ItemRow {
    (
        i.name.clone(),
        i.price.to_string(),
        i.tax_rate.to_string(),
        i.category.clone(),
        i.active,
    )
}

impl Config {
    pub(crate) fn apply(&mut self, change: &ConfigChange) -> Result<(), String> {
        match change {
            ConfigChange::Setting { key, value, .. } => {
                self.settings.insert(key.clone(), value.clone());
            }
            ConfigChange::ProviderAdded(p) => {
                if p.is_default {
                    for row in self.providers.values_mut() {
                        row.4 = false;
                    }
                }
                self.providers.retain(|_, row| row.0 != p.name);
                let options = serde_json::to_string(&p.options).map_err(|e| e.to_string())?;
                self.providers.insert(
                    p.id.clone(),
                    (
                        p.name.clone(),
                        p.kind.as_str().into(),
                        p.base_url.clone(),
                        options,
                        p.is_default,
                    ),
                );
            }
            ConfigChange::ProviderRemoved(p) => {
                self.providers.remove(&p.id);
            }
            ConfigChange::DefaultProvider { id, .. } => {
                for (pid, row) in self.providers.iter_mut() {
                    row.4 = pid == id;
                }
            }
            ConfigChange::AddressAdded(a) => {
                self.addresses
                    .insert(a.id, (a.label.clone(), a.asset.clone(), a.address.clone()));
            }
            ConfigChange::AddressRemoved(a) => {
                self.addresses.remove(&a.id);
            }
            ConfigChange::ItemSaved(i) => {
                self.items.insert(i.sku.clone(), item_row(i));
            }
            ConfigChange::ItemRemoved(i) => {
                self.items.remove(&i.sku);
            }
        }
        Ok(())
    }

    /// What the tables hold now.
    pub(crate) fn from_tables(conn: &Connection) -> Result<Config, rusqlite::Error> {
        let mut c = Config::default();
        let mut stmt = conn.prepare("SELECT key, value FROM settings")?;
        for row in stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))? {
            let (k, v) = row?;
            c.settings.insert(k, v);
        }
        let mut stmt = conn.prepare(
            "SELECT coalesce(id, name), name, kind, base_url, options, is_default FROM providers",
        )?;
        for row in stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?),
            ))
        })? {
            let (id, p) = row?;
            c.providers.insert(id, p);
        }
        let mut stmt = conn.prepare("SELECT id, label, asset, address FROM payout_addresses")?;
        for row in stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?))))? {
            let (id, a) = row?;
            c.addresses.insert(id, a);
        }
        let mut stmt =
            conn.prepare("SELECT sku, name, price, tax_rate, category, active FROM catalog")?;
        for row in stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?),
            ))
        })? {
            let (sku, item) = row?;
            c.items.insert(sku, item);
        }
        Ok(c)
    }

    /// Where two configurations differ, in words.
    pub(crate) fn differences(&self, other: &Config) -> Vec<String> {
        let mut out = Vec::new();
        let keys: std::collections::BTreeSet<&String> =
            self.settings.keys().chain(other.settings.keys()).collect();
        for k in keys {
            if self.settings.get(k) != other.settings.get(k) {
                out.push(format!("setting {k}"));
            }
        }
        let ids: std::collections::BTreeSet<&String> = self
            .providers
            .keys()
            .chain(other.providers.keys())
            .collect();
        for id in ids {
            if self.providers.get(id) != other.providers.get(id) {
                let name = self
                    .providers
                    .get(id)
                    .or(other.providers.get(id))
                    .map_or(id.as_str(), |p| p.0.as_str());
                out.push(format!("provider {name}"));
            }
        }
        let ids: std::collections::BTreeSet<&i64> = self
            .addresses
            .keys()
            .chain(other.addresses.keys())
            .collect();
        for id in ids {
            if self.addresses.get(id) != other.addresses.get(id) {
                out.push(format!("payout address {id}"));
            }
        }
        let skus: std::collections::BTreeSet<&String> =
            self.items.keys().chain(other.items.keys()).collect();
        for sku in skus {
            if self.items.get(sku) != other.items.get(sku) {
                out.push(format!("catalogue item {sku}"));
            }
        }
        out
    }
}

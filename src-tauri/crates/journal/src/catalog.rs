//! The catalogue in the journal: each item saved or removed is an audit
//! entry in the hash chain, and the `catalog` table is derived from them in
//! the same transaction.

use crate::config::{self, ConfigChange};
use crate::{Journal, JournalError};
use counterpay_core::catalog::CatalogItem;
use counterpay_core::Actor;
use rusqlite::OptionalExtension;

const ITEM: &str = "SELECT sku, name, price, tax_rate, category, active FROM catalog";

fn item(r: &rusqlite::Row<'_>) -> rusqlite::Result<CatalogItem> {
    let decimal = |i: usize| -> rusqlite::Result<rust_decimal::Decimal> {
        let text: String = r.get(i)?;
        text.parse().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
        })
    };
    Ok(CatalogItem {
        sku: r.get(0)?,
        name: r.get(1)?,
        price: decimal(2)?,
        tax_rate: decimal(3)?,
        category: r.get(4)?,
        active: r.get(5)?,
    })
}

impl Journal {
    /// Every item, by category then name.
    pub fn catalog(&self) -> Result<Vec<CatalogItem>, JournalError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "{ITEM} ORDER BY coalesce(category, ''), name, sku"
        ))?;
        let rows = stmt.query_map([], item)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Saves items, new or changed, all in one transaction: a failure
    /// saves none. An item saved as it already is records nothing.
    /// Returns how many changed.
    pub fn save_items(&self, items: &[CatalogItem], actor: &Actor) -> Result<usize, JournalError> {
        self.write(|tx| {
            let mut changed = 0;
            for i in items {
                let now: Option<CatalogItem> = tx
                    .query_row(&format!("{ITEM} WHERE sku = ?1"), [&i.sku], item)
                    .optional()?;
                if now.as_ref() != Some(i) {
                    config::record(tx, &ConfigChange::ItemSaved(i.clone()), actor)?;
                    changed += 1;
                }
            }
            Ok(changed)
        })
    }

    /// Removes an item; `None` when there was none with that SKU.
    pub fn remove_item(
        &self,
        sku: &str,
        actor: &Actor,
    ) -> Result<Option<CatalogItem>, JournalError> {
        self.write(|tx| {
            let found: Option<CatalogItem> = tx
                .query_row(&format!("{ITEM} WHERE sku = ?1"), [sku], item)
                .optional()?;
            if let Some(i) = &found {
                config::record(tx, &ConfigChange::ItemRemoved(i.clone()), actor)?;
            }
            Ok(found)
        })
    }
}

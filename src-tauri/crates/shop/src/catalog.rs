//! The catalogue as both front ends change it: checked against the shop's
//! fiat, journaled through the audit trail.

use crate::shop::Shop;
use counterpay_core::catalog::{self, CatalogItem, RowError};
use counterpay_core::{Actor, TillError};

/// What an import refused: every bad row, or the journal.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("nothing imported: {}", rows_text(.0))]
    Rows(Vec<RowError>),
    #[error(transparent)]
    Till(#[from] TillError),
}

fn rows_text(rows: &[RowError]) -> String {
    rows.iter()
        .map(|r| format!("line {}: {}", r.line, r.message))
        .collect::<Vec<_>>()
        .join("; ")
}

fn journal(e: counterpay_journal::JournalError) -> TillError {
    TillError::Invalid(e.to_string())
}

fn fiat(shop: &Shop) -> Result<counterpay_core::Fiat, TillError> {
    Ok(shop
        .settings()
        .map_err(|e| TillError::Invalid(e.to_string()))?
        .fiat)
}

/// A new or changed item; true when it was not in the catalogue before.
pub struct Saved {
    pub item: CatalogItem,
    pub new: bool,
}

pub fn add(
    shop: &Shop,
    name: &str,
    price: &str,
    sku: Option<&str>,
    tax: Option<&str>,
    category: Option<&str>,
    actor: &Actor,
) -> Result<Saved, TillError> {
    let item = CatalogItem::from_input(name, price, sku, tax, category, &fiat(shop)?)
        .map_err(TillError::Invalid)?;
    let new = !list(shop)?.iter().any(|i| i.sku == item.sku);
    shop.journal
        .save_items(std::slice::from_ref(&item), actor)
        .map_err(journal)?;
    Ok(Saved { item, new })
}

/// Imports a whole file, or nothing when any row is bad. Returns how many
/// items were new or changed.
pub fn import(shop: &Shop, text: &str, actor: &Actor) -> Result<usize, ImportError> {
    let items = catalog::parse_csv(text, &fiat(shop)?).map_err(ImportError::Rows)?;
    Ok(shop.journal.save_items(&items, actor).map_err(journal)?)
}

pub fn remove(shop: &Shop, sku: &str, actor: &Actor) -> Result<CatalogItem, TillError> {
    let sku = catalog::check_sku(sku).map_err(TillError::Invalid)?;
    shop.journal
        .remove_item(&sku, actor)
        .map_err(journal)?
        .ok_or_else(|| TillError::Invalid(format!("no item has the SKU {sku}")))
}

pub fn list(shop: &Shop) -> Result<Vec<CatalogItem>, TillError> {
    shop.journal.catalog().map_err(journal)
}

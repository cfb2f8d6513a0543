//! The catalogue as both front ends change it (checked against the shop's
//! fiat, journaled through the audit trail) and sell from it.

use crate::shop::Shop;
use counterpay_core::catalog::{self, CatalogItem, RowError};
use counterpay_core::sale::{self, Adjustment, LineInput, Sale};
use counterpay_core::settings::Settings;
use counterpay_core::{Actor, TillError};
use rust_decimal::Decimal;

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
    let existing = list(shop)?.into_iter().find(|i| i.sku == item.sku);
    if let (None, Some(other)) = (sku, &existing) {
        if other.name != item.name {
            return Err(TillError::Invalid(format!(
                "{} is already the SKU of {}: give this item its own with --sku, or --sku {} to change that one",
                item.sku, other.name, item.sku
            )));
        }
    }
    let new = existing.is_none();
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

/// The most of one item a line may hold.
const MAX_QTY: u32 = 10_000;

/// `SKU` or `SKU:QTY`, as `charge --item` takes it.
fn item_arg(text: &str) -> Result<(String, u32), String> {
    let (sku, qty) = match text.rsplit_once(':') {
        Some((sku, qty)) => {
            let qty = qty
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|q| (1..=MAX_QTY).contains(q))
                .ok_or_else(|| {
                    format!("--item {text}: the quantity after : must be a whole number from 1 to {MAX_QTY}")
                })?;
            (sku, qty)
        }
        None => (text, 1),
    };
    Ok((
        catalog::check_sku(sku).map_err(|e| format!("--item {text}: {e}"))?,
        qty,
    ))
}

/// Prices a sale from catalogue items (`SKU[:QTY]`, the same SKU twice
/// adds up) and, or instead, an amount keyed for what is not in the
/// catalogue, with an optional discount and tip (`2.50` or `10%`), in the
/// shop's fiat under its tax setting.
pub fn ring_up(
    shop: &Shop,
    settings: &Settings,
    items: &[String],
    free_amount: Option<&str>,
    discount: Option<&str>,
    tip: Option<&str>,
) -> Result<Sale, TillError> {
    let fiat = &settings.fiat;
    let invalid = TillError::Invalid;
    let catalogue = list(shop)?;
    let mut lines: Vec<LineInput> = Vec::new();
    for text in items {
        let (sku, qty) = item_arg(text).map_err(invalid)?;
        let item = catalogue
            .iter()
            .find(|i| i.sku == sku && i.active)
            .ok_or_else(|| {
                invalid(format!(
                    "--item {text}: no item in the catalogue has the SKU {sku}"
                ))
            })?;
        match lines.iter_mut().find(|l| l.sku.as_deref() == Some(&sku)) {
            Some(line) => {
                line.qty = line
                    .qty
                    .checked_add(qty)
                    .filter(|q| *q <= MAX_QTY)
                    .ok_or_else(|| invalid(format!("{sku}: more than {MAX_QTY} in one sale")))?
            }
            None => lines.push(LineInput {
                sku: Some(sku),
                name: item.name.clone(),
                qty,
                unit_price: item.price,
                tax_rate: item.tax_rate,
            }),
        }
    }
    if let Some(amount) = free_amount {
        lines.push(LineInput {
            sku: None,
            name: "Amount".into(),
            qty: 1,
            unit_price: fiat
                .parse_amount(amount)
                .map_err(|e| invalid(e.to_string()))?,
            tax_rate: Decimal::ZERO,
        });
    }
    let adjustment = |flag: &str, text: Option<&str>| {
        text.map(|t| Adjustment::parse(t, fiat).map_err(|e| invalid(format!("{flag} {e}"))))
            .transpose()
    };
    sale::price(
        &lines,
        adjustment("--discount", discount)?,
        adjustment("--tip", tip)?,
        settings.prices_include_tax,
        fiat,
    )
    .map_err(invalid)
}

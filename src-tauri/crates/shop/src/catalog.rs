//! The catalogue as both front ends change it (checked against the shop's
//! fiat, journaled through the audit trail) and sell from it.

use crate::shop::{journal_refusal, Shop};
use counterpay_core::catalog::{self, CatalogItem, RowError};
use counterpay_core::sale::{self, Adjustment, LineInput, Sale};
use counterpay_core::settings::Settings;
use counterpay_core::{said, Actor, TillError};
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
    let mut item = CatalogItem::from_input(name, price, sku, tax, category, &fiat(shop)?)?;
    let existing = list(shop)?.into_iter().find(|i| i.sku == item.sku);
    if let (None, Some(other)) = (sku, &existing) {
        if other.name != item.name {
            return Err(said!(
                "error-sku-taken",
                "{sku} is already the SKU of {name}: give this item a SKU of its own, or give {sku} as its SKU to change that one",
                sku = item.sku.clone(),
                name = other.name.clone()
            )
            .into());
        }
    }
    // A change of price or name leaves a hidden item hidden.
    if let Some(before) = &existing {
        item.active = before.active;
    }
    let new = existing.is_none();
    shop.journal
        .save_items(std::slice::from_ref(&item), actor)
        .map_err(journal_refusal)?;
    Ok(Saved { item, new })
}

/// Imports a whole file, or nothing when any row is bad. Returns how many
/// items were new or changed.
pub fn import(shop: &Shop, text: &str, actor: &Actor) -> Result<usize, ImportError> {
    let mut items = catalog::parse_csv(text, &fiat(shop)?).map_err(ImportError::Rows)?;
    let hidden: Vec<String> = list(shop)?
        .into_iter()
        .filter(|i| !i.active)
        .map(|i| i.sku)
        .collect();
    for i in &mut items {
        i.active = !hidden.contains(&i.sku);
    }
    Ok(shop
        .journal
        .save_items(&items, actor)
        .map_err(journal_refusal)?)
}

pub fn remove(shop: &Shop, sku: &str, actor: &Actor) -> Result<CatalogItem, TillError> {
    let sku = catalog::check_sku(sku)?;
    shop.journal
        .remove_item(&sku, actor)
        .map_err(journal_refusal)?
        .ok_or_else(|| no_item(&sku))
}

fn no_item(sku: &str) -> TillError {
    said!("error-sku-unknown", "no item has the SKU {sku}", sku = sku).into()
}

pub fn list(shop: &Shop) -> Result<Vec<CatalogItem>, TillError> {
    shop.journal.catalog().map_err(journal_refusal)
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

/// A cart as the counter sends it: lines from the catalogue or keyed
/// amounts, each with an optional discount, and the whole sale's discount
/// and tip (`2.50` or `10%`).
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct Cart {
    pub lines: Vec<CartLine>,
    pub discount: Option<String>,
    pub tip: Option<String>,
}

/// A catalogue item by SKU, or (without one) an amount keyed for what is
/// not in the catalogue.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct CartLine {
    pub sku: Option<String>,
    pub qty: u32,
    pub amount: Option<String>,
    pub discount: Option<String>,
}

fn blank(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

/// Prices a cart in the shop's fiat under its tax setting, from the
/// catalogue as it is now (a hidden item is not sold).
pub fn price_cart(shop: &Shop, settings: &Settings, cart: &Cart) -> Result<Sale, TillError> {
    let fiat = &settings.fiat;
    let adjustment = |what: &str, text: Option<&str>| {
        text.map(|t| Adjustment::parse(t, fiat).map_err(|e| e.prefixed(format!("{what} "))))
            .transpose()
    };
    let catalogue = list(shop)?;
    let mut lines = Vec::with_capacity(cart.lines.len());
    for l in &cart.lines {
        if !(1..=MAX_QTY).contains(&l.qty) {
            return Err(said!(
                "error-quantity",
                "a quantity must be a whole number from 1 to {max}, not {qty}",
                max = MAX_QTY,
                qty = l.qty
            )
            .into());
        }
        let line = match (blank(&l.sku), blank(&l.amount)) {
            (Some(sku), _) => {
                let sku = catalog::check_sku(sku)?;
                let item = catalogue
                    .iter()
                    .find(|i| i.sku == sku && i.active)
                    .ok_or_else(|| {
                        said!(
                            "error-sku-unknown",
                            "no item in the catalogue has the SKU {sku}",
                            sku = &sku
                        )
                    })?;
                LineInput {
                    sku: Some(sku),
                    name: item.name.clone(),
                    qty: l.qty,
                    unit_price: item.price,
                    tax_rate: item.tax_rate,
                    discount: None,
                }
            }
            (None, Some(amount)) => LineInput {
                sku: None,
                name: "Amount".into(),
                qty: l.qty,
                unit_price: fiat
                    .parse_amount(amount)
                    .map_err(|e| TillError::Refused(e.said()))?,
                tax_rate: Decimal::ZERO,
                discount: None,
            },
            (None, None) => {
                return Err(said!("error-line-empty", "a line needs a SKU or an amount").into())
            }
        };
        let discount = adjustment(
            &format!("the discount on {}:", line.name),
            blank(&l.discount),
        )?;
        lines.push(LineInput { discount, ..line });
    }
    sale::price(
        &lines,
        adjustment("the discount:", blank(&cart.discount))?,
        adjustment("the tip:", blank(&cart.tip))?,
        settings.prices_include_tax,
        fiat,
    )
    .map_err(TillError::Refused)
}

/// The command line's cart: catalogue items (`SKU[:QTY]`, the same SKU
/// twice adds up) and, or instead, an amount keyed for what is not in the
/// catalogue, with an optional discount and tip.
pub fn ring_up(
    shop: &Shop,
    settings: &Settings,
    items: &[String],
    free_amount: Option<&str>,
    discount: Option<&str>,
    tip: Option<&str>,
) -> Result<Sale, TillError> {
    let invalid = TillError::Invalid;
    let catalogue = list(shop)?;
    let mut lines: Vec<CartLine> = Vec::new();
    for text in items {
        let (sku, qty) = item_arg(text).map_err(invalid)?;
        if !catalogue.iter().any(|i| i.sku == sku && i.active) {
            return Err(invalid(format!(
                "--item {text}: no item in the catalogue has the SKU {sku}"
            )));
        }
        match lines.iter_mut().find(|l| l.sku.as_deref() == Some(&sku)) {
            Some(line) => {
                line.qty = line
                    .qty
                    .checked_add(qty)
                    .filter(|q| *q <= MAX_QTY)
                    .ok_or_else(|| invalid(format!("{sku}: more than {MAX_QTY} in one sale")))?
            }
            None => lines.push(CartLine {
                sku: Some(sku),
                qty,
                amount: None,
                discount: None,
            }),
        }
    }
    if let Some(amount) = free_amount {
        lines.push(CartLine {
            sku: None,
            qty: 1,
            amount: Some(amount.to_string()),
            discount: None,
        });
    }
    // Checked here too, so a bad one is named by its flag.
    for (flag, text) in [("--discount", discount), ("--tip", tip)] {
        if let Some(t) = text {
            Adjustment::parse(t, &settings.fiat).map_err(|e| invalid(format!("{flag} {e}")))?;
        }
    }
    let cart = Cart {
        lines,
        discount: discount.map(str::to_string),
        tip: tip.map(str::to_string),
    };
    price_cart(shop, settings, &cart)
}

/// Hides an item from the counter, or offers it again; it stays in the
/// catalogue and in old sales either way.
pub fn set_active(
    shop: &Shop,
    sku: &str,
    active: bool,
    actor: &Actor,
) -> Result<CatalogItem, TillError> {
    let sku = catalog::check_sku(sku)?;
    let mut item = list(shop)?
        .into_iter()
        .find(|i| i.sku == sku)
        .ok_or_else(|| no_item(&sku))?;
    item.active = active;
    shop.journal
        .save_items(std::slice::from_ref(&item), actor)
        .map_err(journal_refusal)?;
    Ok(item)
}

/// When the sale's discounts come to more than the owner's limit, by how
/// much, for the message that asks for a manager's PIN.
pub fn over_discount_limit(settings: &Settings, sale: &Sale) -> Option<OverLimit> {
    let limit = settings.discount_limit?;
    if sale.subtotal.is_zero() || sale.discount.is_zero() {
        return None;
    }
    // Compared exact: 10.004 % is past a 10 % limit, though it is said
    // as 10 %.
    let share = sale.discount * Decimal::ONE_HUNDRED / sale.subtotal;
    (share > limit).then(|| OverLimit {
        share: share.round_dp(2).normalize(),
        limit: limit.normalize(),
    })
}

/// A discount above the shop's limit: its share of the sale (to two
/// decimals, as it is said) and the limit, in percent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct OverLimit {
    pub share: Decimal,
    pub limit: Decimal,
}

impl std::fmt::Display for OverLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "a discount of {} % is above the shop's limit of {} %",
            self.share, self.limit
        )
    }
}

/// Records who let a sale's discount past the limit, against its invoice.
/// The invoice exists by now: a failure to record is logged, never made
/// the charge's failure (the cashier would charge the sale again).
pub fn record_discount_approval(shop: &Shop, invoice: &counterpay_core::Invoice, actor: &Actor) {
    let entry = counterpay_core::AuditEntry::new(
        actor,
        "discount_approved",
        serde_json::json!({
            "invoice": invoice.id,
            "discount": invoice.discount.map(|d| d.to_string()),
            "subtotal": invoice.subtotal.map(|d| d.to_string()),
            "fiat": invoice.fiat,
            "cashier": invoice.cashier,
        }),
    );
    if let Err(e) = shop.journal.record_audit(&invoice.id, &entry) {
        tracing::error!(invoice = %invoice.id, error = %e, "a discount's approval was not recorded");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sale(subtotal: &str, discount: &str) -> Sale {
        Sale {
            lines: vec![],
            prices_include_tax: false,
            subtotal: subtotal.parse().unwrap(),
            discount: discount.parse().unwrap(),
            tax: Decimal::ZERO,
            tip: Decimal::ZERO,
            total: Decimal::ZERO,
        }
    }

    #[test]
    fn a_discount_is_held_to_the_limit_exactly_and_said_to_two_decimals() {
        let settings = Settings {
            discount_limit: Some(Decimal::TEN),
            ..Settings::default()
        };
        assert_eq!(
            over_discount_limit(&settings, &sale("1000.00", "100.00")),
            None
        );
        let over = over_discount_limit(&settings, &sale("1000.00", "100.04")).unwrap();
        assert_eq!(
            (over.share.to_string(), over.limit.to_string()),
            ("10".to_string(), "10".to_string()),
            "10.004 % is past 10 % though it is said as 10 %"
        );
        let none = Settings::default();
        assert_eq!(over_discount_limit(&none, &sale("10.00", "9.00")), None);
    }
}

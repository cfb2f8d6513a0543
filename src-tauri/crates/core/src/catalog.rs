//! The shop's items, as the owner keeps them: what a cashier taps or scans
//! into a cart. Prices are in the shop's fiat, tax rates in percent.

use crate::money::Fiat;
use crate::said;
use crate::said::Said;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogItem {
    /// Upper case, as a barcode scanner or a cashier may type it either way.
    pub sku: String,
    pub name: String,
    pub price: Decimal,
    /// Percent: `8.875` is 8.875 %.
    pub tax_rate: Decimal,
    pub category: Option<String>,
    /// Hidden items stay in the catalogue (and in old sales) but are not
    /// offered at the counter.
    pub active: bool,
}

const MAX_SKU_CHARS: usize = 32;
const MAX_NAME_CHARS: usize = 80;
const MAX_CATEGORY_CHARS: usize = 40;
/// Decimals a tax rate may have: `8.875` has three.
const TAX_RATE_SCALE: u32 = 3;

/// A SKU as typed: letters, digits, `-`, `_` and `.`, stored upper case.
pub fn check_sku(text: &str) -> Result<String, Said> {
    let sku = text.trim().to_ascii_uppercase();
    if sku.is_empty() {
        return Err(said!("error-sku-empty", "the SKU is empty"));
    }
    if sku.chars().count() > MAX_SKU_CHARS {
        return Err(said!(
            "error-sku-long",
            "the SKU {sku} is longer than {max} characters",
            sku = sku,
            max = MAX_SKU_CHARS
        ));
    }
    if let Some(c) = sku
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        return Err(said!(
            "error-sku-character",
            "the SKU {sku} has {character:?}: use letters, digits, -, _ and .",
            sku = sku.clone(),
            character = c
        ));
    }
    Ok(sku)
}

/// The SKU an item added without one gets: its name in capitals, with `-`
/// between words (`Flat white` becomes `FLAT-WHITE`).
pub fn sku_from_name(name: &str) -> Result<String, Said> {
    let words: Vec<String> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_uppercase)
        .collect();
    let sku: String = words.join("-").chars().take(MAX_SKU_CHARS).collect();
    let sku = sku.trim_end_matches('-').to_string();
    if sku.is_empty() {
        return Err(said!(
            "error-sku-from-name",
            "{name:?} gives no SKU (it has no letters or digits): give one with --sku",
            name = name
        ));
    }
    Ok(sku)
}

/// A tax rate in percent: `0` to below `100`, at most three decimals, no
/// sign or `%` (`8.875`, `20`, `0`).
pub fn parse_tax_rate(text: &str) -> Result<Decimal, Said> {
    let t = text.trim();
    let rate = parse_percent(t).map_err(|e| e.prefixed("tax "))?;
    if rate >= Decimal::ONE_HUNDRED {
        return Err(said!(
            "error-tax-rate",
            "tax {text}: a rate must be below 100 %",
            text = t
        ));
    }
    Ok(rate)
}

/// A percentage from 0 to 100: digits and one optional point, at most
/// three decimals, no sign or `%` (a tax rate, a discount, a tip, a limit).
pub fn parse_percent(text: &str) -> Result<Decimal, Said> {
    let t = text.trim();
    let plain = !t.is_empty()
        && t.chars().all(|c| c.is_ascii_digit() || c == '.')
        && t.matches('.').count() <= 1
        && t != ".";
    let value = plain
        .then(|| t.parse::<Decimal>().ok())
        .flatten()
        .ok_or_else(|| {
            said!(
                "error-percent",
                "{text:?}: give a percentage such as 8.875 or 20",
                text = t
            )
        })?;
    if value > Decimal::ONE_HUNDRED {
        return Err(said!(
            "error-percent-over",
            "{text}: a percentage is at most 100",
            text = t
        ));
    }
    if value.normalize().scale() > TAX_RATE_SCALE {
        return Err(said!(
            "error-percent-decimals",
            "{text}: at most {scale} decimals (such as 8.875)",
            text = t,
            scale = TAX_RATE_SCALE
        ));
    }
    Ok(value.normalize())
}

/// `what`: `name` or `category`, which the catalogue's messages choose by.
fn check_text(what: &'static str, text: &str, max: usize) -> Result<String, Said> {
    let t = text.trim();
    if t.is_empty() {
        return Err(said!(
            "error-text-empty",
            "the {what} is empty",
            what = what
        ));
    }
    if t.chars().count() > max {
        return Err(said!(
            "error-text-long",
            "the {what} is longer than {max} characters",
            what = what,
            max = max
        ));
    }
    if t.chars().any(char::is_control) {
        return Err(said!(
            "error-text-control",
            "the {what} has a control character",
            what = what
        ));
    }
    Ok(t.to_string())
}

impl CatalogItem {
    /// An item from what the owner typed, each part checked; the SKU comes
    /// from the name when none is given.
    pub fn from_input(
        name: &str,
        price: &str,
        sku: Option<&str>,
        tax: Option<&str>,
        category: Option<&str>,
        fiat: &Fiat,
    ) -> Result<CatalogItem, Said> {
        let name = check_text("name", name, MAX_NAME_CHARS)?;
        let sku = match sku {
            Some(s) => check_sku(s)?,
            None => sku_from_name(&name)?,
        };
        let price = fiat
            .parse_amount(price)
            .map_err(|e| e.said().prefixed("price: "))?;
        let tax_rate = match tax {
            Some(t) if !t.trim().is_empty() => parse_tax_rate(t)?,
            _ => Decimal::ZERO,
        };
        let category = match category.map(str::trim).filter(|c| !c.is_empty()) {
            Some(c) => Some(check_text("category", c, MAX_CATEGORY_CHARS)?),
            None => None,
        };
        Ok(CatalogItem {
            sku,
            name,
            price,
            tax_rate,
            category,
            active: true,
        })
    }
}

/// A bad row of an imported file: its line (the header is line 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowError {
    pub line: u64,
    pub message: String,
}

/// The header an import file starts with.
pub const CSV_HEADER: [&str; 5] = ["sku", "name", "price", "tax", "category"];

/// Reads a whole import file: every item, or every bad row. A file with one
/// bad row imports nothing, so the owner fixes it and imports it again.
pub fn parse_csv(text: &str, fiat: &Fiat) -> Result<Vec<CatalogItem>, Vec<RowError>> {
    // Spreadsheets save UTF-8 with a byte order mark first.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut items = Vec::new();
    let mut errors = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, record) in reader.records().enumerate() {
        let line = record
            .as_ref()
            .ok()
            .and_then(|r| r.position())
            .map_or(i as u64 + 1, |p| p.line());
        let bad = |message: String| RowError { line, message };
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(bad(format!("unreadable: {e}")));
                continue;
            }
        };
        let fields: Vec<&str> = record.iter().map(str::trim).collect();
        if i == 0 {
            let header: Vec<String> = fields.iter().map(|f| f.to_ascii_lowercase()).collect();
            if header != CSV_HEADER {
                errors.push(bad(format!(
                    "the header must be {}, not {}",
                    CSV_HEADER.join(","),
                    fields.join(",")
                )));
                break;
            }
            continue;
        }
        if fields.iter().all(|f| f.is_empty()) {
            continue;
        }
        if fields.len() != CSV_HEADER.len() {
            errors.push(bad(format!(
                "{} fields where {} are needed ({})",
                fields.len(),
                CSV_HEADER.len(),
                CSV_HEADER.join(",")
            )));
            continue;
        }
        let sku = Some(fields[0]).filter(|s| !s.is_empty());
        match CatalogItem::from_input(
            fields[1],
            fields[2],
            sku,
            Some(fields[3]),
            Some(fields[4]),
            fiat,
        ) {
            Ok(item) if !seen.insert(item.sku.clone()) => {
                errors.push(bad(format!("the SKU {} is in the file twice", item.sku)))
            }
            Ok(item) => items.push(item),
            Err(e) => errors.push(bad(e.to_string())),
        }
    }
    if text.trim().is_empty() {
        errors.push(RowError {
            line: 1,
            message: format!(
                "the file is empty: it needs the header {}",
                CSV_HEADER.join(",")
            ),
        });
    }
    if errors.is_empty() {
        Ok(items)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usd() -> Fiat {
        Fiat::parse("USD").unwrap()
    }

    #[test]
    fn an_item_is_checked_part_by_part() {
        let item = CatalogItem::from_input(
            "Flat white",
            "3.5",
            None,
            Some("8.875"),
            Some("Coffee"),
            &usd(),
        )
        .unwrap();
        assert_eq!(item.sku, "FLAT-WHITE");
        assert_eq!(item.price.to_string(), "3.50");
        assert_eq!(item.tax_rate.to_string(), "8.875");
        assert_eq!(item.category.as_deref(), Some("Coffee"));
        for (name, price, sku, tax, says) in [
            ("", "1", None, None, "name is empty"),
            ("Tea", "1.005", None, None, "price"),
            ("Tea", "-1", None, None, "price"),
            ("Tea", "1", Some("a b"), None, "SKU"),
            ("Tea", "1", None, Some("8.8755"), "at most 3 decimals"),
            ("Tea", "1", None, Some("100"), "below 100"),
            ("Tea", "1", None, Some("-5"), "percentage"),
            ("Tea", "1", None, Some("8%"), "percentage"),
            ("!!", "1", None, None, "give one with --sku"),
        ] {
            let e = CatalogItem::from_input(name, price, sku, tax, None, &usd()).unwrap_err();
            assert!(e.to_string().contains(says), "{name} {price}: {e}");
        }
    }

    #[test]
    fn an_import_names_every_bad_row_by_its_line() {
        let good =
            "\u{feff}sku,name,price,tax,category\nLATTE,Latte,4.20,20,Coffee\ncake-1,Cake,3,,\n";
        let items = parse_csv(good, &usd()).unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].sku, "CAKE-1");
        assert_eq!(items[1].tax_rate, Decimal::ZERO);
        assert_eq!(items[1].category, None);

        let bad = "sku,name,price,tax,category\nLATTE,Latte,4.20,20,Coffee\nMUG,Mug,abc,0,\nlatte,Latte again,1,0,\nX,Y\n";
        let errors = parse_csv(bad, &usd()).unwrap_err();
        let lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [3, 4, 5], "{errors:?}");
        assert!(errors[1].message.contains("twice"));

        let e = parse_csv("name,price\nTea,1\n", &usd()).unwrap_err();
        assert_eq!((e.len(), e[0].line), (1, 1));
        assert!(parse_csv("", &usd()).is_err());
    }
}

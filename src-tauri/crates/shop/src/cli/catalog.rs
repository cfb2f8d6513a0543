//! `catalog`: the items a cashier taps or scans into a cart.

use super::{auth, Failure};
use crate::catalog::{self, ImportError};
use crate::output;
use crate::shop::Shop;
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum CatalogCommand {
    /// Add an item, or change the one with its SKU
    Add {
        name: String,
        /// In the shop's fiat, as prices are shown (see prices_include_tax)
        #[arg(long, value_name = "P")]
        price: String,
        /// [default: the name in capitals, words joined by -]
        #[arg(long, value_name = "S")]
        sku: Option<String>,
        /// The tax rate in percent, such as 8.875 [default: 0]
        #[arg(long, value_name = "RATE")]
        tax: Option<String>,
        #[arg(long, value_name = "C")]
        category: Option<String>,
    },
    List {
        #[arg(long)]
        json: bool,
    },
    Remove {
        sku: String,
    },
    /// Stop offering an item at the counter; it stays in the catalogue
    Hide {
        sku: String,
    },
    /// Offer a hidden item at the counter again
    Unhide {
        sku: String,
    },
    /// Add or change every item of a CSV file with the header
    /// sku,name,price,tax,category; nothing is imported if any row is bad
    Import {
        file: PathBuf,
    },
}

pub fn run(shop: &Shop, cmd: CatalogCommand) -> Result<(), Failure> {
    match cmd {
        CatalogCommand::Add {
            name,
            price,
            sku,
            tax,
            category,
        } => {
            let actor = auth::owner(shop, "change the catalogue")?;
            let saved = catalog::add(
                shop,
                &name,
                &price,
                sku.as_deref(),
                tax.as_deref(),
                category.as_deref(),
                &actor,
            )?;
            let i = &saved.item;
            println!(
                "{} {} ({}): {} at {} % tax",
                if saved.new { "Added" } else { "Changed" },
                i.sku,
                i.name,
                i.price,
                i.tax_rate
            );
        }
        CatalogCommand::List { json } => {
            let items = catalog::list(shop)?;
            if json {
                output::json(&serde_json::json!({ "items": items }));
            } else if items.is_empty() {
                println!("The catalogue is empty: add items with `counterpay catalog add NAME --price P`.");
            } else {
                for i in items {
                    println!(
                        "{:<16} {:<28} {:>10} {:>7}% {}{}",
                        i.sku,
                        i.name,
                        i.price,
                        i.tax_rate,
                        i.category.as_deref().unwrap_or("-"),
                        if i.active { "" } else { " (hidden)" }
                    );
                }
            }
        }
        CatalogCommand::Remove { sku } => {
            let actor = auth::owner(shop, "change the catalogue")?;
            let removed = catalog::remove(shop, &sku, &actor)?;
            println!("Removed {} ({}).", removed.sku, removed.name);
        }
        CatalogCommand::Hide { sku } => offer(shop, &sku, false)?,
        CatalogCommand::Unhide { sku } => offer(shop, &sku, true)?,
        CatalogCommand::Import { file } => {
            let text = std::fs::read_to_string(&file)
                .map_err(|e| Failure::Error(format!("cannot read {}: {e}", file.display())))?;
            let actor = auth::owner(shop, "change the catalogue")?;
            // Every bad row on the one line a failed command prints.
            let changed = catalog::import(shop, &text, &actor).map_err(|e| match e {
                ImportError::Rows(_) => Failure::Error(format!("{}: {e}", file.display())),
                ImportError::Till(t) => t.into(),
            })?;
            println!(
                "Imported {}: {changed} item(s) new or changed.",
                file.display()
            );
        }
    }
    Ok(())
}

fn offer(shop: &Shop, sku: &str, active: bool) -> Result<(), Failure> {
    let actor = auth::owner(shop, "change the catalogue")?;
    let item = catalog::set_active(shop, sku, active, &actor)?;
    if active {
        println!(
            "{} ({}) is offered at the counter again.",
            item.sku, item.name
        );
    } else {
        println!(
            "{} ({}) is hidden: no longer offered at the counter.",
            item.sku, item.name
        );
    }
    Ok(())
}

//! The cart at the counter and the catalogue behind it: the items the
//! counter offers, a cart priced by the shop's rules (never in the page),
//! the cart on the customer display with the tips to tap, and the owner's
//! catalogue screen.

use super::customer::{CartView, CustomerScreen, TipChoice};
use super::error::{CommandError, CommandResult};
use super::Desktop;
use crate::catalog::{self, Cart};
use counterpay_core::catalog::CatalogItem;
use counterpay_core::sale::Sale;
use counterpay_core::settings::Settings;
use counterpay_core::{Actor, Permission};
use serde::Serialize;
use tauri::State;

/// What the counter needs to ring up a cart.
#[derive(Debug, Serialize)]
pub struct CounterCatalog {
    /// The items offered (hidden ones are not), by category then name.
    items: Vec<CatalogItem>,
    prices_include_tax: bool,
    /// off, counter or customer.
    tips: &'static str,
    /// Percent.
    tip_presets: Vec<String>,
}

#[tauri::command]
pub fn counter_catalog(state: State<'_, Desktop>) -> CommandResult<CounterCatalog> {
    state.seller_reading()?;
    let settings = state.shop.settings()?;
    let mut items = catalog::list(&state.shop)?;
    items.retain(|i| i.active);
    Ok(CounterCatalog {
        items,
        prices_include_tax: settings.prices_include_tax,
        tips: settings.tips.as_str(),
        tip_presets: presets(&settings),
    })
}

fn presets(settings: &Settings) -> Vec<String> {
    settings
        .tip_presets
        .iter()
        .map(|p| p.normalize().to_string())
        .collect()
}

/// A cart's figures, and why a manager must approve it when its discount
/// is above the shop's limit and the seller may not give it alone.
#[derive(Debug, Serialize)]
pub struct PricedCart {
    #[serde(flatten)]
    sale: Sale,
    needs_approval: Option<String>,
}

#[tauri::command]
pub fn price_cart(state: State<'_, Desktop>, cart: Cart) -> CommandResult<PricedCart> {
    let person = state.seller()?;
    let settings = state.shop.settings()?;
    let sale = catalog::price_cart(&state.shop, &settings, &cart)?;
    let needs_approval = catalog::over_discount_limit(&settings, &sale)
        .filter(|_| !person.role.may(Permission::Manage));
    Ok(PricedCart {
        sale,
        needs_approval,
    })
}

/// Puts the cart on the customer display (the welcome when it is empty),
/// with the shop's tips to tap when `ask_tip`. An invoice on the display
/// stays there.
#[tauri::command]
pub fn show_cart(state: State<'_, Desktop>, cart: Cart, ask_tip: bool) -> CommandResult<()> {
    state.seller_reading()?;
    if state.watcher.shown().is_some() {
        return Ok(());
    }
    if cart.lines.is_empty() {
        state.to_customer(CustomerScreen::Welcome);
        return Ok(());
    }
    let settings = state.shop.settings()?;
    let priced = |tip: Option<String>| {
        let with_tip = Cart {
            tip,
            ..cart.clone()
        };
        catalog::price_cart(&state.shop, &settings, &with_tip)
    };
    let sale = priced(cart.tip.clone())?;
    let mut tips = Vec::new();
    if ask_tip {
        let none = priced(None)?;
        tips.push(TipChoice {
            choice: "none".into(),
            tip: none.tip.to_string(),
            total: none.total.to_string(),
        });
        for p in presets(&settings) {
            let s = priced(Some(format!("{p}%")))?;
            tips.push(TipChoice {
                choice: p,
                tip: s.tip.to_string(),
                total: s.total.to_string(),
            });
        }
    }
    state.to_customer(CustomerScreen::Cart(CartView::of(
        &sale,
        settings.fiat.code(),
        tips,
    )));
    Ok(())
}

/// A manager's or the owner's PIN letting a discount past the limit.
#[derive(Debug, serde::Deserialize)]
pub struct Approval {
    staff: String,
    pin: String,
}

impl Desktop {
    /// Prices a cart for a charge: the sale, and who approved its discount
    /// when one above the limit needed it.
    pub(super) fn ring_up(
        &self,
        seller: &counterpay_core::StaffMember,
        cart: &Cart,
        approval: Option<Approval>,
    ) -> CommandResult<(Sale, Option<Actor>)> {
        let settings = self.shop.settings()?;
        let sale = catalog::price_cart(&self.shop, &settings, cart)?;
        let Some(over) = catalog::over_discount_limit(&settings, &sale) else {
            return Ok((sale, None));
        };
        if seller.role.may(Permission::Manage) {
            return Ok((sale, Some(Actor::staff(seller))));
        }
        let needed = || {
            CommandError::new(
                "approval_needed",
                format!("{over}: a manager's or the owner's PIN is needed"),
            )
        };
        let approval = approval.ok_or_else(needed)?;
        if approval.pin.trim().is_empty() {
            return Err(needed());
        }
        let record = self
            .shop
            .journal
            .staff_member(&approval.staff)?
            .filter(|r| r.is_active())
            .ok_or_else(|| CommandError::new("invalid", "no such person on the staff"))?;
        if !record.role.may(Permission::Manage) {
            return Err(CommandError::new(
                "manager_only",
                format!(
                    "{} is a {}: {over}, and only a manager or the owner may allow it",
                    record.name, record.role
                ),
            ));
        }
        self.shop.check_pin(
            &record,
            &approval.pin,
            crate::staff::Purpose::Confirm("approve a discount"),
        )?;
        Ok((sale, Some(Actor::staff(&record.member()))))
    }
}

/// Every item, hidden ones too, for the owner's catalogue screen.
#[tauri::command]
pub fn owner_catalog(state: State<'_, Desktop>) -> CommandResult<Vec<CatalogItem>> {
    state.office(Permission::Own)?;
    Ok(catalog::list(&state.shop)?)
}

/// Adds an item, or changes the one with its SKU.
#[tauri::command]
pub fn owner_save_item(
    state: State<'_, Desktop>,
    name: String,
    price: String,
    sku: Option<String>,
    tax: Option<String>,
    category: Option<String>,
) -> CommandResult<CatalogItem> {
    let person = state.office(Permission::Own)?;
    let blank = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let saved = catalog::add(
        &state.shop,
        &name,
        &price,
        blank(&sku).as_deref(),
        blank(&tax).as_deref(),
        blank(&category).as_deref(),
        &Actor::staff(&person),
    )?;
    Ok(saved.item)
}

#[tauri::command]
pub fn owner_remove_item(state: State<'_, Desktop>, sku: String) -> CommandResult<CatalogItem> {
    let person = state.office(Permission::Own)?;
    Ok(catalog::remove(&state.shop, &sku, &Actor::staff(&person))?)
}

/// Hides an item from the counter, or offers it again.
#[tauri::command]
pub fn owner_offer_item(
    state: State<'_, Desktop>,
    sku: String,
    offered: bool,
) -> CommandResult<CatalogItem> {
    let person = state.office(Permission::Own)?;
    Ok(catalog::set_active(
        &state.shop,
        &sku,
        offered,
        &Actor::staff(&person),
    )?)
}

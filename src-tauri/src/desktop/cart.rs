//! The cart at the counter and the catalogue behind it: the items the
//! counter offers, a cart priced by the shop's rules (never in the page),
//! the cart on the customer display with the tips to tap, and the owner's
//! catalogue screen.

use super::customer::{CartView, CustomerScreen, TipChoice};
use super::error::{CommandError, CommandResult};
use super::Desktop;
use crate::catalog::{self, Cart};
use counterpay_core::catalog::CatalogItem;
use counterpay_core::said;
use counterpay_core::sale::{Adjustment, Sale};
use counterpay_core::settings::Tips;
use counterpay_core::{Actor, Permission};
use rust_decimal::Decimal;
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
        tip_presets: settings
            .tip_presets
            .iter()
            .map(|p| p.normalize().to_string())
            .collect(),
    })
}

/// A cart's figures, and why a manager must approve it when its discount
/// is above the shop's limit and the seller may not give it alone.
#[derive(Debug, Serialize)]
pub struct PricedCart {
    #[serde(flatten)]
    sale: Sale,
    needs_approval: Option<catalog::OverLimit>,
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
/// with the shop's tips to tap when `ask_tip` and the shop has the
/// customer choose. An invoice on the display stays there.
#[tauri::command]
pub fn show_cart(state: State<'_, Desktop>, cart: Cart, ask_tip: bool) -> CommandResult<()> {
    state.seller_reading()?;
    if state.watcher.shown().is_some() {
        return Ok(());
    }
    let view = if cart.lines.is_empty() {
        None
    } else {
        let settings = state.shop.settings()?;
        let asking = ask_tip && settings.tips == Tips::Customer;
        // Asking for a tip, the sale has none yet: each choice is worked
        // out from the one pricing.
        let cart = Cart {
            tip: if asking { None } else { cart.tip.clone() },
            ..cart
        };
        let sale = catalog::price_cart(&state.shop, &settings, &cart)?;
        let mut tips = Vec::new();
        if asking {
            let choice = |choice: String, (tip, total): (Decimal, Decimal)| TipChoice {
                choice,
                tip: tip.to_string(),
                total: total.to_string(),
            };
            tips.push(choice("none".into(), (sale.tip, sale.total)));
            for p in &settings.tip_presets {
                let offer = sale.with_tip(Adjustment::Percent(*p), &settings.fiat);
                tips.push(choice(p.normalize().to_string(), offer));
            }
        }
        Some(CartView::of(&sale, settings.fiat.code(), tips))
    };
    *state.cart_shown.lock().unwrap_or_else(|p| p.into_inner()) = view.clone();
    state.to_customer(view.map_or(CustomerScreen::Welcome, CustomerScreen::Cart));
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
            .said(
                "error-approval-needed",
                serde_json::json!({ "share": over.share, "limit": over.limit }),
            )
        };
        let approval = approval.ok_or_else(needed)?;
        if approval.pin.trim().is_empty() {
            return Err(needed());
        }
        let checked = self.manager_with_pin(
            &approval.staff,
            &approval.pin,
            crate::staff::Purpose::Confirm("approve a discount"),
            &format!("allow it ({over})"),
        )?;
        Ok((sale, Some(Actor::staff(&checked.person))))
    }
}

/// Every item, hidden ones too, for the owner's catalogue screen.
#[tauri::command]
pub fn owner_catalog(state: State<'_, Desktop>) -> CommandResult<Vec<CatalogItem>> {
    state.office(Permission::Own)?;
    Ok(catalog::list(&state.shop)?)
}

/// Adds an item, or changes the one being edited (`editing`, its SKU):
/// adding never replaces an item already in the catalogue.
#[tauri::command]
pub fn owner_save_item(
    state: State<'_, Desktop>,
    name: String,
    price: String,
    sku: Option<String>,
    tax: Option<String>,
    category: Option<String>,
    editing: Option<String>,
) -> CommandResult<CatalogItem> {
    let person = state.office(Permission::Own)?;
    let blank = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    if let Some(was) = editing.as_deref() {
        if blank(&sku).is_some_and(|s| !s.eq_ignore_ascii_case(was)) {
            return Err(said!(
                "error-sku-fixed",
                "the SKU of {was} cannot change: add the item anew with its new SKU",
                was = was
            )
            .into());
        }
    } else {
        let target = match blank(&sku) {
            Some(s) => counterpay_core::catalog::check_sku(&s),
            None => counterpay_core::catalog::sku_from_name(&name),
        }?;
        if let Some(there) = catalog::list(&state.shop)?
            .into_iter()
            .find(|i| i.sku == target)
        {
            return Err(said!(
                "error-item-there",
                "{name} is already in the catalogue as {target}: change it from the list, or give this item another SKU",
                name = there.name,
                target = target
            )
            .into());
        }
    }
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

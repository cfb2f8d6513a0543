//! The customer display: what it is sent (a welcome, the cart as it is
//! rung up with a tip to choose, or the invoice to pay), over its own
//! channel, and the one thing it may say back: the tip the customer tapped.

use super::{Desktop, InvoiceView, COUNTER};
use counterpay_core::sale::Sale;
use counterpay_core::Invoice;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Runtime};

/// One screen of the customer display.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "show", rename_all = "snake_case")]
pub enum CustomerScreen {
    Welcome,
    Cart(CartView),
    Invoice(Box<CustomerView>),
}

/// A cart line as the customer reads it.
#[derive(Debug, Clone, Serialize)]
pub struct CustomerLine {
    /// The item's name; `None` for an amount keyed at the counter, which
    /// the screen names in its language.
    pub name: Option<String>,
    pub qty: u32,
    /// What the line costs, after its discount, as priced (tax inside
    /// or on top, as the shop prices).
    pub total: String,
}

/// The cart's lines and figures; zero figures are left out.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CartFigures {
    pub lines: Vec<CustomerLine>,
    pub subtotal: Option<String>,
    pub discount: Option<String>,
    pub tax: Option<String>,
    pub tip: Option<String>,
}

impl CartFigures {
    fn of(
        lines: &[counterpay_core::sale::SaleLine],
        subtotal: Option<rust_decimal::Decimal>,
        discount: Option<rust_decimal::Decimal>,
        tax: Option<rust_decimal::Decimal>,
        tip: Option<rust_decimal::Decimal>,
    ) -> Self {
        let shown =
            |d: Option<rust_decimal::Decimal>| d.filter(|d| !d.is_zero()).map(|d| d.to_string());
        CartFigures {
            lines: lines
                .iter()
                .map(|l| CustomerLine {
                    name: l.sku.as_ref().map(|_| l.name.clone()),
                    qty: l.qty,
                    total: (l.total).to_string(),
                })
                .collect(),
            subtotal: subtotal.map(|d| d.to_string()),
            discount: shown(discount),
            tax: shown(tax),
            tip: shown(tip),
        }
    }
}

/// A tip the customer may tap, with what the sale then comes to.
#[derive(Debug, Clone, Serialize)]
pub struct TipChoice {
    /// Percent, or "none".
    pub choice: String,
    pub tip: String,
    pub total: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CartView {
    #[serde(flatten)]
    pub figures: CartFigures,
    pub total: String,
    pub fiat: String,
    /// The tips to tap, when the counter asks the customer for one.
    pub tips: Vec<TipChoice>,
}

impl CartView {
    pub fn of(sale: &Sale, fiat: &str, tips: Vec<TipChoice>) -> Self {
        CartView {
            figures: CartFigures::of(
                &sale.lines,
                Some(sale.subtotal),
                Some(sale.discount),
                Some(sale.tax),
                Some(sale.tip),
            ),
            total: sale.total.to_string(),
            fiat: fiat.to_string(),
            tips,
        }
    }
}

/// What the customer sees of an invoice: amounts, where to pay, the
/// outcome, the cart's lines. Nothing staff-only (no order id, no note,
/// no provider).
#[derive(Debug, Clone, Serialize)]
pub struct CustomerView {
    pub id: String,
    pub status: counterpay_core::Status,
    pub amount_fiat: String,
    pub fiat: String,
    pub amount_crypto: Option<String>,
    /// What has arrived so far.
    pub paid_crypto: String,
    pub currency: String,
    pub address: Option<String>,
    pub qr_svg: Option<String>,
    pub expires_at: Option<String>,
    pub shortfall: Option<String>,
    pub confirmations: counterpay_core::Confirmations,
    /// The asset's name and network, in large type beside the amount.
    pub asset: Option<counterpay_core::money::AssetLabel>,
    #[serde(flatten)]
    pub cart: CartFigures,
}

impl CustomerView {
    pub fn of(view: &InvoiceView) -> Self {
        let inv: &Invoice = &view.invoice;
        CustomerView {
            id: inv.id.clone(),
            status: inv.status,
            amount_fiat: inv.amount_fiat.to_string(),
            fiat: inv.fiat.clone(),
            amount_crypto: inv.amount_crypto.map(|a| a.normalize().to_string()),
            paid_crypto: inv.paid_crypto.normalize().to_string(),
            currency: inv.currency.clone(),
            address: inv.address.clone(),
            qr_svg: view.qr_svg.clone(),
            expires_at: inv
                .expires_at
                .map(|t| counterpay_core::invoice::timestamp::format(&t)),
            shortfall: view.shortfall.clone(),
            confirmations: inv.confirmations,
            asset: view.asset.clone(),
            cart: CartFigures::of(&inv.lines, inv.subtotal, inv.discount, inv.tax, inv.tip),
        }
    }
}

impl Desktop {
    /// What the customer display shows now: the invoice on it, or else the
    /// cart being rung up, or else the welcome.
    pub(super) fn customer_screen(&self) -> CustomerScreen {
        let invoice = self
            .watcher
            .shown()
            .and_then(|id| self.till.invoice(&id).ok());
        if let Some(i) = invoice {
            return CustomerScreen::Invoice(Box::new(CustomerView::of(&self.view(i))));
        }
        match self
            .cart_shown
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
        {
            Some(cart) => CustomerScreen::Cart(cart),
            None => CustomerScreen::Welcome,
        }
    }

    /// Sends the customer display what to show, over its own channel.
    pub(super) fn to_customer(&self, screen: CustomerScreen) {
        let channel = self.customer.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(c) = channel.as_ref() {
            let _ = c.send(screen);
        }
    }
}

/// The customer's tap on a tip, passed to the counter, which prices it
/// into the cart and charges; "none" declines one. Only a tip the display
/// is offering now is taken, and only once.
#[tauri::command]
pub fn customer_tip<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, Desktop>,
    choice: String,
) -> super::error::CommandResult<()> {
    let mut shown = state.cart_shown.lock().unwrap_or_else(|p| p.into_inner());
    let offered = shown
        .as_mut()
        .filter(|cart| cart.tips.iter().any(|t| t.choice == choice));
    let Some(cart) = offered else {
        return Err(counterpay_core::said!(
            "error-tip-not-offered",
            "no tip of {choice} is being offered",
            choice = &choice
        )
        .into());
    };
    cart.tips.clear();
    let _ = app.emit_to(COUNTER, "customer_tip", &choice);
    Ok(())
}

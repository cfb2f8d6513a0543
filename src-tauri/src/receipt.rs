//! What a printed receipt says: enough for the customer to prove the
//! payment (amounts, txid, invoice id) and for the shop to find it again.

use chrono::{DateTime, Utc};
use counterpay_core::invoice::timestamp;
use counterpay_core::money::AssetLabel;
use counterpay_core::settings::Settings;
use counterpay_core::{Invoice, Status};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Receipt {
    pub shop_name: String,
    /// The shop's address, tax number and closing line, as the owner set them.
    pub address: Option<String>,
    pub tax_number: Option<String>,
    pub footer: Option<String>,
    /// When the money arrived; the screen writes it in the till's zone and
    /// the staff's language.
    #[serde(with = "timestamp")]
    pub paid_at: DateTime<Utc>,
    pub invoice_id: String,
    pub order_id: String,
    pub amount_fiat: String,
    pub fiat: String,
    pub paid_crypto: String,
    pub currency: String,
    /// The asset as people name it ("USDT · Tron (TRC-20)"), beside its code.
    pub asset_label: Option<AssetLabel>,
    pub txid: Option<String>,
    pub cashier: Option<String>,
    pub paid_late: bool,
    /// The cart's lines, when the sale was rung up from them.
    pub lines: Vec<ReceiptLine>,
    /// Subtotal, discount, tax per rate and tip, in that order; empty for
    /// a typed amount. The screen words each in its language.
    pub figures: Vec<Figure>,
}

/// One figure under a receipt's lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Figure {
    /// subtotal, discount, tax (added on top), tax_included (inside the
    /// prices) or tip.
    pub kind: &'static str,
    /// The tax rate in percent, for tax and tax_included.
    pub rate: Option<String>,
    pub amount: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReceiptLine {
    pub qty: u32,
    /// The item's name; `None` for an amount keyed at the counter, which
    /// the screen names in its language.
    pub name: Option<String>,
    /// Quantity times unit price, before discount and tax on top.
    pub amount: String,
}

/// The figures under the lines: what was taken off, the tax at each rate
/// (as tax authorities want it shown), and the tip.
fn figures(inv: &Invoice) -> Vec<Figure> {
    let mut out = Vec::new();
    if inv.lines.is_empty() {
        return out;
    }
    let mut row = |kind: &'static str, rate: Option<String>, amount: rust_decimal::Decimal| {
        out.push(Figure {
            kind,
            rate,
            amount: amount.to_string(),
        });
    };
    if let Some(s) = inv.subtotal {
        row("subtotal", None, s);
    }
    if let Some(d) = inv.discount.filter(|d| !d.is_zero()) {
        row("discount", None, -d);
    }
    let mut by_rate = std::collections::BTreeMap::new();
    for l in &inv.lines {
        *by_rate
            .entry(l.tax_rate.normalize())
            .or_insert(rust_decimal::Decimal::ZERO) += l.tax;
    }
    let kind = if inv.prices_include_tax == Some(true) {
        "tax_included"
    } else {
        "tax"
    };
    for (rate, tax) in by_rate {
        row(kind, Some(rate.to_string()), tax);
    }
    if let Some(t) = inv.tip.filter(|t| !t.is_zero()) {
        row("tip", None, t);
    }
    out
}

impl Receipt {
    /// Only a paid invoice gets a receipt: one for a short payment would
    /// read as proof that the goods were paid for.
    pub fn of(inv: &Invoice, settings: &Settings) -> Result<Receipt, String> {
        if inv.status != Status::Paid {
            return Err(format!(
                "invoice {} is {}: only a paid invoice gets a receipt",
                inv.id, inv.status
            ));
        }
        let paid_at = inv.paid_at.unwrap_or(inv.updated_at);
        Ok(Receipt {
            shop_name: settings.shop_name.clone(),
            address: settings.receipt_address.clone(),
            tax_number: settings.receipt_tax_number.clone(),
            footer: settings.receipt_footer.clone(),
            paid_at,
            invoice_id: inv.id.clone(),
            order_id: inv.order_id.clone(),
            amount_fiat: inv.amount_fiat.to_string(),
            fiat: inv.fiat.clone(),
            paid_crypto: inv.paid_crypto.normalize().to_string(),
            currency: inv.currency.clone(),
            asset_label: AssetLabel::of(&inv.currency),
            txid: inv.txid.clone(),
            cashier: inv.cashier.clone(),
            paid_late: inv.flags.contains(&counterpay_core::Flag::PaidLate),
            lines: inv
                .lines
                .iter()
                .map(|l| ReceiptLine {
                    qty: l.qty,
                    name: l.sku.as_ref().map(|_| l.name.clone()),
                    // As priced, so the lines add up to the subtotal under them.
                    amount: (l.unit_price * rust_decimal::Decimal::from(l.qty)).to_string(),
                })
                .collect(),
            figures: figures(inv),
        })
    }
}

/// A refund's receipt: what went back to the customer, where, and for
/// which sale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RefundReceipt {
    pub shop_name: String,
    pub address: Option<String>,
    pub tax_number: Option<String>,
    pub footer: Option<String>,
    /// When it was sent; the screens write it in the till's zone.
    #[serde(with = "timestamp")]
    pub sent_at: DateTime<Utc>,
    pub refund_id: String,
    pub invoice_id: String,
    pub order_id: String,
    /// What the sale was, for the customer's records.
    pub sale_fiat: String,
    pub fiat: String,
    pub amount: String,
    pub asset: String,
    pub asset_label: Option<AssetLabel>,
    /// The customer's wallet it went to.
    pub to: String,
    pub txid: Option<String>,
    /// completed, pending, failed…: a receipt of a refund not yet
    /// completed says so.
    pub status: String,
}

impl RefundReceipt {
    pub fn of(
        refund: &counterpay_core::payout::Withdrawal,
        inv: &Invoice,
        settings: &Settings,
    ) -> RefundReceipt {
        RefundReceipt {
            shop_name: settings.shop_name.clone(),
            address: settings.receipt_address.clone(),
            tax_number: settings.receipt_tax_number.clone(),
            footer: settings.receipt_footer.clone(),
            sent_at: refund.created_at,
            refund_id: refund.id.clone(),
            invoice_id: inv.id.clone(),
            order_id: inv.order_id.clone(),
            sale_fiat: inv.amount_fiat.to_string(),
            fiat: inv.fiat.clone(),
            amount: refund.amount.normalize().to_string(),
            asset: refund.asset.clone(),
            asset_label: AssetLabel::of(&refund.asset),
            to: refund.address.clone(),
            txid: refund.txid.clone(),
            status: refund.status.as_str().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn invoice(status: Status) -> Invoice {
        let mut inv = Invoice::intent(
            "INV9".into(),
            "demo".into(),
            "order-9".into(),
            "EUR".into(),
            Decimal::from_str("12.50").unwrap(),
            "BTC".into(),
            None,
        );
        inv.status = status;
        inv.paid_crypto = Decimal::from_str("0.00012000").unwrap();
        inv.txid = Some("ab12".into());
        inv
    }

    #[test]
    fn a_paid_invoice_gets_a_receipt_with_exact_amounts() {
        let mut settings = Settings::default();
        settings.set("shop_name", "Corner Café").unwrap();
        settings.set("receipt_tax_number", "VAT DE123").unwrap();
        let r = Receipt::of(&invoice(Status::Paid), &settings).unwrap();
        assert_eq!(r.shop_name, "Corner Café");
        assert_eq!(r.tax_number.as_deref(), Some("VAT DE123"));
        assert_eq!(r.address, None);
        assert_eq!((r.amount_fiat.as_str(), r.fiat.as_str()), ("12.50", "EUR"));
        assert_eq!(r.paid_crypto, "0.00012");
        assert_eq!(r.txid.as_deref(), Some("ab12"));
        assert_eq!(r.invoice_id, "INV9");
    }

    #[test]
    fn a_cart_shows_its_lines_and_the_tax_at_each_rate() {
        use counterpay_core::sale::{price, Adjustment, LineInput};
        let eur = counterpay_core::Fiat::parse("EUR").unwrap();
        let line = |name: &str, price: &str, qty: u32, rate: &str| LineInput {
            sku: Some(name.to_uppercase()),
            name: name.into(),
            qty,
            unit_price: Decimal::from_str(price).unwrap(),
            tax_rate: Decimal::from_str(rate).unwrap(),
            discount: None,
        };
        let sale = price(
            &[line("Cake", "4.20", 2, "7"), line("Wine", "9.00", 1, "19")],
            Some(Adjustment::Amount(Decimal::ONE)),
            Some(Adjustment::Amount(Decimal::ONE)),
            true,
            &eur,
        )
        .unwrap();
        let mut inv = invoice(Status::Paid);
        inv.ring_up(sale);
        let r = Receipt::of(&inv, &Settings::default()).unwrap();
        assert_eq!(r.lines.len(), 2);
        assert_eq!(
            (
                r.lines[0].qty,
                r.lines[0].name.as_deref(),
                r.lines[0].amount.as_str()
            ),
            (2, Some("Cake"), "8.40")
        );
        let labels: Vec<(&str, Option<&str>)> = r
            .figures
            .iter()
            .map(|f| (f.kind, f.rate.as_deref()))
            .collect();
        assert_eq!(
            labels,
            [
                ("subtotal", None),
                ("discount", None),
                ("tax_included", Some("7")),
                ("tax_included", Some("19")),
                ("tip", None)
            ]
        );
        assert_eq!(r.figures[1].amount, "-1.00");
        assert_eq!(
            r.amount_fiat, "17.40",
            "16.40 after the discount, and the tip"
        );
        let plain = Receipt::of(&invoice(Status::Paid), &Settings::default()).unwrap();
        assert!(plain.lines.is_empty() && plain.figures.is_empty());
    }

    #[test]
    fn anything_but_paid_is_refused_with_the_reason() {
        for s in [Status::Underpaid, Status::Pending, Status::Expired] {
            let e = Receipt::of(&invoice(s), &Settings::default()).unwrap_err();
            assert!(e.contains("only a paid invoice"), "{e}");
            assert!(e.contains(s.as_str()), "{e}");
        }
    }
}

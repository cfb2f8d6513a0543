//! What the windows are sent about an invoice: the invoice itself plus
//! what the screen needs and should not compute (the QR, the shortfall).

use counterpay_core::{Invoice, Status};
use qrcode::render::svg;
use qrcode::QrCode;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct InvoiceView {
    #[serde(flatten)]
    pub invoice: Invoice,
    /// The payment URI as an SVG QR code, while the invoice can be paid.
    pub qr_svg: Option<String>,
    /// What is still missing on an underpaid invoice, in the asset.
    pub shortfall: Option<String>,
    /// Whether the simulated payer can act on it.
    pub sandbox: bool,
}

/// The QR of a payment URI, as SVG markup (no script, no style).
pub fn qr_svg(uri: &str) -> Option<String> {
    let code = QrCode::new(uri.as_bytes()).ok()?;
    Some(
        code.render::<svg::Color<'_>>()
            .min_dimensions(240, 240)
            .quiet_zone(true)
            .build(),
    )
}

impl InvoiceView {
    pub fn of(invoice: Invoice, sandbox: bool) -> Self {
        let payable = matches!(invoice.status, Status::Pending | Status::Underpaid);
        let qr_svg = invoice
            .payment_uri
            .as_deref()
            .filter(|_| payable)
            .and_then(qr_svg);
        let shortfall = match (invoice.status, invoice.amount_crypto) {
            (Status::Underpaid, Some(asked)) if asked > invoice.paid_crypto => {
                Some((asked - invoice.paid_crypto).normalize().to_string())
            }
            _ => None,
        };
        InvoiceView {
            invoice,
            qr_svg,
            shortfall,
            sandbox,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn the_qr_is_svg_without_scripts_or_styles() {
        let svg = qr_svg("bitcoin:bc1qexample?amount=0.001").unwrap();
        assert!(svg.contains("<svg"));
        assert!(!svg.contains("<script") && !svg.contains("style="));
    }

    #[test]
    fn an_underpaid_invoice_says_what_is_missing_and_keeps_its_qr() {
        let mut inv = Invoice::intent(
            "A".into(),
            "demo".into(),
            "o".into(),
            "USD".into(),
            Decimal::TEN,
            "USDTTRC20".into(),
            None,
        );
        inv.status = Status::Underpaid;
        inv.amount_crypto = Some(Decimal::TEN);
        inv.paid_crypto = Decimal::from(4);
        inv.payment_uri = Some("TXaddr".into());
        let view = InvoiceView::of(inv.clone(), false);
        assert_eq!(view.shortfall.as_deref(), Some("6"));
        assert!(view.qr_svg.is_some());
        inv.status = Status::Paid;
        let paid = InvoiceView::of(inv, false);
        assert!(paid.qr_svg.is_none() && paid.shortfall.is_none());
    }
}

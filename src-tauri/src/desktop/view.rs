//! What the windows are sent about an invoice: the invoice itself plus
//! what the screen needs and should not compute (the QR, the shortfall).

use counterpay_core::money::AssetLabel;
use counterpay_core::payment_uri::payment_uri;
use counterpay_core::{Asset, Invoice, Status};
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
    /// The asset as a customer reads it, with its network.
    pub asset: Option<counterpay_core::money::AssetLabel>,
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
        let rest = match (invoice.status, invoice.amount_crypto) {
            (Status::Underpaid, Some(asked)) if asked > invoice.paid_crypto => {
                Some(asked - invoice.paid_crypto)
            }
            _ => None,
        };
        let uri = match invoice.status {
            Status::Pending => invoice.payment_uri.clone(),
            // The rest goes to the same address; the QR asks for the rest
            // only, where the URI scheme carries an amount.
            Status::Underpaid => match (&invoice.address, Asset::parse(&invoice.currency)) {
                (Some(address), Ok(asset)) => Some(payment_uri(&asset, address, rest)),
                _ => invoice.payment_uri.clone(),
            },
            _ => None,
        };
        let qr_svg = uri.as_deref().and_then(qr_svg);
        let shortfall = rest.map(|r| r.normalize().to_string());
        let asset = AssetLabel::of(&invoice.currency);
        InvoiceView {
            invoice,
            qr_svg,
            shortfall,
            sandbox,
            asset,
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
        let paid = InvoiceView::of(inv.clone(), false);
        assert!(paid.qr_svg.is_none() && paid.shortfall.is_none());
        for closed in [Status::Expired, Status::Cancelled] {
            inv.status = closed;
            assert!(InvoiceView::of(inv.clone(), false).qr_svg.is_none());
        }
    }

    #[test]
    fn the_qr_of_an_underpaid_invoice_asks_for_the_rest() {
        let mut inv = Invoice::intent(
            "B".into(),
            "demo".into(),
            "o".into(),
            "USD".into(),
            Decimal::TEN,
            "BTC".into(),
            None,
        );
        let address = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
        inv.status = Status::Underpaid;
        inv.address = Some(address.into());
        inv.amount_crypto = Some("0.001".parse().unwrap());
        inv.paid_crypto = "0.0004".parse().unwrap();
        inv.payment_uri = Some(format!("bitcoin:{address}?amount=0.001"));
        let view = InvoiceView::of(inv, false);
        assert_eq!(view.shortfall.as_deref(), Some("0.0006"));
        let rest = qr_svg(&format!("bitcoin:{address}?amount=0.0006")).unwrap();
        assert_eq!(view.qr_svg.as_deref(), Some(rest.as_str()));
    }
}

//! What a printed receipt says: enough for the customer to prove the
//! payment (amounts, txid, invoice id) and for the shop to find it again.

use chrono::Local;
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
    /// When the money arrived, in the till's local time.
    pub paid_at: String,
    pub invoice_id: String,
    pub order_id: String,
    pub amount_fiat: String,
    pub fiat: String,
    pub paid_crypto: String,
    pub currency: String,
    pub txid: Option<String>,
    pub cashier: Option<String>,
    pub paid_late: bool,
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
            paid_at: paid_at
                .with_timezone(&Local)
                .format("%Y-%m-%d %H:%M")
                .to_string(),
            invoice_id: inv.id.clone(),
            order_id: inv.order_id.clone(),
            amount_fiat: inv.amount_fiat.to_string(),
            fiat: inv.fiat.clone(),
            paid_crypto: inv.paid_crypto.normalize().to_string(),
            currency: inv.currency.clone(),
            txid: inv.txid.clone(),
            cashier: inv.cashier.clone(),
            paid_late: inv.flags.contains(&counterpay_core::Flag::PaidLate),
        })
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
    fn anything_but_paid_is_refused_with_the_reason() {
        for s in [Status::Underpaid, Status::Pending, Status::Expired] {
            let e = Receipt::of(&invoice(s), &Settings::default()).unwrap_err();
            assert!(e.contains("only a paid invoice"), "{e}");
            assert!(e.contains(s.as_str()), "{e}");
        }
    }
}

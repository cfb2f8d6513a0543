//! Cryptofuse's JSON, read leniently: its documents show the same payment
//! under several field names (`transaction_id` and `payment_id`,
//! `blockchain_address` and `address`), amounts as strings and numbers.

use crate::wire;
use chrono::{DateTime, Utc};
use counterpay_core::{Confirmations, Currency, Flag, GatewayError, GatewayInvoice, Status};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::BTreeSet;

#[derive(Debug, Default, Deserialize)]
pub struct WirePayment {
    transaction_id: Option<String>,
    payment_id: Option<String>,
    #[serde(default, deserialize_with = "wire::text")]
    id: Option<String>,
    status: Option<String>,
    payment_type: Option<String>,
    address: Option<String>,
    blockchain_address: Option<String>,
    #[serde(default, deserialize_with = "wire::decimal")]
    amount_crypto: Option<Decimal>,
    /// The API-key variant names the crypto amount `amount`.
    #[serde(default, deserialize_with = "wire::decimal")]
    amount: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::decimal")]
    total_paid_amount: Option<Decimal>,
    currency: Option<String>,
    order_id: Option<String>,
    custom_id: Option<String>,
    transaction_hash: Option<String>,
    #[serde(default, deserialize_with = "wire::count")]
    confirmations: Option<u32>,
    #[serde(default, deserialize_with = "wire::count")]
    required_confirmations: Option<u32>,
    #[serde(default, deserialize_with = "wire::time")]
    expiry_time: Option<DateTime<Utc>>,
    #[serde(default, deserialize_with = "wire::time")]
    created_at: Option<DateTime<Utc>>,
    payment_url: Option<String>,
    data: Option<Box<RawValue>>,
}

fn protocol(what: impl std::fmt::Display) -> GatewayError {
    GatewayError::Protocol(what.to_string())
}

pub fn parse_payment(body: &[u8]) -> Result<GatewayInvoice, GatewayError> {
    let top: WirePayment =
        serde_json::from_slice(body).map_err(|e| protocol(format!("payment: {e}")))?;
    // Status answers may wrap the payment in `data`, as webhooks do.
    let payment = match &top.data {
        Some(raw) if raw.get().trim_start().starts_with('{') => {
            let inner: WirePayment = serde_json::from_str(raw.get())
                .map_err(|e| protocol(format!("payment data: {e}")))?;
            inner.or(top)
        }
        _ => top,
    };
    payment.into_invoice()
}

impl WirePayment {
    /// Fills what `self` lacks from `outer`. The id is the outer one where
    /// both are given: the guide's status example names the create's id
    /// outside and another under `data`, and the invoice is known by the
    /// create's.
    fn or(self, outer: WirePayment) -> WirePayment {
        WirePayment {
            transaction_id: outer.transaction_id.or(self.transaction_id),
            payment_id: self.payment_id.or(outer.payment_id),
            status: self.status.or(outer.status),
            order_id: self.order_id.or(outer.order_id),
            ..self
        }
    }

    fn reference(&self) -> Option<String> {
        self.transaction_id
            .clone()
            .or_else(|| self.payment_id.clone())
            .or_else(|| self.id.clone())
            .filter(|r| !r.trim().is_empty())
    }

    pub fn into_invoice(self) -> Result<GatewayInvoice, GatewayError> {
        let provider_ref = self
            .reference()
            .ok_or_else(|| protocol("a payment without an id"))?;
        let raw_status = self
            .status
            .as_deref()
            .ok_or_else(|| protocol(format!("payment {provider_ref} without a status")))?;
        let amount_crypto = self.amount_crypto.or(self.amount);
        let paid = self.total_paid_amount;
        let mut flags = BTreeSet::new();
        let status = match raw_status.trim().to_ascii_lowercase().as_str() {
            "waiting" | "pending" | "new" | "created" => Status::Pending,
            "confirming" | "processing" => Status::Confirming,
            "completed" | "complete" | "finished" | "paid" => {
                let partial = self.payment_type.as_deref() == Some("partial")
                    || matches!((paid, amount_crypto), (Some(p), Some(a)) if p < a);
                if partial {
                    Status::Underpaid
                } else {
                    if matches!((paid, amount_crypto), (Some(p), Some(a)) if p > a) {
                        flags.insert(Flag::Overpaid);
                    }
                    Status::Paid
                }
            }
            "partially_paid" | "partial" | "underpaid" => Status::Underpaid,
            "expired" => Status::Expired,
            "failed" | "error" => Status::Failed,
            "cancelled" | "canceled" => Status::Cancelled,
            other => {
                return Err(protocol(format!(
                    "payment {provider_ref} has unknown status \"{other}\""
                )))
            }
        };
        let confirmations = self.confirmations.map(|received| Confirmations {
            received,
            required: self.required_confirmations,
        });
        Ok(GatewayInvoice {
            provider_ref,
            order_id: self.order_id.or(self.custom_id),
            status,
            flags,
            currency: self.currency,
            amount_crypto,
            paid_crypto: paid,
            address: self.blockchain_address.or(self.address),
            checkout_url: self.payment_url,
            confirmations,
            txid: self.transaction_hash,
            created_at: self.created_at,
            expires_at: self.expiry_time,
        })
    }
}

/// One page of `GET /payments/`: the documents do not show its shape, so
/// the common ones are all read.
#[derive(Debug, Deserialize)]
struct PageEnvelope {
    results: Option<Vec<Box<RawValue>>>,
    payments: Option<Vec<Box<RawValue>>>,
    data: Option<Vec<Box<RawValue>>>,
    items: Option<Vec<Box<RawValue>>>,
}

pub fn parse_page(body: &[u8]) -> Result<wire::Page<GatewayInvoice>, GatewayError> {
    let text = std::str::from_utf8(body).map_err(|_| protocol("payment list is not UTF-8"))?;
    let items: Vec<Box<RawValue>> = if text.trim_start().starts_with('[') {
        serde_json::from_str(text).map_err(|e| protocol(format!("payment list: {e}")))?
    } else {
        let env: PageEnvelope =
            serde_json::from_str(text).map_err(|e| protocol(format!("payment list: {e}")))?;
        env.results
            .or(env.payments)
            .or(env.data)
            .or(env.items)
            .ok_or_else(|| protocol("payment list without results"))?
    };
    Ok(wire::each_item(&items, "payment list", |raw| {
        parse_payment(raw.get().as_bytes())
    }))
}

#[derive(Debug, Deserialize)]
struct WireCurrency {
    currency: Option<String>,
    code: Option<String>,
    name: Option<String>,
    token: Option<String>,
    blockchain: Option<String>,
    #[serde(default, deserialize_with = "wire::decimal")]
    min_amount: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::decimal")]
    max_amount: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::decimal")]
    min_amount_usd: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::decimal")]
    max_amount_usd: Option<Decimal>,
}

#[derive(Debug, Deserialize)]
struct CurrencyList {
    currencies: Vec<Box<RawValue>>,
}

pub fn parse_currencies(body: &[u8]) -> Result<Vec<Currency>, GatewayError> {
    let list: CurrencyList =
        serde_json::from_slice(body).map_err(|e| protocol(format!("currency list: {e}")))?;
    list.currencies
        .iter()
        .map(|raw| {
            let text = raw.get().trim();
            if text.starts_with('"') {
                let code: String =
                    serde_json::from_str(text).map_err(|e| protocol(e.to_string()))?;
                return Ok(Currency {
                    name: code.clone(),
                    code,
                    network: None,
                    token: None,
                    min_amount: None,
                    max_amount: None,
                    min_amount_fiat: None,
                    max_amount_fiat: None,
                    limits_fiat: None,
                });
            }
            let c: WireCurrency =
                serde_json::from_str(text).map_err(|e| protocol(format!("currency: {e}")))?;
            let code = c
                .currency
                .or(c.code)
                .ok_or_else(|| protocol("a currency without a code"))?;
            let has_usd = c.min_amount_usd.is_some() || c.max_amount_usd.is_some();
            Ok(Currency {
                name: c.name.unwrap_or_else(|| code.clone()),
                code,
                network: c.blockchain,
                token: c.token,
                min_amount: c.min_amount,
                max_amount: c.max_amount,
                min_amount_fiat: c.min_amount_usd,
                max_amount_fiat: c.max_amount_usd,
                limits_fiat: has_usd.then(|| "USD".to_string()),
            })
        })
        .collect()
}

/// `GET /rates/`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
pub struct Rate {
    pub currency_from: String,
    pub currency_to: String,
    #[serde(deserialize_with = "required_decimal")]
    pub amount: Decimal,
    #[serde(deserialize_with = "required_decimal")]
    pub estimated_amount: Decimal,
    #[serde(deserialize_with = "required_decimal")]
    pub rate: Decimal,
    #[serde(default, deserialize_with = "wire::decimal")]
    pub fee_percentage: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::decimal")]
    pub fee_amount: Option<Decimal>,
}

/// `GET /payments/min-amount/`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
pub struct MinAmount {
    pub currency: String,
    #[serde(deserialize_with = "required_decimal")]
    pub min_amount: Decimal,
    #[serde(default, deserialize_with = "wire::decimal")]
    pub max_amount: Option<Decimal>,
    pub blockchain: Option<String>,
    pub token: Option<String>,
}

impl Rate {
    /// The market conversion before Cryptofuse's fee, per unit of
    /// `currency_from`. The documents disagree on what `rate` is: the
    /// integration guide's example has `estimated_amount = amount × rate`
    /// "after 1 % fee" (a net rate), the endpoint list's has a `rate` that
    /// only fits before the fee. So the answer decides: when `rate` times
    /// `amount` gives `estimated_amount` and a fee was taken, `rate` is net
    /// and the fee is added back; otherwise `rate` is already gross.
    pub fn gross(&self) -> Decimal {
        let fee = self.fee_percentage.unwrap_or_default();
        let hundred = Decimal::ONE_HUNDRED;
        let reads_net = fee > Decimal::ZERO
            && fee < hundred
            && (self.amount * self.rate - self.estimated_amount).abs()
                <= self.estimated_amount.abs() / Decimal::from(1_000_000);
        if reads_net {
            self.rate / (Decimal::ONE - fee / hundred)
        } else {
            self.rate
        }
    }
}

/// `GET /user/me/`: the tenant, and who pays its fee by default. Every
/// field is optional; the call's worth is that it needs the credentials.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
pub struct Tenant {
    pub name: Option<String>,
    #[serde(default, deserialize_with = "wire::decimal")]
    pub transaction_fee: Option<Decimal>,
    pub is_fee_paid_by_user: Option<bool>,
}

fn required_decimal<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    wire::decimal(d)?.ok_or_else(|| serde::de::Error::custom("missing amount"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_create_answer_is_read() {
        let body = br#"{"transaction_id":"550e8400-e29b-41d4-a716-446655440000","status":"waiting","blockchain_address":"TXYZabc123","amount_usd":"100.00","amount_crypto":"100.00000000","blockchain":"TRX","token":"USDT","currency":"USDTTRC20","expiry_time":"2024-12-27T10:30:00Z","created_at":"2024-12-27T10:00:00Z"}"#;
        let inv = parse_payment(body).unwrap();
        assert_eq!(inv.provider_ref, "550e8400-e29b-41d4-a716-446655440000");
        assert_eq!(inv.status, Status::Pending);
        assert_eq!(inv.address.as_deref(), Some("TXYZabc123"));
        assert_eq!(inv.amount_crypto.unwrap().to_string(), "100.00000000");
        assert!(inv.expires_at.is_some());
    }

    #[test]
    fn a_wrapped_status_keeps_the_id_the_create_named() {
        let body = br#"{"transaction_id":"550e8400-e29b-41d4-a716-446655440000","status":"confirming","data":{"transaction_id":"123e4567-e89b-12d3-a456-426614174000","status":"confirming","confirmations":2}}"#;
        let inv = parse_payment(body).unwrap();
        assert_eq!(inv.provider_ref, "550e8400-e29b-41d4-a716-446655440000");
        assert_eq!(inv.status, Status::Confirming);
    }

    fn rate(body: &str) -> Rate {
        serde_json::from_str(body).unwrap()
    }

    #[test]
    fn both_documented_readings_of_the_rate_give_the_gross_rate() {
        // The integration guide: 100 USD, 99.0 "after 1% fee", rate 0.99.
        let guide = rate(
            r#"{"currency_from":"USD","currency_to":"USDTTRC20","amount":100.0,"estimated_amount":99.0,"rate":0.99,"fee_percentage":1.0,"fee_amount":1.0}"#,
        );
        assert_eq!(guide.gross(), Decimal::ONE);
        // The endpoint list: the same fee, but a rate of 0.999 that 100 ×
        // 0.999 ≠ 99.0 shows to be before the fee.
        let list = rate(
            r#"{"currency_from":"USD","currency_to":"USDTTRC20","amount":100.0,"estimated_amount":99.0,"rate":0.999,"fee_percentage":1.0,"fee_amount":1.0}"#,
        );
        assert_eq!(list.gross().to_string(), "0.999");
        // The simple answer carries no fee: its rate is taken as it is.
        let simple = rate(
            r#"{"currency_from":"USD","currency_to":"USDTTRC20","amount":100.0,"estimated_amount":99.9,"rate":0.999}"#,
        );
        assert_eq!(simple.gross().to_string(), "0.999");
    }

    #[test]
    fn the_documented_tenant_is_read() {
        let t: Tenant = serde_json::from_str(
            r#"{"name":"Your Company","transaction_fee":1.0,"is_fee_paid_by_user":false,"webhook_callback_url":"https://your-site.com/webhook","webhook_secret_masked":"sec_****fgh"}"#,
        )
        .unwrap();
        assert_eq!(t.name.as_deref(), Some("Your Company"));
        assert_eq!(t.transaction_fee, Some(Decimal::ONE));
        assert_eq!(t.is_fee_paid_by_user, Some(false));
    }

    #[test]
    fn the_api_key_variant_is_read() {
        let body = br#"{"payment_id":"f47ac10b","amount":100.00,"currency":"USDTTRC20","address":"TYN2","expiry_time":"2025-04-30T14:30:25.123Z","wallet_id":null,"status":"pending","payment_url":"https://cryptofuse.io/payment/f47ac10b"}"#;
        let inv = parse_payment(body).unwrap();
        assert_eq!(inv.provider_ref, "f47ac10b");
        assert_eq!(inv.amount_crypto.unwrap().to_string(), "100.00");
        assert_eq!(
            inv.checkout_url.as_deref(),
            Some("https://cryptofuse.io/payment/f47ac10b")
        );
    }

    #[test]
    fn completed_maps_by_payment_type_and_amounts() {
        let st = |extra: &str| {
            let body = format!(
                r#"{{"transaction_id":"t","status":"completed","amount_crypto":"10"{extra}}}"#
            );
            parse_payment(body.as_bytes()).unwrap()
        };
        assert_eq!(
            st(r#","payment_type":"full","total_paid_amount":"10""#).status,
            Status::Paid
        );
        assert_eq!(
            st(r#","payment_type":"partial","total_paid_amount":"4""#).status,
            Status::Underpaid
        );
        assert_eq!(st(r#","total_paid_amount":"4""#).status, Status::Underpaid);
        let over = st(r#","payment_type":"full","total_paid_amount":"12""#);
        assert_eq!(over.status, Status::Paid);
        assert!(over.flags.contains(&Flag::Overpaid));
    }

    #[test]
    fn the_webhook_shaped_answer_is_read_from_data() {
        let body = br#"{"transaction_id":"t1","event":"payment_status_update","status":"confirming","data":{"transaction_id":"t1","status":"confirming","amount_crypto":"100.00000000","address":"TX","transaction_hash":"0xabc","confirmations":1,"total_paid_amount":"100.00000000"}}"#;
        let inv = parse_payment(body).unwrap();
        assert_eq!(inv.status, Status::Confirming);
        assert_eq!(inv.txid.as_deref(), Some("0xabc"));
        assert_eq!(inv.confirmations.unwrap().received, 1);
    }

    #[test]
    fn malformed_and_unknown_answers_are_protocol_errors() {
        for body in [
            &b"{"[..],
            br#"{"status":"waiting"}"#,
            br#"{"transaction_id":"t"}"#,
            br#"{"transaction_id":"t","status":"teleported"}"#,
            br#"{"transaction_id":"t","status":"waiting","amount_crypto":"lots"}"#,
            br#"[]"#,
        ] {
            assert!(
                matches!(parse_payment(body), Err(GatewayError::Protocol(_))),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn pages_come_in_several_shapes() {
        let one = r#"{"transaction_id":"t","status":"waiting","order_id":"o-1"}"#;
        for body in [
            format!(r#"{{"count":1,"next":null,"results":[{one}]}}"#),
            format!(r#"{{"payments":[{one}]}}"#),
            format!("[{one}]"),
        ] {
            let page = parse_page(body.as_bytes()).unwrap();
            assert_eq!(page.items[0].order_id.as_deref(), Some("o-1"));
        }
        assert!(parse_page(br#"{"count":0}"#).is_err());
    }

    #[test]
    fn currencies_come_full_or_simple() {
        let full = br#"{"currencies":[{"currency":"USDTTRC20","name":"Tether USD","token":"usdt","blockchain":"trx","is_popular":true,"min_amount":"10.00000000","max_amount":"100000.00000000","min_amount_usd":"10.00","max_amount_usd":"100000.00"}]}"#;
        let c = &parse_currencies(full).unwrap()[0];
        assert_eq!(c.code, "USDTTRC20");
        assert_eq!(c.min_amount_fiat.unwrap().to_string(), "10.00");
        assert_eq!(c.limits_fiat.as_deref(), Some("USD"));
        let simple = br#"{"currencies":["USDTTRC20","BTC"]}"#;
        assert_eq!(parse_currencies(simple).unwrap()[1].code, "BTC");
    }
}

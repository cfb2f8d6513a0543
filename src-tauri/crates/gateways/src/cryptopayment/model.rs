//! CryptoPayment's JSON: `{success, invoice, checkout_url}` envelopes,
//! amounts as numbers or strings, confirmations as `{received, required}`
//! (or a bare count in webhooks).

use crate::wire;
use chrono::{DateTime, Utc};
use counterpay_core::payout::Balance;
use counterpay_core::{Confirmations, Flag, GatewayError, GatewayInvoice, Status};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::BTreeSet;

/// Our asset codes and CryptoPayment's networks and withdrawal coins.
pub const NETWORKS: &[(&str, &str, &str, &str)] = &[
    ("BTC", "btc", "BTC", "Bitcoin"),
    ("LTC", "ltc", "LTC", "Litecoin"),
    ("ETH", "eth", "ETH", "Ethereum"),
    ("USDTTRC20", "trc20", "USDT-TRC20", "USDT (TRC20)"),
    ("USDTBEP20", "bep20", "USDT-BEP20", "USDT (BEP20)"),
];

pub fn network_of(asset: &str) -> Option<&'static str> {
    NETWORKS.iter().find(|n| n.0 == asset).map(|n| n.1)
}

pub fn asset_of(network: &str) -> Option<&'static str> {
    NETWORKS
        .iter()
        .find(|n| n.1.eq_ignore_ascii_case(network))
        .map(|n| n.0)
}

pub fn coin_of(asset: &str) -> Option<&'static str> {
    NETWORKS.iter().find(|n| n.0 == asset).map(|n| n.2)
}

fn protocol(what: impl std::fmt::Display) -> GatewayError {
    GatewayError::Protocol(what.to_string())
}

#[derive(Debug, Deserialize)]
struct WireConfirmations {
    #[serde(default, deserialize_with = "wire::count")]
    received: Option<u32>,
    #[serde(default, deserialize_with = "wire::count")]
    required: Option<u32>,
}

#[derive(Debug, Deserialize)]
pub struct WireInvoice {
    #[serde(default, deserialize_with = "wire::text")]
    id: Option<String>,
    invoice_id: Option<String>,
    order_id: Option<String>,
    status: Option<String>,
    network: Option<String>,
    #[serde(default, deserialize_with = "wire::decimal")]
    amount_crypto: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::decimal")]
    paid_amount: Option<Decimal>,
    address: Option<String>,
    txid: Option<String>,
    confirmations: Option<Box<RawValue>>,
    #[serde(default, deserialize_with = "wire::time")]
    expires_at: Option<DateTime<Utc>>,
    #[serde(default, deserialize_with = "wire::time")]
    created_at: Option<DateTime<Utc>>,
    checkout_url: Option<String>,
}

/// `{success, invoice, checkout_url}`; `data` is read too, and a bare invoice.
#[derive(Debug, Deserialize)]
struct Envelope {
    invoice: Option<Box<RawValue>>,
    data: Option<Box<RawValue>>,
    checkout_url: Option<String>,
}

fn confirmations(raw: &RawValue) -> Result<Option<Confirmations>, GatewayError> {
    let text = raw.get().trim();
    if text == "null" {
        return Ok(None);
    }
    if text.starts_with('{') {
        let c: WireConfirmations =
            serde_json::from_str(text).map_err(|e| protocol(format!("confirmations: {e}")))?;
        return Ok(Some(Confirmations {
            received: c.received.unwrap_or(0),
            required: c.required,
        }));
    }
    #[derive(Deserialize)]
    struct Bare(#[serde(deserialize_with = "wire::count")] Option<u32>);
    let Bare(n) =
        serde_json::from_str(text).map_err(|e| protocol(format!("confirmations: {e}")))?;
    Ok(n.map(|received| Confirmations {
        received,
        required: None,
    }))
}

impl WireInvoice {
    pub fn into_invoice(self) -> Result<GatewayInvoice, GatewayError> {
        let provider_ref = self
            .id
            .clone()
            .or_else(|| self.invoice_id.clone())
            .ok_or_else(|| protocol("an invoice without an id"))?;
        let raw_status = self
            .status
            .as_deref()
            .ok_or_else(|| protocol(format!("invoice {provider_ref} without a status")))?;
        let amount = self.amount_crypto;
        let paid = self.paid_amount;
        let short = matches!((paid, amount), (Some(p), Some(a)) if p > Decimal::ZERO && p < a);
        let mut flags = BTreeSet::new();
        let status = match raw_status.trim().to_ascii_lowercase().as_str() {
            "pending" => Status::Pending,
            "confirming" => Status::Confirming,
            "confirmed" | "completed" | "paid" if short => Status::Underpaid,
            "confirmed" | "completed" | "paid" => {
                if matches!((paid, amount), (Some(p), Some(a)) if p > a) {
                    flags.insert(Flag::Overpaid);
                }
                Status::Paid
            }
            // Money that arrived but fell short is not a plain expiry.
            "expired" if short => Status::Underpaid,
            "expired" => Status::Expired,
            "cancelled" | "canceled" => Status::Cancelled,
            "failed" => Status::Failed,
            other => {
                return Err(protocol(format!(
                    "invoice {provider_ref} has unknown status \"{other}\""
                )))
            }
        };
        let confirmations = match &self.confirmations {
            Some(raw) => confirmations(raw)?,
            None => None,
        };
        let currency = match self.network.as_deref() {
            Some(n) => Some(
                asset_of(n)
                    .ok_or_else(|| protocol(format!("unknown network \"{n}\"")))?
                    .to_string(),
            ),
            None => None,
        };
        Ok(GatewayInvoice {
            provider_ref,
            order_id: self.order_id,
            status,
            flags,
            currency,
            amount_crypto: amount,
            paid_crypto: paid,
            address: self.address,
            checkout_url: self.checkout_url,
            confirmations,
            txid: self.txid.filter(|t| !t.is_empty()),
            created_at: self.created_at,
            expires_at: self.expires_at,
        })
    }
}

#[derive(Debug, Deserialize)]
struct Outcome {
    success: Option<bool>,
    error: Option<String>,
    message: Option<String>,
}

/// A refusal sent with HTTP 200 (`success: false`), on any answer (every
/// call passes through it): after a create or a withdrawal the gateway
/// made nothing, so the till shows it instead of searching for what is
/// not there.
pub(crate) fn refused(body: &[u8]) -> Result<(), GatewayError> {
    match serde_json::from_slice::<Outcome>(body) {
        Ok(o) if o.success == Some(false) => Err(GatewayError::Rejected {
            message: o
                .error
                .or(o.message)
                .unwrap_or_else(|| "success=false".into()),
            fields: Vec::new(),
        }),
        _ => Ok(()),
    }
}

/// The invoice of a create or get answer.
pub fn parse_invoice(body: &[u8]) -> Result<GatewayInvoice, GatewayError> {
    let env: Envelope =
        serde_json::from_slice(body).map_err(|e| protocol(format!("invoice: {e}")))?;
    let raw = env.invoice.or(env.data);
    let mut wire: WireInvoice = match &raw {
        Some(r) => serde_json::from_str(r.get()).map_err(|e| protocol(format!("invoice: {e}")))?,
        None => serde_json::from_slice(body).map_err(|e| protocol(format!("invoice: {e}")))?,
    };
    if wire.checkout_url.is_none() {
        wire.checkout_url = env.checkout_url;
    }
    wire.into_invoice()
}

#[derive(Debug, Deserialize)]
struct PageEnvelope {
    invoices: Option<Vec<Box<RawValue>>>,
    data: Option<Vec<Box<RawValue>>>,
    results: Option<Vec<Box<RawValue>>>,
    items: Option<Vec<Box<RawValue>>>,
}

/// One page of `GET /invoices?page=N`; the document does not show its shape.
pub fn parse_page(body: &[u8]) -> Result<wire::Page<GatewayInvoice>, GatewayError> {
    let text = std::str::from_utf8(body).map_err(|_| protocol("invoice list is not UTF-8"))?;
    let items: Vec<Box<RawValue>> = if text.trim_start().starts_with('[') {
        serde_json::from_str(text).map_err(|e| protocol(format!("invoice list: {e}")))?
    } else {
        let env: PageEnvelope =
            serde_json::from_str(text).map_err(|e| protocol(format!("invoice list: {e}")))?;
        env.invoices
            .or(env.data)
            .or(env.results)
            .or(env.items)
            .ok_or_else(|| protocol("invoice list without invoices"))?
    };
    Ok(wire::each_item(&items, "invoice list", |raw| {
        serde_json::from_str::<WireInvoice>(raw.get())
            .map_err(|e| protocol(format!("invoice: {e}")))?
            .into_invoice()
    }))
}

#[derive(Debug, Deserialize)]
struct WireBalance {
    #[serde(default, deserialize_with = "wire::decimal")]
    available: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::decimal")]
    pending: Option<Decimal>,
}

#[derive(Debug, Deserialize)]
struct Balances {
    balances: std::collections::BTreeMap<String, WireBalance>,
}

/// Balances per coin, named by our asset codes where we know the coin.
pub fn parse_balances(body: &[u8]) -> Result<Vec<Balance>, GatewayError> {
    let b: Balances =
        serde_json::from_slice(body).map_err(|e| protocol(format!("balances: {e}")))?;
    Ok(b.balances
        .into_iter()
        .map(|(coin, w)| Balance {
            account: "main".into(),
            asset: NETWORKS
                .iter()
                .find(|n| n.2.eq_ignore_ascii_case(&coin))
                .map_or(coin, |n| n.0.to_string()),
            available: w.available.unwrap_or_default(),
            pending: w.pending.unwrap_or_default(),
        })
        .collect())
}

/// The minimum and the network fee per coin, from the document's table.
/// The document does not say whether the fee comes out of the amount or
/// on top of it; we read it as out of it, as Cryptofuse's estimate shows.
pub fn withdrawal_terms(coin: &str) -> Option<(Decimal, Decimal)> {
    let (min, fee) = match coin {
        "BTC" => (Decimal::new(5, 4), Decimal::new(5, 5)),
        "LTC" => (Decimal::new(1, 2), Decimal::new(1, 3)),
        "ETH" => (Decimal::new(5, 3), Decimal::new(1, 3)),
        "USDT-TRC20" => (Decimal::new(5, 0), Decimal::new(1, 0)),
        "USDT-BEP20" => (Decimal::new(5, 0), Decimal::new(5, 1)),
        _ => return None,
    };
    Some((min, fee))
}

/// Requests worth more than this many USD wait for a person at the gateway.
pub const MANUAL_REVIEW_USD: Decimal = Decimal::from_parts(500, 0, 0, false, 0);

#[cfg(test)]
mod tests {
    use super::*;

    const CREATED: &str = r#"{"success":true,"invoice":{"id":"550e8400-e29b-41d4-a716-446655440000","order_id":"ORD-12345","status":"pending","network":"trc20","network_label":"USDT (TRC20)","coin":"USDT","amount_usd":50.00,"amount_crypto":50.00,"address":"TXxxxxxxxxxxxxxxxxxxxxxxxxxxxx","paid_amount":0,"txid":null,"confirmations":{"received":0,"required":19},"expires_at":"2024-01-15T10:30:00+00:00","created_at":"2024-01-15T10:00:00+00:00"},"checkout_url":"https://cryptopayment.center/pay/550e8400-"}"#;

    #[test]
    fn the_documented_create_answer_is_read() {
        let inv = parse_invoice(CREATED.as_bytes()).unwrap();
        assert_eq!(inv.provider_ref, "550e8400-e29b-41d4-a716-446655440000");
        assert_eq!(inv.status, Status::Pending);
        assert_eq!(inv.currency.as_deref(), Some("USDTTRC20"));
        assert_eq!(inv.amount_crypto.unwrap().to_string(), "50.00");
        assert_eq!(inv.confirmations.unwrap().required, Some(19));
        assert_eq!(
            inv.checkout_url.as_deref(),
            Some("https://cryptopayment.center/pay/550e8400-")
        );
        assert_eq!(inv.order_id.as_deref(), Some("ORD-12345"));
    }

    fn with(status: &str, paid: &str) -> GatewayInvoice {
        let body = format!(
            r#"{{"invoice":{{"id":"i","status":"{status}","amount_crypto":"10","paid_amount":{paid},"network":"btc"}}}}"#
        );
        parse_invoice(body.as_bytes()).unwrap()
    }

    #[test]
    fn statuses_and_short_payments_map_to_our_vocabulary() {
        assert_eq!(with("confirming", "10").status, Status::Confirming);
        assert_eq!(with("confirmed", "10").status, Status::Paid);
        assert_eq!(with("confirmed", "\"4\"").status, Status::Underpaid);
        assert_eq!(with("expired", "0").status, Status::Expired);
        assert_eq!(with("expired", "4").status, Status::Underpaid);
        let over = with("confirmed", "12");
        assert!(over.flags.contains(&Flag::Overpaid));
    }

    #[test]
    fn webhook_style_bare_confirmations_are_read() {
        let body = br#"{"invoice_id":"550e","status":"confirmed","amount_crypto":50.00,"paid_amount":50.00,"confirmations":19,"network":"trc20"}"#;
        let inv = parse_invoice(body).unwrap();
        assert_eq!(inv.provider_ref, "550e");
        assert_eq!(inv.confirmations.unwrap().received, 19);
    }

    #[test]
    fn success_false_is_a_refusal_not_an_unknown_outcome() {
        let refusal = refused(br#"{"success":false,"message":"Invalid API key"}"#).unwrap_err();
        assert!(refusal.to_string().contains("Invalid API key"), "{refusal}");
        assert!(refused(br#"{"success":true,"invoices":[]}"#).is_ok());
        assert!(refused(b"[]").is_ok(), "a bare list is no refusal");
        let e = refused(br#"{"success":false,"error":"Amount below minimum"}"#).unwrap_err();
        assert!(!e.outcome_unknown());
        assert_eq!(e.to_string(), "the gateway refused: Amount below minimum");
    }

    #[test]
    fn malformed_and_unknown_answers_are_protocol_errors() {
        for body in [
            &b"{\"success\":true,\"invoice\":"[..],
            br#"{"invoice":{"status":"pending"}}"#,
            br#"{"invoice":{"id":"x","status":"teleported"}}"#,
            br#"{"invoice":{"id":"x","status":"pending","network":"dogechain"}}"#,
            br#"{"invoice":{"id":"x","status":"pending","confirmations":"many"}}"#,
        ] {
            assert!(
                matches!(parse_invoice(body), Err(GatewayError::Protocol(_))),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn an_odd_item_is_left_out_of_a_page_not_the_rest() {
        let page = r#"{"success":true,"invoices":[
            {"id":"a","order_id":"o-1","status":"pending","network":"ltc"},
            {"id":"b","order_id":"o-2","status":"teleported","network":"ltc"},
            {"id":"c","order_id":"o-3","status":"pending","network":"dogechain"},
            {"id":"d","order_id":"o-4","status":"confirmed","network":"trc20"}],"page":1}"#;
        let page = parse_page(page.as_bytes()).unwrap();
        let read: Vec<_> = page.items.into_iter().map(|i| i.provider_ref).collect();
        assert_eq!(read, ["a", "d"]);
        assert_eq!(page.sent, 4, "a full page must not look short");
        assert!(
            parse_page(b"{").is_err(),
            "a page that is not JSON is still an error"
        );
    }

    #[test]
    fn pages_and_balances_are_read() {
        let one = r#"{"id":"a","order_id":"o-1","status":"pending","network":"ltc"}"#;
        for body in [
            format!(r#"{{"success":true,"invoices":[{one}],"page":1}}"#),
            format!("[{one}]"),
        ] {
            assert_eq!(
                parse_page(body.as_bytes()).unwrap().items[0]
                    .order_id
                    .as_deref(),
                Some("o-1")
            );
        }
        let b = parse_balances(br#"{"success":true,"balances":{"USDT-TRC20":{"available":450.00,"pending":0},"BTC":{"available":0.025,"pending":0}}}"#).unwrap();
        assert_eq!(b[0].asset, "BTC");
        assert_eq!(b[0].available.to_string(), "0.025");
        assert_eq!(b[1].asset, "USDTTRC20");
        assert_eq!(b[1].available.to_string(), "450.00");
    }
}

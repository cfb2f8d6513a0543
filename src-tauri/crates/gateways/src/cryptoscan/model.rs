//! CryptoScan's JSON: every answer is `{success, data}`, and within it ids,
//! amounts and unix times come as numbers or as strings.

use crate::wire;
use chrono::{DateTime, Utc};
use counterpay_core::gateway::FieldError;
use counterpay_core::{Flag, GatewayError, GatewayInvoice, Status};
use rust_decimal::Decimal;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;
use std::collections::BTreeSet;

/// One of our asset codes as CryptoScan names it: a cryptocurrency on a
/// network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScanAsset {
    pub code: &'static str,
    pub name: &'static str,
    pub cryptocurrency: &'static str,
    pub network: &'static str,
}

/// The assets the client can name. CryptoScan publishes no list, and its
/// document's list of values is empty, so only the stablecoins its pages
/// show are mapped; anything else is refused before a request is made,
/// because a guessed network could send the payer's money down the wrong
/// chain.
pub const ASSETS: &[ScanAsset] = &[
    ScanAsset {
        code: "USDTTRC20",
        name: "Tether USD (TRC-20)",
        cryptocurrency: "USDT",
        network: "TRC-20",
    },
    ScanAsset {
        code: "USDTERC20",
        name: "Tether USD (ERC-20)",
        cryptocurrency: "USDT",
        network: "ERC-20",
    },
    ScanAsset {
        code: "USDTBEP20",
        name: "Tether USD (BEP-20)",
        cryptocurrency: "USDT",
        network: "BEP-20",
    },
    ScanAsset {
        code: "USDCERC20",
        name: "USD Coin (ERC-20)",
        cryptocurrency: "USDC",
        network: "ERC-20",
    },
];

pub fn asset_for(code: &str) -> Option<&'static ScanAsset> {
    ASSETS
        .iter()
        .find(|a| a.code.eq_ignore_ascii_case(code.trim()))
}

pub fn asset_of(cryptocurrency: &str, network: &str) -> Option<&'static ScanAsset> {
    ASSETS.iter().find(|a| {
        a.cryptocurrency.eq_ignore_ascii_case(cryptocurrency.trim())
            && a.network.eq_ignore_ascii_case(network.trim())
    })
}

fn protocol(what: impl std::fmt::Display) -> GatewayError {
    GatewayError::Protocol(what.to_string())
}

#[derive(Deserialize)]
struct Envelope {
    success: bool,
    data: Option<Box<RawValue>>,
}

#[derive(Debug, Default, Deserialize)]
struct ErrorData {
    name: Option<String>,
    message: Option<String>,
    #[serde(default, deserialize_with = "wire::count")]
    status: Option<u32>,
    errors: Option<serde_json::Value>,
}

impl ErrorData {
    fn fields(&self) -> Vec<FieldError> {
        crate::http::field_errors(self.errors.as_ref())
    }

    fn message(&self) -> Option<String> {
        self.message
            .clone()
            .or_else(|| self.name.clone())
            .filter(|m| !m.trim().is_empty())
    }
}

fn error_data(body: &[u8]) -> Option<ErrorData> {
    let env: Envelope = serde_json::from_slice(body).ok()?;
    serde_json::from_str(env.data?.get()).ok()
}

/// The words of an error answer: CryptoScan's envelope when it is one
/// (`data.message`, `data.errors`), otherwise whatever shape it has.
pub fn error_text(body: &[u8]) -> (Option<String>, Vec<FieldError>) {
    match error_data(body) {
        Some(data) => (data.message(), data.fields()),
        None => crate::http::error_text(body),
    }
}

/// The `data` of a successful answer. CryptoScan may refuse with a 2xx and
/// `success: false`; the status inside `data` then says what kind of refusal
/// it is, and without one it is taken as a rejection of the request.
fn data(body: &[u8], what: &str) -> Result<Box<RawValue>, GatewayError> {
    let env: Envelope =
        serde_json::from_slice(body).map_err(|e| protocol(format!("{what}: {e}")))?;
    if !env.success {
        let err = env
            .data
            .and_then(|d| serde_json::from_str::<ErrorData>(d.get()).ok())
            .unwrap_or_default();
        let status = err
            .status
            .and_then(|s| u16::try_from(s).ok())
            .unwrap_or(400);
        return Err(crate::http::refusal(
            status,
            None,
            what,
            err.message(),
            err.fields(),
        ));
    }
    env.data
        .ok_or_else(|| protocol(format!("{what}: a successful answer without data")))
}

fn parse_data<T: for<'de> Deserialize<'de>>(body: &[u8], what: &str) -> Result<T, GatewayError> {
    let raw = data(body, what)?;
    serde_json::from_str(raw.get()).map_err(|e| protocol(format!("{what}: {e}")))
}

#[derive(Debug, Deserialize)]
struct WireInvoice {
    #[serde(default, deserialize_with = "wire::text")]
    id: Option<String>,
    cryptocurrency: Option<String>,
    network: Option<String>,
    wallet: Option<String>,
    #[serde(default, deserialize_with = "wire::text")]
    transaction_id: Option<String>,
    #[serde(default, deserialize_with = "wire::decimal")]
    final_amount: Option<Decimal>,
    status: Option<String>,
    #[serde(default, deserialize_with = "wire::text")]
    client_reference_id: Option<String>,
    #[serde(default, deserialize_with = "wire::time")]
    created_at: Option<DateTime<Utc>>,
    #[serde(default, deserialize_with = "wire::time")]
    expire_at: Option<DateTime<Utc>>,
    widget_url: Option<String>,
}

impl WireInvoice {
    /// `created` answers (a create, a widget) carry no status: they are new.
    fn into_invoice(self, created: bool) -> Result<GatewayInvoice, GatewayError> {
        let provider_ref = self
            .id
            .ok_or_else(|| protocol("an invoice without an id"))?;
        let mut flags = BTreeSet::new();
        let status = match (self.status.as_deref(), created) {
            (None, true) => Status::Pending,
            (None, false) => {
                return Err(protocol(format!("invoice {provider_ref} without a status")))
            }
            (Some(s), _) => match s.trim().to_ascii_lowercase().as_str() {
                "new" => Status::Pending,
                "completed" | "paid" => Status::Paid,
                "paid_manually" => {
                    flags.insert(Flag::ConfirmedManually);
                    Status::Paid
                }
                "expired" => Status::Expired,
                "cancelled" | "canceled" => Status::Cancelled,
                other => {
                    return Err(protocol(format!(
                        "invoice {provider_ref} has unknown status \"{other}\""
                    )))
                }
            },
        };
        let currency = match (&self.cryptocurrency, &self.network) {
            (Some(c), Some(n)) => asset_of(c, n).map(|a| a.code.to_string()),
            _ => None,
        };
        // CryptoScan reports no amount received: a paid invoice was paid in
        // full, and its final amount is what in full means.
        let paid_crypto = (status == Status::Paid)
            .then_some(self.final_amount)
            .flatten();
        Ok(GatewayInvoice {
            provider_ref,
            order_id: self.client_reference_id,
            status,
            flags,
            currency,
            amount_crypto: self.final_amount,
            paid_crypto,
            address: self.wallet,
            checkout_url: self.widget_url,
            confirmations: None,
            txid: self.transaction_id,
            created_at: self.created_at,
            expires_at: self.expire_at,
        })
    }
}

/// The answer to a create (plain or widget).
pub fn parse_created(body: &[u8]) -> Result<GatewayInvoice, GatewayError> {
    parse_data::<WireInvoice>(body, "invoice")?.into_invoice(true)
}

/// The answer to a view or a manual confirmation.
pub fn parse_invoice(body: &[u8]) -> Result<GatewayInvoice, GatewayError> {
    parse_data::<WireInvoice>(body, "invoice")?.into_invoice(false)
}

/// The invoice in a search answer whose `client_reference_id` is exactly
/// `order_id` (the search also matches ids, wallets and transactions).
/// The document shows the list inside an object, which is not JSON; a list
/// and an object of invoices (PHP's array with gaps in its keys) are read.
pub fn find_reference(body: &[u8], order_id: &str) -> Result<Option<GatewayInvoice>, GatewayError> {
    let raw = data(body, "invoice search")?;
    let text = raw.get().trim_start();
    let items: Vec<Box<RawValue>> = if text.starts_with('{') {
        serde_json::from_str::<std::collections::BTreeMap<String, Box<RawValue>>>(text)
            .map(|m| m.into_values().collect())
    } else {
        serde_json::from_str(text)
    }
    .map_err(|e| protocol(format!("invoice search: {e}")))?;
    let items = wire::each_item(&items, "invoice search", |raw| {
        serde_json::from_str::<WireInvoice>(raw.get())
            .map_err(|e| protocol(format!("invoice: {e}")))
    });
    items
        .items
        .into_iter()
        .find(|i| i.client_reference_id.as_deref() == Some(order_id))
        .map(|i| i.into_invoice(false))
        .transpose()
}

fn required_decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    wire::decimal(d)?.ok_or_else(|| D::Error::custom("missing amount"))
}

fn enabled<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    let s = String::deserialize(d)?;
    match s.trim().to_ascii_lowercase().as_str() {
        "enabled" => Ok(true),
        "disabled" => Ok(false),
        other => Err(D::Error::custom(format!("unknown status \"{other}\""))),
    }
}

/// `GET user`: the merchant's own account.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct User {
    #[serde(default, deserialize_with = "wire::text")]
    pub id: Option<String>,
    pub status: Option<String>,
    #[serde(deserialize_with = "required_decimal")]
    pub balance: Decimal,
    pub currency: String,
}

/// One entry of `GET currency-rate`: units of `currency` per US dollar.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CurrencyRate {
    pub currency: String,
    #[serde(deserialize_with = "required_decimal")]
    pub rate: Decimal,
    #[serde(rename = "status", deserialize_with = "enabled")]
    pub enabled: bool,
}

/// `GET currency-rate/{CODE}/status`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CurrencyStatus {
    #[serde(rename = "status", deserialize_with = "enabled")]
    pub enabled: bool,
    #[serde(default, deserialize_with = "wire::decimal")]
    pub rate: Option<Decimal>,
}

pub fn parse_user(body: &[u8]) -> Result<User, GatewayError> {
    parse_data(body, "user")
}

pub fn parse_rates(body: &[u8]) -> Result<Vec<CurrencyRate>, GatewayError> {
    parse_data(body, "currency rates")
}

pub fn parse_currency_status(body: &[u8]) -> Result<CurrencyStatus, GatewayError> {
    parse_data(body, "currency status")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn the_documented_create_answer_is_read() {
        // The document's example has a trailing comma; the real answer would not.
        let body = br#"{"success": true, "data": {"id": "12589", "final_amount": "125.69", "cryptocurrency": "USDT", "network": "TRC-20", "wallet": "TNVq3iEcaGWbbsR34MTdg1JMTxvYFU8Qir", "expire_at": "1677422490"}}"#;
        let inv = parse_created(body).unwrap();
        assert_eq!(inv.provider_ref, "12589");
        assert_eq!(inv.status, Status::Pending);
        assert_eq!(inv.amount_crypto, Some(dec("125.69")));
        assert_eq!(inv.currency.as_deref(), Some("USDTTRC20"));
        assert_eq!(
            inv.address.as_deref(),
            Some("TNVq3iEcaGWbbsR34MTdg1JMTxvYFU8Qir")
        );
        assert_eq!(inv.expires_at.unwrap().timestamp(), 1_677_422_490);
        assert_eq!(inv.paid_crypto, None);
    }

    #[test]
    fn both_documented_widget_answers_are_read() {
        let bare = br#"{"success": true, "data": {"id": "523654", "expire_at": "1677422490", "widget_url": "https://cryptoscan.one/payment/69908b3b-ac70-4652-9ca2-877e348a2dbe"}}"#;
        let inv = parse_created(bare).unwrap();
        assert_eq!(inv.provider_ref, "523654");
        assert_eq!(
            inv.checkout_url.as_deref(),
            Some("https://cryptoscan.one/payment/69908b3b-ac70-4652-9ca2-877e348a2dbe")
        );
        assert_eq!(
            (inv.address, inv.amount_crypto, inv.currency),
            (None, None, None)
        );
        let legacy = br#"{"success": true, "data": {"id": "523654", "final_amount": "133.23", "cryptocurrency": "USDT", "network": "TRC-20", "wallet": "TNVq3iEcaGWbbsR34MTdg1JMTxvYFU8Qir", "expire_at": "1677422490", "widget_url": "https://cryptoscan.one/payment/69908b3b-ac70-4652-9ca2-877e348a2dbe"}}"#;
        let inv = parse_created(legacy).unwrap();
        assert_eq!(inv.amount_crypto, Some(dec("133.23")));
        assert!(inv.checkout_url.is_some() && inv.address.is_some());
    }

    #[test]
    fn the_documented_view_answer_is_read() {
        let body = br#"{"success": true, "data": {"id": 32, "cryptocurrency": "USDT", "network": "TRC-20", "wallet": "TBjkHCYgMb1ohJq77aovAyw4kCMtBEtMGN", "payer_wallet": null, "transaction_id": null, "final_amount": 10.54, "requested_amount": "10.54", "status": "completed", "client_reference_id": "287", "metadata": null, "created_at": 1678991717, "paid_at": null, "expire_at": 1678993517}}"#;
        let inv = parse_invoice(body).unwrap();
        assert_eq!(inv.provider_ref, "32");
        assert_eq!(inv.status, Status::Paid);
        assert!(inv.flags.is_empty());
        assert_eq!(inv.order_id.as_deref(), Some("287"));
        assert_eq!(inv.amount_crypto.unwrap().to_string(), "10.54");
        assert_eq!(inv.paid_crypto, Some(dec("10.54")));
        assert_eq!(inv.created_at.unwrap().timestamp(), 1_678_991_717);
        assert_eq!(inv.expires_at.unwrap().timestamp(), 1_678_993_517);
        assert_eq!(inv.txid, None);
    }

    #[test]
    fn the_documented_confirm_answer_is_paid_by_hand() {
        let body = br#"{"success": true, "data": {"id": 124, "wallet": null, "payer_wallet": "TQ5XWv7zBc9eK8yN2mQ3pR1dL4jG6fDs9x", "transaction_id": "b3a76a538701fd4e2a25ad9aac777f841a49f4d0", "source_currency": "EUR", "source_amount": "45.74900000", "final_amount": 53.8053, "requested_amount": 53.80526186, "status": "paid_manually", "client_reference_id": "aic03vWcrY", "metadata": null, "created_at": 1751628388, "paid_at": 1751890648, "expire_at": 1751631088}}"#;
        let inv = parse_invoice(body).unwrap();
        assert_eq!(inv.status, Status::Paid);
        assert!(inv.flags.contains(&Flag::ConfirmedManually));
        assert_eq!(
            inv.txid.as_deref(),
            Some("b3a76a538701fd4e2a25ad9aac777f841a49f4d0")
        );
        assert_eq!(inv.amount_crypto.unwrap().to_string(), "53.8053");
        assert_eq!((inv.address, inv.currency), (None, None));
    }

    const FOUND: &str = r#"{"id": 36, "cryptocurrency": "USDT", "network": "TRC-20", "wallet": "TNVq3iEcaGWbbsR34MTdg1JMTxvYFU8Qir", "payer_wallet": "TNVq3iEcaGWbbsR34MTdg1JMTxvYFU8Qir", "transaction_id": "1234567890", "final_amount": 6.5, "requested_amount": "6.50000000", "status": "new", "client_reference_id": "539", "metadata": null, "created_at": 1679584937, "paid_at": 1679585937, "expire_at": 1679586737}"#;

    #[test]
    fn search_answers_are_read_as_a_list_or_keyed_object() {
        let other = r#"{"id": 539, "status": "expired", "client_reference_id": "5390"}"#;
        for body in [
            format!(r#"{{"success": true, "data": [{other}, {FOUND}]}}"#),
            format!(r#"{{"success": true, "data": {{"3": {other}, "7": {FOUND}}}}}"#),
        ] {
            let inv = find_reference(body.as_bytes(), "539").unwrap().unwrap();
            assert_eq!(inv.provider_ref, "36");
            assert_eq!(inv.status, Status::Pending);
            assert_eq!(inv.amount_crypto.unwrap().to_string(), "6.5");
            assert_eq!(inv.txid.as_deref(), Some("1234567890"));
        }
        let none = br#"{"success": true, "data": []}"#;
        assert_eq!(find_reference(none, "539").unwrap(), None);
        // The document's own example is not JSON.
        let documented = format!(r#"{{"success": true, "data": {{ [ {FOUND} ] }}}}"#);
        assert!(matches!(
            find_reference(documented.as_bytes(), "539"),
            Err(GatewayError::Protocol(_))
        ));
    }

    #[test]
    fn user_rates_and_currency_status_are_read() {
        let user = parse_user(br#"{"success": true, "data": {"id": 2, "status": "Active", "balance": 85.00, "currency": "USD"}}"#).unwrap();
        assert_eq!(user.balance.to_string(), "85.00");
        assert_eq!(user.currency, "USD");
        assert_eq!(user.id.as_deref(), Some("2"));
        let rates = parse_rates(br#"{"success": true, "data": [{"currency": "BYN", "rate": 2.52334, "status": "enabled"}, {"currency": "EUR", "rate": 0.93574, "status": "enabled"}, {"currency": "GBP", "rate": "0.80534", "status": "disabled"}]}"#).unwrap();
        assert_eq!(rates.len(), 3);
        assert_eq!(rates[1].rate.to_string(), "0.93574");
        assert!(rates[0].enabled && !rates[2].enabled);
        assert_eq!(rates[2].rate, dec("0.80534"));
        let st = parse_currency_status(
            br#"{"success": true, "data": {"status": "enabled", "rate": 0.93574}}"#,
        )
        .unwrap();
        assert!(st.enabled);
        assert_eq!(st.rate, Some(dec("0.93574")));
        assert!(
            parse_currency_status(br#"{"success": true, "data": {"status": "maybe"}}"#).is_err()
        );
    }

    #[test]
    fn ids_amounts_and_times_take_numbers_or_strings() {
        let one = |id: &str, amount: &str, time: &str| {
            let body = format!(
                r#"{{"success":true,"data":{{"id":{id},"status":"new","final_amount":{amount},"expire_at":{time}}}}}"#
            );
            parse_invoice(body.as_bytes()).unwrap()
        };
        let a = one("7", "12.50", "1700000000");
        let b = one(r#""7""#, r#""12.50""#, r#""1700000000""#);
        assert_eq!(a, b);
        assert_eq!(a.amount_crypto.unwrap().to_string(), "12.50");
        assert_eq!(
            one("7", "0.123456789012345678", "1")
                .amount_crypto
                .unwrap()
                .to_string(),
            "0.123456789012345678"
        );
    }

    #[test]
    fn every_status_maps_to_ours() {
        let st = |s: &str| {
            let body = format!(r#"{{"success":true,"data":{{"id":1,"status":"{s}"}}}}"#);
            parse_invoice(body.as_bytes())
        };
        assert_eq!(st("new").unwrap().status, Status::Pending);
        assert_eq!(st("completed").unwrap().status, Status::Paid);
        assert_eq!(st("paid").unwrap().status, Status::Paid);
        assert_eq!(st("expired").unwrap().status, Status::Expired);
        assert_eq!(st("cancelled").unwrap().status, Status::Cancelled);
        assert_eq!(st("Canceled").unwrap().status, Status::Cancelled);
        assert!(st("completed").unwrap().flags.is_empty());
        assert!(matches!(st("refunded"), Err(GatewayError::Protocol(_))));
    }

    #[test]
    fn malformed_answers_are_protocol_errors() {
        for body in [
            &b"{"[..],
            br#"{"transaction_id": "3f2b", "status": "wait"#,
            br#"{"data": {"id": 1, "status": "new"}}"#,
            br#"{"success": true}"#,
            br#"{"success": true, "data": {"status": "new"}}"#,
            br#"{"success": true, "data": {"id": 1}}"#,
            br#"{"success": true, "data": {"id": [1], "status": "new"}}"#,
            br#"{"success": true, "data": {"id": 1, "status": "new", "final_amount": "lots"}}"#,
            br#"{"success": true, "data": {"id": 1, "status": "new", "expire_at": "soon"}}"#,
            br#"{"success": true, "data": []}"#,
        ] {
            assert!(
                matches!(parse_invoice(body), Err(GatewayError::Protocol(_))),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn refusals_in_a_2xx_answer_are_typed_errors() {
        let auth = br#"{"success": false, "data": {"name": "Unauthorized", "message": "Your request was made with invalid credentials", "code": 0, "status": 401}}"#;
        let e = parse_invoice(auth).unwrap_err();
        assert!(
            matches!(&e, GatewayError::Auth(m) if m.contains("invalid credentials")),
            "{e:?}"
        );
        let fields = br#"{"success": false, "data": {"message": "Invalid request data", "errors": {"amount": ["Amount cannot be blank."], "client_reference_id": ["Client Reference Id cannot be blank."]}}}"#;
        let GatewayError::Rejected { message, fields } = parse_created(fields).unwrap_err() else {
            panic!("not a rejection");
        };
        assert_eq!(message, "Invalid request data");
        assert_eq!(fields[0].field, "amount");
        assert_eq!(fields[0].message, "Amount cannot be blank.");
        assert_eq!(fields[1].message, "Client Reference Id cannot be blank.");
        let bare = br#"{"success": false, "data": {"errors": {"amount": "too small"}}}"#;
        let e = parse_created(bare).unwrap_err();
        assert_eq!(
            e.to_string(),
            "the gateway refused: bad request (amount: too small)"
        );
        let missing = br#"{"success": false, "data": {"name": "Not Found", "status": 404}}"#;
        assert!(matches!(
            parse_invoice(missing),
            Err(GatewayError::NotFound(_))
        ));
        let slow = br#"{"success": false, "data": {"status": "429"}}"#;
        assert!(matches!(
            parse_invoice(slow),
            Err(GatewayError::RateLimited { retry_after: None })
        ));
        let unexplained = br#"{"success": false}"#;
        assert!(matches!(
            parse_invoice(unexplained),
            Err(GatewayError::Rejected { .. })
        ));
        let broken = br#"{"success": false, "data": {"status": 503}}"#;
        assert!(matches!(
            parse_invoice(broken),
            Err(GatewayError::Unavailable(_))
        ));
    }

    #[test]
    fn error_bodies_are_read_from_the_envelope_or_as_they_come() {
        let (m, f) = error_text(br#"{"success": false, "data": {"message": "Invalid request data", "errors": {"network": ["Network cannot be blank."]}}}"#);
        assert_eq!(m.as_deref(), Some("Invalid request data"));
        assert_eq!(f[0].field, "network");
        let (m, _) = error_text(
            br#"{"success": false, "data": {"name": "Unauthorized", "code": 0, "status": 401}}"#,
        );
        assert_eq!(m.as_deref(), Some("Unauthorized"));
        let (m, _) = error_text(br#"{"error":"rate_limit_exceeded","message":"slow down"}"#);
        assert_eq!(m.as_deref(), Some("slow down"));
        let (m, _) = error_text(b"<html>oops</html>");
        assert_eq!(m, None);
    }

    #[test]
    fn assets_map_both_ways() {
        assert_eq!(asset_for("usdttrc20").unwrap().network, "TRC-20");
        assert_eq!(asset_of("usdc", "erc-20").unwrap().code, "USDCERC20");
        assert_eq!(asset_for("BTC"), None);
        assert_eq!(asset_of("USDT", "TRC20"), None);
    }
}

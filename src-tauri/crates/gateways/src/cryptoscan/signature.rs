//! CryptoScan's signatures, as its PHP client makes them: the decoded JSON
//! body encoded by PHP's `http_build_query`, then a lowercase hex
//! HMAC-SHA256 keyed with the merchant's private key.

use counterpay_core::money::parse_wire_decimal;
use hmac::{Hmac, Mac};
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use sha2::Sha256;
use std::fmt;

type HmacSha256 = Hmac<Sha256>;

/// A JSON value as PHP holds it after `json_decode($body, true)`: scalars
/// already in the text `http_build_query` prints for them, objects and lists
/// as arrays with their keys in the order sent.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Php {
    Null,
    Scalar(String),
    Array(Vec<(String, Php)>),
}

/// A JSON object's entries in the order sent: serde_json's own map sorts them.
struct Ordered(Vec<(String, Box<RawValue>)>);

impl<'de> Deserialize<'de> for Ordered {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Entries;
        impl<'de> Visitor<'de> for Entries {
            type Value = Ordered;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ordered, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, Box<RawValue>>()? {
                    entries.push(entry);
                }
                Ok(Ordered(entries))
            }
        }
        d.deserialize_map(Entries)
    }
}

fn decode_object(text: &str) -> Result<Vec<(String, Php)>, serde_json::Error> {
    let Ordered(entries) = serde_json::from_str(text)?;
    let mut fields: Vec<(String, Php)> = Vec::with_capacity(entries.len());
    for (key, raw) in entries {
        let value = decode(&raw)?;
        // PHP keeps a repeated key where it first appeared, with the last value.
        match fields.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => fields.push((key, value)),
        }
    }
    Ok(fields)
}

fn decode(raw: &RawValue) -> Result<Php, serde_json::Error> {
    let text = raw.get().trim();
    Ok(match text.as_bytes().first() {
        Some(b'{') => Php::Array(decode_object(text)?),
        Some(b'[') => {
            let items: Vec<Box<RawValue>> = serde_json::from_str(text)?;
            let mut list = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                list.push((i.to_string(), decode(item)?));
            }
            Php::Array(list)
        }
        Some(b'"') => Php::Scalar(serde_json::from_str(text)?),
        _ => match text {
            "null" => Php::Null,
            "true" => Php::Scalar("1".into()),
            "false" => Php::Scalar("0".into()),
            number => Php::Scalar(php_number(number)),
        },
    })
}

/// A JSON number as PHP prints it: integers as they are, anything else as a
/// float through `%.14G` (`12.50` → `12.5`, `1e14` → `1.0E+14`). Worked on
/// the decimal text, so only a number with more than 14 significant digits
/// that lies exactly between two 14-digit ones could round otherwise than
/// PHP's binary float; beyond what a Decimal holds the text is kept as sent.
fn php_number(text: &str) -> String {
    if let Ok(int) = text.parse::<i64>() {
        return int.to_string();
    }
    let Some(value) = parse_wire_decimal(text).and_then(|d| d.round_sf(14)) else {
        return text.to_string();
    };
    let value = value.normalize();
    let mantissa = value.mantissa().unsigned_abs().to_string();
    let digits = mantissa.trim_end_matches('0');
    if digits.is_empty() {
        return "0".into();
    }
    // Where the decimal point falls relative to the digits, as dtoa says it:
    // 10.5 is 0.105 × 10², so 2.
    let point = mantissa.len() as i64 - i64::from(value.scale());
    let sign = if value.is_sign_negative() { "-" } else { "" };
    let body = if !(-3..=14).contains(&point) {
        let (first, rest) = digits.split_at(1);
        let rest = if rest.is_empty() { "0" } else { rest };
        let exp = point - 1;
        let exp_sign = if exp < 0 { '-' } else { '+' };
        format!("{first}.{rest}E{exp_sign}{}", exp.abs())
    } else if point <= 0 {
        format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
    } else {
        let point = point as usize;
        if digits.len() <= point {
            format!("{digits}{}", "0".repeat(point - digits.len()))
        } else {
            format!("{}.{}", &digits[..point], &digits[point..])
        }
    };
    format!("{sign}{body}")
}

/// PHP's `urlencode` (RFC 1738): everything but `A-Za-z0-9-_.` escaped,
/// space as `+`. `url::form_urlencoded` differs on `*`, which PHP escapes.
fn urlencode(text: &str, out: &mut String) {
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
}

fn encode_into(prefix: Option<&str>, fields: &[(String, Php)], out: &mut String) {
    for (key, value) in fields {
        let mut name = String::new();
        match prefix {
            Some(p) => {
                name.push_str(p);
                name.push_str("%5B");
                urlencode(key, &mut name);
                name.push_str("%5D");
            }
            None => urlencode(key, &mut name),
        }
        match value {
            Php::Null => {}
            Php::Array(inner) => encode_into(Some(&name), inner, out),
            Php::Scalar(text) => {
                if !out.is_empty() {
                    out.push('&');
                }
                out.push_str(&name);
                out.push('=');
                urlencode(text, out);
            }
        }
    }
}

/// PHP's `http_build_query` with its defaults: nulls dropped, nested arrays
/// as `key%5Bsub%5D=...`, pairs joined by `&`.
fn http_build_query(fields: &[(String, Php)]) -> String {
    let mut out = String::new();
    encode_into(None, fields, &mut out);
    out
}

fn parse_body(body: &[u8]) -> Result<Vec<(String, Php)>, String> {
    let text = std::str::from_utf8(body).map_err(|_| "the body is not UTF-8".to_string())?;
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    decode_object(text).map_err(|e| format!("the body is not a JSON object: {e}"))
}

/// What a request's signature covers: the body's top-level fields plus
/// `api_key`, sorted by key. A request without a body (every GET) signs
/// `api_key=<public key>` alone. Keys are compared bytewise, which is what
/// PHP's `ksort` does for keys that are not numbers.
fn request_payload(body: Option<&[u8]>, public_key: &str) -> Result<String, String> {
    let mut fields = match body {
        Some(b) => parse_body(b)?,
        None => Vec::new(),
    };
    fields.retain(|(k, _)| k != "api_key");
    fields.push(("api_key".into(), Php::Scalar(public_key.into())));
    fields.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(http_build_query(&fields))
}

fn mac(private_key: &str, payload: &str) -> HmacSha256 {
    let mut mac =
        HmacSha256::new_from_slice(private_key.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(payload.as_bytes());
    mac
}

fn matches(private_key: &str, payload: &str, signature_hex: &str) -> bool {
    let Ok(given) = hex::decode(signature_hex.trim()) else {
        return false;
    };
    mac(private_key, payload).verify_slice(&given).is_ok()
}

/// The `signature` header for a request with this JSON body (`None` for a
/// request without one).
pub fn request_signature(
    body: Option<&[u8]>,
    public_key: &str,
    private_key: &str,
) -> Result<String, String> {
    let payload = request_payload(body, public_key)?;
    Ok(hex::encode(
        mac(private_key, &payload).finalize().into_bytes(),
    ))
}

/// Whether `signature_hex` is the signature of this request, compared in
/// constant time. A body that is not a JSON object cannot be signed.
pub fn verify_request(
    body: Option<&[u8]>,
    public_key: &str,
    private_key: &str,
    signature_hex: &str,
) -> bool {
    request_payload(body, public_key).is_ok_and(|p| matches(private_key, &p, signature_hex))
}

/// The headers a CryptoScan webhook authenticates itself with.
#[derive(Debug, Clone, Copy, Default)]
pub struct WebhookHeaders<'a> {
    pub public_key: Option<&'a str>,
    pub signature: Option<&'a str>,
    pub private_key: Option<&'a str>,
}

/// Whether a webhook comes from CryptoScan for this merchant: its
/// `public-key` header is ours, and its `signature` is the request
/// signature of its body (`api_key` added, top-level keys sorted, nested
/// `data` in the order sent), or, in private-key mode, its `private-key`
/// header is our private key. Compared in constant time.
pub fn verify_webhook(
    body: &[u8],
    headers: &WebhookHeaders<'_>,
    public_key: &str,
    private_key: &str,
) -> bool {
    if headers.public_key.map(str::trim) != Some(public_key) {
        return false;
    }
    let Ok(payload) = request_payload(Some(body), public_key) else {
        return false;
    };
    match (headers.signature, headers.private_key) {
        (Some(signature), _) => matches(private_key, &payload, signature),
        (None, Some(given)) => {
            let expected = mac(private_key, private_key).finalize().into_bytes();
            mac(private_key, given.trim())
                .verify_slice(&expected)
                .is_ok()
        }
        (None, None) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(json: &str) -> String {
        http_build_query(&parse_body(json.as_bytes()).unwrap())
    }

    #[test]
    fn the_php_clients_test_vector_signs() {
        let body = br#"{"id":1,"wallet":"TsdfsdfFDSGFHFGDGBFDGFG","final_amount":10.5,"requested_amount":10.3}"#;
        assert_eq!(
            request_payload(Some(body), "public").unwrap(),
            "api_key=public&final_amount=10.5&id=1&requested_amount=10.3&wallet=TsdfsdfFDSGFHFGDGBFDGFG"
        );
        let expected = "4a746311f8d20da3c0d432ecd36bcf3fb17d501ab3c301bc2610ab0171baa5be";
        assert_eq!(
            request_signature(Some(body), "public", "private").unwrap(),
            expected
        );
        assert!(verify_request(Some(body), "public", "private", expected));
        assert!(verify_request(
            Some(body),
            "public",
            "private",
            &expected.to_uppercase()
        ));
        assert!(!verify_request(Some(body), "public", "other", expected));
        assert!(!verify_request(Some(body), "public", "private", "zz"));
    }

    #[test]
    fn requests_without_a_body_sign_the_public_key_alone() {
        assert_eq!(request_payload(None, "pk 1").unwrap(), "api_key=pk+1");
        assert_eq!(request_payload(Some(b""), "pk").unwrap(), "api_key=pk");
        let sent = request_payload(Some(br#"{"api_key":"forged","b":1}"#), "pk").unwrap();
        assert_eq!(sent, "api_key=pk&b=1");
        assert!(request_payload(Some(b"[1]"), "pk").is_err());
        assert!(request_payload(Some(b"{"), "pk").is_err());
    }

    #[test]
    fn the_query_is_built_as_php_builds_it() {
        assert_eq!(query(r#"{"a":null,"b":true,"c":false}"#), "b=1&c=0");
        assert_eq!(
            query(r#"{"m":"table 4 * ~x&y=z+"}"#),
            "m=table+4+%2A+%7Ex%26y%3Dz%2B"
        );
        assert_eq!(query(r#"{"m":"Zürich €"}"#), "m=Z%C3%BCrich+%E2%82%AC");
        assert_eq!(
            query(r#"{"d":{"id":1,"x":null,"l":["a",{"k":"v"}]},"e":[],"z":"last"}"#),
            "d%5Bid%5D=1&d%5Bl%5D%5B0%5D=a&d%5Bl%5D%5B1%5D%5Bk%5D=v&z=last"
        );
        assert_eq!(query(r#"{"k y":"v"}"#), "k+y=v");
        assert_eq!(query(r#"{"a":1,"a":2,"b":3}"#), "a=2&b=3");
        assert_eq!(query("{}"), "");
    }

    #[test]
    fn numbers_are_printed_as_php_prints_floats() {
        for (json, php) in [
            ("12.50", "12.5"),
            ("10.0", "10"),
            ("10", "10"),
            ("-0", "0"),
            ("0.0", "0"),
            ("-3.25", "-3.25"),
            ("0.0001", "0.0001"),
            ("0.00001", "1.0E-5"),
            ("0.000012345", "1.2345E-5"),
            ("1e2", "100"),
            ("1E+14", "1.0E+14"),
            ("99999999999999.0", "99999999999999"),
            ("123456789.123456789", "123456789.12346"),
            ("53.80526186", "53.80526186"),
            ("12345678901234567890", "1.2345678901235E+19"),
        ] {
            assert_eq!(php_number(json), php, "{json}");
        }
    }

    // The signed string and its signature were computed outside this code,
    // with Python's json, urllib.parse.quote_plus and hmac, from the
    // fields document 003 lists for a `paid` webhook.
    const WEBHOOK: &str = r#"{"event_type":"paid","retry_count":0,"data":{"id":124,"wallet":"TNVq3iEcaGWbbsR34MTdg1JMTxvYFU8Qir","cryptocurrency":"USDT","network":"TRC-20","transaction_id":"b3a76a538701fd4e2a25ad9aac777f841a49f4d0","final_amount":53.8053,"requested_amount":"53.80526186","status":"completed","client_reference_id":"o 1/ü","metadata":null,"created_at":1751628388,"paid_at":1751890648,"expire_at":1751631088}}"#;
    const WEBHOOK_SIGNED: &str = "api_key=pk_test&data%5Bid%5D=124&data%5Bwallet%5D=TNVq3iEcaGWbbsR34MTdg1JMTxvYFU8Qir&data%5Bcryptocurrency%5D=USDT&data%5Bnetwork%5D=TRC-20&data%5Btransaction_id%5D=b3a76a538701fd4e2a25ad9aac777f841a49f4d0&data%5Bfinal_amount%5D=53.8053&data%5Brequested_amount%5D=53.80526186&data%5Bstatus%5D=completed&data%5Bclient_reference_id%5D=o+1%2F%C3%BC&data%5Bcreated_at%5D=1751628388&data%5Bpaid_at%5D=1751890648&data%5Bexpire_at%5D=1751631088&event_type=paid&retry_count=0";
    const WEBHOOK_SIGNATURE: &str =
        "2c9766aa0094c09e2d03b4cf54d5ec48394f3f009df59622ba1425c8b0b93081";

    fn signed(signature: &str) -> WebhookHeaders<'_> {
        WebhookHeaders {
            public_key: Some("pk_test"),
            signature: Some(signature),
            private_key: None,
        }
    }

    #[test]
    fn webhooks_are_signed_like_requests_sorted_with_the_api_key() {
        assert_eq!(
            request_payload(Some(WEBHOOK.as_bytes()), "pk_test").unwrap(),
            WEBHOOK_SIGNED
        );
        let body = WEBHOOK.as_bytes();
        assert!(verify_webhook(
            body,
            &signed(WEBHOOK_SIGNATURE),
            "pk_test",
            "sk_webhook"
        ));
        assert!(!verify_webhook(
            body,
            &signed(WEBHOOK_SIGNATURE),
            "pk_test",
            "sk_other"
        ));
        // Another merchant's public key, or none, is not ours.
        let other = WebhookHeaders {
            public_key: Some("pk_other"),
            ..signed(WEBHOOK_SIGNATURE)
        };
        assert!(!verify_webhook(body, &other, "pk_test", "sk_webhook"));
        let anonymous = WebhookHeaders {
            public_key: None,
            ..signed(WEBHOOK_SIGNATURE)
        };
        assert!(!verify_webhook(body, &anonymous, "pk_test", "sk_webhook"));
        let tampered = WEBHOOK.replace("53.8053", "5.8053");
        assert!(!verify_webhook(
            tampered.as_bytes(),
            &signed(WEBHOOK_SIGNATURE),
            "pk_test",
            "sk_webhook"
        ));
        assert!(!verify_webhook(
            body,
            &signed("not hex"),
            "pk_test",
            "sk_webhook"
        ));
        assert!(!verify_webhook(
            b"{\"a\":",
            &signed(WEBHOOK_SIGNATURE),
            "pk_test",
            "sk_webhook"
        ));
    }

    #[test]
    fn in_private_key_mode_the_header_is_the_private_key() {
        let body = WEBHOOK.as_bytes();
        let with = |key: &'static str| WebhookHeaders {
            public_key: Some("pk_test"),
            signature: None,
            private_key: Some(key),
        };
        assert!(verify_webhook(
            body,
            &with("sk_webhook"),
            "pk_test",
            "sk_webhook"
        ));
        assert!(!verify_webhook(
            body,
            &with("sk_webhoo"),
            "pk_test",
            "sk_webhook"
        ));
        let neither = WebhookHeaders {
            public_key: Some("pk_test"),
            ..WebhookHeaders::default()
        };
        assert!(!verify_webhook(body, &neither, "pk_test", "sk_webhook"));
    }
}

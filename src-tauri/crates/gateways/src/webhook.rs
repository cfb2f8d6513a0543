//! Webhook checks, as pure functions for an optional webhook listener.
//! Polling stays the default; a webhook only makes a change seen sooner.
//! A verified webhook yields one thing: the gateway's id of the invoice to
//! read again. Nothing else in its body (status, amounts, txid) is believed;
//! the status read says what is true. A check that fails yields nothing.
//!
//! Every comparison is constant-time (`Mac::verify_slice`).

use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

fn verify(secret: &[u8], message: &[u8], signature_hex: &str) -> bool {
    let Ok(given) = hex::decode(signature_hex.trim()) else {
        return false;
    };
    let Ok(mut mac) = HmacSha256::new_from_slice(secret) else {
        return false;
    };
    mac.update(message);
    mac.verify_slice(&given).is_ok()
}

/// CryptoPayment: `hex(HMAC-SHA256(secret, invoice_id + "." + event))`, as
/// its document's PHP example computes it.
pub fn cryptopayment_signature_ok(
    invoice_id: &str,
    event: &str,
    signature_hex: &str,
    secret: &str,
) -> bool {
    let message = format!("{invoice_id}.{event}");
    verify(secret.as_bytes(), message.as_bytes(), signature_hex)
}

#[derive(Deserialize)]
struct CryptopaymentEvent {
    invoice_id: String,
    event: String,
    signature: String,
}

/// A CryptoPayment webhook, whose signature travels inside it and covers
/// only `invoice_id.event`: the invoice to read, when signed.
pub fn cryptopayment_webhook(body: &[u8], secret: &str) -> Option<String> {
    let e: CryptopaymentEvent = serde_json::from_slice(body).ok()?;
    cryptopayment_signature_ok(&e.invoice_id, &e.event, &e.signature, secret)
        .then_some(e.invoice_id)
}

#[derive(Deserialize)]
struct CryptoscanEvent {
    data: CryptoscanData,
}

#[derive(Deserialize)]
struct CryptoscanData {
    id: serde_json::Value,
}

/// A CryptoScan webhook (see `cryptoscan::verify_webhook`): the invoice to
/// read, when it is ours and signed.
pub fn cryptoscan_webhook(
    body: &[u8],
    headers: &crate::cryptoscan::WebhookHeaders<'_>,
    public_key: &str,
    private_key: &str,
) -> Option<String> {
    if !crate::cryptoscan::verify_webhook(body, headers, public_key, private_key) {
        return None;
    }
    match serde_json::from_slice::<CryptoscanEvent>(body)
        .ok()?
        .data
        .id
    {
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::String(s) => Some(s),
        _ => None,
    }
}

#[derive(Deserialize)]
struct CryptofuseEvent {
    transaction_id: String,
}

/// Cryptofuse: `hex(HMAC-SHA256(webhook secret, raw body))`. An assumption:
/// its documents give each merchant a webhook secret but do not say how it
/// signs; this is the common scheme. The payment to read, when signed.
pub fn cryptofuse_webhook(raw_body: &[u8], signature_hex: &str, secret: &str) -> Option<String> {
    if !verify(secret.as_bytes(), raw_body, signature_hex) {
        return None;
    }
    Some(
        serde_json::from_slice::<CryptofuseEvent>(raw_body)
            .ok()?
            .transaction_id,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    // Vectors computed independently with Python's hmac module.
    const CP_SIG: &str = "82b63ea1aa7fa8ab29a0a0e91ceed90c127221b1057dfaa0883ef3ff041cd820";
    const CF_BODY: &[u8] = br#"{"transaction_id":"550e8400-e29b-41d4-a716-446655440000","event":"payment_status_update","status":"completed"}"#;
    const CF_SIG: &str = "35a63854e782680f4b4f2660fe9b6951906c4db2eab164c47419bc18d2059324";

    #[test]
    fn cryptopayment_signatures_match_the_vector() {
        let id = "550e8400-e29b-41d4-a716-446655440000";
        assert!(cryptopayment_signature_ok(
            id,
            "payment_confirmed",
            CP_SIG,
            "whsec_test"
        ));
        assert!(cryptopayment_signature_ok(
            id,
            "payment_confirmed",
            &CP_SIG.to_uppercase(),
            "whsec_test"
        ));
        assert!(!cryptopayment_signature_ok(
            id,
            "payment_detected",
            CP_SIG,
            "whsec_test"
        ));
        assert!(!cryptopayment_signature_ok(
            id,
            "payment_confirmed",
            CP_SIG,
            "other"
        ));
        assert!(!cryptopayment_signature_ok(
            id,
            "payment_confirmed",
            "not hex",
            "whsec_test"
        ));
        assert!(!cryptopayment_signature_ok(
            id,
            "payment_confirmed",
            &CP_SIG[..62],
            "whsec_test"
        ));
    }

    #[test]
    fn cryptopayment_webhook_bodies_carry_their_signature() {
        let body = format!(
            r#"{{"event":"payment_confirmed","invoice_id":"550e8400-e29b-41d4-a716-446655440000","status":"confirmed","amount_crypto":50.00,"signature":"{CP_SIG}"}}"#
        );
        assert_eq!(
            cryptopayment_webhook(body.as_bytes(), "whsec_test").as_deref(),
            Some("550e8400-e29b-41d4-a716-446655440000")
        );
        let forged = body.replace("payment_confirmed", "payment_detected");
        assert_eq!(cryptopayment_webhook(forged.as_bytes(), "whsec_test"), None);
        assert_eq!(cryptopayment_webhook(b"{", "whsec_test"), None);
    }

    #[test]
    fn a_signed_cryptoscan_webhook_names_only_the_invoice_to_read() {
        let body =
            br#"{"event_type":"paid","retry_count":0,"data":{"id":124,"status":"completed"}}"#;
        let signature =
            crate::cryptoscan::signature::request_signature(Some(body), "pk", "sk").unwrap();
        let headers = crate::cryptoscan::WebhookHeaders {
            public_key: Some("pk"),
            signature: Some(&signature),
            private_key: None,
        };
        assert_eq!(
            cryptoscan_webhook(body, &headers, "pk", "sk").as_deref(),
            Some("124")
        );
        assert_eq!(cryptoscan_webhook(body, &headers, "pk", "other"), None);
    }

    #[test]
    fn cryptofuse_signatures_cover_the_raw_body() {
        assert_eq!(
            cryptofuse_webhook(CF_BODY, CF_SIG, "sec_1234567890abcdef").as_deref(),
            Some("550e8400-e29b-41d4-a716-446655440000")
        );
        let mut edited = CF_BODY.to_vec();
        edited[10] ^= 1;
        assert_eq!(
            cryptofuse_webhook(&edited, CF_SIG, "sec_1234567890abcdef"),
            None
        );
        assert_eq!(cryptofuse_webhook(CF_BODY, CF_SIG, "sec_other"), None);
        assert_eq!(
            cryptofuse_webhook(CF_BODY, "", "sec_1234567890abcdef"),
            None
        );
    }
}

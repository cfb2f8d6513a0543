//! Webhook signature checks, as pure functions for the optional webhook
//! listener. Polling stays the default; a webhook only makes a change seen
//! sooner, so a check that fails just means the message is ignored.
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

/// Checks a CryptoPayment webhook body, whose signature travels inside it.
pub fn cryptopayment_webhook_ok(body: &[u8], secret: &str) -> bool {
    match serde_json::from_slice::<CryptopaymentEvent>(body) {
        Ok(e) => cryptopayment_signature_ok(&e.invoice_id, &e.event, &e.signature, secret),
        Err(_) => false,
    }
}

/// CryptoScan: its request-signing scheme over the whole decoded body.
pub use crate::cryptoscan::verify_webhook as cryptoscan_webhook_ok;

/// Cryptofuse: `hex(HMAC-SHA256(webhook secret, raw body))`. An assumption:
/// its documents give each merchant a webhook secret but do not say how it
/// signs; this is the common scheme.
pub fn cryptofuse_webhook_ok(raw_body: &[u8], signature_hex: &str, secret: &str) -> bool {
    verify(secret.as_bytes(), raw_body, signature_hex)
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
        assert!(cryptopayment_webhook_ok(body.as_bytes(), "whsec_test"));
        let forged = body.replace("payment_confirmed", "payment_detected");
        assert!(!cryptopayment_webhook_ok(forged.as_bytes(), "whsec_test"));
        assert!(!cryptopayment_webhook_ok(b"{", "whsec_test"));
    }

    #[test]
    fn cryptofuse_signatures_cover_the_raw_body() {
        assert!(cryptofuse_webhook_ok(
            CF_BODY,
            CF_SIG,
            "sec_1234567890abcdef"
        ));
        let mut edited = CF_BODY.to_vec();
        edited[10] ^= 1;
        assert!(!cryptofuse_webhook_ok(
            &edited,
            CF_SIG,
            "sec_1234567890abcdef"
        ));
        assert!(!cryptofuse_webhook_ok(CF_BODY, CF_SIG, "sec_other"));
        assert!(!cryptofuse_webhook_ok(CF_BODY, "", "sec_1234567890abcdef"));
    }
}

//! Every CryptoScan answer parser and the webhook check, on any bytes: an
//! error is fine, a panic is not.
#![no_main]

use counterpay_gateways::cryptoscan::{
    find_reference, parse_created, parse_currency_status, parse_invoice, parse_rates, parse_user,
    verify_webhook, WebhookHeaders,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|body: &[u8]| {
    let _ = parse_created(body);
    let _ = parse_invoice(body);
    let _ = find_reference(body, "order-1");
    let _ = parse_user(body);
    let _ = parse_rates(body);
    let _ = parse_currency_status(body);
    let headers = WebhookHeaders {
        public_key: Some("public"),
        signature: Some("00"),
        private_key: None,
    };
    let _ = verify_webhook(body, &headers, "public", "secret");
});

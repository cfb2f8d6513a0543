//! Every Cryptofuse answer parser, on any bytes: an error is fine, a panic is not.
#![no_main]

use counterpay_gateways::cryptofuse::{parse_currencies, parse_page, parse_payment};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|body: &[u8]| {
    let _ = parse_payment(body);
    let _ = parse_page(body);
    let _ = parse_currencies(body);
    let _ = counterpay_gateways::webhook::cryptofuse_webhook(body, "00", "secret");
});

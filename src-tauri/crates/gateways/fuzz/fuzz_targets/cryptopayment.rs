//! Every CryptoPayment answer parser, on any bytes: an error is fine, a panic is not.
#![no_main]

use counterpay_gateways::cryptopayment::{
    parse_balances, parse_invoice, parse_page, parse_withdrawal,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|body: &[u8]| {
    let _ = parse_invoice(body);
    let _ = parse_page(body);
    let _ = parse_balances(body);
    let _ = parse_withdrawal(body);
    let _ = counterpay_gateways::webhook::cryptopayment_webhook(body, "secret");
});

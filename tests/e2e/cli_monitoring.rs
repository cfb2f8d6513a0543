//! Money that arrives after an invoice closed (the rest of an underpaid
//! one, a payment after expiry or cancel) is seen by `watch` with nobody
//! asking for a refresh, journaled, and counted where it arrived.

use super::gateway::{Gateway, SECRET};
use super::*;
use counterpay_sandbox::{Fault, Protocol};
use serde_json::Value;

fn demo() -> Till {
    let t = Till::new();
    t.ok(&["provider", "add", "demo", "--kind", "sandbox"]);
    t
}

fn id(v: &Value) -> String {
    v["id"].as_str().unwrap().to_string()
}

/// Every change `watch --until-settled --json` printed.
fn watch_all(t: &Till) -> Vec<Value> {
    let r = t.ok(&["watch", "--until-settled", "--timeout", "30", "--json"]);
    r.stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The last change of `id` among `changes`.
fn last_of<'a>(changes: &'a [Value], id: &str) -> &'a Value {
    changes
        .iter()
        .rev()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("watch printed nothing for {id}: {changes:?}"))
}

#[test]
fn the_rest_and_a_late_payment_are_seen_by_watch_without_a_refresh() {
    let t = demo();
    let half = t.charge(&["10.00", "--currency", "USDTTRC20"]);
    let late = t.charge(&["10.00", "--currency", "USDTTRC20"]);
    t.ok(&["sandbox", "pay", &id(&half), "--amount", "5"]);
    t.ok(&["sandbox", "expire", &id(&late)]);
    let first = watch_all(&t);
    assert_eq!(last_of(&first, &id(&half))["status"], "underpaid");
    assert_eq!(last_of(&first, &id(&late))["status"], "expired");

    t.ok(&["sandbox", "pay", &id(&half)]);
    t.ok(&["sandbox", "pay", &id(&late)]);
    let second = watch_all(&t);
    let completed = last_of(&second, &id(&half));
    assert_eq!(completed["status"], "paid");
    assert_eq!(completed["paid_crypto"], "10.00000000");
    assert_eq!(completed["flags"], serde_json::json!(["paid_in_parts"]));
    let paid_late = last_of(&second, &id(&late));
    assert_eq!(paid_late["status"], "paid");
    assert_eq!(paid_late["flags"], serde_json::json!(["paid_late"]));

    // The journal agrees, without --refresh.
    for inv in [&half, &late] {
        let s = t.ok(&["status", &id(inv), "--json"]).json();
        assert_eq!(s["status"], "paid", "{s}");
    }
    let report = t.ok(&["report", "--json"]).json();
    assert_eq!(report["totals"]["USD"]["amount"], "20.00");
    assert_eq!(report["totals"]["USD"]["count"], 2);
    assert_eq!(report["flags"]["paid_late"], 1);
    assert_eq!(report["flags"]["paid_in_parts"], 1);
    assert_eq!(report["counts"]["underpaid"], 0);
    t.ok(&["journal", "verify"]);
}

#[test]
fn money_after_a_cancel_is_taken_and_flagged_paid_late() {
    let t = demo();
    let sale = t.charge(&["4.00", "--currency", "USDTTRC20"]);
    let invoice = id(&sale);
    // The cashier cancels on the counter; the customer pays anyway.
    cancel_in_journal(&t, &invoice);
    assert_eq!(
        t.ok(&["status", &invoice, "--json"]).json()["status"],
        "cancelled"
    );
    t.ok(&["sandbox", "pay", &invoice]);
    let changes = watch_all(&t);
    let paid = last_of(&changes, &invoice);
    assert_eq!(paid["status"], "paid");
    assert_eq!(paid["flags"], serde_json::json!(["paid_late"]));
}

/// Cancels a sale as the counter's Cancel does: one event on the same
/// journal file (the command line has no cancel).
fn cancel_in_journal(t: &Till, id: &str) {
    use counterpay_core::Ledger;
    let shop = counterpay::shop::Shop::open(Some(t.data_dir().to_path_buf())).unwrap();
    let mut inv = shop.journal.invoice(id).unwrap().unwrap();
    inv.status = counterpay_core::Status::Cancelled;
    shop.journal
        .append(counterpay_core::EventKind::Updated, &inv)
        .unwrap();
}

#[test]
fn a_top_up_after_the_shift_closed_falls_into_the_next_shift() {
    let t = demo();
    let sale = t.charge(&["10.00", "--currency", "USDTTRC20", "--cashier", "ana"]);
    t.ok(&["sandbox", "pay", &id(&sale), "--amount", "5"]);
    assert_eq!(watch_all(&t).last().unwrap()["status"], "underpaid");
    let z1 = t.ok(&["shift", "close", "--json"]).json();
    assert_eq!(z1["summary"]["invoices"], 1);
    assert_eq!(z1["summary"]["totals"], serde_json::json!({}));
    assert_eq!(
        z1["summary"]["underpaid"]["USDTTRC20"]["amount"],
        "5.00000000"
    );

    t.ok(&["sandbox", "pay", &id(&sale)]);
    assert_eq!(watch_all(&t).last().unwrap()["status"], "paid");
    let z2 = t.ok(&["shift", "close", "--json"]).json();
    // Created in the first shift, completed in the second: counted once,
    // where the money made it whole.
    assert_eq!(z2["summary"]["invoices"], 0);
    assert_eq!(z2["summary"]["totals"]["USD"]["amount"], "10.00");
    assert_eq!(z2["summary"]["by_cashier"]["ana"]["USD"]["amount"], "10.00");
    assert_eq!(z2["summary"]["flags"]["paid_in_parts"], 1);
    let exception = &z2["exceptions"][0];
    assert_eq!(exception["id"], sale["id"]);
    assert_eq!(exception["flags"], serde_json::json!(["paid_in_parts"]));
    let again = t.ok(&["report", "--shift", "1", "--json"]).json();
    assert_eq!(again, z1, "a sealed Z-report never changes");
    t.ok(&["journal", "verify"]);
}

#[test]
fn the_monitoring_window_is_the_shops_setting() {
    let t = demo();
    assert_eq!(
        t.ok(&["settings", "get", "monitor_hours"]).stdout.trim(),
        "24"
    );
    for bad in ["-1", "721", "two", "1.5"] {
        t.run(&["settings", "set", "monitor_hours", bad])
            .fails_with("0 to 720");
    }
    t.ok(&["settings", "set", "monitor_hours", "0"]);
    let sale = t.charge(&["3.00", "--currency", "USDTTRC20"]);
    t.ok(&["sandbox", "expire", &id(&sale)]);
    watch_all(&t);
    t.ok(&["sandbox", "pay", &id(&sale)]);
    // With no window, a closed invoice is left to a refresh by hand.
    let r = t.ok(&["watch", "--until-settled", "--timeout", "5", "--json"]);
    assert!(r.stdout.trim().is_empty(), "{}", r.stdout);
    assert_eq!(
        t.ok(&["status", &id(&sale), "--json"]).json()["status"],
        "expired"
    );
    let refreshed = t.ok(&["status", &id(&sale), "--refresh", "--json"]).json();
    assert_ne!(refreshed["status"], "expired");
}

#[test]
fn a_failed_read_of_an_underpaid_invoice_does_not_count_as_seen() {
    let gw = Gateway::start(Protocol::Cryptofuse);
    let t = gw.till(SECRET);
    let inv = t.charge(&["10.00", "--currency", "USDTTRC20"]);
    let reference = inv["provider_ref"].as_str().unwrap().to_string();
    gw.sim()
        .state
        .pay(&reference, Some(rust_decimal::Decimal::new(5, 0)))
        .unwrap();
    assert_eq!(last_of(&watch_all(&t), &id(&inv))["status"], "underpaid");

    // The rest arrives, and the first read of it is turned away with a 429:
    // `watch --until-settled` must wait for a read that is answered.
    gw.sim().state.pay(&reference, None).unwrap();
    gw.sim().state.inject("status", Fault::RateLimit(1), 1);
    let completed = last_of(&watch_all(&t), &id(&inv)).clone();
    assert_eq!(completed["status"], "paid", "{completed}");
    assert_eq!(completed["flags"], serde_json::json!(["paid_in_parts"]));
}

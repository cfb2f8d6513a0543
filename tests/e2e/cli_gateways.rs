//! The same sales through each gateway protocol, faults included.

use super::gateway::{Gateway, SECRET};
use super::*;
use counterpay_sandbox::{Fault, Protocol};

fn each(test: impl Fn(&Gateway)) {
    for protocol in Protocol::ALL {
        test(&Gateway::start(protocol));
    }
}

fn reference(inv: &Value) -> String {
    inv["provider_ref"].as_str().unwrap().to_string()
}

#[test]
fn a_sale_is_paid_and_reported_through_every_protocol() {
    each(|gw| {
        let t = gw.till(SECRET);
        let inv = t.charge(&["25.00", "--currency", "USDTTRC20", "--order-id", "o-1"]);
        assert_eq!(inv["status"], "pending", "{}", gw.protocol);
        assert!(
            inv["address"].as_str().unwrap().starts_with('T'),
            "{}",
            gw.protocol
        );
        gw.sim().state.pay(&reference(&inv), None).unwrap();
        assert_eq!(t.settle()["status"], "paid", "{}", gw.protocol);
        let report = t.ok(&["report", "--json"]).json();
        assert_eq!(
            report["totals"]["USD"]["amount"], "25.00",
            "{}",
            gw.protocol
        );
        t.ok(&["journal", "verify"]);
    });
}

#[test]
fn expiry_and_manual_confirmation_reach_the_till() {
    each(|gw| {
        let t = gw.till(SECRET);
        let expired = t.charge(&["5.00", "--currency", "USDTTRC20"]);
        gw.sim().state.expire(&reference(&expired)).unwrap();
        let manual = t.charge(&["6.00", "--currency", "USDTTRC20"]);
        gw.sim()
            .state
            .confirm_manually(&reference(&manual), "0xabc")
            .unwrap();
        t.settle();
        let status = |v: &Value| {
            t.ok(&["status", v["id"].as_str().unwrap(), "--json"])
                .json()
        };
        assert_eq!(status(&expired)["status"], "expired", "{}", gw.protocol);
        let m = status(&manual);
        assert_eq!(m["status"], "paid", "{}", gw.protocol);
        if gw.protocol == Protocol::Cryptoscan {
            assert_eq!(m["flags"], serde_json::json!(["confirmed_manually"]));
        }
    });
}

#[test]
fn a_short_payment_is_underpaid_where_the_gateway_can_say_so() {
    for protocol in [Protocol::Cryptofuse, Protocol::Cryptopayment] {
        let gw = Gateway::start(protocol);
        let t = gw.till(SECRET);
        let inv = t.charge(&["10.00", "--currency", "USDTTRC20"]);
        gw.sim()
            .state
            .pay(&reference(&inv), Some(4.into()))
            .unwrap();
        let last = t.settle();
        assert_eq!(last["status"], "underpaid", "{protocol}");
        assert_eq!(
            last["paid_crypto"].as_str().map(|p| p.starts_with('4')),
            Some(true),
            "{protocol}"
        );
    }
}

#[test]
fn a_create_that_succeeds_but_answers_500_or_nothing_yields_exactly_one_invoice() {
    each(|gw| {
        let t = gw.till(SECRET);
        for (fault, order) in [
            (Fault::CreateThen500, "o-500"),
            (Fault::CreateThenHang, "o-hang"),
        ] {
            gw.sim().state.inject("create", fault, 1);
            let inv = t.charge(&["7.00", "--currency", "USDTTRC20", "--order-id", order]);
            assert_eq!(inv["status"], "pending", "{} {order}", gw.protocol);
            assert_eq!(
                gw.sim().state.count_for_order(order),
                1,
                "{} {order}",
                gw.protocol
            );
            let again = t.charge(&["7.00", "--currency", "USDTTRC20", "--order-id", order]);
            assert_eq!(again["id"], inv["id"]);
            assert_eq!(
                gw.sim().state.count_for_order(order),
                1,
                "{} {order}",
                gw.protocol
            );
        }
        assert_eq!(t.invoices().len(), 2);
        t.ok(&["journal", "verify"]);
    });
}

#[test]
fn a_create_answered_with_garbage_fails_clearly_and_can_be_charged_again() {
    each(|gw| {
        let t = gw.till(SECRET);
        gw.sim().state.inject("create", Fault::Malformed, 1);
        let r = t.run(&[
            "charge",
            "7.00",
            "--currency",
            "USDTTRC20",
            "--order-id",
            "o-bad",
        ]);
        r.fails_with("cannot read");
        assert_eq!(t.invoices()[0]["status"], "failed", "{}", gw.protocol);
        let retry = t.charge(&["7.00", "--currency", "USDTTRC20", "--order-id", "o-bad"]);
        assert_eq!(retry["status"], "pending", "{}", gw.protocol);
        assert_eq!(
            gw.sim().state.count_for_order("o-bad"),
            1,
            "{}",
            gw.protocol
        );
    });
}

#[test]
fn rate_limits_and_server_errors_are_weathered() {
    each(|gw| {
        let t = gw.till(SECRET);
        gw.sim().state.inject("create", Fault::RateLimit(1), 1);
        let inv = t.charge(&["7.00", "--currency", "USDTTRC20"]);
        gw.sim().state.inject("status", Fault::ServerError(503), 2);
        let st = t
            .ok(&["status", inv["id"].as_str().unwrap(), "--refresh", "--json"])
            .json();
        assert_eq!(st["status"], "pending", "{}", gw.protocol);
        gw.sim().state.inject("status", Fault::Malformed, 1);
        let r = t.run(&["status", inv["id"].as_str().unwrap(), "--refresh"]);
        r.fails_with("cannot read");
        gw.sim().state.inject("create", Fault::ServerError(503), 1);
        let r = t.run(&["charge", "7.00", "--currency", "USDTTRC20"]);
        r.fails_with("unavailable");
        assert_eq!(gw.sim().state.payment_count(), 1, "{}", gw.protocol);
    });
}

#[test]
fn bad_or_missing_credentials_are_named_and_secrets_stay_out_of_the_data_dir() {
    each(|gw| {
        let wrong = gw.till("not-the-secret");
        wrong
            .run(&["charge", "7.00", "--currency", "USDTTRC20"])
            .fails_with("refused the credentials");

        let bare = Till::new();
        bare.ok(&[
            "provider",
            "add",
            "shop",
            "--kind",
            gw.protocol.as_str(),
            "--base-url",
            &gw.sim().base_url(),
        ]);
        let missing = gw.credentials(SECRET)[0].0;
        bare.run(&["charge", "7.00", "--currency", "USDTTRC20"])
            .fails_with(missing);

        let t = gw.till(SECRET);
        let inv = t.charge(&["7.00", "--currency", "USDTTRC20"]);
        t.ok(&["status", inv["id"].as_str().unwrap(), "--refresh"]);
        for entry in walk(t.data_dir()) {
            let bytes = std::fs::read(&entry).unwrap();
            let found = bytes.windows(SECRET.len()).any(|w| w == SECRET.as_bytes());
            assert!(!found, "the secret was written to {}", entry.display());
        }
    });
}

#[test]
fn cryptopayment_refuses_a_till_that_is_not_in_usd() {
    let gw = Gateway::start(Protocol::Cryptopayment);
    let t = gw.till(SECRET);
    t.run(&["charge", "7.00", "--currency", "BTC", "--fiat", "EUR"])
        .fails_with("prices in USD only, not EUR");
    assert!(t.invoices().is_empty());
}

#[test]
fn the_sandbox_speaks_every_protocol() {
    for protocol in Protocol::ALL {
        let t = Till::new();
        let option = format!("protocol={protocol}");
        t.ok(&[
            "provider", "add", "demo", "--kind", "sandbox", "--option", &option,
        ]);
        let inv = t.charge(&["12.50", "--currency", "USDTTRC20"]);
        t.ok(&["sandbox", "pay", inv["id"].as_str().unwrap()]);
        assert_eq!(t.settle()["status"], "paid", "{protocol}");
    }
}

/// The failing check `provider test` names, from its JSON.
fn failed_check(t: &Till) -> (String, String) {
    let r = t.run(&["provider", "test", "shop", "--json"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let report = r.json();
    assert_eq!(report["ok"], false);
    let failed = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["ok"] == false)
        .unwrap_or_else(|| panic!("no failed check: {report}"))
        .clone();
    (
        failed["check"].as_str().unwrap().to_string(),
        failed["reason"].as_str().unwrap().to_string(),
    )
}

#[test]
fn provider_test_names_the_check_that_fails() {
    for protocol in [
        Protocol::Cryptofuse,
        Protocol::Cryptopayment,
        Protocol::Cryptoscan,
    ] {
        let gw = Gateway::start(protocol);
        let good = gw.till(SECRET);
        let report = good.ok(&["provider", "test", "shop", "--json"]).json();
        assert_eq!(report["ok"], true, "{protocol:?}: {report}");
        let names: Vec<&str> = report["checks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["check"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["reachable", "credentials", "fiat", "assets"]);

        let (check, reason) = failed_check(&gw.till("wrong-secret"));
        assert_eq!(check, "credentials", "{protocol:?}: {reason}");
        assert!(reason.contains("provider login shop"), "{reason}");
    }

    // A gateway that is not there.
    let mut t = Till::new();
    for (k, v) in Gateway::start(Protocol::Cryptoscan).credentials(SECRET) {
        t = t.with_env(k, &v);
    }
    let added = t.ok(&[
        "provider",
        "add",
        "shop",
        "--kind",
        "cryptoscan",
        "--base-url",
        "http://127.0.0.1:9/api/v1",
    ]);
    assert!(
        added.stdout.contains("FAILED"),
        "adding warns: {}",
        added.stdout
    );
    let (check, reason) = failed_check(&t);
    assert_eq!(check, "reachable", "{reason}");

    // A fiat the gateway does not price in: CryptoPayment prices in USD.
    let gw = Gateway::start(Protocol::Cryptopayment);
    let t = gw.till(SECRET);
    t.ok(&["settings", "set", "fiat", "EUR"]);
    let (check, reason) = failed_check(&t);
    assert_eq!(check, "fiat", "{reason}");
    assert!(reason.contains("EUR"), "{reason}");
}

/// `reconcile --json`'s differences as (kind, provider_ref, adopted).
fn differences(t: &Till, extra: &[&str]) -> (i32, Vec<(String, String, bool)>) {
    let mut args = vec!["reconcile", "--json"];
    args.extend_from_slice(extra);
    let r = t.run(&args);
    let report = r.json();
    let list = report["differences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["kind"].as_str().unwrap().to_string(),
                d["provider_ref"].as_str().unwrap_or_default().to_string(),
                d["adopted"] == true,
            )
        })
        .collect();
    (r.code, list)
}

#[test]
fn reconcile_names_each_difference_and_adopts_each_once() {
    use counterpay_sandbox::NewPayment;
    let gw = Gateway::start(Protocol::Cryptofuse);
    let t = gw.till(SECRET);
    let agree = t.charge(&["5.00", "--currency", "USDTTRC20"]);
    let (code, found) = differences(&t, &[]);
    assert_eq!((code, found.len()), (0, 0), "{found:?}");

    // Paid while the till was off: the journal still says pending.
    let paid_off = t.charge(&["6.00", "--currency", "USDTTRC20"]);
    let paid_ref = paid_off["provider_ref"].as_str().unwrap().to_string();
    gw.sim().state.pay(&paid_ref, None).unwrap();
    // Its amount changed at the gateway.
    let changed = t.charge(&["7.00", "--currency", "USDTTRC20"]);
    let changed_ref = changed["provider_ref"].as_str().unwrap().to_string();
    gw.db()
        .execute(
            "UPDATE payments SET amount_crypto = '99' WHERE id = ?1",
            [&changed_ref],
        )
        .unwrap();
    // Made behind the till's back, and by another till on the account.
    let foreign = gw
        .sim()
        .state
        .create(NewPayment::priced(
            "web-77",
            "USDTTRC20",
            "USD",
            rust_decimal::Decimal::from(3),
        ))
        .unwrap();
    let other = gw
        .sim()
        .state
        .create(NewPayment::priced(
            "cp-tother00001-abcdefghij",
            "USDTTRC20",
            "USD",
            rust_decimal::Decimal::from(4),
        ))
        .unwrap();
    // A sale whose create answer was lost, and its lookup too.
    gw.sim().state.inject("create", Fault::CreateThen500, 1);
    gw.sim().state.inject("list", Fault::ServerError(503), 50);
    t.run(&["charge", "8.00", "--currency", "USDTTRC20", "--json"]);
    gw.sim().state.clear_faults();
    let lost = t
        .invoices()
        .into_iter()
        .find(|i| i["amount_fiat"] == "8.00")
        .unwrap();
    assert!(lost["provider_ref"].is_null(), "{lost}");
    let lost_at_gateway = gw
        .sim()
        .state
        .search(lost["order_id"].as_str().unwrap())
        .pop()
        .unwrap()
        .id;

    let (code, found) = differences(&t, &[]);
    assert_eq!(code, 5);
    let kind_of = |r: &str| {
        found
            .iter()
            .find(|(_, p, _)| p == r)
            .map(|(k, _, _)| k.as_str())
            .unwrap_or("none")
    };
    assert_eq!(kind_of(&paid_ref), "status", "{found:?}");
    assert_eq!(kind_of(&changed_ref), "amount", "{found:?}");
    assert_eq!(kind_of(&foreign.id), "missing_locally", "{found:?}");
    assert_eq!(kind_of(&other.id), "other_till", "{found:?}");
    assert_eq!(kind_of(&lost_at_gateway), "missing_locally", "{found:?}");
    assert_eq!(kind_of(agree["provider_ref"].as_str().unwrap()), "none");

    // --adopt applies the newer status and the lost create, once.
    for _ in 0..2 {
        t.run(&["reconcile", "--adopt", "--json"]);
    }
    let all = t.invoices();
    let of = |amount: &str| {
        all.iter()
            .find(|i| i["amount_fiat"] == amount)
            .unwrap()
            .clone()
    };
    assert_eq!(of("6.00")["status"], "paid");
    let adopted = of("8.00");
    assert_eq!(adopted["provider_ref"], lost_at_gateway.as_str());
    assert!(
        adopted["flags"]
            .to_string()
            .contains("found_by_reconciliation"),
        "{adopted}"
    );
    assert_eq!(
        all.len(),
        4,
        "nothing adopted twice, nothing foreign adopted"
    );
    let (code, left) = differences(&t, &[]);
    assert_eq!(code, 5);
    let mut kinds: Vec<&str> = left.iter().map(|(k, _, _)| k.as_str()).collect();
    kinds.sort();
    assert_eq!(
        kinds,
        ["amount", "missing_locally", "other_till"],
        "{left:?}"
    );
    t.ok(&["journal", "verify"]);
}

#[test]
fn where_a_gateway_lists_no_day_each_invoice_is_read_instead() {
    let gw = Gateway::start(Protocol::Cryptoscan);
    let t = gw.till(SECRET);
    let sale = t.charge(&["6.00", "--currency", "USDTTRC20"]);
    let reference = sale["provider_ref"].as_str().unwrap().to_string();
    gw.sim().state.pay(&reference, None).unwrap();
    // The gateway takes a moment to confirm the payment.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let report = loop {
        let r = t.run(&["reconcile", "--json"]);
        if r.code == 5 {
            break r.json();
        }
        assert!(std::time::Instant::now() < deadline, "{}", r.stdout);
        std::thread::sleep(std::time::Duration::from_millis(250));
    };
    assert_eq!(report["differences"][0]["kind"], "status");
    assert!(
        report["notes"][0]
            .as_str()
            .unwrap()
            .contains("lists no day"),
        "{report}"
    );
    t.ok(&["reconcile", "--adopt"]);
    assert_eq!(t.invoices()[0]["status"], "paid");
}

#[test]
fn reconcile_says_when_the_gateway_cannot_be_read_and_adopts_nothing() {
    let gw = Gateway::start(Protocol::Cryptopayment);
    let t = gw.till(SECRET);
    let sale = t.charge(&["6.00", "--currency", "USDTTRC20"]);
    gw.sim()
        .state
        .pay(sale["provider_ref"].as_str().unwrap(), None)
        .unwrap();
    gw.sim().state.inject("list", Fault::ServerError(503), 100);
    t.run(&["reconcile", "--adopt"])
        .fails_with("the gateway is unavailable");
    assert_eq!(t.invoices()[0]["status"], "pending");
    gw.sim().state.clear_faults();
    gw.sim().state.inject("list", Fault::Malformed, 100);
    t.run(&["reconcile"]).fails_with("cannot read");
}

#[test]
fn scripted_sales_ask_for_the_currency_list_once_in_a_few_minutes() {
    let gw = Gateway::start(Protocol::Cryptofuse);
    let t = gw.till(SECRET);
    for order in ["o-1", "o-2", "o-3"] {
        t.charge(&["25.00", "--currency", "USDTTRC20", "--order-id", order]);
    }
    assert_eq!(gw.sim().state.requests("create"), 3);
    assert_eq!(
        gw.sim().state.requests("currencies"),
        1,
        "each process asked for the list again"
    );
    // The limits still hold from the kept list: under the minimum is refused
    // before anything is sent.
    t.run(&["charge", "0.50", "--currency", "USDTTRC20"])
        .fails_with("below the smallest");
    assert_eq!(gw.sim().state.requests("create"), 3);
}

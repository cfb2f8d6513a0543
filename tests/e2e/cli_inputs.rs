use super::*;

#[test]
fn bad_amounts_are_refused_before_anything_is_written() {
    let t = Till::new();
    t.ok(&["provider", "add", "demo", "--kind", "sandbox"]);
    for (amount, says) in [
        ("-5", "cannot be negative"),
        ("0", "more than zero"),
        ("abc", "not an amount"),
        ("NaN", "not an amount"),
        ("1e3", "not an amount"),
        ("12.505", "at most 2 decimals"),
        ("1,000", "decimal point"),
        ("99999999999999999999999", "more than one sale can take"),
    ] {
        let r = t.run(&["charge", amount, "--currency", "USDTTRC20"]);
        assert_eq!(r.code, 1, "{amount}");
        assert!(r.error_line().contains(says), "{amount}: {}", r.stderr);
    }
    let jpy = t.run(&[
        "charge",
        "100.5",
        "--currency",
        "USDTTRC20",
        "--fiat",
        "JPY",
    ]);
    jpy.fails_with("JPY amounts have at most 0 decimals");
    assert!(t.invoices().is_empty());
}

#[test]
fn the_gateways_offer_and_limits_are_checked_before_an_invoice_is_made() {
    let t = Till::new();
    t.ok(&["provider", "add", "demo", "--kind", "sandbox"]);
    let r = t.run(&["charge", "5", "--currency", "DOGE"]);
    r.fails_with("DOGE is not offered");
    let r = t.run(&["charge", "0.50", "--currency", "USDTTRC20"]);
    r.fails_with("below the smallest USDTTRC20 payment");
    assert!(t.invoices().is_empty());
}

#[test]
fn providers_are_checked_when_added_and_chosen() {
    let t = Till::new();
    let r = t.run(&["charge", "5", "--currency", "BTC"]);
    r.fails_with("no provider is configured");
    let r = t.run(&["provider", "add", "x", "--kind", "stripe"]);
    r.fails_with("not a provider kind");
    let r = t.run(&[
        "provider",
        "add",
        "x",
        "--kind",
        "sandbox",
        "--option",
        "colour=red",
    ]);
    r.fails_with("unknown option colour");
    let r = t.run(&[
        "provider",
        "add",
        "x",
        "--kind",
        "cryptofuse",
        "--base-url",
        "ftp://x",
    ]);
    r.fails_with("https://");
    t.ok(&["provider", "add", "a", "--kind", "sandbox"]);
    t.ok(&["provider", "add", "b", "--kind", "sandbox"]);
    let r = t.run(&["provider", "add", "a", "--kind", "sandbox"]);
    r.fails_with("exists already");
    let r = t.run(&["charge", "5", "--currency", "BTC"]);
    r.fails_with("several providers are configured (a, b)");
    let inv = t.charge(&["5", "--currency", "BTC", "--provider", "b"]);
    assert_eq!(inv["provider"], "b");
    let list = t.ok(&["provider", "list", "--json"]).json();
    assert_eq!(list["providers"].as_array().unwrap().len(), 2);
    t.ok(&["provider", "remove", "a"]);
    let r = t.run(&["provider", "remove", "a"]);
    r.fails_with("no provider named a");
}

#[test]
fn unknown_ids_dates_and_statuses_get_a_clear_line() {
    let t = Till::new();
    let r = t.run(&["status", "NOPE"]);
    r.fails_with("no invoice NOPE");
    let r = t.run(&["invoices", "--date", "22/11/2026"]);
    r.fails_with("use YYYY-MM-DD");
    let r = t.run(&["invoices", "--status", "done"]);
    r.fails_with("not a status");
    let r = t.run(&["sandbox", "pay", "NOPE"]);
    r.fails_with("no invoice NOPE");
}

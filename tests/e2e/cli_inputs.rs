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
    assert!(
        jpy.error_line()
            .contains("JPY amounts have at most 0 decimals"),
        "{}",
        jpy.stderr
    );
    assert!(t.invoices().is_empty());
}

#[test]
fn the_gateways_offer_and_limits_are_checked_before_an_invoice_is_made() {
    let t = Till::new();
    t.ok(&["provider", "add", "demo", "--kind", "sandbox"]);
    let r = t.run(&["charge", "5", "--currency", "DOGE"]);
    assert!(
        r.error_line().contains("DOGE is not offered"),
        "{}",
        r.stderr
    );
    let r = t.run(&["charge", "0.50", "--currency", "USDTTRC20"]);
    assert!(
        r.error_line()
            .contains("below the smallest USDTTRC20 payment"),
        "{}",
        r.stderr
    );
    assert!(t.invoices().is_empty());
}

#[test]
fn providers_are_checked_when_added_and_chosen() {
    let t = Till::new();
    let r = t.run(&["charge", "5", "--currency", "BTC"]);
    assert!(
        r.error_line().contains("no provider is configured"),
        "{}",
        r.stderr
    );
    let r = t.run(&["provider", "add", "x", "--kind", "stripe"]);
    assert!(
        r.error_line().contains("not a provider kind"),
        "{}",
        r.stderr
    );
    let r = t.run(&[
        "provider",
        "add",
        "x",
        "--kind",
        "sandbox",
        "--option",
        "colour=red",
    ]);
    assert!(
        r.error_line().contains("unknown option colour"),
        "{}",
        r.stderr
    );
    let r = t.run(&[
        "provider",
        "add",
        "x",
        "--kind",
        "cryptofuse",
        "--base-url",
        "ftp://x",
    ]);
    assert!(r.error_line().contains("https://"), "{}", r.stderr);
    t.ok(&["provider", "add", "a", "--kind", "sandbox"]);
    t.ok(&["provider", "add", "b", "--kind", "sandbox"]);
    let r = t.run(&["provider", "add", "a", "--kind", "sandbox"]);
    assert!(r.error_line().contains("exists already"), "{}", r.stderr);
    let r = t.run(&["charge", "5", "--currency", "BTC"]);
    assert!(
        r.error_line()
            .contains("several providers are configured (a, b)"),
        "{}",
        r.stderr
    );
    let inv = t.charge(&["5", "--currency", "BTC", "--provider", "b"]);
    assert_eq!(inv["provider"], "b");
    let list = t.ok(&["provider", "list", "--json"]).json();
    assert_eq!(list["providers"].as_array().unwrap().len(), 2);
    t.ok(&["provider", "remove", "a"]);
    let r = t.run(&["provider", "remove", "a"]);
    assert!(
        r.error_line().contains("no provider named a"),
        "{}",
        r.stderr
    );
}

#[test]
fn unknown_ids_dates_and_statuses_get_a_clear_line() {
    let t = Till::new();
    let r = t.run(&["status", "NOPE"]);
    assert!(r.error_line().contains("no invoice NOPE"), "{}", r.stderr);
    let r = t.run(&["invoices", "--date", "22/11/2026"]);
    assert!(r.error_line().contains("use YYYY-MM-DD"), "{}", r.stderr);
    let r = t.run(&["invoices", "--status", "done"]);
    assert!(r.error_line().contains("not a status"), "{}", r.stderr);
    let r = t.run(&["sandbox", "pay", "NOPE"]);
    assert!(r.error_line().contains("no invoice NOPE"), "{}", r.stderr);
}

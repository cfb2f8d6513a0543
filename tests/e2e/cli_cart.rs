//! Sales rung up from the catalogue on the command line: every figure of
//! the invoice, the report and the CSV checked against the rules worked
//! out here on their own.

use super::*;
use rust_decimal::Decimal;
use serde_json::json;

fn till() -> Till {
    let t = Till::new();
    t.ok(&["provider", "add", "demo", "--kind", "sandbox"]);
    t
}

#[test]
fn a_cart_with_tax_on_top_a_discount_and_a_tip_adds_up_everywhere() {
    let t = till();
    for item in COFFEE_AND_MUG {
        t.ok(&item);
    }
    let inv = t.charge(&[
        "--item",
        "COF:2",
        "--item",
        "MUG",
        "--item",
        "cof",
        "--discount",
        "10%",
        "--tip",
        "15%",
        "--currency",
        "USDTTRC20",
        "--cashier",
        "ana",
    ]);
    let (taxes, totals, off, tip, total) = by_the_rules(
        &[("3.45", 3, "8.875"), ("12.00", 1, "20")],
        "10",
        "15",
        false,
    );
    // Worked by hand too: 22.35 less 2.24, tax 0.83 + 2.16, tip 3.47.
    assert_eq!(total.to_string(), "26.57");
    let lines = inv["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 2, "the same SKU twice is one line");
    assert_eq!(
        (&lines[0]["sku"], &lines[0]["qty"]),
        (&json!("COF"), &json!(3))
    );
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(d(&line["tax"]), taxes[i], "{line}");
        assert_eq!(d(&line["total"]), totals[i], "{line}");
        for key in ["unit_price", "tax_rate", "tax", "total"] {
            assert!(
                line[key].is_string(),
                "{key} is not a decimal string: {line}"
            );
        }
    }
    assert_eq!(d(&inv["subtotal"]), Decimal::new(2235, 2));
    assert_eq!(d(&inv["discount"]), off);
    assert_eq!(d(&inv["tax"]), taxes.iter().sum::<Decimal>());
    assert_eq!(d(&inv["tip"]), tip);
    assert_eq!(d(&inv["amount_fiat"]), total);

    t.ok(&["sandbox", "pay", inv["id"].as_str().unwrap()]);
    assert_eq!(t.settle()["status"], "paid");
    let report = t.ok(&["report", "--json"]).json();
    let sales = total - tip;
    assert_eq!(
        d(&report["totals"]["USD"]["amount"]),
        sales,
        "a tip is not takings"
    );
    assert_eq!(d(&report["by_cashier"]["ana"]["USD"]["amount"]), sales);
    assert_eq!(d(&report["tips"]["ana"]["amount"]), tip);
    assert_eq!(d(&report["tax"]["8.875"]["amount"]), taxes[0]);
    assert_eq!(d(&report["tax"]["20"]["amount"]), taxes[1]);
    assert_eq!(report["items"]["COF"]["qty"], 3);
    assert_eq!(d(&report["items"]["COF"]["net"]), totals[0] - taxes[0]);
    assert_eq!(d(&report["items"]["MUG"]["net"]), totals[1] - taxes[1]);

    let csv = t.ok(&["report", "--csv"]).stdout;
    let mut rows = csv.lines();
    let header: Vec<&str> = rows.next().unwrap().split(',').collect();
    let row: Vec<&str> = rows.next().unwrap().split(',').collect();
    let col = |name: &str| row[header.iter().position(|h| *h == name).unwrap()];
    assert_eq!(col("amount_fiat"), total.to_string());
    assert_eq!(col("tip"), tip.to_string());
    assert_eq!(col("discount"), off.to_string());
    assert_eq!(col("subtotal"), "22.35");
    t.ok(&["journal", "verify"]);
}

#[test]
fn with_tax_inside_the_prices_a_typed_total_must_match_the_items() {
    let t = till();
    t.ok(&["settings", "set", "prices_include_tax", "true"]);
    t.ok(&["catalog", "add", "Cake", "--price", "4.20", "--tax", "20"]);
    t.ok(&["catalog", "add", "Tea", "--price", "1.00", "--tax", "7"]);
    let (taxes, _, _, _, total) =
        by_the_rules(&[("4.20", 1, "20"), ("1.00", 1, "7")], "0", "0", true);
    assert_eq!(total.to_string(), "5.20", "tax is inside the prices");
    t.run(&[
        "charge",
        "5.00",
        "--item",
        "CAKE",
        "--item",
        "TEA",
        "--currency",
        "BTC",
    ])
    .fails_with("the items come to 5.20 USD, not 5.00 USD");
    t.run(&["charge", "--item", "SCONE", "--currency", "BTC"])
        .fails_with("no item in the catalogue has the SKU SCONE");
    t.run(&["charge", "--item", "CAKE:0", "--currency", "BTC"])
        .fails_with("whole number from 1");
    t.run(&["charge", "--currency", "BTC"])
        .fails_with("give the amount");
    t.run(&[
        "charge",
        "--item",
        "CAKE",
        "--fiat",
        "EUR",
        "--currency",
        "BTC",
    ])
    .fails_with("in the shop's fiat, USD");
    let inv = t.charge(&[
        "5.20",
        "--item",
        "CAKE",
        "--item",
        "TEA",
        "--currency",
        "BTC",
    ]);
    assert_eq!(d(&inv["amount_fiat"]), total);
    assert_eq!(d(&inv["tax"]), taxes.iter().sum::<Decimal>());
    assert_eq!(inv["prices_include_tax"], true);
}

#[test]
fn a_typed_amount_takes_a_tip_and_a_plain_one_stays_as_it_was() {
    let t = till();
    let tipped = t.charge(&["20", "--tip", "10%", "--currency", "BTC"]);
    assert_eq!(
        (d(&tipped["amount_fiat"]), d(&tipped["tip"])),
        (Decimal::from(22), Decimal::from(2))
    );
    assert_eq!(tipped["lines"][0]["sku"], Value::Null);
    let plain = t.charge(&["20", "--currency", "BTC"]);
    for key in ["lines", "subtotal", "tax", "discount", "tip"] {
        assert!(plain.get(key).is_none(), "{key} on a typed amount: {plain}");
    }
    t.run(&["charge", "20", "--discount", "25", "--currency", "BTC"])
        .fails_with("more than the sale");
}

#[test]
fn without_a_currency_a_charge_is_paid_in_the_shops_default_asset() {
    let t = till();
    for item in COFFEE_AND_MUG {
        t.ok(&item);
    }
    let inv = t.charge(&["--item", "COF:2", "--discount", "10%", "--tip", "15%"]);
    assert_eq!(inv["currency"], "USDTTRC20", "{inv}");
    t.ok(&["settings", "set", "default_asset", "BTC"]);
    assert_eq!(t.charge(&["--item", "MUG"])["currency"], "BTC");
    assert_eq!(t.charge(&["4.00", "--currency", "LTC"])["currency"], "LTC");
}

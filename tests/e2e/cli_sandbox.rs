use super::*;
use rust_decimal::Decimal;
use serde_json::Value;
use std::collections::BTreeMap;
use std::str::FromStr;

fn demo() -> Till {
    let t = Till::new();
    t.ok(&["provider", "add", "demo", "--kind", "sandbox"]);
    t
}

#[test]
fn a_sale_is_taken_paid_reported_and_verified() {
    let t = demo();
    let inv = t.charge(&["12.50", "--currency", "USDTTRC20", "--cashier", "ana"]);
    assert_eq!(inv["status"], "pending");
    assert_eq!(inv["cashier"], "ana");
    assert_eq!(inv["amount_fiat"], "12.50");
    assert_eq!(inv["amount_crypto"], "12.50000000");
    assert!(inv["address"].as_str().unwrap().starts_with('T'));
    let id = inv["id"].as_str().unwrap();
    t.ok(&["sandbox", "pay", id]);
    let last = t.settle();
    assert_eq!(
        (last["id"].as_str(), last["status"].as_str()),
        (Some(id), Some("paid"))
    );
    assert_eq!(
        last["confirmations"]["received"],
        last["confirmations"]["required"]
    );

    let report = t.ok(&["report", "--json"]).json();
    assert_eq!(report["totals"]["USD"]["amount"], "12.50");
    assert_eq!(report["counts"]["paid"], 1);
    assert_eq!(report["by_cashier"]["ana"]["USD"]["amount"], "12.50");
    assert!(last["paid_at"].is_string());
    let csv = t.ok(&["report", "--csv"]).stdout;
    assert!(csv.starts_with("id,created_at,"), "{csv}");
    assert!(
        csv.contains(&format!("{id},")) && csv.contains(",12.50,"),
        "{csv}"
    );

    t.ok(&["journal", "verify"]);
    let conn = rusqlite::Connection::open(t.journal_path()).unwrap();
    let created: i64 = conn
        .query_row(
            "SELECT seq FROM events WHERE invoice_id = ?1 AND kind = 'created'",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute(
        "UPDATE events SET body = replace(body, '12.50', '12.51') WHERE seq = ?1",
        [created],
    )
    .unwrap();
    drop(conn);
    let bad = t.run(&["journal", "verify"]);
    assert_eq!(bad.code, 4);
    bad.fails_with(&format!("event {created}"));
}

#[test]
fn the_same_order_id_never_makes_a_second_invoice() {
    let t = demo();
    let first = t.charge(&["5.00", "--currency", "BTC", "--order-id", "table-7"]);
    let again = t.charge(&["5", "--currency", "BTC", "--order-id", "table-7"]);
    assert_eq!(first["id"], again["id"]);
    assert_eq!(t.invoices().len(), 1);
    let other = t.run(&[
        "charge",
        "6.00",
        "--currency",
        "BTC",
        "--order-id",
        "table-7",
    ]);
    other.fails_with("already has invoice");
}

#[test]
fn short_expired_and_late_payments_are_told_apart() {
    let t = demo();
    let short = t.charge(&["10.00", "--currency", "USDTTRC20"]);
    let expired = t.charge(&["10.00", "--currency", "USDTTRC20"]);
    let late = t.charge(&["10.00", "--currency", "USDTTRC20"]);
    let id = |v: &Value| v["id"].as_str().unwrap().to_string();
    t.ok(&["sandbox", "pay", &id(&short), "--amount", "4"]);
    t.ok(&["sandbox", "expire", &id(&expired)]);
    t.ok(&["sandbox", "expire", &id(&late)]);
    t.settle();
    t.ok(&["sandbox", "pay", &id(&late)]);
    let status = |v: &Value| t.ok(&["status", &id(v), "--refresh", "--json"]).json();
    assert_eq!(status(&short)["status"], "underpaid");
    assert_eq!(status(&short)["paid_crypto"], "4.00000000");
    assert_eq!(status(&expired)["status"], "expired");
    let mut l = status(&late);
    for _ in 0..50 {
        if l["status"] == "paid" {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
        l = status(&late);
    }
    assert_eq!(l["status"], "paid");
    assert_eq!(l["flags"], serde_json::json!(["paid_late"]));
    let report = t.ok(&["report", "--json"]).json();
    assert_eq!(report["totals"]["USD"]["amount"], "10.00");
    assert_eq!(report["counts"]["underpaid"], 1);
    assert_eq!(report["counts"]["expired"], 1);
    t.ok(&["journal", "verify"]);
}

#[test]
fn watch_gives_up_at_its_timeout_with_its_own_exit_code() {
    let t = demo();
    t.charge(&["3.00", "--currency", "USDTTRC20"]);
    let r = t.run(&["watch", "--until-settled", "--timeout", "1"]);
    assert_eq!(r.code, 3);
    r.fails_with("1 invoice(s) still open");
}

#[test]
fn invoices_are_listed_by_day_and_status() {
    let t = demo();
    let inv = t.charge(&["2.00", "--currency", "USDTTRC20", "--note", "coffee"]);
    assert_eq!(t.invoices()[0]["note"], "coffee");
    let pending = t.ok(&["invoices", "--status", "pending", "--json"]).json();
    assert_eq!(pending["invoices"][0]["id"], inv["id"]);
    let paid = t.ok(&["invoices", "--status", "paid", "--json"]).json();
    assert_eq!(paid["invoices"], serde_json::json!([]));
    let old = t.ok(&["invoices", "--date", "2020-01-01", "--json"]).json();
    assert_eq!(old["invoices"], serde_json::json!([]));
    let text = t.ok(&["status", inv["id"].as_str().unwrap()]).stdout;
    assert!(
        text.contains("PENDING") && text.contains("2.00 USD"),
        "{text}"
    );
}

#[test]
fn currencies_show_the_gateways_limits() {
    let t = demo();
    let list = t.ok(&["currencies", "--json"]).json();
    let usdt = list["currencies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == "USDTTRC20")
        .unwrap()
        .clone();
    assert_eq!(usdt["min_amount_fiat"], "1.00");
    assert!(usdt["min_amount"].is_string());
}

#[test]
fn shifts_close_with_numbered_z_reports_that_cannot_change() {
    let t = demo();
    let paid = t.charge(&["12.50", "--currency", "USDTTRC20", "--cashier", "ana"]);
    let short = t.charge(&["10.00", "--currency", "USDTTRC20", "--cashier", "bo"]);
    t.ok(&["sandbox", "pay", paid["id"].as_str().unwrap()]);
    t.ok(&[
        "sandbox",
        "pay",
        short["id"].as_str().unwrap(),
        "--amount",
        "4",
    ]);
    t.settle();
    let first = t.ok(&["shift", "close", "--json"]).json();
    assert_eq!(first["number"], 1);
    assert_eq!(first["summary"]["totals"]["USD"]["amount"], "12.50");
    assert_eq!(
        first["summary"]["by_cashier"]["ana"]["USD"]["amount"],
        "12.50"
    );
    assert_eq!(first["summary"]["counts"]["underpaid"], 1);
    assert_eq!(first["exceptions"][0]["id"], short["id"]);
    assert_eq!(t.ok(&["report", "--shift", "1", "--json"]).json(), first);
    let csv = t.ok(&["report", "--shift", "1", "--csv"]).stdout;
    assert_eq!(csv.lines().count(), 3, "{csv}");
    let second = t.ok(&["shift", "close", "--json"]).json();
    assert_eq!(second["number"], 2);
    assert_eq!(second["summary"]["invoices"], 0);
    t.run(&["report", "--shift", "3"])
        .fails_with("no shift 3 has been closed");
    t.ok(&["journal", "verify"]);
    let conn = rusqlite::Connection::open(t.journal_path()).unwrap();
    conn.execute(
        "UPDATE shifts SET body = replace(body, '12.50', '125.0') WHERE number = 1",
        [],
    )
    .unwrap();
    drop(conn);
    let bad = t.run(&["journal", "verify"]);
    assert_eq!(bad.code, 4);
    bad.fails_with("shift 1");
}

/// The report's money, recomputed here from the journal file itself.
fn journal_sums(t: &Till) -> BTreeMap<String, Decimal> {
    let conn = rusqlite::Connection::open(t.journal_path()).unwrap();
    let mut stmt = conn.prepare("SELECT body FROM invoices").unwrap();
    let bodies: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut sums = BTreeMap::new();
    for body in bodies {
        let inv: Value = serde_json::from_str(&body).unwrap();
        if inv["status"] != "paid" {
            continue;
        }
        let dec = |v: &Value| Decimal::from_str(v.as_str().unwrap()).unwrap();
        let cashier = inv["cashier"].as_str().unwrap_or("-").to_string();
        for (key, amount) in [
            (
                format!("fiat {}", inv["fiat"].as_str().unwrap()),
                dec(&inv["amount_fiat"]),
            ),
            (
                format!("asset {}", inv["currency"].as_str().unwrap()),
                dec(&inv["paid_crypto"]),
            ),
            (format!("cashier {cashier}"), dec(&inv["amount_fiat"])),
        ] {
            *sums.entry(key).or_default() += amount;
        }
    }
    sums
}

#[test]
fn the_report_equals_the_journals_paid_invoices_to_the_cent() {
    let t = demo();
    let sale = |amount: &str, asset: &str, cashier: &str| {
        t.charge(&[amount, "--currency", asset, "--cashier", cashier])["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let paid = [
        sale("12.35", "USDTTRC20", "ana"),
        sale("1.01", "USDTTRC20", "ana"),
        sale("19.99", "BTC", "ana"),
        sale("7.77", "USDTTRC20", "bo"),
        sale("250.01", "ETH", "bo"),
    ];
    for id in &paid {
        t.ok(&["sandbox", "pay", id]);
    }
    let short = sale("40.00", "USDTTRC20", "bo");
    t.ok(&["sandbox", "pay", &short, "--amount", "10"]);
    let expired = sale("5.00", "USDTTRC20", "ana");
    t.ok(&["sandbox", "expire", &expired]);
    t.settle();
    sale("2.22", "USDTTRC20", "ana");

    let report = t.ok(&["report", "--json"]).json();
    let sums = journal_sums(&t);
    let got = |v: &Value| Decimal::from_str(v["amount"].as_str().unwrap()).unwrap();
    assert_eq!(got(&report["totals"]["USD"]), sums["fiat USD"]);
    assert_eq!(sums["fiat USD"], Decimal::from_str("291.13").unwrap());
    for asset in ["USDTTRC20", "BTC", "ETH"] {
        assert_eq!(
            got(&report["by_asset"][asset]),
            sums[&format!("asset {asset}")],
            "{asset}"
        );
    }
    for cashier in ["ana", "bo"] {
        assert_eq!(
            got(&report["by_cashier"][cashier]["USD"]),
            sums[&format!("cashier {cashier}")],
            "{cashier}"
        );
    }
    assert_eq!(report["counts"]["paid"], 5);
    assert_eq!(report["counts"]["underpaid"], 1);
    assert_eq!(report["counts"]["expired"], 1);
    assert_eq!(report["counts"]["pending"], 1);
    assert_eq!(report["invoices"], 8);

    // The CSV carries the same money, row by row.
    let csv = t.ok(&["report", "--csv"]).stdout;
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let header = rows.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (status, amount) = (col("status"), col("amount_fiat"));
    let csv_paid: Decimal = rows
        .records()
        .map(Result::unwrap)
        .filter(|r| &r[status] == "paid")
        .map(|r| Decimal::from_str(&r[amount]).unwrap())
        .sum();
    assert_eq!(csv_paid, sums["fiat USD"]);
}

/// The calendar day a moment (RFC 3339) falls on at a fixed offset from
/// UTC, in hours.
fn day_at(moment: &Value, offset_hours: i64) -> String {
    let at = chrono::DateTime::parse_from_rfc3339(moment.as_str().unwrap()).unwrap();
    (at.with_timezone(&chrono::Utc) + chrono::Duration::hours(offset_hours))
        .date_naive()
        .to_string()
}

#[test]
fn the_till_s_time_zone_decides_which_day_a_sale_is_reported_on() {
    let t = demo();
    let wrong = t.run(&["settings", "set", "time_zone", "Mars/Olympus"]);
    assert_ne!(wrong.code, 0);
    assert!(
        wrong.error_line().contains("is not a time zone"),
        "{}",
        wrong.error_line()
    );
    // Kiritimati (UTC+14, no summer time) and Pago Pago (UTC-11, none
    // either) are always on different calendar days.
    t.ok(&["settings", "set", "time_zone", "pacific/kiritimati"]);
    assert_eq!(
        t.ok(&["settings", "get", "time_zone"]).stdout.trim(),
        "Pacific/Kiritimati"
    );
    let inv = t.charge(&["9.00", "--currency", "USDTTRC20"]);
    t.ok(&["sandbox", "pay", inv["id"].as_str().unwrap()]);
    let paid = t.settle();
    assert_eq!(paid["status"], "paid");
    // The days are the sale's own, so midnight passing during the test
    // changes nothing.
    let (east, west) = (
        day_at(&paid["created_at"], 14),
        day_at(&paid["created_at"], -11),
    );
    let paid_on = |day: &str| {
        t.ok(&["report", "--date", day, "--json"]).json()["counts"]["paid"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(paid_on(&east), 1, "not on Kiritimati's {east}");
    assert_eq!(paid_on(&west), 0, "on {west}, not Kiritimati's day");
    t.ok(&["settings", "set", "time_zone", "Pacific/Pago_Pago"]);
    assert_eq!(paid_on(&west), 1, "not on Pago Pago's {west}");
    assert_eq!(paid_on(&east), 0, "on {east}, not Pago Pago's day");
    t.ok(&["settings", "set", "time_zone", "computer"]);
}

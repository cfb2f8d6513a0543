//! Two tills shipping their journals to HQ on a real PostgreSQL server,
//! the owner's report across them, and HQ catching a cut journal.

use super::*;
use counterpay_hq::cluster::{Cluster, PASSWORD};
use rust_decimal::Decimal;

/// A sandbox till of shop "Corner" named `name`, pointed at HQ, with two
/// paid sales, one short and one expired.
fn till_with_sales(cluster: &Cluster, name: &str, amounts: [&str; 2]) -> Till {
    let t = Till::new().with_env("COUNTERPAY_HQ_PASSWORD", PASSWORD);
    t.ok(&["provider", "add", "demo", "--kind", "sandbox"]);
    t.ok(&["settings", "set", "shop_name", "Corner"]);
    t.ok(&["settings", "set", "till_name", name]);
    t.ok(&["hq", "set", &cluster.url()]);
    for amount in amounts {
        let sale = t.charge(&[amount, "--currency", "USDTTRC20"]);
        t.ok(&["sandbox", "pay", sale["id"].as_str().unwrap()]);
    }
    let short = t.charge(&["9.00", "--currency", "USDTTRC20"]);
    t.ok(&[
        "sandbox",
        "pay",
        short["id"].as_str().unwrap(),
        "--amount",
        "4",
    ]);
    let gone = t.charge(&["1.00", "--currency", "USDTTRC20"]);
    t.ok(&["sandbox", "expire", gone["id"].as_str().unwrap()]);
    t.settle();
    t
}

fn paid_usd(report: &serde_json::Value) -> Decimal {
    report["totals"]["USD"]["amount"]
        .as_str()
        .map(|a| a.parse().unwrap())
        .unwrap_or_default()
}

#[test]
fn two_tills_ship_and_hqs_report_is_the_sum_of_theirs() {
    let cluster = Cluster::start();
    let a = till_with_sales(&cluster, "Counter 1", ["12.50", "1.10"]);
    let b = till_with_sales(&cluster, "Counter 2", ["7.25", "100.00"]);
    // Ten of the hundred go back to the customer.
    let hundred = b
        .invoices()
        .into_iter()
        .find(|i| i["amount_fiat"] == "100.00")
        .unwrap();
    b.ok(&[
        "refund",
        hundred["id"].as_str().unwrap(),
        "--amount",
        "10",
        "--address",
        TRON,
        "--yes",
    ]);
    // Both ship at the same moment.
    let shipping: Vec<_> = [&a, &b]
        .iter()
        .map(|t| {
            let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_counterpay"));
            cmd.env("COUNTERPAY_DATA_DIR", t.data_dir())
                .env("COUNTERPAY_HQ_PASSWORD", PASSWORD)
                .args(["hq", "sync"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped());
            cmd.spawn().unwrap()
        })
        .collect();
    for child in shipping {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    let local: Vec<serde_json::Value> = [&a, &b]
        .iter()
        .map(|t| t.ok(&["report", "--json"]).json())
        .collect();
    let hq = a.ok(&["report", "--hq", "--json"]).json();
    assert_eq!(paid_usd(&hq), paid_usd(&local[0]) + paid_usd(&local[1]));
    assert_eq!(paid_usd(&hq).to_string(), "120.85");
    assert_eq!(hq["invoices"], 8);
    assert_eq!(hq["counts"]["underpaid"], 2);
    assert_eq!(hq["date"], local[0]["date"]);
    let tills = hq["tills"].as_array().unwrap();
    assert_eq!(tills.len(), 2);
    for (till, report) in tills.iter().zip(&local) {
        assert_eq!(till["shop"], "Corner");
        assert_eq!(till["totals"]["USD"], report["totals"]["USD"], "{till}");
    }
    assert_eq!(hq["shops"][0]["totals"]["USD"]["amount"], "120.85");
    // The refund counts in HQ as on its till: apart, and off the net.
    assert_eq!(hq["refunds"], local[1]["refunds"], "{hq}");
    assert_eq!(hq["refunds"]["USD"]["amount"], "10.00", "{hq}");
    let net = |r: &serde_json::Value| -> Decimal { d(&r["net"]["USD"]) };
    assert_eq!(net(&hq), net(&local[0]) + net(&local[1]));
    // One till, by name.
    let one = b
        .ok(&["report", "--hq", "--till", "Counter 2", "--json"])
        .json();
    assert_eq!(paid_usd(&one), paid_usd(&local[1]));
    let csv = a.ok(&["report", "--hq", "--csv"]).stdout;
    assert_eq!(csv.lines().count(), 10, "{csv}");
    assert_eq!(
        csv.lines().filter(|l| l.contains(",refund,")).count(),
        1,
        "{csv}"
    );

    // Shipping again adds nothing; the status says all is shipped.
    assert!(a.ok(&["hq", "sync"]).stdout.contains("Shipped 0"));
    let status = a.ok(&["hq", "status", "--json"]).json();
    assert_eq!(status["pending"], 0);
    assert!(status["shipped_seq"].as_i64().unwrap() > 10);
    assert!(status["last_success"].is_string());
    assert!(status["last_error"].is_null());
    a.ok(&["hq", "verify"]);

    // A shop renamed after its sales: the old name still finds them, and
    // the tills and shops listed still add up to the totals.
    b.ok(&["settings", "set", "shop_name", "Corner West"]);
    b.ok(&["hq", "sync"]);
    let old = a
        .ok(&["report", "--hq", "--shop", "Corner", "--json"])
        .json();
    assert_eq!(paid_usd(&old).to_string(), "120.85");
    let sum = |list: &serde_json::Value| -> Decimal {
        list.as_array().unwrap().iter().map(paid_usd).sum()
    };
    assert_eq!(sum(&old["tills"]), paid_usd(&old), "{}", old["tills"]);
    assert_eq!(sum(&old["shops"]), paid_usd(&old), "{}", old["shops"]);
}

#[test]
fn a_lost_acknowledgement_ships_nothing_twice_and_hq_down_never_stops_a_sale() {
    let cluster = Cluster::start();
    let t = till_with_sales(&cluster, "Counter 1", ["3.00", "4.00"]);
    t.ok(&["hq", "sync"]);
    // The till died after HQ committed, before it noted the answer.
    let conn = rusqlite::Connection::open(t.journal_path()).unwrap();
    conn.execute(
        "UPDATE meta SET value = '0' WHERE key = 'hq.shipped_seq'",
        [],
    )
    .unwrap();
    drop(conn);
    assert!(
        t.ok(&["hq", "status", "--json"]).json()["pending"]
            .as_i64()
            .unwrap()
            > 0
    );
    assert!(t.ok(&["hq", "sync"]).stdout.contains("Shipped 0"));
    assert_eq!(t.ok(&["hq", "status", "--json"]).json()["pending"], 0);

    cluster.down();
    let sale = t.charge(&["5.00", "--currency", "USDTTRC20"]);
    assert_eq!(sale["status"], "pending", "a sale never waits for HQ");
    let r = t.run(&["hq", "sync"]);
    assert_eq!(r.code, 1);
    r.fails_with("HQ cannot be reached");
    let status = t.ok(&["hq", "status", "--json"]).json();
    assert!(status["last_error"]
        .as_str()
        .unwrap()
        .contains("cannot be reached"));
    assert!(status["pending"].as_i64().unwrap() >= 1);
    cluster.up();
    t.ok(&["hq", "sync"]);
    assert_eq!(t.ok(&["hq", "status", "--json"]).json()["pending"], 0);
    t.ok(&["hq", "verify"]);
}

#[test]
fn a_cut_journal_is_refused_by_hq_and_named_by_hq_verify() {
    let cluster = Cluster::start();
    let t = till_with_sales(&cluster, "Counter 1", ["3.00", "4.00"]);
    t.ok(&["hq", "sync"]);
    let conn = rusqlite::Connection::open(t.journal_path()).unwrap();
    let newest: i64 = conn
        .query_row("SELECT max(seq) FROM events", [], |r| r.get(0))
        .unwrap();
    conn.execute_batch(&format!("DELETE FROM events WHERE seq > {};", newest - 3))
        .unwrap();
    drop(conn);
    let r = t.run(&["hq", "verify"]);
    assert_eq!(r.code, 4, "{} {}", r.stdout, r.stderr);
    r.fails_with(&format!("part at event {}", newest - 2));
    let refused = t.run(&["hq", "sync"]);
    assert_eq!(refused.code, 1);
    refused.fails_with("cut");

    // HQ raised one alert for it, however often the till tries again.
    t.run(&["hq", "sync"]);
    let till = t.ok(&["hq", "status", "--json"]).json();
    assert!(
        till["last_error"].as_str().unwrap().contains("cut"),
        "{till}"
    );
    let (target, _) = counterpay_hq::Target::parse(&cluster.url()).unwrap();
    let hq = counterpay_hq::Hq::new(&target, Some(PASSWORD)).unwrap();
    let alerts = tokio_rt().block_on(async {
        let tills = hq.tills().await.unwrap();
        hq.alerts(&tills[0].till).await.unwrap()
    });
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert!(alerts[0].contains("was cut"), "{alerts:?}");
}

fn tokio_rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// The headless binary sits beside the app's in the same target dir.
fn headless() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_counterpay")).with_file_name("counterpay-headless")
}

#[test]
fn the_headless_binary_charges_watches_and_ships_without_gtk_or_a_display() {
    let bin = headless();
    let libs = std::process::Command::new("ldd")
        .arg(&bin)
        .output()
        .unwrap();
    assert!(libs.status.success(), "{} was not built", bin.display());
    let libs = String::from_utf8_lossy(&libs.stdout);
    for gui in ["gtk", "webkit", "gdk", "soup", "javascriptcore"] {
        assert!(
            !libs.contains(gui),
            "counterpay-headless links {gui}: {libs}"
        );
    }
    assert!(libs.lines().count() < 30, "{libs}");
    let cluster = Cluster::start();
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = std::process::Command::new(&bin)
            .args(args)
            .env("COUNTERPAY_DATA_DIR", dir.path())
            .env("COUNTERPAY_HQ_PASSWORD", PASSWORD)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    run(&["provider", "add", "demo", "--kind", "sandbox"]);
    let sale: serde_json::Value = serde_json::from_str(&run(&[
        "charge",
        "2.00",
        "--currency",
        "USDTTRC20",
        "--json",
    ]))
    .unwrap();
    run(&["sandbox", "pay", sale["id"].as_str().unwrap()]);
    let watched = run(&["watch", "--until-settled", "--timeout", "30", "--json"]);
    assert!(watched.contains("\"paid\""), "{watched}");
    run(&["hq", "set", &cluster.url()]);
    assert!(run(&["hq", "sync"]).contains("Shipped"));
    run(&["hq", "verify"]);
    // Without a command there is no window to open: it says so.
    let bare = std::process::Command::new(&bin).output().unwrap();
    assert_eq!(bare.status.code(), Some(2));
}

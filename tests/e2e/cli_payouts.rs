//! `balances`, `withdraw` and `withdrawals` against the simulator and
//! against gateway servers written separately from our clients, from the
//! documents alone (tests/servers/gateways.py): a bad address is refused
//! before any request, an estimate sends nothing, the minimum is named,
//! and a withdrawal whose answer is lost is looked up, never sent twice.

use crate::{d, Till, TRON};
use counterpay_sandbox::{Fault, SimConfig, SimState};
use rust_decimal::Decimal;
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

const TRON_TYPO: &str = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u";

fn withdraw<'a>(amount: &'a str, address: &'a str, more: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "withdraw",
        "--currency",
        "USDTTRC20",
        "--amount",
        amount,
        "--address",
        address,
    ];
    args.extend_from_slice(more);
    args
}

/// A sandbox till holding 200 USDTTRC20 from a paid sale, and its
/// simulator's state, where requests are counted and faults planted.
fn funded_sandbox() -> (Till, SimState) {
    let t = Till::new();
    t.ok(&["provider", "add", "demo", "--kind", "sandbox"]);
    let sale = t.charge(&["200", "--currency", "USDTTRC20"]);
    t.ok(&["sandbox", "pay", sale["id"].as_str().unwrap()]);
    assert_eq!(t.settle()["status"], "paid");
    let sim = SimState::open(
        &t.data_dir().join("sandbox/demo.sqlite3"),
        SimConfig::sandbox(),
    )
    .unwrap();
    (t, sim)
}

#[test]
fn the_sandbox_refuses_before_sending_and_never_sends_twice() {
    let (t, sim) = funded_sandbox();
    let b = t.ok(&["balances", "--json"]).json();
    assert_eq!(
        b["providers"][0]["balances"][0]["available"],
        "200.00000000"
    );

    t.run(&withdraw("50", TRON_TYPO, &["--yes"]))
        .fails_with("checksum does not match");
    t.run(&withdraw(
        "50",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        &["--yes"],
    ))
    .fails_with("not a TRON address");
    assert_eq!(sim.requests("estimate") + sim.requests("withdraw"), 0);

    let e = t
        .ok(&withdraw("50", TRON, &["--estimate", "--json"]))
        .json();
    assert_eq!(e["sent"], false);
    assert_eq!(e["estimate"]["receive"], "49.00000000");
    assert_eq!(sim.requests("withdraw"), 0, "--estimate sent a withdrawal");

    t.run(&withdraw("5", TRON, &["--yes"]))
        .fails_with("minimum withdrawal of 10 USDTTRC20");
    t.run(&withdraw("500", TRON, &["--yes"]))
        .fails_with("only 200 USDTTRC20 is available");
    t.run(&withdraw("50", TRON, &[]))
        .fails_with("no terminal to confirm");
    assert_eq!(sim.requests("withdraw"), 0);

    // The gateway makes it, then answers 500: looked up by our id at once.
    sim.inject("withdraw", Fault::CreateThen500, 1);
    let found = t.ok(&withdraw("50", TRON, &["--yes", "--json"])).json();
    assert_eq!(found["status"], "pending", "{found}");
    assert_eq!(sim.requests("withdraw"), 1, "the withdrawal was sent again");
    let listed = t.ok(&["withdrawals", "--json"]).json();
    let w = &listed["withdrawals"][0];
    assert!(
        ["pending", "completed"].contains(&w["status"].as_str().unwrap()),
        "{w}"
    );
    assert!(w["provider_ref"].as_str().is_some(), "found by our id: {w}");
    t.ok(&["withdrawals"]);
    assert_eq!(sim.requests("withdraw"), 1);
    assert_eq!(sim.withdrawals().len(), 1);
    t.ok(&["journal", "verify"]);
}

/// One of the separately written gateway servers, on a free port.
struct Server {
    child: Child,
    base: String,
}

impl Server {
    fn start(protocol: &str) -> Server {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/servers/gateways.py");
        let mut child = Command::new("python3")
            .args([script, "--protocol", protocol, "--port", "0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3 runs the test gateway");
        let mut line = String::new();
        BufReader::new(child.stdout.as_mut().unwrap())
            .read_line(&mut line)
            .unwrap();
        let base = line
            .trim()
            .strip_prefix("listening ")
            .unwrap_or_else(|| panic!("the test gateway said {line:?}"))
            .to_string();
        Server { child, base }
    }

    /// A control call, over plain HTTP/1.0.
    fn control(&self, method: &str, path: &str) -> Value {
        let addr = self.base.trim_start_matches("http://");
        let mut s = TcpStream::connect(addr).unwrap();
        write!(
            s,
            "{method} {path} HTTP/1.0\r\nHost: {addr}\r\nContent-Length: 0\r\n\r\n"
        )
        .unwrap();
        let mut answer = String::new();
        s.read_to_string(&mut answer).unwrap();
        let body = answer.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or("");
        serde_json::from_str(body).unwrap_or(Value::Null)
    }

    fn creates(&self) -> u64 {
        self.control("GET", "/_control/withdrawals")["creates"]
            .as_u64()
            .unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn cryptofuse_as_documented_checks_estimates_and_finds_a_lost_answer() {
    let s = Server::start("cryptofuse");
    let t = Till::new()
        .with_env("COUNTERPAY_FUSE_CLIENT_ID", "test-client")
        .with_env("COUNTERPAY_FUSE_CLIENT_SECRET", "test-secret");
    t.ok(&[
        "provider",
        "add",
        "fuse",
        "--kind",
        "cryptofuse",
        "--base-url",
        &s.base,
    ]);
    let b = t.ok(&["balances", "--json"]).json();
    let usdt = b["providers"][0]["balances"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["asset"] == "USDTTRC20" && b["account"] == "main")
        .cloned()
        .unwrap();
    assert_eq!(
        usdt["available"]
            .as_str()
            .unwrap()
            .parse::<rust_decimal::Decimal>()
            .unwrap(),
        1200.into()
    );

    t.run(&withdraw("50", TRON_TYPO, &["--yes"]))
        .fails_with("checksum does not match");
    let asked: Vec<String> = s
        .control("GET", "/_control/requests")
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["path"].as_str().unwrap().to_string())
        .collect();
    assert!(
        !asked.iter().any(|p| p.starts_with("/withdrawal")),
        "{asked:?}"
    );

    let e = t
        .ok(&withdraw("100", TRON, &["--estimate", "--json"]))
        .json();
    assert_eq!(e["estimate"]["fee"], "1.50000000");
    assert_eq!(s.creates(), 0, "--estimate sent a withdrawal");
    // The gateway's estimate names its minimum before any create.
    t.run(&withdraw("5", TRON, &["--yes"]))
        .fails_with("minimum withdrawal amount 10");
    assert_eq!(s.creates(), 0);

    // Made, then the connection closes unanswered: found by our custom_id.
    s.control("POST", "/_control/drop-next-withdrawal");
    let found = t.ok(&withdraw("100", TRON, &["--yes", "--json"])).json();
    assert_eq!(found["status"], "pending", "{found}");
    assert_eq!(s.creates(), 1);
    let listed = t.ok(&["withdrawals", "--json"]).json();
    let w = &listed["withdrawals"][0];
    assert_eq!(w["status"], "pending", "{w}");
    assert!(w["provider_ref"].as_str().is_some(), "{w}");
    s.control("POST", "/_control/advance");
    s.control("POST", "/_control/advance");
    let listed = t.ok(&["withdrawals", "--json"]).json();
    assert_eq!(listed["withdrawals"][0]["status"], "completed");
    assert_eq!(s.creates(), 1, "a withdrawal was sent twice");
}

#[test]
fn cryptopayment_as_documented_reviews_large_ones_and_blocks_after_a_lost_answer() {
    let s = Server::start("cryptopayment");
    let t = Till::new()
        .with_env("COUNTERPAY_PAY_API_KEY", "test-key")
        .with_env("COUNTERPAY_PAY_API_SECRET", "test-secret");
    let base = format!("{}/api/v1", s.base);
    t.ok(&[
        "provider",
        "add",
        "pay",
        "--kind",
        "cryptopayment",
        "--base-url",
        &base,
    ]);
    let e = t
        .ok(&withdraw("600", TRON, &["--estimate", "--json"]))
        .json();
    assert_eq!(e["estimate"]["manual_review"], true);
    assert_eq!(e["estimate"]["receive"], "599");
    t.run(&withdraw("4", TRON, &["--yes"]))
        .fails_with("minimum withdrawal of 5");
    assert_eq!(s.creates(), 0);

    let sent = t.ok(&withdraw("600", TRON, &["--yes", "--json"])).json();
    assert_eq!(sent["status"], "review", "{sent}");
    assert_eq!(s.creates(), 1);

    s.control("POST", "/_control/drop-next-withdrawal");
    t.run(&withdraw("20", TRON, &["--yes"]))
        .fails_with("answer was lost");
    assert_eq!(s.creates(), 2);
    let listed = t.ok(&["withdrawals", "--json"]).json();
    let lost = listed["withdrawals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["status"] == "unknown")
        .cloned()
        .expect("the lost one stays unknown");
    assert!(
        lost["failure"].as_str().unwrap().contains("dashboard"),
        "{lost}"
    );
    t.run(&withdraw("20", TRON, &["--yes"]))
        .fails_with("unknown outcome");
    assert_eq!(s.creates(), 2, "sent again while one's outcome is unknown");

    // The owner checks the dashboard and says so; then withdrawals go on.
    let id = lost["id"].as_str().unwrap();
    let marked = t.ok(&["withdrawals", "--mark-sent", id, "--json"]).json();
    assert_eq!(marked["status"], "completed");
    t.run(&["withdrawals", "--mark-not-sent", id])
        .fails_with("already completed");
    t.ok(&withdraw("20", TRON, &["--yes"]));
    assert_eq!(s.creates(), 3);
    t.ok(&["journal", "verify"]);
}

#[test]
fn bad_amounts_are_refused_and_each_gateway_failure_ends_as_it_should() {
    let (t, sim) = funded_sandbox();
    for bad in ["abc", "-5", "1e3", "0", "12.123456789"] {
        let line = t
            .run(&withdraw(bad, TRON, &["--yes"]))
            .error_line()
            .to_string();
        assert!(line.contains("amount"), "{bad}: {line}");
    }
    assert_eq!(sim.requests("estimate") + sim.requests("withdraw"), 0);

    // 429: nothing was made, so it is sent again after the wait, once.
    sim.inject("withdraw", Fault::RateLimit(1), 1);
    let sent = t.ok(&withdraw("20", TRON, &["--yes", "--json"])).json();
    assert_eq!(sent["status"], "pending");
    assert_eq!(sim.requests("withdraw"), 2);
    assert_eq!(sim.withdrawals().len(), 1);

    // 400: refused, nothing made; the next one may go.
    sim.inject("withdraw", Fault::ServerError(400), 1);
    t.run(&withdraw("20", TRON, &["--yes"]))
        .fails_with("failed");
    assert_eq!(sim.withdrawals().len(), 1);

    // 503: the gateway may or may not have it. It is not sent again and
    // blocks the next until the owner says what the dashboard shows.
    sim.inject("withdraw", Fault::ServerError(503), 1);
    t.run(&withdraw("20", TRON, &["--yes"]))
        .fails_with("answer was lost");
    t.run(&withdraw("20", TRON, &["--yes"]))
        .fails_with("unknown outcome");
    let listed = t.ok(&["withdrawals", "--json"]).json();
    let unknown = listed["withdrawals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["status"] == "unknown")
        .cloned()
        .unwrap();
    t.ok(&[
        "withdrawals",
        "--mark-not-sent",
        unknown["id"].as_str().unwrap(),
    ]);
    t.ok(&withdraw("20", TRON, &["--yes"]));
    assert_eq!(sim.withdrawals().len(), 2, "a refused or lost one was made");
    t.ok(&["journal", "verify"]);
}

#[test]
fn a_withdrawal_left_requested_by_a_crash_is_found_by_its_id() {
    use counterpay_core::payout::Withdrawal;
    let (t, sim) = funded_sandbox();
    // Journaled and made at the gateway; the process died before the answer.
    let w = Withdrawal::request("demo", "USDTTRC20", 30.into(), TRON);
    sim.withdraw("USDTTRC20", 30.into(), 1.into(), TRON, false, Some(&w.id))
        .unwrap();
    counterpay::shop::Shop::open(Some(t.data_dir().to_path_buf()))
        .unwrap()
        .journal
        .record_withdrawal(&w, None)
        .unwrap();
    let listed = t.ok(&["withdrawals", "--json"]).json();
    let found = &listed["withdrawals"][0];
    assert_eq!(found["id"], w.id.as_str());
    assert_eq!(found["status"], "pending", "{found}");
    assert!(found["provider_ref"].as_str().is_some());
    assert_eq!(sim.requests("withdraw"), 0, "it was sent again");
}

#[test]
fn an_overpayment_is_refunded_once_even_when_the_answer_is_lost() {
    let (t, sim) = funded_sandbox();
    let sale = t.charge(&["50", "--currency", "USDTTRC20"]);
    let id = sale["id"].as_str().unwrap();
    t.ok(&["sandbox", "pay", id, "--amount", "65"]);
    let paid = t.settle();
    assert_eq!(paid["flags"], serde_json::json!(["overpaid"]), "{paid}");
    let refund = |amount: &str, more: &[&str]| {
        let mut args = vec!["refund", id, "--amount", amount, "--address", TRON];
        args.extend_from_slice(more);
        t.run(&args)
    };

    let e = refund("excess", &["--estimate", "--json"]).json();
    assert_eq!(e["sent"], false);
    let excess: rust_decimal::Decimal = e["estimate"]["amount"].as_str().unwrap().parse().unwrap();
    assert_eq!(excess, rust_decimal::Decimal::from(15), "{e}");
    refund("66", &["--yes"]).fails_with("65 USDTTRC20 can still be refunded");
    refund("excess", &[]).fails_with("no terminal to confirm");
    assert_eq!(sim.requests("withdraw"), 0);

    // Sent, then the answer is lost: looked up by our id, never sent again.
    sim.inject("withdraw", Fault::CreateThen500, 1);
    let first = refund("excess", &["--yes", "--json"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let w = first.json();
    assert_eq!(
        (w["refund_of"].as_str(), w["address"].as_str()),
        (Some(id), Some(TRON))
    );
    refund("excess", &["--yes"]).fails_with("no excess left to refund");
    let sent = sim.withdrawals();
    assert_eq!(sent.len(), 1, "refunded twice");
    assert_eq!(
        (sent[0].amount, sent[0].address.as_str()),
        (rust_decimal::Decimal::from(15), TRON)
    );

    // The refund counts against the day's takings, on a line of its own.
    let report = t.ok(&["report", "--json"]).json();
    // The overpayment never was takings: refunding it leaves the net alone.
    assert_eq!(report["totals"]["USD"]["amount"], "250.00");
    assert_eq!(report["refunds"]["USD"]["amount"], "15.00");
    assert_eq!(report["net"]["USD"], "250.00");
    let shift = t.ok(&["report", "--shift", "current", "--json"]).json();
    assert_eq!(
        shift["summary"]["refunds"]["USD"]["amount"], "15.00",
        "{shift}"
    );
    let csv = t.ok(&["report", "--csv"]).stdout;
    let row = csv
        .lines()
        .find(|l| l.contains(",refund,"))
        .unwrap_or_else(|| panic!("no refund row: {csv}"));
    assert!(row.contains(",USD,-15.00,USDTTRC20,-15"), "{row}");
    assert!(row.contains(&format!("refund of {id}")), "{row}");
    t.ok(&["shift", "close"]);
    let z = t.ok(&["report", "--shift", "1", "--csv"]).stdout;
    assert!(
        z.lines().any(|l| l.contains(",refund,")),
        "no refund row in the Z-report's CSV: {z}"
    );

    // What is left of the payment can still go back, never more.
    refund("51", &["--yes"]).fails_with("50 USDTTRC20 can still be refunded");
    assert_eq!(refund("all", &["--yes"]).code, 0);
    let report = t.ok(&["report", "--json"]).json();
    assert_eq!(report["refunds"]["USD"]["amount"], "65.00");
    assert_eq!(report["net"]["USD"], "200.00", "the sale itself went back");
    refund("all", &["--yes"]).fails_with("all that arrived on it has been refunded already");
    t.run(&["refund", "NOSUCH", "--amount", "all", "--address", TRON])
        .fails_with("NOSUCH");
    let pending = t.charge(&["20", "--currency", "USDTTRC20"]);
    t.run(&[
        "refund",
        pending["id"].as_str().unwrap(),
        "--amount",
        "all",
        "--address",
        TRON,
    ])
    .fails_with("only money that arrived");
    t.ok(&["journal", "verify"]);
}

#[test]
fn a_refund_made_in_cryptoscans_dashboard_is_recorded_by_its_txid_under_the_same_cap() {
    let t = Till::new();
    t.ok(&[
        "provider",
        "add",
        "scan",
        "--kind",
        "sandbox",
        "--option",
        "protocol=cryptoscan",
    ]);
    let sale = t.charge(&["20", "--currency", "USDTTRC20"]);
    let id = sale["id"].as_str().unwrap();
    t.ok(&["sandbox", "pay", id]);
    assert_eq!(t.settle()["status"], "paid");
    let record = |amount: &str, address: &str, txid: &str| {
        t.run(&[
            "refund",
            id,
            "--amount",
            amount,
            "--address",
            address,
            "--txid",
            txid,
            "--json",
        ])
    };

    // CryptoScan sends none: sending is refused, recording is the way.
    t.run(&["refund", id, "--amount", "5", "--address", TRON, "--yes"])
        .fails_with("withdraw");
    record("5", TRON_TYPO, "0xfeed").fails_with("checksum does not match");
    record("5", TRON, "").fails_with("transaction id");
    record("excess", TRON, "0xfeed").fails_with("no excess left to refund");
    let w = record("5", TRON, "0xfeed").json();
    assert_eq!(
        (
            w["status"].as_str(),
            w["txid"].as_str(),
            w["refund_of"].as_str()
        ),
        (Some("completed"), Some("0xfeed"), Some(id)),
        "{w}"
    );
    assert_eq!(d(&w["amount"]), Decimal::from(5));
    // What arrived caps recorded refunds too.
    record("16", TRON, "0xbeef").fails_with("15 USDTTRC20 can still be refunded");
    let report = t.ok(&["report", "--json"]).json();
    assert_eq!(report["refunds"]["USD"]["count"], 1, "{report}");
    assert!(t.audit_actions().contains(&"refund_recorded".to_string()));
    t.ok(&["journal", "verify"]);
}

//! The CLI as a shop with a real Cryptofuse account would use it, against
//! the simulator serving the Cryptofuse protocol on 127.0.0.1.

use super::*;
use counterpay_gateways::sim::{Fault, Protocol, SimConfig, Simulator};
use std::time::Duration;

const SECRET: &str = "s3cret-Very-Distinctive-9f1";

struct Gateway {
    runtime: tokio::runtime::Runtime,
    sim: Option<Simulator>,
    _dir: TempDir,
}

impl Gateway {
    fn start() -> Gateway {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let config = SimConfig {
            client_id: "shop-1".into(),
            client_secret: SECRET.into(),
            confirmation_interval: Duration::from_millis(200),
            ..SimConfig::sandbox()
        };
        let sim = runtime
            .block_on(Simulator::start(
                &dir.path().join("gw.sqlite3"),
                config,
                Protocol::Cryptofuse,
            ))
            .unwrap();
        Gateway {
            runtime,
            sim: Some(sim),
            _dir: dir,
        }
    }

    fn sim(&self) -> &Simulator {
        self.sim.as_ref().unwrap()
    }

    /// A till configured for this gateway with credentials in env vars.
    fn till(&self, secret: &str) -> Till {
        let t = Till::new()
            .with_env("COUNTERPAY_SHOP_CLIENT_ID", "shop-1")
            .with_env("COUNTERPAY_SHOP_CLIENT_SECRET", secret);
        t.ok(&[
            "provider",
            "add",
            "shop",
            "--kind",
            "cryptofuse",
            "--base-url",
            &self.sim().base_url(),
            "--option",
            "timeout_secs=2",
        ]);
        t
    }
}

impl Drop for Gateway {
    fn drop(&mut self) {
        let _guard = self.runtime.enter();
        self.sim.take();
    }
}

#[test]
fn a_sale_goes_through_the_cryptofuse_protocol() {
    let gw = Gateway::start();
    let t = gw.till(SECRET);
    let inv = t.charge(&["25.00", "--currency", "BTC", "--order-id", "o-1"]);
    assert_eq!(inv["provider"], "shop");
    assert!(inv["payment_uri"]
        .as_str()
        .unwrap()
        .starts_with("bitcoin:bc1q"));
    gw.sim()
        .state
        .pay(inv["provider_ref"].as_str().unwrap(), None)
        .unwrap();
    assert_eq!(t.settle()["status"], "paid");
    assert_eq!(
        t.ok(&["report", "--json"]).json()["totals"]["USD"]["amount"],
        "25.00"
    );
}

#[test]
fn a_create_that_succeeds_but_answers_500_or_nothing_yields_exactly_one_invoice() {
    let gw = Gateway::start();
    let t = gw.till(SECRET);
    for (fault, order) in [
        (Fault::CreateThen500, "o-500"),
        (Fault::CreateThenHang, "o-hang"),
    ] {
        gw.sim().state.inject("create", fault, 1);
        let inv = t.charge(&["7.00", "--currency", "USDTTRC20", "--order-id", order]);
        assert_eq!(inv["status"], "pending", "{order}");
        assert_eq!(gw.sim().state.count_for_order(order), 1, "{order}");
        let again = t.charge(&["7.00", "--currency", "USDTTRC20", "--order-id", order]);
        assert_eq!(again["id"], inv["id"]);
        assert_eq!(gw.sim().state.count_for_order(order), 1, "{order}");
    }
    assert_eq!(t.invoices().len(), 2);
    t.ok(&["journal", "verify"]);
}

#[test]
fn a_create_answered_with_garbage_fails_clearly_and_can_be_charged_again() {
    let gw = Gateway::start();
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
    let listed = t.invoices();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["status"], "failed");
    let retry = t.charge(&["7.00", "--currency", "USDTTRC20", "--order-id", "o-bad"]);
    assert_eq!(retry["status"], "pending");
    assert_eq!(gw.sim().state.count_for_order("o-bad"), 1);
}

#[test]
fn rate_limits_and_server_errors_are_weathered() {
    let gw = Gateway::start();
    let t = gw.till(SECRET);
    gw.sim().state.inject("create", Fault::RateLimit(1), 1);
    let inv = t.charge(&["7.00", "--currency", "USDTTRC20"]);
    gw.sim().state.inject("status", Fault::ServerError(503), 2);
    let st = t
        .ok(&["status", inv["id"].as_str().unwrap(), "--refresh", "--json"])
        .json();
    assert_eq!(st["status"], "pending");
    gw.sim().state.inject("create", Fault::ServerError(503), 1);
    let r = t.run(&["charge", "7.00", "--currency", "USDTTRC20"]);
    r.fails_with("unavailable");
    assert_eq!(gw.sim().state.payment_count(), 1);
}

#[test]
fn bad_or_missing_credentials_are_named_and_secrets_stay_out_of_the_data_dir() {
    let gw = Gateway::start();
    let wrong = gw.till("not-the-secret");
    let r = wrong.run(&["charge", "7.00", "--currency", "USDTTRC20"]);
    r.fails_with("refused the credentials");

    let bare = Till::new();
    bare.ok(&[
        "provider",
        "add",
        "shop",
        "--kind",
        "cryptofuse",
        "--base-url",
        &gw.sim().base_url(),
    ]);
    let r = bare.run(&["charge", "7.00", "--currency", "USDTTRC20"]);
    r.fails_with("COUNTERPAY_SHOP_CLIENT_ID");

    let t = gw.till(SECRET);
    let inv = t.charge(&["7.00", "--currency", "USDTTRC20"]);
    t.ok(&["status", inv["id"].as_str().unwrap(), "--refresh"]);
    for entry in walk(t.data_dir()) {
        let bytes = std::fs::read(&entry).unwrap();
        let found = bytes.windows(SECRET.len()).any(|w| w == SECRET.as_bytes());
        assert!(!found, "the secret was written to {}", entry.display());
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

//! Crashes at any moment of a sale: the till process is killed (SIGKILL)
//! at random points of `charge` and `watch`, then started again.

use super::*;
use counterpay_sandbox::{Fault, SimConfig, SimState};
use rand::Rng;
use std::process::Stdio;
use std::time::Duration;

const ROUNDS: usize = 50;

fn spawn(t: &Till, args: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_counterpay"))
        .env("COUNTERPAY_DATA_DIR", t.data_dir())
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("counterpay starts")
}

fn kill_after(mut child: std::process::Child, millis: u64) {
    std::thread::sleep(Duration::from_millis(millis));
    // SIGKILL on Unix: no destructor, no flush, no goodbye.
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn killed_mid_charge_or_watch_nothing_is_lost_or_doubled() {
    let t = Till::new();
    t.ok(&["provider", "add", "demo", "--kind", "sandbox"]);
    std::fs::create_dir_all(t.data_dir().join("sandbox")).unwrap();
    let sim = SimState::open(
        &t.data_dir().join("sandbox/demo.sqlite3"),
        SimConfig::sandbox(),
    )
    .unwrap();
    let mut rng = rand::rng();
    for round in 0..ROUNDS {
        let order = format!("kill-{round}");
        // A whole charge takes about 200 ms here; every fourth one is made
        // at the gateway and then waits for an answer that never comes, so
        // the kill always lands in the window where only the gateway knows.
        let lost_answer = round % 4 == 0;
        if lost_answer {
            sim.inject("create", Fault::CreateThenHang, 1);
        }
        let charge = spawn(
            &t,
            &[
                "charge",
                "5.00",
                "--currency",
                "USDTTRC20",
                "--order-id",
                &order,
            ],
        );
        kill_after(
            charge,
            if lost_answer {
                600
            } else {
                rng.random_range(0..250)
            },
        );
        if round % 5 == 0 {
            let watch = spawn(&t, &["watch"]);
            kill_after(watch, rng.random_range(50..400));
        }
    }

    sim.clear_faults();
    // Started again: the watcher heals the intents whose answer was lost;
    // then the payer pays whatever reached the gateway, until nothing is open.
    t.run(&["watch", "--timeout", "3"]);
    let mut settled = false;
    for _ in 0..4 {
        for inv in t.invoices() {
            if inv["status"] == "pending" {
                if let Some(reference) = inv["provider_ref"].as_str() {
                    let _ = sim.pay(reference, None);
                }
            }
        }
        if t.run(&["watch", "--until-settled", "--timeout", "20"]).code == 0 {
            settled = true;
            break;
        }
    }
    assert!(
        settled,
        "invoices stayed open after restart: {:?}",
        t.invoices()
    );

    let invoices = t.invoices();
    for round in 0..ROUNDS {
        let order = format!("kill-{round}");
        let at_gateway = sim.count_for_order(&order);
        assert!(
            at_gateway <= 1,
            "{order}: {at_gateway} payments at the gateway"
        );
        if round % 4 == 0 {
            assert_eq!(at_gateway, 1, "{order} was meant to reach the gateway");
        }
        let live: Vec<&Value> = invoices
            .iter()
            .filter(|i| i["order_id"] == order.as_str() && i["status"] != "failed")
            .collect();
        assert_eq!(
            live.len(),
            at_gateway,
            "{order}: journal {live:?}, gateway {at_gateway}"
        );
        for inv in live {
            assert_eq!(inv["status"], "paid", "{order}");
        }
    }
    assert!(invoices
        .iter()
        .all(|i| !matches!(i["status"].as_str(), Some("pending" | "confirming"))));
    t.ok(&["journal", "verify"]);
}

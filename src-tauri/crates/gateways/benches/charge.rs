//! The cashier's charge path: `cargo bench -p counterpay-gateways --bench charge`.
//!
//! `Till::charge` on a warm Cryptofuse client (token and currency list
//! already fetched) against the simulator, journal writes to a real SQLite
//! file included, side by side with a bare reqwest create of the same
//! payment on the same server. The two alternate, `BENCH_SALES` times each
//! (default 300), and the ratio of their medians is reported, with what the
//! till adds per sale; the goal is 1.10 or less. `BENCH_DIR` puts the
//! journal elsewhere (a tmpfs shows what its fsyncs cost).

use async_trait::async_trait;
use counterpay_core::{ChargeRequest, Gateway, GatewayDirectory, Till, TillError};
use counterpay_journal::Journal;
use counterpay_sandbox::sandbox_clients;
use counterpay_sandbox::{Protocol, SimConfig, Simulator};
use std::sync::Arc;
use std::time::{Duration, Instant};

struct One(Arc<dyn Gateway>);

#[async_trait]
impl GatewayDirectory for One {
    async fn gateway(&self, _: &str) -> Result<Arc<dyn Gateway>, TillError> {
        Ok(self.0.clone())
    }
}

fn median(mut d: Vec<Duration>) -> Duration {
    d.sort();
    d[d.len() / 2]
}

fn p95(mut d: Vec<Duration>) -> Duration {
    d.sort();
    d[(d.len() - 1) * 95 / 100]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() {
    let sales: usize = std::env::var("BENCH_SALES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    let dir = match std::env::var_os("BENCH_DIR") {
        Some(d) => tempfile::tempdir_in(d),
        None => tempfile::tempdir(),
    }
    .expect("temp dir");
    let config = SimConfig::sandbox();
    let sim = Simulator::start(
        &dir.path().join("sim.sqlite3"),
        config.clone(),
        Protocol::Cryptofuse,
    )
    .await
    .expect("simulator");
    let (gateway, _) = sandbox_clients(&sim, None).expect("client");
    let journal = Arc::new(Journal::open(&dir.path().join("journal.sqlite3")).expect("journal"));
    let till = Till::new(journal, Arc::new(One(gateway)));

    let bare = reqwest::Client::new();
    let token: serde_json::Value = bare
        .post(format!("{}/o/token/", sim.base_url()))
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", &config.client_id),
            ("client_secret", &config.client_secret),
        ])
        .send()
        .await
        .expect("token")
        .json()
        .await
        .expect("token answer");
    let bearer = format!(
        "Bearer {}",
        token["access_token"].as_str().expect("a token")
    );
    let create_url = format!("{}/payments/", sim.base_url());

    let charge = |i: usize| ChargeRequest {
        provider: "sim".into(),
        amount: "12.50".into(),
        fiat: "USD".into(),
        currency: "USDTTRC20".into(),
        order_id: Some(format!("till-{i}")),
        note: None,
        expiry_minutes: None,
        cashier: None,
        staff_id: None,
        sale: None,
    };
    // Warm both: the till's token and currency list, the bare connection.
    till.charge(charge(usize::MAX)).await.expect("warm charge");

    let (mut tills, mut bares) = (Vec::new(), Vec::new());
    for i in 0..sales {
        let started = Instant::now();
        till.charge(charge(i)).await.expect("charge");
        tills.push(started.elapsed());

        let started = Instant::now();
        let answer = bare
            .post(&create_url)
            .header("Authorization", &bearer)
            .header("Accept", "application/json")
            .json(&serde_json::json!({
                "amount": 12.50,
                "currency": "USDTTRC20",
                "price_currency": "USD",
                "order_id": format!("bare-{i}"),
                "is_fixed_rate": true,
                "is_fee_paid_by_user": false,
            }))
            .send()
            .await
            .expect("bare create");
        assert!(answer.status().is_success(), "{}", answer.status());
        answer.bytes().await.expect("bare answer");
        bares.push(started.elapsed());
    }
    let (till_median, bare_median) = (median(tills.clone()), median(bares.clone()));
    println!(
        "charge path over {sales} sales each: Till::charge median {:.2} ms (p95 {:.2} ms), \
         bare reqwest create median {:.2} ms (p95 {:.2} ms), ratio {:.2}x (goal <= 1.10x), \
         the till adds {:.2} ms a sale",
        ms(till_median),
        ms(p95(tills)),
        ms(bare_median),
        ms(p95(bares)),
        till_median.as_secs_f64() / bare_median.as_secs_f64(),
        ms(till_median.saturating_sub(bare_median))
    );
}

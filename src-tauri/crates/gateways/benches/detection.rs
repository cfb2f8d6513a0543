//! Detection latency: `cargo bench -p counterpay-gateways --bench detection`.
//!
//! The simulated payer pays at a random moment; the time until the change
//! reaches the watcher's channel is measured over `BENCH_PAYMENTS` payments
//! (default 200), with the watcher's default pace and budget. Like a
//! counter, each customer's sale is settled before the next one starts;
//! `BENCH_LANES` (default 1) counters share the gateway. Also reports the
//! status reads sent per minute.
//!
//! `BENCH_MONITORED=1000` adds that many invoices that closed (expired) just
//! before the run, which the watcher keeps reading for late money inside
//! the same budget; `BENCH_OPEN=1000` adds that many open invoices no one
//! pays. With either, each sale is put on the counter display, as the app
//! does.
//!
//! Then, with no sale at the counter, it measures the process's CPU for
//! `BENCH_IDLE_SECS` (default 30; Linux only), the simulator serving the
//! watcher's reads included, and the reads sent meanwhile.

use async_trait::async_trait;
use counterpay_core::till::new_id;
use counterpay_core::{
    ChargeRequest, EventKind, Gateway, GatewayDirectory, Invoice, Status, Till, TillError,
    WatchConfig, Watcher,
};
use counterpay_journal::Journal;
use counterpay_sandbox::sandbox_clients;
use counterpay_sandbox::{NewPayment, Protocol, SimConfig, Simulator};
use rand::Rng;
use rust_decimal::Decimal;
use std::sync::Arc;
use std::time::{Duration, Instant};

struct One(Arc<dyn Gateway>);

#[async_trait]
impl GatewayDirectory for One {
    async fn gateway(&self, _: &str) -> Result<Arc<dyn Gateway>, TillError> {
        Ok(self.0.clone())
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

#[tokio::main]
async fn main() {
    let env = |key: &str, default: usize| {
        std::env::var(key)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let payments = env("BENCH_PAYMENTS", 200);
    let lanes = env("BENCH_LANES", 1).max(1);
    let monitored = env("BENCH_MONITORED", 0);
    let open = env("BENCH_OPEN", 0);
    let idle_secs = env("BENCH_IDLE_SECS", 30);
    let dir = tempfile::tempdir().expect("temp dir");
    let sim_config = SimConfig::sandbox();
    let sim = Simulator::start(
        &dir.path().join("sim.sqlite3"),
        sim_config,
        Protocol::Cryptofuse,
    )
    .await
    .expect("simulator");
    let (gateway, _) = sandbox_clients(&sim, None).expect("client");
    let journal = Arc::new(Journal::open(&dir.path().join("journal.sqlite3")).expect("journal"));
    close_invoices(&sim, &journal, monitored);
    open_invoices(&sim, &journal, open);
    let on_display = monitored + open > 0;
    let till = Arc::new(Till::new(journal, Arc::new(One(gateway))));
    let config = WatchConfig::default();
    let watcher = Watcher::new(till.clone(), config.clone());
    let running = tokio::spawn(watcher.clone().run());

    let started = Instant::now();
    let reads_before = sim.state.requests("status");
    let mut counters = Vec::new();
    for lane in 0..lanes {
        let (till, watcher, state) = (till.clone(), watcher.clone(), sim.state.clone());
        counters.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            for i in 0..payments / lanes {
                let inv = till
                    .charge(ChargeRequest {
                        provider: "sim".into(),
                        amount: "12.50".into(),
                        fiat: "USD".into(),
                        currency: "USDTTRC20".into(),
                        order_id: Some(format!("bench-{lane}-{i}")),
                        note: None,
                        expiry_minutes: None,
                        cashier: None,
                        staff_id: None,
                        sale: None,
                    })
                    .await
                    .expect("charge");
                if on_display {
                    watcher.show(Some(&inv.id));
                }
                let mut changes = watcher.subscribe();
                let wait = rand::rng().random_range(300..2500);
                tokio::time::sleep(Duration::from_millis(wait)).await;
                let paid_at = Instant::now();
                state
                    .pay(inv.provider_ref.as_deref().expect("a reference"), None)
                    .expect("pay");
                let mut detected = false;
                loop {
                    let seen = changes.recv().await.expect("the watcher runs");
                    if seen.id != inv.id {
                        continue;
                    }
                    if !detected && seen.status != Status::Pending {
                        latencies.push(paid_at.elapsed().as_secs_f64());
                        detected = true;
                    }
                    if seen.status == Status::Paid {
                        break;
                    }
                }
            }
            latencies
        }));
    }
    let mut all = Vec::new();
    for counter in counters {
        all.extend(counter.await.expect("counter"));
    }
    let minutes = started.elapsed().as_secs_f64() / 60.0;
    let reads = sim.state.requests("status") - reads_before;
    all.sort_by(|a, b| a.total_cmp(b));
    println!(
        "detection latency over {} payments ({lanes} counter(s), fast pace {:?}): p50 {:.3} s, p95 {:.3} s, max {:.3} s",
        all.len(),
        config.fast,
        percentile(&all, 0.5),
        percentile(&all, 0.95),
        all[all.len() - 1]
    );
    println!(
        "status requests: {reads} in {:.1} min = {:.0} per minute (budget {} per minute per gateway), \
         {monitored} closed and {open} open invoices watched",
        minutes,
        reads as f64 / minutes,
        config.budget_per_minute
    );

    watcher.show(None);
    let reads_before = sim.state.requests("status");
    let (cpu_before, idle_started) = (cpu_seconds(), Instant::now());
    tokio::time::sleep(Duration::from_secs(idle_secs as u64)).await;
    let wall = idle_started.elapsed().as_secs_f64();
    let reads = sim.state.requests("status") - reads_before;
    running.abort();
    match (cpu_before, cpu_seconds()) {
        (Some(a), Some(b)) => println!(
            "idle for {wall:.0} s: CPU {:.2} % of one core (goal < 1 %), {:.0} status requests per minute",
            (b - a) / wall * 100.0,
            reads as f64 / wall * 60.0
        ),
        _ => println!("idle CPU: not measured on this OS"),
    }
}

/// The CPU time this process has used, user and system, from
/// `/proc/self/stat`, in clock ticks of 1/100 s: USER_HZ, which Linux
/// fixes at 100 for what it reports to user space.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name may hold spaces; the fields after it do not.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<f64>().ok();
    Some((ticks(11)? + ticks(12)?) / 100.0)
}

/// `n` invoices waiting for a payment that does not come before the run
/// ends: what a busy shop's counter leaves open.
fn open_invoices(sim: &Simulator, journal: &Journal, n: usize) {
    journal_invoices(sim, journal, n, "open", Status::Pending);
}

/// `n` invoices that expired unpaid a moment ago, at the gateway and in
/// the journal: what the watcher monitors for late payments.
fn close_invoices(sim: &Simulator, journal: &Journal, n: usize) {
    journal_invoices(sim, journal, n, "closed", Status::Expired);
}

/// `n` invoices of 10 USD made at the gateway (a day to pay) and journaled
/// as `status`: expired ones are expired at the gateway too.
fn journal_invoices(sim: &Simulator, journal: &Journal, n: usize, prefix: &str, status: Status) {
    let mut events = Vec::with_capacity(n);
    for i in 0..n {
        let order = format!("{prefix}-{i}");
        let mut new = NewPayment::priced(&order, "USDTTRC20", "USD", Decimal::TEN);
        new.expiry_minutes = Some(24 * 60);
        let mut p = sim.state.create(new).expect("create");
        if status == Status::Expired {
            p = sim.state.expire(&p.id).expect("expire");
        }
        let mut inv = Invoice::intent(
            new_id(),
            "sim".into(),
            order,
            "USD".into(),
            Decimal::TEN,
            "USDTTRC20".into(),
            None,
        );
        inv.provider_ref = Some(p.id);
        inv.status = status;
        inv.expires_at = Some(p.expires_at);
        events.push((EventKind::Updated, inv));
    }
    journal.append_many(&events).expect("journal");
}

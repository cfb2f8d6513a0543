//! The watcher in process, over a real journal file and the simulator on
//! 127.0.0.1: budgets, 429 pauses and local expiry.

use async_trait::async_trait;
use counterpay_core::{
    ChargeRequest, EventKind, Gateway, GatewayDirectory, Invoice, Ledger, Status, Till, TillError,
    WatchConfig, Watcher,
};
use counterpay_gateways::connect::sandbox_clients;
use counterpay_gateways::sim::{Fault, NewPayment, Protocol, SimConfig, Simulator};
use counterpay_journal::Journal;
use rust_decimal::Decimal;
use std::sync::Arc;
use std::time::Duration;
use tempfile::TempDir;

struct One(Arc<dyn Gateway>);

#[async_trait]
impl GatewayDirectory for One {
    async fn gateway(&self, _: &str) -> Result<Arc<dyn Gateway>, TillError> {
        Ok(self.0.clone())
    }
}

struct Rig {
    _dir: TempDir,
    sim: Simulator,
    journal: Arc<Journal>,
    till: Arc<Till>,
}

async fn rig(sim_config: SimConfig) -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let sim = Simulator::start(
        &dir.path().join("sim.sqlite3"),
        sim_config,
        Protocol::Cryptofuse,
    )
    .await
    .unwrap();
    let (gateway, _) = sandbox_clients(&sim, None).unwrap();
    let journal = Arc::new(Journal::open(&dir.path().join("journal.sqlite3")).unwrap());
    let till = Arc::new(Till::new(journal.clone(), Arc::new(One(gateway))));
    Rig {
        _dir: dir,
        sim,
        journal,
        till,
    }
}

fn charge(order: &str) -> ChargeRequest {
    ChargeRequest {
        provider: "sim".into(),
        amount: "5.00".into(),
        fiat: "USD".into(),
        currency: "USDTTRC20".into(),
        order_id: Some(order.into()),
        note: None,
        expiry_minutes: None,
        cashier: None,
    }
}

/// The first published change of `id` into `status`.
async fn change_to(
    rx: &mut tokio::sync::broadcast::Receiver<Invoice>,
    id: &str,
    status: Status,
) -> Invoice {
    tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            let inv = rx.recv().await.unwrap();
            if inv.id == id && inv.status == status {
                return inv;
            }
        }
    })
    .await
    .unwrap_or_else(|_| panic!("{id} did not become {status} within 10 s"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gateway_slow_to_expire_is_overruled_after_one_last_read() {
    let rig = rig(SimConfig {
        expiry_lag: Duration::from_secs(3600),
        ..SimConfig::sandbox()
    })
    .await;
    let inv = rig.till.charge(charge("late-expiry")).await.unwrap();
    let watcher = Watcher::new(rig.till.clone(), WatchConfig::default());
    let mut rx = watcher.subscribe();
    let running = tokio::spawn(watcher.clone().run());
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        rig.journal.invoice(&inv.id).unwrap().unwrap().status,
        Status::Pending
    );
    let reference = inv.provider_ref.clone().unwrap();
    rig.sim.state.expire(&reference).unwrap();
    // The gateway still says waiting; our copy of the expiry time must pass too.
    let mut local = rig.journal.invoice(&inv.id).unwrap().unwrap();
    local.expires_at = Some(chrono::Utc::now());
    rig.journal.append(EventKind::Updated, &local).unwrap();
    change_to(&mut rx, &inv.id, Status::Expired).await;
    assert_eq!(
        rig.journal.invoice(&inv.id).unwrap().unwrap().status,
        Status::Expired
    );
    // Money after that is still taken, and flagged.
    rig.sim.state.pay(&reference, None).unwrap();
    let (late, _) = rig.till.refresh(&inv.id).await.unwrap();
    assert_eq!(late.status, Status::Confirming);
    assert!(late.flags.contains(&counterpay_core::Flag::PaidLate));
    running.abort();
    assert!(rig.journal.verify().is_ok());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_budget_holds_with_a_thousand_open_invoices() {
    let rig = rig(SimConfig::sandbox()).await;
    let mut events = Vec::new();
    for i in 0..1000 {
        let order = format!("many-{i}");
        let p = rig
            .sim
            .state
            .create(NewPayment::priced(
                &order,
                "USDTTRC20",
                "USD",
                Decimal::from(5),
            ))
            .unwrap();
        let mut inv = Invoice::intent(
            counterpay_core::till::new_id(),
            "sim".into(),
            order,
            "USD".into(),
            Decimal::from(5),
            "USDTTRC20".into(),
            None,
        );
        inv.provider_ref = Some(p.id);
        events.push((EventKind::Created, inv));
    }
    rig.journal.append_many(&events).unwrap();
    let config = WatchConfig {
        budget_per_minute: 120,
        ..WatchConfig::default()
    };
    let watcher = Watcher::new(rig.till.clone(), config);
    let before = rig.sim.state.requests("status");
    let running = tokio::spawn(watcher.clone().run());
    tokio::time::sleep(Duration::from_secs(5)).await;
    running.abort();
    let reads = rig.sim.state.requests("status") - before;
    // 2 a second for 5 s, plus the 6 the bucket may start with.
    assert!(reads <= 16, "{reads} reads in 5 s");
    assert!(reads >= 8, "the watcher should use its budget: {reads}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_pauses_the_gateways_reads_for_its_retry_after() {
    let rig = rig(SimConfig::sandbox()).await;
    rig.till.charge(charge("slow-down-a")).await.unwrap();
    rig.till.charge(charge("slow-down-b")).await.unwrap();
    // A Retry-After longer than the client waits itself, so the watcher
    // sees the limit at once. It must hold back every invoice of that
    // gateway, not only the one that met the 429: without the pause the
    // other would be read each second.
    rig.sim.state.inject("status", Fault::RateLimit(30), 1);
    let watcher = Watcher::new(rig.till.clone(), WatchConfig::default());
    let running = tokio::spawn(watcher.clone().run());
    tokio::time::sleep(Duration::from_secs(5)).await;
    let reads = rig.sim.state.requests("status");
    running.abort();
    assert!((1..=2).contains(&reads), "{reads} status requests in 5 s");
}

//! The watcher in process, over a real journal file and the simulator on
//! 127.0.0.1: budgets, 429 pauses and local expiry.

use async_trait::async_trait;
use counterpay_core::{
    ChargeRequest, EventKind, Flag, Gateway, GatewayDirectory, Invoice, Ledger, Status, Till,
    TillError, WatchConfig, Watcher,
};
use counterpay_journal::Journal;
use counterpay_sandbox::sandbox_clients;
use counterpay_sandbox::{Fault, NewPayment, Protocol, SimConfig, Simulator};
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
        staff_id: None,
        sale: None,
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
    assert!(rig.journal.verify(&[]).is_ok());
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

/// The journal's invoice, waiting until it has `status`.
async fn journal_shows(journal: &Journal, id: &str, status: Status) -> Invoice {
    for _ in 0..100 {
        let inv = journal.invoice(id).unwrap().unwrap();
        if inv.status == status {
            return inv;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{id} never became {status} in the journal");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_rest_of_an_underpaid_invoice_and_a_late_payment_are_seen_unasked() {
    let rig = rig(SimConfig::sandbox()).await;
    let short = rig.till.charge(charge("rest-later")).await.unwrap();
    let late = rig.till.charge(charge("pay-late")).await.unwrap();
    let cancelled = rig.till.charge(charge("pay-after-cancel")).await.unwrap();
    let reference = |inv: &Invoice| inv.provider_ref.clone().unwrap();
    rig.sim
        .state
        .pay(&reference(&short), Some(Decimal::from(2)))
        .unwrap();
    rig.sim.state.expire(&reference(&late)).unwrap();
    rig.till.cancel(&cancelled.id).unwrap();
    let watcher = Watcher::new(rig.till.clone(), WatchConfig::default());
    let running = tokio::spawn(watcher.clone().run());
    journal_shows(&rig.journal, &short.id, Status::Underpaid).await;
    journal_shows(&rig.journal, &late.id, Status::Expired).await;
    let mut rx = watcher.subscribe();

    // Nobody asks for a refresh: the watcher keeps reading them.
    rig.sim.state.pay(&reference(&short), None).unwrap();
    rig.sim.state.pay(&reference(&late), None).unwrap();
    rig.sim.state.pay(&reference(&cancelled), None).unwrap();
    let mut paid = std::collections::HashMap::new();
    tokio::time::timeout(Duration::from_secs(20), async {
        while paid.len() < 3 {
            let inv = rx.recv().await.unwrap();
            if inv.status == Status::Paid {
                paid.insert(inv.id.clone(), inv);
            }
        }
    })
    .await
    .unwrap_or_else(|_| panic!("only {:?} were seen paid", paid.keys()));
    let done = &paid[&short.id];
    assert!(done.flags.contains(&Flag::PaidInParts), "{:?}", done.flags);
    assert!(!done.flags.contains(&Flag::PaidLate));
    assert!(paid[&late.id].flags.contains(&Flag::PaidLate));
    assert!(paid[&cancelled.id].flags.contains(&Flag::PaidLate));
    running.abort();
    for id in [&short.id, &late.id, &cancelled.id] {
        assert_eq!(
            rig.journal.invoice(id).unwrap().unwrap().status,
            Status::Paid
        );
    }
    assert!(rig.journal.verify(&[]).is_ok());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_restart_the_monitoring_window_is_resumed_from_the_journal() {
    let rig = rig(SimConfig::sandbox()).await;
    let inv = rig.till.charge(charge("closed-yesterday")).await.unwrap();
    let reference = inv.provider_ref.clone().unwrap();
    rig.sim.state.expire(&reference).unwrap();
    rig.till.refresh(&inv.id).await.unwrap();
    // Closed three hours ago, by the journal's clock.
    let mut closed = rig.journal.invoice(&inv.id).unwrap().unwrap();
    assert_eq!(closed.status, Status::Expired);
    closed.updated_at -= chrono::Duration::hours(3);
    rig.journal.append(EventKind::Updated, &closed).unwrap();
    rig.sim.state.pay(&reference, None).unwrap();

    // A window shorter than three hours leaves it alone.
    let narrow = WatchConfig {
        monitor_for: Duration::from_secs(2 * 3600),
        ..WatchConfig::default()
    };
    let watcher = Watcher::new(rig.till.clone(), narrow);
    let running = tokio::spawn(watcher.clone().run());
    tokio::time::sleep(Duration::from_secs(3)).await;
    running.abort();
    assert_eq!(watcher.reads(), 0);
    assert_eq!(
        rig.journal.invoice(&inv.id).unwrap().unwrap().status,
        Status::Expired
    );

    // The default day's window takes it up again.
    let watcher = Watcher::new(rig.till.clone(), WatchConfig::default());
    let running = tokio::spawn(watcher.clone().run());
    let paid = journal_shows(&rig.journal, &inv.id, Status::Paid).await;
    running.abort();
    assert!(paid.flags.contains(&Flag::PaidLate));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_invoice_on_the_counter_is_read_first_among_hundreds_of_closed_ones() {
    let rig = rig(SimConfig::sandbox()).await;
    let mut events = Vec::new();
    for i in 0..300 {
        let order = format!("closed-{i}");
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
        inv.status = Status::Expired;
        events.push((EventKind::Updated, inv));
    }
    rig.journal.append_many(&events).unwrap();
    let watcher = Watcher::new(rig.till.clone(), WatchConfig::default());
    let mut rx = watcher.subscribe();
    let before = rig.sim.state.requests("status");
    let started = std::time::Instant::now();
    let running = tokio::spawn(watcher.clone().run());
    tokio::time::sleep(Duration::from_secs(2)).await;
    // The closed invoices have used the budget; the sale on the counter
    // still goes first.
    let sale = rig.till.charge(charge("on-the-counter")).await.unwrap();
    watcher.show(Some(&sale.id));
    rig.sim
        .state
        .pay(sale.provider_ref.as_deref().unwrap(), None)
        .unwrap();
    // Behind 300 closed invoices at 2 reads a second it would wait minutes,
    // far past `change_to`'s limit.
    change_to(&mut rx, &sale.id, Status::Confirming).await;
    let read_then = rig.sim.state.requests("status") - before;
    tokio::time::sleep(Duration::from_secs(3)).await;
    running.abort();
    let reads = rig.sim.state.requests("status") - before;
    assert!(read_then < 100, "{read_then} reads before the counter's");
    // 2 a second, plus the 6 the bucket may start with: the closed
    // invoices stay inside the budget.
    let allowed = 2.0 * started.elapsed().as_secs_f64() + 7.0;
    assert!(
        (reads as f64) <= allowed,
        "{reads} reads, {allowed} allowed"
    );
    assert!(reads >= 8, "closed invoices should be read too: {reads}");
}

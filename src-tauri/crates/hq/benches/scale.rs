//! HQ at scale, on a throwaway PostgreSQL server: `cargo bench -p counterpay-hq`.
//!
//! - shipping: `BENCH_TILLS` tills (default 20) ship `BENCH_SALES` sales
//!   each (default 50,000; two events a sale, as a sale is created and then
//!   paid) at once, in the shipper's batches, in events per second;
//! - the takings of one day across all those invoices (1,000,000 by
//!   default), the query and the summing `report --hq` does;
//! - a year's CSV across all tills, written to a file: right after
//!   shipping, and again as autovacuum would leave HQ;
//! - `hq verify` of one till with `BENCH_EVENTS` events (default
//!   1,000,000) against its local journal, and `journal verify` of it.

use chrono::{DateTime, Duration, TimeZone, Utc};
use counterpay_core::report::Summary;
use counterpay_core::{EventKind, Invoice, Status};
use counterpay_hq::cluster::{Cluster, PASSWORD};
use counterpay_hq::{Hq, Scope, Target, TillInfo, BATCH};
use counterpay_journal::{event_hash, Journal, RawEvent, GENESIS};
use rust_decimal::Decimal;
use std::time::Instant;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Sale `i` of `n` made over the year from `day0`.
fn sale(till: usize, i: usize, n: usize, day0: DateTime<Utc>) -> Invoice {
    let mut inv = Invoice::intent(
        format!("T{till:02}-{i:07}"),
        "demo".into(),
        format!("order-{i}"),
        "USD".into(),
        Decimal::new(100 + (i % 50_000) as i64, 2),
        if i.is_multiple_of(3) {
            "BTC"
        } else {
            "USDTTRC20"
        }
        .into(),
        None,
    );
    let at = day0 + Duration::milliseconds((i as i64) * (365 * 86_400_000) / n as i64);
    inv.created_at = at;
    inv.updated_at = at;
    inv
}

/// A till's chain as its journal would hold it: each sale created, then
/// paid (or, one in ten, expired).
fn chain(till: usize, sales: usize, day0: DateTime<Utc>) -> Vec<RawEvent> {
    let mut events = Vec::with_capacity(sales * 2);
    let mut prev = GENESIS.to_string();
    let mut push = |kind: &str, inv: &Invoice| {
        let seq = events.len() as i64 + 1;
        let at = counterpay_core::invoice::timestamp::format(&inv.updated_at);
        let body = serde_json::to_string(inv).expect("invoice JSON");
        let hash = event_hash(None, seq, &at, kind, &inv.id, body.as_bytes(), &prev);
        events.push(RawEvent {
            seq,
            at,
            kind: kind.into(),
            subject: inv.id.clone(),
            body,
            prev_hash: std::mem::replace(&mut prev, hash.clone()),
            hash,
        });
    };
    for i in 0..sales {
        let mut inv = sale(till, i, sales, day0);
        push("intent", &inv);
        inv.updated_at += Duration::seconds(40);
        if i % 10 == 0 {
            inv.status = Status::Expired;
        } else {
            inv.status = Status::Paid;
            inv.paid_crypto = inv.amount_fiat;
            inv.paid_at = Some(inv.updated_at);
        }
        push("updated", &inv);
    }
    events
}

/// What autovacuum would have done by now.
async fn vacuum(cluster: &Cluster) {
    let mut config: tokio_postgres::Config = cluster.url().parse().expect("url");
    config.password(PASSWORD);
    let (client, connection) = config
        .connect(tokio_postgres::NoTls)
        .await
        .expect("connect");
    tokio::spawn(connection);
    client
        .batch_execute("VACUUM ANALYZE")
        .await
        .expect("vacuum");
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// Runs in seconds as their median and range: this machine's speed varies
/// from run to run.
fn spread(v: Vec<f64>) -> String {
    let (lo, hi) = (
        v.iter().cloned().fold(f64::INFINITY, f64::min),
        v.iter().cloned().fold(0.0, f64::max),
    );
    format!(
        "median {:.2} s over {} runs ({lo:.2} to {hi:.2} s)",
        median(v.clone()),
        v.len()
    )
}

fn main() {
    let tills = env("BENCH_TILLS", 20);
    let sales = env("BENCH_SALES", 50_000);
    let long = env("BENCH_EVENTS", 1_000_000);
    let day0 = Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).unwrap();
    let cluster = Cluster::start();
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let (target, _) = Target::parse(&cluster.url()).expect("url");
    let hq = Hq::new(&target, Some(PASSWORD)).expect("pool");
    rt.block_on(hq.migrate()).expect("migrate");

    let chains: Vec<Vec<RawEvent>> = (0..tills).map(|t| chain(t, sales, day0)).collect();
    let total: usize = chains.iter().map(Vec::len).sum();
    let start = Instant::now();
    rt.block_on(async {
        let mut shipping = tokio::task::JoinSet::new();
        for (t, events) in chains.into_iter().enumerate() {
            // Each till is its own process with its own connection.
            let hq = Hq::new(&target, Some(PASSWORD)).expect("pool");
            shipping.spawn(async move {
                let till = TillInfo {
                    id: format!("till-{t:02}"),
                    name: format!("Counter {t}"),
                    shop: format!("Shop {}", t % 4),
                };
                hq.register(&till).await.expect("register");
                for batch in events.chunks(BATCH) {
                    hq.ship(&till, batch).await.expect("ship");
                }
            });
        }
        while let Some(done) = shipping.join_next().await {
            done.expect("a till shipped");
        }
    });
    let secs = start.elapsed().as_secs_f64();
    println!(
        "shipping: {tills} tills x {sales} sales at once, {total} events in {secs:.1} s: {:.0} events/s",
        total as f64 / secs
    );

    let all = Scope::default();
    let day = day0 + Duration::days(200);
    let mut times = Vec::new();
    let mut summary = Summary::default();
    for _ in 0..21 {
        let start = Instant::now();
        summary = Summary::default();
        rt.block_on(
            hq.visit_period(day, day + Duration::days(1), &all, |_, _, body, at| {
                let inv: Invoice = serde_json::from_str(body).expect("invoice");
                if at.created {
                    summary.add_created(&inv);
                }
                if at.settled {
                    summary.add_settled(&inv);
                }
            }),
        )
        .expect("report");
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "report --hq for one day: {} of {} invoices, median {:.1} ms over 21 runs (paid USD {})",
        summary.invoices,
        tills * sales,
        median(times),
        summary
            .totals
            .get("USD")
            .map(|t| t.amount.to_string())
            .unwrap_or_default()
    );

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("year.csv");
    let year_csv = |when: &str| {
        let start = Instant::now();
        let file = std::io::BufWriter::new(std::fs::File::create(&path).expect("csv file"));
        let rows = rt
            .block_on(hq.export_csv(day0, day0 + Duration::days(366), &all, file))
            .expect("csv");
        println!(
            "CSV of the year across all tills, {when}: {rows} rows, {:.1} MiB in {:.2} s",
            std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) as f64 / 1_048_576.0,
            start.elapsed().as_secs_f64()
        );
    };
    // The first read of freshly written rows also writes their hint bits;
    // autovacuum does that (and refreshes the planner's statistics) soon
    // after on a running server.
    year_csv("right after shipping");
    rt.block_on(vacuum(&cluster));
    year_csv("after VACUUM ANALYZE");

    let journal = Journal::open(&dir.path().join("long.sqlite3")).expect("journal");
    let mut batch = Vec::with_capacity(10_000);
    for i in 0..long {
        let mut inv = sale(99, i, long, day0);
        inv.status = Status::Paid;
        inv.paid_at = Some(inv.created_at);
        batch.push((EventKind::Intent, inv));
        if batch.len() == batch.capacity() {
            journal.append_many(&batch).expect("append");
            batch.clear();
        }
    }
    journal.append_many(&batch).expect("append");
    let till = TillInfo {
        id: "till-long".into(),
        name: "Long".into(),
        shop: "Shop 0".into(),
    };
    rt.block_on(async {
        hq.register(&till).await.expect("register");
        let mut after = 0;
        loop {
            let events = journal.events_after(after, BATCH * 20).expect("events");
            let Some(last) = events.last() else { break };
            after = last.seq;
            hq.ship(&till, &events).await.expect("ship");
        }
    });
    let mut times = Vec::new();
    let mut compared = 0;
    for _ in 0..3 {
        let start = Instant::now();
        compared = rt
            .block_on(hq.compare(&till.id, &journal))
            .expect("compare")
            .expect("the same chain")
            .compared;
        times.push(start.elapsed().as_secs_f64());
    }
    println!("hq verify of {compared} events: {}", spread(times));
    let mut times = Vec::new();
    let mut events = 0;
    for _ in 0..3 {
        let start = Instant::now();
        events = journal.verify(&[]).expect("verify").events;
        times.push(start.elapsed().as_secs_f64());
    }
    println!(
        "journal verify of the same {events} events: {}",
        spread(times)
    );
    drop(hq);
    cluster.down();
}

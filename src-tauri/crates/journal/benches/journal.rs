//! Journal benchmarks: `cargo bench -p counterpay-journal`.
//!
//! - append: one event per transaction, as the till writes them (fsync'd),
//!   and in batches of 10,000.
//! - report: the takings of one day, and of the whole year, from a journal
//!   holding `BENCH_INVOICES` invoices (default 1,000,000) spread over a
//!   year; and that year's CSV export written to a file.
//! - verify: the whole chain and derived state of that journal, three
//!   times (the median, and the fastest and slowest run).

use chrono::{Duration, TimeZone, Utc};
use counterpay_core::export::CsvInvoices;
use counterpay_core::report::Summary;
use counterpay_core::{EventKind, Invoice, Ledger, Status};
use counterpay_journal::Journal;
use rust_decimal::Decimal;
use std::time::Instant;

fn invoice(i: u64, day0: chrono::DateTime<Utc>, per_day: u64) -> Invoice {
    let mut inv = Invoice::intent(
        format!("B{i:09}"),
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
    let at = day0
        + Duration::days((i / per_day) as i64)
        + Duration::milliseconds(((i % per_day) * 86_400_000 / per_day) as i64);
    inv.created_at = at;
    inv.updated_at = at;
    inv.status = match i % 10 {
        0 => Status::Expired,
        1 => Status::Underpaid,
        _ => Status::Paid,
    };
    inv.provider_ref = Some(format!("ref-{i}"));
    if inv.status != Status::Expired {
        inv.paid_at = Some(at);
    }
    inv.paid_crypto = inv.amount_fiat;
    inv
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let total: u64 = std::env::var("BENCH_INVOICES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let day0 = Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).unwrap();

    let single = Journal::open(&dir.path().join("single.sqlite3")).expect("journal");
    let n = 2_000u64;
    let start = Instant::now();
    for i in 0..n {
        single
            .append(EventKind::Intent, &invoice(i, day0, 1000))
            .expect("append");
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "append, one transaction each: {:.0} events/s ({:.3} ms per event, {n} events)",
        n as f64 / secs,
        secs * 1000.0 / n as f64
    );

    let big = Journal::open(&dir.path().join("big.sqlite3")).expect("journal");
    let per_day = total.div_ceil(365).max(1);
    let start = Instant::now();
    let mut batch = Vec::with_capacity(10_000);
    for i in 0..total {
        batch.push((EventKind::Intent, invoice(i, day0, per_day)));
        if batch.len() == 10_000 {
            big.append_many(&batch).expect("append");
            batch.clear();
        }
    }
    big.append_many(&batch).expect("append");
    let secs = start.elapsed().as_secs_f64();
    println!(
        "append, batches of 10,000: {:.0} events/s ({total} events in {secs:.1} s)",
        total as f64 / secs
    );

    let day = day0 + Duration::days(200);
    let mut times = Vec::new();
    let mut summary = Summary::default();
    for _ in 0..21 {
        let start = Instant::now();
        summary = Summary::default();
        big.visit_period(day, day + Duration::days(1), |inv, at| {
            if at.created {
                summary.add_created(&inv);
            }
            if at.settled {
                summary.add_settled(&inv);
            }
        })
        .expect("report");
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "report for one day of {} invoices, journal of {total}: median {:.2} ms over 21 runs (paid USD {})",
        summary.invoices,
        median(times),
        summary.totals.get("USD").map(|t| t.amount.to_string()).unwrap_or_default()
    );

    let year = day0 + Duration::days(365);
    let start = Instant::now();
    let mut summary = Summary::default();
    big.visit_period(day0, year, |inv, at| {
        if at.created {
            summary.add_created(&inv);
        }
        if at.settled {
            summary.add_settled(&inv);
        }
    })
    .expect("report");
    println!(
        "report for the year, {} invoices: {:.2} s (paid USD {})",
        summary.invoices,
        start.elapsed().as_secs_f64(),
        summary
            .totals
            .get("USD")
            .map(|t| t.amount.to_string())
            .unwrap_or_default()
    );

    let path = dir.path().join("year.csv");
    let start = Instant::now();
    let file = std::io::BufWriter::new(std::fs::File::create(&path).expect("csv file"));
    let mut csv = CsvInvoices::new(file).expect("csv");
    let mut rows = 0u64;
    big.visit_period_json(day0, year, |body, _| {
        csv.row_from_json(body).expect("row");
        rows += 1;
        true
    })
    .expect("csv");
    csv.finish().expect("csv");
    println!(
        "CSV of the year: {rows} rows, {:.1} MiB in {:.2} s",
        std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) as f64 / 1048576.0,
        start.elapsed().as_secs_f64()
    );

    let mut times = Vec::new();
    let mut events = 0;
    for _ in 0..3 {
        let start = Instant::now();
        events = big.verify(&[]).expect("verify").events;
        times.push(start.elapsed().as_secs_f64());
    }
    let (lo, hi) = (
        times.iter().cloned().fold(f64::INFINITY, f64::min),
        times.iter().cloned().fold(0.0, f64::max),
    );
    println!(
        "journal verify of {events} events: median {:.1} s over 3 runs ({lo:.1} to {hi:.1} s)",
        median(times)
    );
}

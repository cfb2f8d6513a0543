//! The watcher: one scheduler for every open invoice of every gateway.
//!
//! Each invoice is read at a pace set by its age (fast while the customer
//! is likely still at the counter, slower later) and by whether it is the
//! one on the counter display. Each provider has a request budget (a token
//! bucket), which a 429 pauses for its Retry-After. Changes are journaled by
//! the till and published on a broadcast channel that the desktop shell and
//! `counterpay watch` both read. The journal is scanned too, so invoices
//! opened or closed by another process are picked up.

use crate::gateway::GatewayError;
use crate::invoice::Invoice;
use crate::status::Status;
use crate::till::{Till, TillError};
use chrono::Utc;
use rand::Rng;
use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::broadcast;
use tokio::task::JoinSet;
use tokio::time::Instant;

#[derive(Debug, Clone, PartialEq)]
pub struct WatchConfig {
    /// The pace for the invoice on display and for fresh invoices.
    pub fast: Duration,
    /// How long a new invoice keeps the fast pace.
    pub fresh_for: Duration,
    /// The slowest pace, reached by old invoices.
    pub slowest: Duration,
    /// Status reads per minute allowed per provider.
    pub budget_per_minute: u32,
    /// How often the journal is scanned for changes made elsewhere.
    pub scan_every: Duration,
    /// Reads in flight at once, across providers.
    pub concurrency: usize,
    /// Spread of each pace, as a fraction (0.1 = up to 10 % either way).
    pub jitter: f64,
}

impl Default for WatchConfig {
    fn default() -> Self {
        WatchConfig {
            fast: Duration::from_secs(1),
            fresh_for: Duration::from_secs(180),
            slowest: Duration::from_secs(30),
            budget_per_minute: 120,
            scan_every: Duration::from_secs(1),
            concurrency: 8,
            jitter: 0.1,
        }
    }
}

/// How long to wait before reading an invoice again: fast while it is on
/// display or fresh, then growing with its age up to `slowest`.
pub fn pace(age: Duration, on_display: bool, cfg: &WatchConfig) -> Duration {
    if on_display || age < cfg.fresh_for {
        return cfg.fast;
    }
    // Twice the fast pace per `fresh_for` of extra age, so an invoice left
    // open for long costs little.
    let extra = (age - cfg.fresh_for).as_secs_f64() / cfg.fresh_for.as_secs_f64().max(1.0);
    // Capped before it can overflow a Duration.
    let factor = 2f64.powf((extra + 1.0).min(16.0));
    cfg.fast.mul_f64(factor).min(cfg.slowest).max(cfg.fast)
}

/// A provider's request budget.
#[derive(Debug)]
struct Bucket {
    tokens: f64,
    capacity: f64,
    per_second: f64,
    last: Instant,
    paused_until: Option<Instant>,
}

impl Bucket {
    fn new(per_minute: u32, now: Instant) -> Bucket {
        let per_second = f64::from(per_minute.max(1)) / 60.0;
        // A few seconds' worth may be spent at once, never more.
        let capacity = (per_second * 3.0).max(1.0);
        Bucket {
            tokens: capacity,
            capacity,
            per_second,
            last: now,
            paused_until: None,
        }
    }

    /// Takes one request's worth, or says when one will be there.
    fn take(&mut self, now: Instant) -> Result<(), Instant> {
        if let Some(until) = self.paused_until {
            if now < until {
                return Err(until);
            }
            self.paused_until = None;
        }
        let elapsed = now.saturating_duration_since(self.last).as_secs_f64();
        self.tokens = (self.tokens + elapsed * self.per_second).min(self.capacity);
        self.last = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            Ok(())
        } else {
            Err(now + Duration::from_secs_f64((1.0 - self.tokens) / self.per_second))
        }
    }

    fn pause(&mut self, until: Instant) {
        self.paused_until = Some(self.paused_until.map_or(until, |u| u.max(until)));
    }
}

struct Tracked {
    invoice: Invoice,
    due: Instant,
}

pub struct Watcher {
    till: Arc<Till>,
    cfg: WatchConfig,
    tx: broadcast::Sender<Invoice>,
    on_display: Mutex<Option<String>>,
    reads: AtomicU64,
}

type Done = (String, Result<(Invoice, bool), TillError>);

impl Watcher {
    pub fn new(till: Arc<Till>, cfg: WatchConfig) -> Arc<Watcher> {
        let (tx, _) = broadcast::channel(1024);
        Arc::new(Watcher {
            till,
            cfg,
            tx,
            on_display: Mutex::new(None),
            reads: AtomicU64::new(0),
        })
    }

    /// Every change, as the invoice after it.
    pub fn subscribe(&self) -> broadcast::Receiver<Invoice> {
        self.tx.subscribe()
    }

    /// The invoice on the counter display, read at the fast pace.
    /// The invoice the customer display shows, if any.
    pub fn shown(&self) -> Option<String> {
        self.on_display
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    pub fn show(&self, id: Option<&str>) {
        *self.on_display.lock().unwrap_or_else(|p| p.into_inner()) = id.map(str::to_string);
    }

    /// Status reads made so far (each may be several HTTP requests when
    /// the client retries).
    pub fn reads(&self) -> u64 {
        self.reads.load(Ordering::Relaxed)
    }

    fn publish(&self, invoice: &Invoice) {
        // No subscriber is not an error: the change is in the journal.
        let _ = self.tx.send(invoice.clone());
    }

    /// Runs until the task is dropped or aborted.
    pub async fn run(self: Arc<Self>) {
        let mut tracked: HashMap<String, Tracked> = HashMap::new();
        let mut buckets: HashMap<String, Bucket> = HashMap::new();
        let mut busy: HashSet<String> = HashSet::new();
        let mut inflight: JoinSet<Done> = JoinSet::new();
        let mut next_scan = Instant::now();
        let mut first_scan = true;
        loop {
            let now = Instant::now();
            if now >= next_scan {
                self.scan(&mut tracked, &busy, first_scan);
                first_scan = false;
                next_scan = now + self.cfg.scan_every;
            }
            self.start_due(&mut tracked, &mut buckets, &mut busy, &mut inflight, now);
            let wake = tracked
                .iter()
                .filter(|(id, _)| !busy.contains(*id))
                .map(|(_, t)| t.due)
                .chain([next_scan])
                .min()
                .unwrap_or(next_scan)
                .max(now + Duration::from_millis(5));
            tokio::select! {
                Some(done) = inflight.join_next(), if !inflight.is_empty() => {
                    if let Ok(done) = done {
                        self.finish(done, &mut tracked, &mut buckets, &mut busy);
                    }
                }
                _ = tokio::time::sleep_until(wake) => {}
            }
        }
    }

    /// Picks up invoices opened, changed or closed by another process.
    fn scan(&self, tracked: &mut HashMap<String, Tracked>, busy: &HashSet<String>, first: bool) {
        let open = match self.till.ledger().open_invoices() {
            Ok(o) => o,
            Err(e) => {
                tracing::warn!(error = %e, "cannot read open invoices");
                return;
            }
        };
        let now = Instant::now();
        let open_ids: HashSet<String> = open.iter().map(|i| i.id.clone()).collect();
        let gone: Vec<String> = tracked
            .keys()
            .filter(|id| !open_ids.contains(*id) && !busy.contains(*id))
            .cloned()
            .collect();
        for id in gone {
            if let (Some(t), Ok(now_inv)) = (tracked.remove(&id), self.till.invoice(&id)) {
                if now_inv != t.invoice {
                    self.publish(&now_inv);
                }
            }
        }
        for inv in open {
            match tracked.get_mut(&inv.id) {
                Some(t) if busy.contains(&inv.id) => t.invoice = inv,
                Some(t) => {
                    if t.invoice != inv {
                        self.publish(&inv);
                        t.invoice = inv;
                    }
                }
                None => {
                    if !first {
                        self.publish(&inv);
                    }
                    tracked.insert(
                        inv.id.clone(),
                        Tracked {
                            invoice: inv,
                            due: now,
                        },
                    );
                }
            }
        }
    }

    fn start_due(
        &self,
        tracked: &mut HashMap<String, Tracked>,
        buckets: &mut HashMap<String, Bucket>,
        busy: &mut HashSet<String>,
        inflight: &mut JoinSet<Done>,
        now: Instant,
    ) {
        let on_display = self
            .on_display
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        let mut due: Vec<(bool, Reverse<chrono::DateTime<Utc>>, String)> = tracked
            .iter()
            .filter(|(id, t)| t.due <= now && !busy.contains(*id))
            .map(|(id, t)| {
                (
                    on_display.as_deref() != Some(id.as_str()),
                    Reverse(t.invoice.created_at),
                    id.clone(),
                )
            })
            .collect();
        // The invoice on display first, then the newest.
        due.sort();
        for (_, _, id) in due {
            if inflight.len() >= self.cfg.concurrency {
                break;
            }
            let Some(t) = tracked.get_mut(&id) else {
                continue;
            };
            let bucket = buckets
                .entry(t.invoice.provider.clone())
                .or_insert_with(|| Bucket::new(self.cfg.budget_per_minute, now));
            match bucket.take(now) {
                Ok(()) => {
                    busy.insert(id.clone());
                    self.reads.fetch_add(1, Ordering::Relaxed);
                    let till = self.till.clone();
                    inflight.spawn(async move {
                        let result = till.refresh(&id).await;
                        (id, result)
                    });
                }
                Err(at) => t.due = at,
            }
        }
    }

    fn finish(
        &self,
        (id, result): Done,
        tracked: &mut HashMap<String, Tracked>,
        buckets: &mut HashMap<String, Bucket>,
        busy: &mut HashSet<String>,
    ) {
        busy.remove(&id);
        let now = Instant::now();
        match result {
            Ok((mut invoice, changed)) => {
                if changed {
                    self.publish(&invoice);
                }
                if self.past_expiry(&invoice) {
                    match self.till.expire_locally(&id) {
                        Ok(expired) => {
                            self.publish(&expired);
                            invoice = expired;
                        }
                        Err(e) => tracing::warn!(id, error = %e, "cannot expire locally"),
                    }
                }
                if !invoice.is_open() {
                    tracked.remove(&id);
                    return;
                }
                let due = now + self.next_pace(&invoice);
                tracked.insert(
                    id,
                    Tracked {
                        due: until_expiry(&invoice).map_or(due, |e| due.min(now + e)),
                        invoice,
                    },
                );
            }
            Err(e) => {
                let Some(t) = tracked.get_mut(&id) else {
                    return;
                };
                let wait = match &e {
                    TillError::Gateway(GatewayError::RateLimited { retry_after }) => {
                        let wait = retry_after.unwrap_or(Duration::from_secs(5));
                        if let Some(b) = buckets.get_mut(&t.invoice.provider) {
                            b.pause(now + wait);
                        }
                        wait
                    }
                    TillError::UnknownInvoice(_) => {
                        tracked.remove(&id);
                        return;
                    }
                    _ => self.cfg.slowest.min(self.next_pace(&t.invoice) * 4),
                };
                tracing::warn!(id, error = %e, ?wait, "status read failed; trying again later");
                t.due = now + wait;
            }
        }
    }

    /// The gateway still shows no payment after the expiry time, on the
    /// read made at or after it.
    fn past_expiry(&self, invoice: &Invoice) -> bool {
        invoice.status == Status::Pending
            && invoice.provider_ref.is_some()
            && invoice.expires_at.is_some_and(|e| e <= Utc::now())
    }

    fn next_pace(&self, invoice: &Invoice) -> Duration {
        let age = (Utc::now() - invoice.created_at)
            .to_std()
            .unwrap_or_default();
        let on_display = self
            .on_display
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_deref()
            == Some(invoice.id.as_str());
        let base = pace(age, on_display, &self.cfg);
        let spread = self.cfg.jitter.clamp(0.0, 0.5);
        let factor = 1.0 + rand::rng().random_range(-spread..=spread);
        base.mul_f64(factor)
    }
}

/// Time left before the invoice's expiry, if it has one ahead.
fn until_expiry(invoice: &Invoice) -> Option<Duration> {
    invoice
        .expires_at
        .and_then(|e| (e - Utc::now()).to_std().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_and_displayed_invoices_are_read_fast_old_ones_slowly() {
        let cfg = WatchConfig::default();
        let min = |m: u64| Duration::from_secs(60 * m);
        assert_eq!(pace(Duration::ZERO, false, &cfg), cfg.fast);
        assert_eq!(pace(min(2), false, &cfg), cfg.fast);
        assert_eq!(pace(min(60), true, &cfg), cfg.fast);
        let later = [min(4), min(8), min(15), min(30), min(300)].map(|a| pace(a, false, &cfg));
        assert!(later.windows(2).all(|w| w[0] <= w[1]), "{later:?}");
        assert!(later[0] > cfg.fast);
        assert_eq!(later[4], cfg.slowest);
    }

    #[test]
    fn the_budget_refills_at_its_rate_and_pauses_for_a_429() {
        let start = Instant::now();
        let mut b = Bucket::new(60, start);
        for _ in 0..3 {
            assert!(b.take(start).is_ok());
        }
        let next = b.take(start).unwrap_err();
        assert_eq!(next.duration_since(start).as_millis(), 1000);
        assert!(b.take(start + Duration::from_secs(1)).is_ok());
        b.pause(start + Duration::from_secs(30));
        assert_eq!(
            b.take(start + Duration::from_secs(10)).unwrap_err(),
            start + Duration::from_secs(30)
        );
        assert!(b.take(start + Duration::from_secs(31)).is_ok());
    }

    #[test]
    fn the_budget_holds_over_a_minute() {
        let start = Instant::now();
        let mut b = Bucket::new(120, start);
        let granted = (0..6000)
            .filter(|i| b.take(start + Duration::from_millis(i * 10)).is_ok())
            .count();
        // 120 a minute, plus the few seconds' worth it may start with.
        assert!((120..=127).contains(&granted), "{granted}");
    }
}

//! The watcher: one scheduler for every open invoice of every gateway, and
//! for the invoices that closed without all their money.
//!
//! Money can arrive after an invoice is underpaid (the rest), expired or
//! cancelled (a late payment), so those stay watched for the shop's
//! monitoring window. Reads are ranked: the invoice on the counter, then
//! open invoices, then invoices closed in the last minutes, then older
//! closed ones. Each is read at a pace set by its rank and age. Each
//! provider has a request budget (a token bucket), which a 429 pauses, and
//! closed invoices may not spend its last few tokens, so the counter never
//! waits behind them. Changes are journaled by the till and published on a
//! broadcast channel that the desktop shell and `counterpay watch` both
//! read. The journal is scanned too, so invoices opened or closed by
//! another process are picked up.

use crate::gateway::GatewayError;
use crate::invoice::Invoice;
use crate::status::Status;
use crate::till::{Till, TillError};
use chrono::{DateTime, Utc};
use rand::Rng;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
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
    /// The slowest pace of an open invoice, reached by old ones.
    pub slowest: Duration,
    /// Status reads per minute allowed per provider.
    pub budget_per_minute: u32,
    /// How often the journal is scanned for changes made elsewhere.
    pub scan_every: Duration,
    /// Reads in flight at once, across providers.
    pub concurrency: usize,
    /// Spread of each pace, as a fraction (0.1 = up to 10 % either way).
    pub jitter: f64,
    /// How long an invoice closed without all its money stays watched
    /// (the shop's `monitor_hours`).
    pub monitor_for: Duration,
    /// How long a closed invoice keeps the `closed_fast` pace.
    pub recently_closed: Duration,
    /// The pace of an invoice closed in the last `recently_closed`.
    pub closed_fast: Duration,
    /// The slowest pace of a closed invoice.
    pub closed_slowest: Duration,
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
            monitor_for: Duration::from_secs(24 * 3600),
            recently_closed: Duration::from_secs(15 * 60),
            closed_fast: Duration::from_secs(5),
            closed_slowest: Duration::from_secs(10 * 60),
        }
    }
}

/// Which reads go first when the budget cannot serve every invoice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rank {
    /// The invoice on the counter display, open or not.
    Counter,
    Open,
    /// Closed without all its money within `recently_closed`.
    RecentlyClosed,
    Closed,
}

impl Rank {
    /// Closed invoices leave the budget's last tokens and the last read in
    /// flight to the counter and to open invoices.
    fn yields(self) -> bool {
        matches!(self, Rank::RecentlyClosed | Rank::Closed)
    }
}

/// How long to wait before reading an invoice of `rank` again, `age` after
/// it was created (open) or closed: fast while it is on display, fresh or
/// recently closed, then doubling with age up to the rank's slowest pace.
pub fn pace(rank: Rank, age: Duration, cfg: &WatchConfig) -> Duration {
    match rank {
        Rank::Counter => cfg.fast,
        Rank::Open => backoff(age, cfg.fresh_for, cfg.fast, cfg.slowest),
        Rank::RecentlyClosed | Rank::Closed => backoff(
            age,
            cfg.recently_closed,
            cfg.closed_fast,
            cfg.closed_slowest,
        ),
    }
}

fn backoff(age: Duration, fresh_for: Duration, fast: Duration, slowest: Duration) -> Duration {
    if age < fresh_for {
        return fast;
    }
    // Twice the fast pace per `fresh_for` of extra age, so an invoice left
    // for long costs little.
    let extra = (age - fresh_for).as_secs_f64() / fresh_for.as_secs_f64().max(1.0);
    // Capped before it can overflow a Duration.
    let factor = 2f64.powf((extra + 1.0).min(16.0));
    fast.mul_f64(factor).min(slowest).max(fast)
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

    /// Takes one request's worth, or says when one will be there. A read
    /// that yields takes one only while the bucket keeps its reserve.
    fn take(&mut self, now: Instant, yields: bool) -> Result<(), Instant> {
        if let Some(until) = self.paused_until {
            if now < until {
                return Err(until);
            }
            self.paused_until = None;
        }
        let elapsed = now.saturating_duration_since(self.last).as_secs_f64();
        self.tokens = (self.tokens + elapsed * self.per_second).min(self.capacity);
        self.last = now;
        let needed = if yields { 1.0 + self.reserve() } else { 1.0 };
        if self.tokens >= needed {
            self.tokens -= 1.0;
            Ok(())
        } else {
            Err(now + Duration::from_secs_f64((needed - self.tokens) / self.per_second))
        }
    }

    /// Half the bucket, less one token so that a bucket of one still
    /// serves closed invoices.
    fn reserve(&self) -> f64 {
        (self.capacity / 2.0).min(self.capacity - 1.0).max(0.0)
    }

    fn pause(&mut self, until: Instant) {
        self.paused_until = Some(self.paused_until.map_or(until, |u| u.max(until)));
    }
}

struct Tracked {
    invoice: Invoice,
    /// The journal's version of the invoice when it was last read from it.
    version: i64,
    due: Instant,
    /// The last status read this run, for fairness among closed invoices.
    last_read: Option<Instant>,
    /// Whether a read this run has come back with an answer (and its
    /// change been published), for `caught_up`.
    answered: bool,
}

pub struct Watcher {
    till: Arc<Till>,
    cfg: WatchConfig,
    tx: broadcast::Sender<Invoice>,
    on_display: Mutex<Option<String>>,
    /// The monitoring window in seconds; the owner may change it while the
    /// watcher runs.
    monitor_secs: AtomicU64,
    reads: AtomicU64,
    caught_up: AtomicBool,
}

type Done = (String, Result<(Invoice, bool), TillError>);

impl Watcher {
    pub fn new(till: Arc<Till>, cfg: WatchConfig) -> Arc<Watcher> {
        let (tx, _) = broadcast::channel(1024);
        Arc::new(Watcher {
            till,
            monitor_secs: AtomicU64::new(cfg.monitor_for.as_secs()),
            cfg,
            tx,
            on_display: Mutex::new(None),
            reads: AtomicU64::new(0),
            caught_up: AtomicBool::new(false),
        })
    }

    /// Every change, as the invoice after it.
    pub fn subscribe(&self) -> broadcast::Receiver<Invoice> {
        self.tx.subscribe()
    }

    /// The invoice the customer display shows, if any.
    pub fn shown(&self) -> Option<String> {
        self.on_display
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Puts an invoice on the counter display: it is read first, at the
    /// fast pace, open or not.
    pub fn show(&self, id: Option<&str>) {
        *self.on_display.lock().unwrap_or_else(|p| p.into_inner()) = id.map(str::to_string);
    }

    /// How long closed invoices stay watched, from now on.
    pub fn set_monitor_window(&self, window: Duration) {
        self.monitor_secs.store(window.as_secs(), Ordering::Relaxed);
    }

    fn monitor_window(&self) -> Duration {
        Duration::from_secs(self.monitor_secs.load(Ordering::Relaxed))
    }

    /// Status reads made so far (each may be several HTTP requests when
    /// the client retries).
    pub fn reads(&self) -> u64 {
        self.reads.load(Ordering::Relaxed)
    }

    /// Whether every open and recently closed invoice has been read at
    /// least once since the watcher started: until then, money that
    /// arrived while nothing watched may not be in the journal yet.
    pub fn caught_up(&self) -> bool {
        self.caught_up.load(Ordering::Relaxed)
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
        let started = Instant::now();
        let mut next_scan = started;
        let mut first_scan = true;
        loop {
            let now = Instant::now();
            if now >= next_scan {
                self.scan(&mut tracked, &busy, first_scan);
                first_scan = false;
                next_scan = now + self.cfg.scan_every;
                self.note_progress(&tracked);
            }
            self.start_due(
                &mut tracked,
                &mut buckets,
                &mut busy,
                &mut inflight,
                now,
                started,
            );
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
                        self.note_progress(&tracked);
                    }
                }
                _ = tokio::time::sleep_until(wake) => {}
            }
        }
    }

    /// Picks up invoices opened, changed or closed by another process,
    /// reading whole only those whose journal version moved.
    fn scan(&self, tracked: &mut HashMap<String, Tracked>, busy: &HashSet<String>, first: bool) {
        let since =
            Utc::now() - chrono::Duration::from_std(self.monitor_window()).unwrap_or_default();
        let watched = match self.till.ledger().watched(since) {
            Ok(w) => w,
            Err(e) => {
                tracing::warn!(error = %e, "cannot read the invoices to watch");
                return;
            }
        };
        let now = Instant::now();
        let ids: HashSet<&str> = watched.iter().map(|w| w.id.as_str()).collect();
        let gone: Vec<String> = tracked
            .keys()
            .filter(|id| !ids.contains(id.as_str()) && !busy.contains(*id))
            .cloned()
            .collect();
        for id in gone {
            if let (Some(t), Ok(now_inv)) = (tracked.remove(&id), self.till.invoice(&id)) {
                if now_inv != t.invoice {
                    self.publish(&now_inv);
                }
            }
        }
        for w in watched {
            if busy.contains(&w.id) {
                continue;
            }
            match tracked.get_mut(&w.id) {
                Some(t) if t.version == w.version => {}
                Some(t) => {
                    if let Ok(inv) = self.till.invoice(&w.id) {
                        if inv != t.invoice {
                            self.publish(&inv);
                            t.invoice = inv;
                        }
                        t.version = w.version;
                    }
                }
                None => {
                    let Ok(inv) = self.till.invoice(&w.id) else {
                        continue;
                    };
                    // A sale another process just opened; closed invoices
                    // that enter the window have nothing new to say.
                    if !first && inv.is_open() {
                        self.publish(&inv);
                    }
                    tracked.insert(
                        w.id,
                        Tracked {
                            invoice: inv,
                            version: w.version,
                            due: now,
                            last_read: None,
                            answered: false,
                        },
                    );
                }
            }
        }
    }

    fn rank(&self, invoice: &Invoice, on_display: Option<&str>, now: DateTime<Utc>) -> Rank {
        if on_display == Some(invoice.id.as_str()) {
            Rank::Counter
        } else if invoice.is_open() {
            Rank::Open
        } else if invoice
            .closed_at()
            .and_then(|c| (now - c).to_std().ok())
            .is_some_and(|age| age >= self.cfg.recently_closed)
        {
            Rank::Closed
        } else {
            Rank::RecentlyClosed
        }
    }

    fn start_due(
        &self,
        tracked: &mut HashMap<String, Tracked>,
        buckets: &mut HashMap<String, Bucket>,
        busy: &mut HashSet<String>,
        inflight: &mut JoinSet<Done>,
        now: Instant,
        started: Instant,
    ) {
        let on_display = self.shown();
        let utc_now = Utc::now();
        // By rank; among open invoices the newest first (its customer is
        // likely at the counter), among closed ones the longest unread.
        let mut due: Vec<(Rank, i64, String)> = tracked
            .iter()
            .filter(|(id, t)| t.due <= now && !busy.contains(*id))
            .map(|(id, t)| {
                let rank = self.rank(&t.invoice, on_display.as_deref(), utc_now);
                let order = match rank {
                    Rank::Counter | Rank::Open => -t.invoice.created_at.timestamp_millis(),
                    Rank::RecentlyClosed | Rank::Closed => t.last_read.map_or(-1, |r| {
                        r.saturating_duration_since(started).as_millis() as i64
                    }),
                };
                (rank, order, id.clone())
            })
            .collect();
        due.sort();
        for (rank, _, id) in due {
            // The last read in flight is kept for the counter and open sales.
            let room = if rank.yields() {
                self.cfg.concurrency.saturating_sub(1).max(1)
            } else {
                self.cfg.concurrency
            };
            if inflight.len() >= room {
                break;
            }
            let Some(t) = tracked.get_mut(&id) else {
                continue;
            };
            let bucket = buckets
                .entry(t.invoice.provider.clone())
                .or_insert_with(|| Bucket::new(self.cfg.budget_per_minute, now));
            match bucket.take(now, rank.yields()) {
                Ok(()) => {
                    busy.insert(id.clone());
                    t.last_read = Some(now);
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
                let Some(wait) = self.next_pace(&invoice) else {
                    tracked.remove(&id);
                    return;
                };
                let mut due = now + wait;
                if invoice.is_open() {
                    // The one read at expiry decides whether it expired.
                    if let Some(e) = until_expiry(&invoice) {
                        due = due.min(now + e);
                    }
                }
                if let Some(t) = tracked.get_mut(&id) {
                    t.invoice = invoice;
                    t.due = due;
                    t.answered = true;
                }
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
                    _ => {
                        let pace = self.next_pace(&t.invoice).unwrap_or(self.cfg.slowest);
                        self.cfg.slowest.max(pace).min(pace * 4)
                    }
                };
                tracing::warn!(id, error = %e, ?wait, "status read failed; trying again later");
                t.due = now + wait;
            }
        }
    }

    /// Whether every open and recently closed invoice has been read and
    /// answered (a read in flight or failed does not count), for
    /// `caught_up`.
    fn note_progress(&self, tracked: &HashMap<String, Tracked>) {
        let on_display = self.shown();
        let now = Utc::now();
        let done = tracked.values().all(|t| {
            t.answered || self.rank(&t.invoice, on_display.as_deref(), now) == Rank::Closed
        });
        self.caught_up.store(done, Ordering::Relaxed);
    }

    /// The gateway still shows no payment after the expiry time, on the
    /// read made at or after it.
    fn past_expiry(&self, invoice: &Invoice) -> bool {
        invoice.status == Status::Pending
            && invoice.provider_ref.is_some()
            && invoice.expires_at.is_some_and(|e| e <= Utc::now())
    }

    /// When to read the invoice again, with jitter; `None` once it needs no
    /// more reads (paid, failed, or closed longer ago than the window).
    fn next_pace(&self, invoice: &Invoice) -> Option<Duration> {
        let now = Utc::now();
        let rank = self.rank(invoice, self.shown().as_deref(), now);
        let age = match rank {
            Rank::Counter => Duration::ZERO,
            Rank::Open => (now - invoice.created_at).to_std().unwrap_or_default(),
            Rank::RecentlyClosed | Rank::Closed => {
                let closed = invoice.closed_at()?;
                invoice.provider_ref.as_ref()?;
                let age = (now - closed).to_std().unwrap_or_default();
                if age > self.monitor_window() {
                    return None;
                }
                age
            }
        };
        if rank == Rank::Counter && !invoice.is_open() && !invoice.status.is_monitored() {
            return None;
        }
        // Jitter only ever reads sooner, so each pace is a promise kept.
        let base = pace(rank, age, &self.cfg);
        let spread = self.cfg.jitter.clamp(0.0, 0.5);
        let factor = 1.0 - rand::rng().random_range(0.0..=spread);
        Some(base.mul_f64(factor))
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
        assert_eq!(pace(Rank::Open, Duration::ZERO, &cfg), cfg.fast);
        assert_eq!(pace(Rank::Open, min(2), &cfg), cfg.fast);
        assert_eq!(pace(Rank::Counter, min(60), &cfg), cfg.fast);
        let later = [min(4), min(8), min(15), min(30), min(300)].map(|a| pace(Rank::Open, a, &cfg));
        assert!(later.windows(2).all(|w| w[0] <= w[1]), "{later:?}");
        assert!(later[0] > cfg.fast);
        assert_eq!(later[4], cfg.slowest);
    }

    #[test]
    fn closed_invoices_are_read_every_5_s_for_15_minutes_then_back_off_to_10_minutes() {
        let cfg = WatchConfig::default();
        let min = |m: u64| Duration::from_secs(60 * m);
        for age in [Duration::ZERO, min(5), min(14)] {
            assert_eq!(
                pace(Rank::RecentlyClosed, age, &cfg),
                Duration::from_secs(5)
            );
        }
        let later =
            [min(16), min(30), min(60), min(120), min(600)].map(|a| pace(Rank::Closed, a, &cfg));
        assert!(later.windows(2).all(|w| w[0] <= w[1]), "{later:?}");
        assert!(later[0] > Duration::from_secs(5));
        assert_eq!(later[4], Duration::from_secs(600));
        assert!(later.iter().all(|p| *p <= Duration::from_secs(600)));
    }

    #[test]
    fn the_counter_goes_first_then_open_then_recent_then_older_closed() {
        assert!(Rank::Counter < Rank::Open);
        assert!(Rank::Open < Rank::RecentlyClosed);
        assert!(Rank::RecentlyClosed < Rank::Closed);
        assert!(!Rank::Counter.yields() && !Rank::Open.yields());
        assert!(Rank::RecentlyClosed.yields() && Rank::Closed.yields());
    }

    #[test]
    fn the_budget_refills_at_its_rate_and_pauses_for_a_429() {
        let start = Instant::now();
        let mut b = Bucket::new(60, start);
        for _ in 0..3 {
            assert!(b.take(start, false).is_ok());
        }
        let next = b.take(start, false).unwrap_err();
        assert_eq!(next.duration_since(start).as_millis(), 1000);
        assert!(b.take(start + Duration::from_secs(1), false).is_ok());
        b.pause(start + Duration::from_secs(30));
        assert_eq!(
            b.take(start + Duration::from_secs(10), false).unwrap_err(),
            start + Duration::from_secs(30)
        );
        assert!(b.take(start + Duration::from_secs(31), false).is_ok());
    }

    #[test]
    fn closed_invoices_leave_the_last_tokens_to_the_counter() {
        let start = Instant::now();
        let mut b = Bucket::new(120, start);
        // Six tokens: closed reads may take three, the rest is kept.
        let closed = (0..10).filter(|_| b.take(start, true).is_ok()).count();
        assert_eq!(closed, 3);
        let urgent = (0..10).filter(|_| b.take(start, false).is_ok()).count();
        assert_eq!(urgent, 3);
        // A bucket of one token still serves closed invoices.
        let mut small = Bucket::new(20, start);
        assert!(small.take(start, true).is_ok());
    }

    #[test]
    fn the_budget_holds_over_a_minute() {
        let start = Instant::now();
        let mut b = Bucket::new(120, start);
        let granted = (0..6000)
            .filter(|i| {
                b.take(start + Duration::from_millis(i * 10), i % 2 == 0)
                    .is_ok()
            })
            .count();
        // 120 a minute, plus the few seconds' worth it may start with.
        assert!((120..=127).contains(&granted), "{granted}");
    }
}

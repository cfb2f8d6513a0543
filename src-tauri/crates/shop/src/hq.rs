//! This till's side of HQ: where HQ is (set by the owner, its password in
//! the OS keyring or the environment, never in the data dir), shipping the
//! journal's events in order and in batches from the last event HQ holds,
//! the status of that, checking this journal against HQ's copy, and the
//! owner's reports across tills. A sale never waits for any of it.

use crate::shop::Shop;
use crate::takings::{Days, Takings, TakingsError, Tally};
use counterpay_core::invoice::timestamp;
use counterpay_core::report::{add_paid, Total};
use counterpay_core::{Actor, Invoice};
use counterpay_hq::{Head, Hq, HqError, Matched, Mismatch, Scope, Target, TillInfo, BATCH};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::sync::Arc;

/// Where HQ is, as a setting: the URL without its password.
pub const URL_SETTING: &str = "hq_url";
const SHIPPED: &str = "hq.shipped_seq";
const LAST_SUCCESS: &str = "hq.last_success";
const LAST_ERROR: &str = "hq.last_error";
const PASSWORD_VAR: &str = "COUNTERPAY_HQ_PASSWORD";

/// Forgets what this journal shipped to HQ and when: a restored copy asks
/// HQ again instead of trusting an old till's notes.
pub(crate) fn forget_progress(
    journal: &counterpay_journal::Journal,
) -> Result<(), counterpay_journal::JournalError> {
    for key in [SHIPPED, LAST_SUCCESS, LAST_ERROR] {
        journal.remove_meta(key)?;
    }
    Ok(())
}

/// The pool to HQ a shop keeps, with the URL and password it was made for.
pub(crate) struct Pool {
    key: (String, Option<String>),
    hq: Arc<Hq>,
}

/// What `hq status` shows: from this till's own records, without asking HQ.
#[derive(Debug, Clone, Serialize)]
pub struct HqStatus {
    pub url: Option<String>,
    /// The newest event HQ has acknowledged.
    pub shipped_seq: i64,
    /// Events of this journal HQ does not hold yet.
    pub pending: i64,
    pub last_success: Option<String>,
    pub last_error: Option<String>,
}

/// Takings across tills: the report a till gives, plus totals per till
/// and per shop.
#[derive(Debug, Clone, Serialize)]
pub struct HqTakings {
    #[serde(flatten)]
    pub takings: Takings,
    pub tills: Vec<TillTotals>,
    pub shops: Vec<ShopTotals>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TillTotals {
    pub till: String,
    pub name: String,
    pub shop: String,
    /// Paid fiat per fiat code.
    pub totals: BTreeMap<String, Total>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ShopTotals {
    pub shop: String,
    pub totals: BTreeMap<String, Total>,
}

fn storage(e: impl std::fmt::Display) -> HqError {
    HqError::Setup(format!(
        "this till's records cannot be read or written: {e}"
    ))
}

impl Shop {
    /// Where HQ is, once the owner has set it.
    pub fn hq_target(&self) -> Result<Option<Target>, HqError> {
        let Some(url) = self.journal.setting(URL_SETTING).map_err(storage)? else {
            return Ok(None);
        };
        Ok(Some(Target::parse(&url)?.0))
    }

    /// HQ's password: the environment's, else the one the owner left in
    /// the OS keyring.
    fn hq_password(&self) -> Option<String> {
        std::env::var(PASSWORD_VAR)
            .ok()
            .filter(|p| !p.is_empty())
            .or_else(|| self.keys().ok()?.hq_password())
    }

    /// HQ, through a pool kept for as long as its URL and password stay:
    /// a shipper syncing every few seconds does not log in each time.
    pub fn hq(&self) -> Result<Arc<Hq>, HqError> {
        let target = self.hq_target()?.ok_or_else(|| {
            HqError::Setup(
                "HQ is not set up: `counterpay hq set postgres://USER@HOST/DATABASE`".into(),
            )
        })?;
        let key = (target.url(), self.hq_password());
        let mut kept = self.hq.lock().unwrap_or_else(|p| p.into_inner());
        match kept.as_ref() {
            Some(pool) if pool.key == key => Ok(pool.hq.clone()),
            _ => {
                let hq = Arc::new(Hq::new(&target, key.1.as_deref())?);
                *kept = Some(Pool {
                    key,
                    hq: hq.clone(),
                });
                Ok(hq)
            }
        }
    }

    /// This till as HQ knows it.
    pub fn till_info(&self) -> Result<TillInfo, HqError> {
        let settings = self.settings().map_err(storage)?;
        let id = self.journal.till_id().map_err(storage)?;
        Ok(TillInfo {
            name: settings.till_name.clone().unwrap_or_else(|| id.clone()),
            shop: settings.shop_name,
            id,
        })
    }

    /// Points the till at HQ: the password goes to the OS keyring (or must
    /// come from the environment), the URL without it into the settings;
    /// then HQ's schema is brought up to date and the till registered.
    pub async fn hq_set(&self, url: &str, actor: &Actor) -> Result<Target, HqError> {
        let (target, password) = Target::parse(url)?;
        let from_env = std::env::var(PASSWORD_VAR).is_ok_and(|p| !p.is_empty());
        if let (Some(p), false) = (&password, from_env) {
            let keys = self.keys().map_err(|why| HqError::Setup(why.to_string()))?;
            keys.store_hq_password(p).map_err(|why| {
                HqError::Setup(format!(
                    "HQ's password cannot be kept in the OS keyring here ({why}), and never goes into the data dir: set {PASSWORD_VAR}"
                ))
            })?;
        }
        let hq = Hq::new(
            &target,
            password.as_deref().or(self.hq_password().as_deref()),
        )?;
        hq.migrate().await?;
        hq.register(&self.till_info()?).await?;
        self.journal
            .set_setting(URL_SETTING, &target.url(), actor)
            .map_err(storage)?;
        Ok(target)
    }

    /// Ships every event HQ does not hold yet, in order, in batches;
    /// returns how many HQ added. The outcome is recorded for `hq status`.
    pub async fn hq_sync(&self) -> Result<usize, HqError> {
        let result = self.ship_all().await;
        let now = timestamp::format(&timestamp::now());
        let noted = match &result {
            Ok(_) => self
                .journal
                .set_meta(LAST_SUCCESS, &now)
                .and_then(|()| self.note(LAST_ERROR, "")),
            Err(e) => self.journal.set_meta(LAST_ERROR, &format!("{now} {e}")),
        };
        noted.map_err(storage)?;
        result
    }

    /// Sets `key` in the journal's meta unless it already says `value`: a
    /// shipper syncing every few seconds writes only what changed.
    fn note(&self, key: &str, value: &str) -> Result<(), counterpay_journal::JournalError> {
        if self.journal.meta(key)?.as_deref().unwrap_or_default() == value {
            return Ok(());
        }
        self.journal.set_meta(key, value)
    }

    async fn ship_all(&self) -> Result<usize, HqError> {
        let hq = self.hq()?;
        let till = self.till_info()?;
        let mut head = hq.register(&till).await?;
        self.check_continues(&hq, &till, &head).await?;
        let mut added = 0;
        loop {
            // What HQ holds is what counts as shipped, whoever shipped it.
            self.note(SHIPPED, &head.seq.to_string()).map_err(storage)?;
            let events = self
                .journal
                .events_after(head.seq, BATCH)
                .map_err(storage)?;
            if events.is_empty() {
                return Ok(added);
            }
            let shipped = match hq.ship(&till, &events).await {
                Ok(s) => s,
                Err(e @ HqError::Refused { seq, .. }) => {
                    let _ = hq.alert(&till.id, Some(seq), &e.to_string()).await;
                    return Err(e);
                }
                Err(e) => return Err(e),
            };
            added += shipped.added;
            head = shipped.head;
        }
    }

    /// HQ's newest event for this till must be this journal's event of
    /// that number, as its content hashes now: otherwise this journal was
    /// rewritten, cut or forked, and shipping stops (with an alert at HQ)
    /// before anything is sent.
    async fn check_continues(&self, hq: &Hq, till: &TillInfo, head: &Head) -> Result<(), HqError> {
        if head.seq == 0 {
            return Ok(());
        }
        let ours = self
            .journal
            .recomputed_hashes_after(head.seq - 1, 1)
            .map_err(storage)?
            .into_iter()
            .next();
        let problem = match ours {
            Some((_, hash)) if hash == head.hash => return Ok(()),
            Some(_) => format!(
                "HQ holds another event {} for this till: the local journal was rewritten or forked",
                head.seq
            ),
            None => format!(
                "the local journal ends before event {}, which HQ holds: it was cut or replaced by an older copy",
                head.seq
            ),
        };
        let _ = hq.alert(&till.id, Some(head.seq), &problem).await;
        Err(HqError::Refused {
            seq: head.seq,
            message: problem,
        })
    }

    /// From this till's own records: nothing is asked of HQ.
    pub fn hq_status(&self) -> Result<HqStatus, HqError> {
        let meta = |key| self.journal.meta(key).map_err(storage);
        let shipped_seq = meta(SHIPPED)?.and_then(|s| s.parse().ok()).unwrap_or(0);
        let (head, _) = self.journal.head().map_err(storage)?;
        Ok(HqStatus {
            url: self.hq_target()?.map(|t| t.url()),
            shipped_seq,
            pending: (head - shipped_seq).max(0),
            last_success: meta(LAST_SUCCESS)?.filter(|s| !s.is_empty()),
            last_error: meta(LAST_ERROR)?.filter(|s| !s.is_empty()),
        })
    }

    /// Compares this journal with HQ's copy of it, event by event.
    pub async fn hq_verify(&self) -> Result<Result<Matched, Mismatch>, HqError> {
        let till = self.journal.till_id().map_err(storage)?;
        self.hq()?.compare(&till, &self.journal).await
    }

    /// The takings of whole local days across the tills in `scope`, from
    /// HQ, with totals per till and per shop.
    pub async fn hq_takings(&self, days: Days, scope: &Scope) -> Result<HqTakings, HqError> {
        let hq = self.hq()?;
        let tills = hq.tills().await?;
        let mut tally = Tally::new(&self.chart_fiat(), days.zone);
        let mut per_till: BTreeMap<String, BTreeMap<String, Total>> = BTreeMap::new();
        let mut shops: BTreeMap<String, BTreeMap<String, Total>> = BTreeMap::new();
        let mut unreadable = None;
        hq.visit_period(
            days.from,
            days.to,
            scope,
            |till, shop, body, at| match serde_json::from_str::<Invoice>(body) {
                Ok(inv) => {
                    if at.settled {
                        add_paid(per_till.entry(till.to_string()).or_default(), &inv);
                        add_paid(shops.entry(shop.to_string()).or_default(), &inv);
                    }
                    tally.add(&inv, at);
                }
                Err(e) => unreadable = Some(e.to_string()),
            },
        )
        .await?;
        if let Some(e) = unreadable {
            return Err(HqError::Database(format!(
                "HQ holds an invoice that cannot be read: {e}"
            )));
        }
        for (w, inv, prior) in hq.refunds(days.from, days.to, scope).await? {
            tally.add_refund(&inv, w.amount, prior);
        }
        // Every till in the scope, and every till with sales in it (one
        // whose shop has since been renamed, say): the tills then add up to
        // the totals, as the shops do.
        let tills: Vec<TillTotals> = tills
            .into_iter()
            .filter(|t| {
                let in_shop = scope.shop.as_ref().is_none_or(|s| *s == t.shop);
                let named = scope
                    .till
                    .as_ref()
                    .is_none_or(|x| *x == t.till || *x == t.name);
                named && (in_shop || per_till.contains_key(&t.till))
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|t| {
                if scope.shop.as_ref().is_none_or(|s| *s == t.shop) {
                    shops.entry(t.shop.clone()).or_default();
                }
                TillTotals {
                    totals: per_till.remove(&t.till).unwrap_or_default(),
                    till: t.till,
                    name: t.name,
                    shop: t.shop,
                }
            })
            .collect();
        Ok(HqTakings {
            takings: tally.finish(days),
            tills,
            shops: shops
                .into_iter()
                .map(|(shop, totals)| ShopTotals { shop, totals })
                .collect(),
        })
    }

    /// The CSV of every invoice a range covers across the tills in
    /// `scope`, from HQ; returns the rows written.
    pub async fn hq_export_csv<W: Write + Send + 'static>(
        &self,
        days: Days,
        scope: &Scope,
        out: W,
    ) -> Result<u64, TakingsError> {
        let hq = self.hq().map_err(|e| TakingsError::Write(e.to_string()))?;
        hq.export_csv(days.from, days.to, scope, out)
            .await
            .map_err(|e| TakingsError::Write(e.to_string()))
    }
}

//! `hq verify`: a till's journal against the copy of its chain HQ holds,
//! hash by hash, streamed so that a long history never sits in memory. The
//! till's hashes are computed again from its events, so an event edited in
//! place differs from HQ's copy even where its stored hash was left alone.

use crate::{Hq, HqError};
use counterpay_journal::Journal;
use futures_util::{pin_mut, TryStreamExt};

/// The till's hashes computed at a time.
const PAGE: usize = 20_000;

/// Where this journal and HQ's copy first part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    pub seq: i64,
    pub why: String,
}

/// What the comparison found when nothing differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matched {
    pub compared: i64,
    /// Events of this journal HQ does not hold yet.
    pub not_shipped: i64,
}

impl Hq {
    /// Compares every event HQ holds for `till` with `journal`'s. A local
    /// event that differs (rewritten, or forked) or is missing (cut) is a
    /// mismatch; events not shipped yet are counted, not compared. HQ's
    /// hashes come in one stream while the till's are computed a page at a
    /// time, so the two sides work at once.
    pub async fn compare(
        &self,
        till: &str,
        journal: &Journal,
    ) -> Result<Result<Matched, Mismatch>, HqError> {
        let local = |e: &dyn std::fmt::Display| {
            HqError::Setup(format!("this till's journal cannot be read: {e}"))
        };
        let client = self.client().await?;
        let theirs = client
            .query_raw(
                "SELECT seq, hash FROM hq_events WHERE till_id = $1 ORDER BY seq",
                [till],
            )
            .await?;
        pin_mut!(theirs);
        let (mut ours, mut next) = (Vec::new(), 0);
        let mut compared = 0;
        while let Some(row) = theirs.try_next().await? {
            let (seq, hash): (i64, &str) = (row.get(0), row.get(1));
            if next == ours.len() {
                ours = journal
                    .recomputed_hashes_after(compared, PAGE)
                    .map_err(|e| local(&e))?;
                next = 0;
            }
            match ours.get(next) {
                Some((s, h)) if *s == seq && h == hash => {}
                Some((s, _)) if *s == seq => {
                    return Ok(Err(Mismatch {
                        seq,
                        why: format!(
                        "event {seq} differs from HQ's copy: this journal was rewritten or forked"
                    ),
                    }))
                }
                _ => {
                    return Ok(Err(Mismatch {
                        seq,
                        why: format!(
                            "event {seq}, which HQ holds, is missing here: this journal was cut"
                        ),
                    }))
                }
            }
            next += 1;
            compared = seq;
        }
        let (head, _) = journal.head().map_err(|e| local(&e))?;
        Ok(Ok(Matched {
            compared,
            not_shipped: head - compared,
        }))
    }
}

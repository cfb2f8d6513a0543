//! Closing a shift: a Z-report that numbers shifts without gaps and seals
//! what they covered with the hash of the last journal event before it.

use crate::report::{Exception, Summary};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The seal of a Z-report, in an owner's words.
pub const SEAL_EXPLAINED: &str = "The seal is a fingerprint of the journal up to this report's last event. \
If any sale of this shift is later changed or deleted, `counterpay journal verify` no longer matches it and says so.";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ZReport {
    /// 1, 2, 3...: each close takes the next number.
    pub number: u64,
    /// When the shift began: the previous close, or the first event.
    #[serde(with = "crate::invoice::timestamp::option")]
    pub opened_at: Option<DateTime<Utc>>,
    #[serde(with = "crate::invoice::timestamp")]
    pub closed_at: DateTime<Utc>,
    /// The last journal event the report covers, and its hash.
    pub last_seq: i64,
    pub last_hash: String,
    /// Who closed the shift (older reports do not say).
    #[serde(default)]
    pub closed_by: Option<String>,
    pub summary: Summary,
    pub exceptions: Vec<Exception>,
}

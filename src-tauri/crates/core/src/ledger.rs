//! The port to the journal. The journal crate implements it on SQLite; the
//! till only needs these few operations, each atomic.

use crate::invoice::Invoice;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Written before the gateway is asked: the sale exists even if the
    /// answer is lost.
    Intent,
    /// The gateway's answer to the create.
    Created,
    /// A lost answer healed by finding the order at the gateway.
    Adopted,
    /// A change the gateway reported (status, confirmations, payment).
    Updated,
    /// The attempt never became a live invoice.
    Failed,
}

#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    #[error("order {0} already has an invoice")]
    DuplicateOrder(String),
    #[error("the journal is busy; try again")]
    Busy,
    #[error("the journal failed: {0}")]
    Storage(String),
}

/// An invoice the watcher follows, and the version of its journal state:
/// a number that changes with every event of that invoice, so a scan can
/// tell what changed without reading every invoice whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Watched {
    pub id: String,
    pub version: i64,
}

/// Held by the process that is creating an intent's invoice at the
/// gateway; dropped (even by a crash) once the answer is journaled.
pub struct Claim(pub Box<dyn std::any::Any + Send + Sync>);

pub trait Ledger: Send + Sync {
    /// Appends one event and updates the invoice's current state with it,
    /// in one transaction. An `Intent` for an order that already has a
    /// live (not failed) invoice is refused with `DuplicateOrder`.
    fn append(&self, kind: EventKind, invoice: &Invoice) -> Result<(), LedgerError>;
    fn invoice(&self, id: &str) -> Result<Option<Invoice>, LedgerError>;
    /// The order's invoice that is not failed, if any.
    fn live_by_order(&self, order_id: &str) -> Result<Option<Invoice>, LedgerError>;
    /// Whether an earlier attempt for this order failed.
    fn has_failed_attempt(&self, order_id: &str) -> Result<bool, LedgerError>;
    fn open_invoices(&self) -> Result<Vec<Invoice>, LedgerError>;
    /// The open invoices, and the monitored ones (underpaid, expired,
    /// cancelled, with a gateway reference) that closed at or after
    /// `closed_since`.
    fn watched(&self, closed_since: DateTime<Utc>) -> Result<Vec<Watched>, LedgerError>;
    /// Claims an intent for this process until the claim is dropped.
    fn claim(&self, id: &str) -> Result<Claim, LedgerError>;
    /// Whether a live process holds the intent's claim: if so, its create
    /// is in flight and must not be reconciled under it.
    fn is_claimed(&self, id: &str) -> bool;
}

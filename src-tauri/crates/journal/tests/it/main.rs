mod audit;
mod keyed;
mod ledger;
mod providers;
mod shifts;
mod verify;
mod withdrawals;

use counterpay_core::{Actor, AuditEntry, Invoice, Status};
use counterpay_journal::Journal;
use rust_decimal::Decimal;
use std::str::FromStr;
use tempfile::TempDir;

pub fn journal() -> (TempDir, Journal) {
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open(&dir.path().join(counterpay_journal::FILE_NAME)).unwrap();
    (dir, j)
}

pub fn intent(order: &str, amount: &str) -> Invoice {
    Invoice::intent(
        counterpay_core::till::new_id(),
        "demo".into(),
        order.into(),
        "USD".into(),
        Decimal::from_str(amount).unwrap(),
        "USDTTRC20".into(),
        None,
    )
}

pub fn with_status(mut inv: Invoice, status: Status) -> Invoice {
    inv.status = status;
    inv.provider_ref = Some(format!("ref-{}", inv.id));
    inv
}

/// Runs SQL on the journal file through a second connection, as someone
/// with the sqlite3 tool would.
pub fn tamper(dir: &TempDir, sql: &str) {
    let conn = rusqlite::Connection::open(dir.path().join(counterpay_journal::FILE_NAME)).unwrap();
    conn.execute_batch(sql).unwrap();
}

/// The person the journal tests act as.
pub fn actor() -> Actor {
    Actor {
        id: Some("S-OWNER".into()),
        name: "Olga".into(),
        role: Some(counterpay_core::Role::Owner),
    }
}

/// An audit entry by `actor()`.
pub fn entry() -> AuditEntry {
    AuditEntry::new(&actor(), "withdrawal_requested", serde_json::json!({}))
}

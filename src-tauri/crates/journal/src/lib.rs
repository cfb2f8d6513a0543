//! The journal: an SQLite file in WAL mode whose `events` table is the
//! append-only truth and whose `invoices` table is the current state derived
//! from it in the same transaction.

mod audit;
mod backup;
mod catalog;
mod chain;
mod claims;
mod config;
mod error;
mod events;
mod meta;
mod providers;
mod settings;
mod shifts;
mod staff;
mod verify;
mod withdrawals;

pub use audit::PinHistory;
pub use chain::{event_hash, ChainKey, Keying, GENESIS};
pub use error::JournalError;
pub use events::RawEvent;
pub use shifts::SHIFT_CLOSED;
pub use verify::{Head, Verified, VerifyError};
pub use withdrawals::{PayoutAddress, Refund, WITHDRAWAL};

use chrono::{DateTime, Utc};
use counterpay_core::invoice::timestamp;
use counterpay_core::{Claim, EventKind, Invoice, Ledger, LedgerError, Status, Watched};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use rusqlite_migration::{Migrations, M};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, RwLock};
use std::time::Duration;

/// The file name inside the data dir.
pub const FILE_NAME: &str = "journal.sqlite3";

/// Reports and verify read years of rows; mapping the file spares a read
/// call per page. It is address space, not memory, on 64-bit systems.
const MMAP_SIZE: i64 = 1 << 30;

fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(include_str!("migrations/001_initial.sql")),
        M::up(include_str!("migrations/002_settings.sql")),
        M::up(include_str!("migrations/003_paid_day_and_cashier.sql")),
        M::up(include_str!("migrations/004_shifts.sql")),
        M::up(include_str!("migrations/005_report_index.sql")),
        M::up(include_str!("migrations/006_withdrawals.sql")),
        M::up(include_str!("migrations/007_monitored.sql")),
        M::up(include_str!("migrations/008_staff_and_audit.sql")),
        M::up(include_str!("migrations/009_catalog.sql")),
    ])
}

pub struct Journal {
    conn: Mutex<Connection>,
    path: PathBuf,
    claims: claims::Claims,
    keying: RwLock<Keying>,
}

/// One write transaction, with the keying its events are hashed under.
pub(crate) struct Tx<'t, 'c> {
    tx: &'t rusqlite::Transaction<'c>,
    keying: &'t Keying,
}

impl std::ops::Deref for Tx<'_, '_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        self.tx
    }
}

impl Tx<'_, '_> {
    /// Appends one chained event after the newest; returns its number and
    /// hash.
    pub(crate) fn append(
        &self,
        kind: &str,
        subject: &str,
        body: &str,
    ) -> Result<(i64, String), JournalError> {
        let (seq, prev) = head(self.tx)?;
        let seq = seq + 1;
        let key = self.keying.for_writing(seq)?;
        let at = timestamp::format(&timestamp::now());
        let hash = chain::event_hash(key, seq, &at, kind, subject, body.as_bytes(), &prev);
        self.tx
            .prepare_cached(
                "INSERT INTO events (seq, at, kind, invoice_id, body, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![seq, at, kind, subject, body, prev, hash])?;
        Ok((seq, hash))
    }
}

impl Journal {
    /// Opens (creating if needed) the journal and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Self, JournalError> {
        let open_err = |source| JournalError::Open {
            path: path.display().to_string(),
            source,
        };
        let mut conn = Connection::open(path).map_err(open_err)?;
        conn.busy_timeout(Duration::from_secs(5))
            .map_err(open_err)?;
        // WAL lets a watcher read while the till writes; FULL makes every
        // committed event survive a power cut, not just a crash.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(open_err)?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(open_err)?;
        conn.pragma_update(None, "mmap_size", MMAP_SIZE)
            .map_err(open_err)?;
        migrations().to_latest(&mut conn)?;
        let journal = Journal {
            conn: Mutex::new(conn),
            path: path.to_path_buf(),
            claims: claims::Claims::beside(path),
            keying: RwLock::new(Keying::Plain),
        };
        Ok(journal)
    }

    /// How events are hashed from now on. The app sets the till's key
    /// right after opening, before anything is written.
    pub fn set_keying(&self, keying: Keying) -> Result<(), JournalError> {
        if let Keying::Keyed(k) = &keying {
            self.set_meta(meta::KEYED_FROM, &k.from_seq().to_string())?;
        }
        *self.keying.write().unwrap_or_else(|p| p.into_inner()) = keying;
        Ok(())
    }

    pub fn keying(&self) -> Keying {
        self.keying
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Runs `f` in one write transaction: every event it appends and every
    /// derived row it changes are committed together or not at all.
    pub(crate) fn write<T>(
        &self,
        f: impl FnOnce(&Tx<'_, '_>) -> Result<T, JournalError>,
    ) -> Result<T, JournalError> {
        let keying = self.keying();
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&Tx {
            tx: &tx,
            keying: &keying,
        })?;
        tx.commit()?;
        Ok(out)
    }

    /// The newest event's number and hash (0 and the genesis hash when
    /// there is none).
    pub fn head(&self) -> Result<(i64, String), JournalError> {
        head(&self.conn())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave a half-written
        // transaction behind (SQLite rolls it back), so the poison is moot.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Appends many events in one transaction (imports, benchmarks).
    pub fn append_many(&self, events: &[(EventKind, Invoice)]) -> Result<(), JournalError> {
        self.write(|tx| {
            for (kind, invoice) in events {
                write_event(tx, *kind, invoice)?;
            }
            Ok(())
        })
    }

    /// Invoices created in `[from, to)`, oldest first, optionally of one status.
    pub fn invoices_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        status: Option<Status>,
    ) -> Result<Vec<Invoice>, JournalError> {
        let mut out = Vec::new();
        self.visit_between(from, to, |inv| {
            if status.is_none_or(|s| s == inv.status) {
                out.push(inv);
            }
        })?;
        Ok(out)
    }

    /// Streams the invoices created in `[from, to)` to `f`, oldest first.
    pub fn visit_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        f: impl FnMut(Invoice),
    ) -> Result<(), JournalError> {
        self.visit(CREATED_IN, from, to, f)
    }

    /// Claims an id unless a live process holds it; see `Ledger::claim`.
    pub fn try_claim(&self, id: &str) -> Result<Option<Claim>, LedgerError> {
        self.claims.try_claim(id)
    }

    /// The newest invoice priced in `fiat` and paid with `asset` that has a
    /// crypto amount: the shop's latest rate for the asset.
    pub fn latest_priced(&self, asset: &str, fiat: &str) -> Result<Option<Invoice>, JournalError> {
        let body: Option<String> = self
            .conn()
            .query_row(
                "SELECT body FROM invoices WHERE currency = ?1 AND fiat = ?2
                   AND json_extract(body, '$.amount_crypto') IS NOT NULL
                 ORDER BY created_at DESC LIMIT 1",
                [asset, fiat],
                |r| r.get(0),
            )
            .optional()?;
        body.as_deref().map(decode).transpose()
    }

    /// Streams every invoice a period's report covers, each once: those
    /// created in `[from, to)` (oldest first), then those created outside
    /// it whose money settled in it. Each comes with where it falls.
    pub fn visit_period(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        mut f: impl FnMut(Invoice, InPeriod),
    ) -> Result<(), JournalError> {
        let mut decoded = Ok(());
        self.visit_period_json(from, to, |body, at| match decode(body) {
            Ok(inv) => {
                f(inv, at);
                true
            }
            Err(e) => {
                decoded = Err(e);
                false
            }
        })?;
        decoded
    }

    /// `visit_period` with each invoice as the JSON the journal stores,
    /// for readers that need no `Invoice` (a CSV of a year). `f` returns
    /// false to stop.
    ///
    /// A year holds a million invoices, so rows are read on a thread of
    /// their own while `f` works on the previous batch. That thread holds
    /// the journal's connection until the visit ends: `f` must not call
    /// back into this journal.
    pub fn visit_period_json(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        mut f: impl FnMut(&str, InPeriod) -> bool,
    ) -> Result<(), JournalError> {
        const BATCH: usize = 512;
        let bounds = [timestamp::format(&from), timestamp::format(&to)];
        std::thread::scope(|scope| {
            let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(8);
            let reader = scope.spawn(move || -> Result<(), JournalError> {
                let conn = self.conn();
                let mut batch = Batch::default();
                for (sql, created) in [(CREATED_IN_NOTING_SETTLED, true), (SETTLED_ONLY_IN, false)]
                {
                    let mut stmt = conn.prepare_cached(sql)?;
                    let mut rows = stmt.query(rusqlite::params_from_iter(&bounds))?;
                    while let Some(row) = rows.next()? {
                        let at = InPeriod {
                            created,
                            settled: !created || row.get::<_, bool>(1)?,
                        };
                        batch.push(text(row)?, at);
                        if batch.rows.len() == BATCH && tx.send(std::mem::take(&mut batch)).is_err()
                        {
                            return Ok(());
                        }
                    }
                }
                let _ = tx.send(batch);
                Ok(())
            });
            'batches: for batch in rx {
                for (body, at) in batch.iter() {
                    if !f(body, at) {
                        break 'batches;
                    }
                }
            }
            reader
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        })
    }

    fn visit(
        &self,
        sql: &str,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        f: impl FnMut(Invoice),
    ) -> Result<(), JournalError> {
        visit_rows(&self.conn(), sql, from, to, f)
    }

    /// The quick check of the journal's people and configuration that a
    /// process makes before trusting them (see `verify::check_live_state`).
    pub fn check_live_state(&self, recorded: Option<&Head>) -> Result<(), VerifyError> {
        let keyed_from = self
            .meta(meta::KEYED_FROM)?
            .and_then(|v| v.parse::<i64>().ok());
        verify::check_live_state(&self.conn(), &self.keying(), keyed_from, recorded)
    }

    /// Recomputes the chain (with this process's key) and every derived
    /// table, and checks that each expected head is still in the chain.
    pub fn verify(&self, expect: &[Head]) -> Result<Verified, VerifyError> {
        let keyed_from = self
            .meta(meta::KEYED_FROM)?
            .and_then(|v| v.parse::<i64>().ok());
        verify::verify(
            &self.conn(),
            &self.path,
            &self.keying(),
            keyed_from,
            expect,
            verify::Split::here(),
        )
    }
}

// Ordered by the index alone: ties in one millisecond come in the order
// they were journaled, and a year's report needs no sort of a million rows.
pub(crate) const CREATED_IN: &str =
    "SELECT body FROM invoices WHERE created_at >= ?1 AND created_at < ?2 ORDER BY created_at";
const CREATED_IN_NOTING_SETTLED: &str = "SELECT body, coalesce(paid_at >= ?1 AND paid_at < ?2, 0) \
     FROM invoices WHERE created_at >= ?1 AND created_at < ?2 ORDER BY created_at";
const SETTLED_ONLY_IN: &str = "SELECT body FROM invoices \
     WHERE paid_at >= ?1 AND paid_at < ?2 AND NOT (created_at >= ?1 AND created_at < ?2) \
     ORDER BY paid_at";
pub(crate) const CREATED_BY_EVENTS: &str =
    "SELECT body FROM invoices WHERE created_seq > ?1 AND created_seq <= ?2 ORDER BY created_seq";
pub(crate) const SETTLED_BY_EVENTS: &str =
    "SELECT body FROM invoices WHERE settled_seq > ?1 AND settled_seq <= ?2 ORDER BY settled_seq";

/// Streams the invoices a query over `[from, to)` selects to `f`.
pub(crate) fn visit_rows(
    conn: &Connection,
    sql: &str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    f: impl FnMut(Invoice),
) -> Result<(), JournalError> {
    visit_with(
        conn,
        sql,
        [timestamp::format(&from), timestamp::format(&to)],
        f,
    )
}

/// Streams the invoices `sql` selects with `bounds` to `f`.
pub(crate) fn visit_with<P: rusqlite::ToSql>(
    conn: &Connection,
    sql: &str,
    bounds: [P; 2],
    mut f: impl FnMut(Invoice),
) -> Result<(), JournalError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(bounds))?;
    while let Some(row) = rows.next()? {
        f(decode(text(row)?)?);
    }
    Ok(())
}

/// Rows on their way from the reader thread: their bodies in one buffer, so
/// a batch is a couple of allocations, not one per row.
#[derive(Default)]
struct Batch {
    bodies: String,
    rows: Vec<(usize, InPeriod)>,
}

impl Batch {
    fn push(&mut self, body: &str, at: InPeriod) {
        self.bodies.push_str(body);
        self.rows.push((self.bodies.len(), at));
    }

    fn iter(&self) -> impl Iterator<Item = (&str, InPeriod)> {
        let mut start = 0;
        self.rows.iter().map(move |&(end, at)| {
            let body = &self.bodies[start..end];
            start = end;
            (body, at)
        })
    }
}

/// Where an invoice falls in a report's period: created in it, its money
/// settled in it, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InPeriod {
    pub created: bool,
    pub settled: bool,
}

fn text<'r>(row: &'r rusqlite::Row<'_>) -> Result<&'r str, JournalError> {
    row.get_ref(0)?
        .as_str()
        .map_err(|e| JournalError::Corrupt(e.to_string()))
}

/// A record the journal wrote (an invoice, a Z-report, a withdrawal) read
/// back; one that cannot be read is corrupt.
pub(crate) fn decode<T: serde::de::DeserializeOwned>(body: &str) -> Result<T, JournalError> {
    serde_json::from_str(body).map_err(|e| JournalError::Corrupt(e.to_string()))
}

/// The kinds of event that carry an invoice, as `kind_name` writes them.
pub const INVOICE_KINDS: [&str; 5] = ["intent", "created", "adopted", "updated", "failed"];

fn kind_name(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Intent => "intent",
        EventKind::Created => "created",
        EventKind::Adopted => "adopted",
        EventKind::Updated => "updated",
        EventKind::Failed => "failed",
    }
}

pub(crate) fn head(conn: &Connection) -> Result<(i64, String), JournalError> {
    Ok(conn
        .query_row(
            "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .unwrap_or_else(|| (0, chain::GENESIS.to_string())))
}

/// The JSON a record is journaled as.
pub(crate) fn encode<T: serde::Serialize>(value: &T) -> Result<String, JournalError> {
    serde_json::to_string(value).map_err(|e| JournalError::Corrupt(e.to_string()))
}

/// Writes one event and the invoice's derived row.
fn write_event(tx: &Tx<'_, '_>, kind: EventKind, invoice: &Invoice) -> Result<(), JournalError> {
    let body = encode(invoice)?;
    let (seq, _) = tx.append(kind_name(kind), &invoice.id, &body)?;
    let row = verify::DerivedRow::of(invoice, seq);
    tx.prepare_cached(
        "INSERT INTO invoices (id, provider, provider_ref, order_id, status, fiat, amount_fiat, currency, created_at, updated_at, last_seq, body, paid_at, cashier, created_seq, settled_seq)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?11, CASE WHEN ?13 IS NULL THEN NULL ELSE ?11 END)
         ON CONFLICT (id) DO UPDATE SET provider = excluded.provider, provider_ref = excluded.provider_ref,
           order_id = excluded.order_id, status = excluded.status, fiat = excluded.fiat,
           amount_fiat = excluded.amount_fiat, currency = excluded.currency, created_at = excluded.created_at,
           updated_at = excluded.updated_at, last_seq = excluded.last_seq, body = excluded.body,
           settled_seq = CASE WHEN excluded.paid_at IS invoices.paid_at THEN invoices.settled_seq
                              WHEN excluded.paid_at IS NULL THEN NULL ELSE excluded.last_seq END,
           paid_at = excluded.paid_at, cashier = excluded.cashier",
    )?
    .execute(params![
        row.id,
        row.provider,
        row.provider_ref,
        row.order_id,
        row.status,
        row.fiat,
        row.amount_fiat,
        row.currency,
        row.created_at,
        row.updated_at,
        row.last_seq,
        body,
        row.paid_at,
        row.cashier
    ])?;
    Ok(())
}

pub(crate) fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ConstraintViolation)
}

impl Ledger for Journal {
    fn append(&self, kind: EventKind, invoice: &Invoice) -> Result<(), LedgerError> {
        match self.write(|tx| write_event(tx, kind, invoice)) {
            Err(JournalError::Sqlite(e)) if is_unique_violation(&e) => {
                Err(LedgerError::DuplicateOrder(invoice.order_id.clone()))
            }
            other => Ok(other?),
        }
    }

    fn invoice(&self, id: &str) -> Result<Option<Invoice>, LedgerError> {
        let conn = self.conn();
        let body: Option<String> = conn
            .query_row("SELECT body FROM invoices WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()
            .map_err(JournalError::from)?;
        Ok(body.as_deref().map(decode).transpose()?)
    }

    fn live_by_order(&self, order_id: &str) -> Result<Option<Invoice>, LedgerError> {
        let conn = self.conn();
        let body: Option<String> = conn
            .query_row(
                "SELECT body FROM invoices WHERE order_id = ?1 AND status <> 'failed'",
                [order_id],
                |r| r.get(0),
            )
            .optional()
            .map_err(JournalError::from)?;
        Ok(body.as_deref().map(decode).transpose()?)
    }

    fn has_failed_attempt(&self, order_id: &str) -> Result<bool, LedgerError> {
        let conn = self.conn();
        let n: i64 = conn
            .query_row(
                "SELECT count(*) FROM invoices WHERE order_id = ?1 AND status = 'failed'",
                [order_id],
                |r| r.get(0),
            )
            .map_err(JournalError::from)?;
        Ok(n > 0)
    }

    fn open_invoices(&self) -> Result<Vec<Invoice>, LedgerError> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare_cached(
                "SELECT body FROM invoices WHERE status IN ('pending', 'confirming') ORDER BY created_at",
            )
            .map_err(JournalError::from)?;
        let bodies = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(JournalError::from)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(JournalError::from)?;
        Ok(bodies
            .iter()
            .map(|b| decode(b))
            .collect::<Result<Vec<_>, _>>()?)
    }

    fn watched(&self, closed_since: DateTime<Utc>) -> Result<Vec<Watched>, LedgerError> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare_cached(
                "SELECT id, last_seq FROM invoices WHERE status IN ('pending', 'confirming')
                 UNION ALL
                 SELECT id, last_seq FROM invoices
                  WHERE status IN ('underpaid', 'expired', 'cancelled')
                    AND updated_at >= ?1 AND provider_ref IS NOT NULL",
            )
            .map_err(JournalError::from)?;
        let rows = stmt
            .query_map([timestamp::format(&closed_since)], |r| {
                Ok(Watched {
                    id: r.get(0)?,
                    version: r.get(1)?,
                })
            })
            .map_err(JournalError::from)?;
        Ok(rows
            .collect::<Result<Vec<_>, _>>()
            .map_err(JournalError::from)?)
    }

    fn claim(&self, id: &str) -> Result<Claim, LedgerError> {
        self.claims.claim(id)
    }

    fn is_claimed(&self, id: &str) -> bool {
        self.claims.is_claimed(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().unwrap();
    }
}

//! HQ: a PostgreSQL database holding every till's hash chain, shipped by
//! the tills when they can. The database itself refuses a batch that does
//! not continue the chain it holds for that till (a trigger over each
//! insert), and nothing there is ever changed or removed; invoices,
//! withdrawals and Z-reports per till are derived by the code that ships,
//! in the transaction that adds the events. The owner's reports across
//! tills and shops read the derived invoices through indexes made for them.
//!
//! tokio-postgres (pure Rust, no libpq to install on a till) with a small
//! deadpool pool: the tills already run tokio, and one pool serves the
//! desktop's shipper and a report at the same time.

#[cfg(feature = "cluster")]
pub mod cluster;
mod compare;
mod export;
mod report;
mod ship;
mod target;

pub use compare::{Matched, Mismatch};
pub use export::ExportError;
pub use report::{Scope, TillRow};
pub use ship::{Shipped, BATCH};
pub use target::Target;

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Runtime};
use std::time::Duration;
use tokio_postgres::error::SqlState;

/// How long a connection may take before HQ counts as unreachable.
const CONNECT_WITHIN: Duration = Duration::from_secs(5);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HqError {
    #[error("{0}")]
    Setup(String),
    #[error("HQ cannot be reached ({0})")]
    Unreachable(String),
    /// HQ holds another history for this till than the one shipped: the
    /// local journal was rewritten, cut, or forked.
    #[error("HQ refused event {seq}: {message}")]
    Refused { seq: i64, message: String },
    #[error("HQ failed: {0}")]
    Database(String),
}

impl From<tokio_postgres::Error> for HqError {
    fn from(e: tokio_postgres::Error) -> Self {
        match e.as_db_error() {
            Some(db) if db.code() == &SqlState::RAISE_EXCEPTION && db.hint() == Some("chain") => {
                HqError::Refused {
                    seq: 0,
                    message: db.message().to_string(),
                }
            }
            Some(db) => HqError::Database(db.message().to_string()),
            None => HqError::Unreachable(one_line(&e)),
        }
    }
}

impl From<deadpool_postgres::PoolError> for HqError {
    fn from(e: deadpool_postgres::PoolError) -> Self {
        match e {
            deadpool_postgres::PoolError::Backend(e) => e.into(),
            other => HqError::Unreachable(one_line(&other)),
        }
    }
}

/// An error's whole chain of causes as one line, for a status or a log.
fn one_line(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        let next = c.to_string();
        if !text.contains(&next) {
            text.push_str(": ");
            text.push_str(&next);
        }
        cause = c.source();
    }
    text.replace(['\n', '\r'], " ")
}

/// The till shipping: its id, its name, its shop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TillInfo {
    pub id: String,
    pub name: String,
    pub shop: String,
}

/// The newest event HQ holds for a till.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub seq: i64,
    pub hash: String,
}

pub struct Hq {
    pool: Pool,
}

const MIGRATIONS: &[&str] = &[include_str!("migrations/001_chains.sql")];

impl Hq {
    /// A pool of connections to HQ; none is made until one is needed.
    pub fn new(target: &Target, password: Option<&str>) -> Result<Hq, HqError> {
        let mut cfg = tokio_postgres::Config::new();
        cfg.host(&target.host)
            .port(target.port)
            .user(&target.user)
            .dbname(&target.dbname)
            .application_name("counterpay")
            .connect_timeout(CONNECT_WITHIN);
        if let Some(p) = password {
            cfg.password(p);
        }
        let manager_config = ManagerConfig {
            recycling_method: RecyclingMethod::Fast,
        };
        let manager = if target.is_loopback() {
            Manager::from_config(cfg, tokio_postgres::NoTls, manager_config)
        } else {
            cfg.ssl_mode(tokio_postgres::config::SslMode::Require);
            let tls = native_tls::TlsConnector::new()
                .map_err(|e| HqError::Setup(format!("TLS cannot start: {e}")))?;
            Manager::from_config(
                cfg,
                postgres_native_tls::MakeTlsConnector::new(tls),
                manager_config,
            )
        };
        let pool = Pool::builder(manager)
            .max_size(4)
            .runtime(Runtime::Tokio1)
            .create_timeout(Some(CONNECT_WITHIN * 2))
            .wait_timeout(Some(CONNECT_WITHIN * 2))
            .build()
            .map_err(|e| HqError::Setup(e.to_string()))?;
        Ok(Hq { pool })
    }

    pub(crate) async fn client(&self) -> Result<deadpool_postgres::Object, HqError> {
        Ok(self.pool.get().await?)
    }

    /// Brings HQ's schema up to date; returns its version. Two tills doing
    /// it at once take turns.
    pub async fn migrate(&self) -> Result<usize, HqError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        tx.execute("SELECT pg_advisory_xact_lock(7357001)", &[])
            .await?;
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS hq_schema (
                 version    INTEGER PRIMARY KEY,
                 applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
        )
        .await?;
        let done: i32 = tx
            .query_one("SELECT coalesce(max(version), 0) FROM hq_schema", &[])
            .await?
            .get(0);
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(done.max(0) as usize) {
            tx.batch_execute(sql).await?;
            tx.execute(
                "INSERT INTO hq_schema (version) VALUES ($1)",
                &[&(i as i32 + 1)],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(MIGRATIONS.len())
    }

    /// Makes the till known to HQ (or renames it); returns the newest
    /// event HQ holds for it.
    pub async fn register(&self, till: &TillInfo) -> Result<Head, HqError> {
        let client = self.client().await?;
        let row = client
            .query_one(
                "INSERT INTO hq_tills (till_id, shop, name, head_hash) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (till_id) DO UPDATE SET shop = excluded.shop, name = excluded.name
                 RETURNING head_seq, head_hash",
                &[
                    &till.id,
                    &till.shop,
                    &till.name,
                    &counterpay_journal::GENESIS,
                ],
            )
            .await?;
        Ok(Head {
            seq: row.get(0),
            hash: row.get(1),
        })
    }

    /// Puts on record that HQ refused something of a till's, once: a till
    /// that keeps trying the same refused history raises no new alert.
    pub async fn alert(&self, till: &str, seq: Option<i64>, message: &str) -> Result<(), HqError> {
        let client = self.client().await?;
        client
            .execute(
                "INSERT INTO hq_alerts (till_id, seq, message)
                 SELECT $1, $2, $3 WHERE NOT EXISTS (
                     SELECT 1 FROM hq_alerts
                      WHERE till_id = $1 AND seq IS NOT DISTINCT FROM $2 AND message = $3)",
                &[&till, &seq, &message],
            )
            .await?;
        Ok(())
    }

    /// Alerts raised about a till, oldest first.
    pub async fn alerts(&self, till: &str) -> Result<Vec<String>, HqError> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT message FROM hq_alerts WHERE till_id = $1 ORDER BY id",
                &[&till],
            )
            .await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    /// The hashes HQ holds for a till's events after `after`, up to `limit`.
    pub async fn hashes_after(
        &self,
        till: &str,
        after: i64,
        limit: i64,
    ) -> Result<Vec<(i64, String)>, HqError> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT seq, hash FROM hq_events WHERE till_id = $1 AND seq > $2
                 ORDER BY seq LIMIT $3",
                &[&till, &after, &limit],
            )
            .await?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    /// The newest event HQ holds for a till, if it knows the till.
    pub async fn head(&self, till: &str) -> Result<Option<Head>, HqError> {
        let client = self.client().await?;
        let row = client
            .query_opt(
                "SELECT head_seq, head_hash FROM hq_tills WHERE till_id = $1",
                &[&till],
            )
            .await?;
        Ok(row.map(|r| Head {
            seq: r.get(0),
            hash: r.get(1),
        }))
    }
}

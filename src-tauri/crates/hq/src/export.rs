//! A period's invoices across tills as CSV, then its refunds: the same
//! rows a till exports.
//! Rows are turned into CSV on a thread of their own while the next ones
//! arrive from HQ, so a year across many tills costs about as long as
//! reading it.

use crate::{Hq, HqError, Scope};
use chrono::{DateTime, Utc};
use counterpay_core::export::CsvInvoices;
use futures_util::{pin_mut, TryStreamExt};
use std::io::Write;
use tokio_postgres::Row;

/// Invoices handed to the writing thread at a time.
const ROWS: usize = 2_000;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Hq(#[from] HqError),
    #[error("the export cannot be written: {0}")]
    Write(String),
}

impl Hq {
    /// Writes the invoices of the period in `scope` to `out` as CSV and
    /// says how many there were.
    pub async fn export_csv<W: Write + Send + 'static>(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        scope: &Scope,
        out: W,
    ) -> Result<u64, ExportError> {
        // A period's refunds are few: read, and read through, before the
        // invoices stream, so one that cannot be read writes no half file.
        let refunds = self.refunds(from, to, scope).await?;
        let (to_writer, mut rx) = tokio::sync::mpsc::channel::<Vec<Row>>(4);
        let writer = tokio::task::spawn_blocking(move || -> Result<u64, String> {
            let mut csv = CsvInvoices::new(out).map_err(|e| e.to_string())?;
            let mut rows = 0u64;
            while let Some(batch) = rx.blocking_recv() {
                for row in &batch {
                    let body: &str = row.try_get(1).map_err(|e| e.to_string())?;
                    csv.row_from_json(body).map_err(|e| e.to_string())?;
                    rows += 1;
                }
            }
            for (refund, invoice, _) in &refunds {
                csv.refund_row(refund, invoice).map_err(|e| e.to_string())?;
            }
            csv.finish().map_err(|e| e.to_string())?;
            Ok(rows)
        });
        // Every row goes to this one client: parallel workers would only
        // add a hop, and take the cores the export itself runs on.
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(HqError::from)?;
        tx.batch_execute("SET LOCAL max_parallel_workers_per_gather = 0")
            .await
            .map_err(HqError::from)?;
        let rows = crate::report::period_rows(&*tx, crate::report::PERIOD, from, to, scope).await?;
        pin_mut!(rows);
        let mut batch = Vec::with_capacity(ROWS);
        while let Some(row) = rows.try_next().await.map_err(HqError::from)? {
            batch.push(row);
            if batch.len() == ROWS {
                let full = std::mem::replace(&mut batch, Vec::with_capacity(ROWS));
                if to_writer.send(full).await.is_err() {
                    break;
                }
            }
        }
        if !batch.is_empty() {
            let _ = to_writer.send(batch).await;
        }
        drop(to_writer);
        writer
            .await
            .map_err(|e| ExportError::Write(e.to_string()))?
            .map_err(ExportError::Write)
    }
}

//! Reading HQ for the owner's reports across tills: the same rule as a
//! till's own report (invoices created in the period are counted, money
//! settled in it is added up), over every till, one shop or one till.

use crate::{Hq, HqError};
use chrono::{DateTime, Utc};
use counterpay_journal::{InPeriod, Refund};
use futures_util::{pin_mut, TryStreamExt};
use serde::Serialize;
use tokio_postgres::{GenericClient, RowStream};

/// Which tills a report covers: all of them, one shop's, or one till
/// (by id or by name).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    pub shop: Option<String>,
    pub till: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TillRow {
    pub till: String,
    pub name: String,
    pub shop: String,
}

/// Created in the period (noting whether also settled in it), then settled
/// in it but created before or after it; each in the scope (the shop as
/// the row has it: the shop the sale was made in). The last two
/// are apart so that both their conditions are on `hq_invoices_by_paid`'s
/// columns, and rows created in the period are passed over in the index.
pub(crate) const PERIOD: &str = "
    SELECT i.till_id, i.body, true, coalesce(i.paid_at >= $1 AND i.paid_at < $2, false), i.shop
      FROM hq_invoices i
     WHERE i.created_at >= $1 AND i.created_at < $2
       AND ($3::text IS NULL OR i.shop = $3)
       AND ($4::text IS NULL OR i.till_id = $4 OR i.till_id IN (SELECT till_id FROM hq_tills WHERE name = $4))
    UNION ALL
    SELECT i.till_id, i.body, false, true, i.shop
      FROM hq_invoices i
     WHERE i.paid_at >= $1 AND i.paid_at < $2 AND i.created_at < $1
       AND ($3::text IS NULL OR i.shop = $3)
       AND ($4::text IS NULL OR i.till_id = $4 OR i.till_id IN (SELECT till_id FROM hq_tills WHERE name = $4))
    UNION ALL
    SELECT i.till_id, i.body, false, true, i.shop
      FROM hq_invoices i
     WHERE i.paid_at >= $1 AND i.paid_at < $2 AND i.created_at >= $2
       AND ($3::text IS NULL OR i.shop = $3)
       AND ($4::text IS NULL OR i.till_id = $4 OR i.till_id IN (SELECT till_id FROM hq_tills WHERE name = $4))";

/// Refunds (failed ones aside) sent in the period, each with its invoice
/// and what was refunded of that invoice before it, in the scope.
pub(crate) const REFUNDS: &str = "
    SELECT r.till_id, r.body, r.invoice, r.prior::text FROM (
        SELECT w.till_id, w.id, w.body, i.body AS invoice, i.shop,
               (w.body::jsonb->>'created_at')::timestamptz AS sent,
               coalesce(sum((w.body::jsonb->>'amount')::numeric) OVER (
                   PARTITION BY w.till_id, w.body::jsonb->>'refund_of'
                   ORDER BY (w.body::jsonb->>'created_at')::timestamptz, w.id
                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS prior
          FROM hq_withdrawals w
          JOIN hq_invoices i ON i.till_id = w.till_id AND i.id = w.body::jsonb->>'refund_of'
         WHERE w.status <> 'failed'
           -- Only invoices with a refund in the period: their earlier
           -- refunds are needed for `prior`, no other's are.
           AND (w.till_id, w.body::jsonb->>'refund_of') IN (
               SELECT till_id, body::jsonb->>'refund_of' FROM hq_withdrawals
                WHERE status <> 'failed' AND body::jsonb ? 'refund_of'
                  AND (body::jsonb->>'created_at')::timestamptz >= $1
                  AND (body::jsonb->>'created_at')::timestamptz < $2)
    ) r
     WHERE r.sent >= $1 AND r.sent < $2
       AND ($3::text IS NULL OR r.shop = $3)
       AND ($4::text IS NULL OR r.till_id = $4 OR r.till_id IN (SELECT till_id FROM hq_tills WHERE name = $4))
     ORDER BY r.sent, r.till_id, r.id";

/// The rows `query` (`PERIOD` or `REFUNDS`) gives for a period in a scope.
pub(crate) async fn period_rows(
    client: &impl GenericClient,
    query: &str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    scope: &Scope,
) -> Result<RowStream, HqError> {
    let params: [&(dyn tokio_postgres::types::ToSql + Sync); 4] =
        [&from, &to, &scope.shop, &scope.till];
    Ok(client.query_raw(query, params).await?)
}

impl Hq {
    /// Every refund a period's report counts, in the order they were sent,
    /// each with its invoice and what was refunded of that invoice before
    /// it: as a till's journal gives them (`refunds_between`).
    pub async fn refunds(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        scope: &Scope,
    ) -> Result<Vec<Refund>, HqError> {
        let client = self.client().await?;
        let rows = period_rows(&**client, REFUNDS, from, to, scope).await?;
        pin_mut!(rows);
        let mut refunds = Vec::new();
        let unreadable =
            |e: String| HqError::Database(format!("HQ holds a refund that cannot be read: {e}"));
        while let Some(row) = rows.try_next().await? {
            let refund: counterpay_core::payout::Withdrawal =
                serde_json::from_str(row.get(1)).map_err(|e| unreadable(e.to_string()))?;
            let invoice: counterpay_core::Invoice =
                serde_json::from_str(row.get(2)).map_err(|e| unreadable(e.to_string()))?;
            let prior = row
                .get::<_, &str>(3)
                .parse()
                .map_err(|e: rust_decimal::Error| unreadable(e.to_string()))?;
            refunds.push((refund, invoice, prior));
        }
        Ok(refunds)
    }

    /// Every till HQ knows, with its name and shop.
    pub async fn tills(&self) -> Result<Vec<TillRow>, HqError> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT till_id, name, shop FROM hq_tills ORDER BY shop, name, till_id",
                &[],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|r| TillRow {
                till: r.get(0),
                name: r.get(1),
                shop: r.get(2),
            })
            .collect())
    }

    /// Streams every invoice a period's report covers, each once, as the
    /// JSON the till journaled, with its till, its shop and where it falls.
    pub async fn visit_period(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        scope: &Scope,
        mut f: impl FnMut(&str, &str, &str, InPeriod),
    ) -> Result<(), HqError> {
        let client = self.client().await?;
        let rows = period_rows(&**client, PERIOD, from, to, scope).await?;
        pin_mut!(rows);
        while let Some(row) = rows.try_next().await? {
            f(
                row.get(0),
                row.get(4),
                row.get(1),
                InPeriod {
                    created: row.get(2),
                    settled: row.get(3),
                },
            );
        }
        Ok(())
    }
}

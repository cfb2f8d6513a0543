//! One batch of a till's events into HQ, in one transaction: the events
//! (which the database checks continue the till's chain), and the
//! invoices, withdrawals and Z-reports they change. Events HQ already
//! holds are left out, when their hashes match; when they do not, the
//! till's history was rewritten or forked and the batch is refused.

use crate::{Head, Hq, HqError, TillInfo};
use counterpay_journal::{RawEvent, INVOICE_KINDS, SHIFT_CLOSED, WITHDRAWAL};
use serde::Deserialize;
use std::collections::HashMap;

/// Events a till ships per batch, each batch one transaction at HQ: big
/// enough that a round trip is not paid per event, small enough that a
/// batch lost to a dropped connection is quickly sent again.
pub const BATCH: usize = 500;

/// What one batch did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shipped {
    /// Events HQ did not hold before.
    pub added: usize,
    pub head: Head,
}

/// The fields of an invoice HQ indexes, read from its JSON as stored.
#[derive(Deserialize)]
struct InvoiceFields {
    id: String,
    status: String,
    fiat: String,
    amount_fiat: String,
    currency: String,
    created_at: String,
    #[serde(default)]
    paid_at: Option<String>,
}

#[derive(Deserialize)]
struct WithdrawalFields {
    id: String,
    status: String,
}

#[derive(Deserialize)]
struct ZReportFields {
    number: i64,
    closed_at: String,
}

fn unreadable(e: &RawEvent, why: impl std::fmt::Display) -> HqError {
    HqError::Refused {
        seq: e.seq,
        message: format!("event {} of kind {} cannot be read: {why}", e.seq, e.kind),
    }
}

impl Hq {
    /// Ships `events` (in order, each following the one before) for `till`.
    pub async fn ship(&self, till: &TillInfo, events: &[RawEvent]) -> Result<Shipped, HqError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let row = tx
            .query_one(
                "SELECT head_seq, head_hash FROM hq_tills WHERE till_id = $1 FOR UPDATE",
                &[&till.id],
            )
            .await?;
        let held = Head {
            seq: row.get(0),
            hash: row.get(1),
        };
        let (known, new): (Vec<&RawEvent>, Vec<&RawEvent>) =
            events.iter().partition(|e| e.seq <= held.seq);
        if !known.is_empty() {
            let seqs: Vec<i64> = known.iter().map(|e| e.seq).collect();
            let rows = tx
                .query(
                    "SELECT seq, hash FROM hq_events WHERE till_id = $1 AND seq = ANY($2)",
                    &[&till.id, &seqs],
                )
                .await?;
            let theirs: HashMap<i64, String> = rows.iter().map(|r| (r.get(0), r.get(1))).collect();
            if let Some(e) = known.iter().find(|e| theirs.get(&e.seq) != Some(&e.hash)) {
                return Err(HqError::Refused {
                    seq: e.seq,
                    message: format!(
                        "HQ holds another event {} for this till: the local journal was rewritten or forked",
                        e.seq
                    ),
                });
            }
        }
        if new.is_empty() {
            tx.commit().await?;
            return Ok(Shipped {
                added: 0,
                head: held,
            });
        }
        insert_events(&tx, till, &new).await?;
        derive(&tx, till, &new).await?;
        let last = new[new.len() - 1];
        tx.commit().await?;
        Ok(Shipped {
            added: new.len(),
            head: Head {
                seq: last.seq,
                hash: last.hash.clone(),
            },
        })
    }
}

async fn insert_events(
    tx: &deadpool_postgres::Transaction<'_>,
    till: &TillInfo,
    new: &[&RawEvent],
) -> Result<(), HqError> {
    let col = |f: fn(&RawEvent) -> String| new.iter().map(|e| f(e)).collect::<Vec<String>>();
    let seqs: Vec<i64> = new.iter().map(|e| e.seq).collect();
    let result = tx
        .execute(
            "INSERT INTO hq_events (till_id, seq, at, kind, subject, body, prev_hash, hash, shop, till_name)
             SELECT $1, s, a, k, j, b, p, h, $2, $3
             FROM UNNEST($4::bigint[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
                  AS e(s, a, k, j, b, p, h)
             ORDER BY s",
            &[
                &till.id,
                &till.shop,
                &till.name,
                &seqs,
                &col(|e| e.at.clone()),
                &col(|e| e.kind.clone()),
                &col(|e| e.subject.clone()),
                &col(|e| e.body.clone()),
                &col(|e| e.prev_hash.clone()),
                &col(|e| e.hash.clone()),
            ],
        )
        .await;
    match result {
        Ok(_) => Ok(()),
        Err(e) => Err(match HqError::from(e) {
            HqError::Refused { message, .. } => HqError::Refused {
                seq: new[0].seq,
                message,
            },
            other => other,
        }),
    }
}

/// The invoices, withdrawals and Z-reports the batch changes, each at its
/// last state in the batch.
async fn derive(
    tx: &deadpool_postgres::Transaction<'_>,
    till: &TillInfo,
    new: &[&RawEvent],
) -> Result<(), HqError> {
    let mut invoices: HashMap<String, (&RawEvent, InvoiceFields)> = HashMap::new();
    let mut withdrawals: HashMap<String, (&RawEvent, WithdrawalFields)> = HashMap::new();
    let mut zreports = Vec::new();
    for e in new {
        if INVOICE_KINDS.contains(&e.kind.as_str()) {
            let f: InvoiceFields = serde_json::from_str(&e.body).map_err(|x| unreadable(e, x))?;
            invoices.insert(f.id.clone(), (e, f));
        } else if e.kind == WITHDRAWAL {
            let f: WithdrawalFields =
                serde_json::from_str(&e.body).map_err(|x| unreadable(e, x))?;
            withdrawals.insert(f.id.clone(), (e, f));
        } else if e.kind == SHIFT_CLOSED {
            let f: ZReportFields = serde_json::from_str(&e.body).map_err(|x| unreadable(e, x))?;
            zreports.push((e, f));
        }
    }
    if !invoices.is_empty() {
        let rows: Vec<&(&RawEvent, InvoiceFields)> = invoices.values().collect();
        let text = |f: fn(&(&RawEvent, InvoiceFields)) -> String| {
            rows.iter().map(|r| f(r)).collect::<Vec<String>>()
        };
        let paid: Vec<Option<String>> = rows.iter().map(|(_, f)| f.paid_at.clone()).collect();
        let seqs: Vec<i64> = rows.iter().map(|(e, _)| e.seq).collect();
        tx.execute(
            "INSERT INTO hq_invoices (till_id, shop, id, status, fiat, amount_fiat, currency, created_at,
                                      paid_at, last_seq, body)
             SELECT $1, $2, i, st, fi, am::numeric, cu, ca::timestamptz, pa::timestamptz, sq, b
             FROM UNNEST($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                         $9::text[], $10::bigint[], $11::text[]) AS r(i, st, fi, am, cu, ca, pa, sq, b)
             ON CONFLICT (till_id, id) DO UPDATE SET shop = excluded.shop, status = excluded.status,
                 fiat = excluded.fiat, amount_fiat = excluded.amount_fiat, currency = excluded.currency,
                 created_at = excluded.created_at, paid_at = excluded.paid_at,
                 last_seq = excluded.last_seq, body = excluded.body",
            &[
                &till.id,
                &till.shop,
                &text(|(_, f)| f.id.clone()),
                &text(|(_, f)| f.status.clone()),
                &text(|(_, f)| f.fiat.clone()),
                &text(|(_, f)| f.amount_fiat.clone()),
                &text(|(_, f)| f.currency.clone()),
                &text(|(_, f)| f.created_at.clone()),
                &paid,
                &seqs,
                &text(|(e, _)| e.body.clone()),
            ],
        )
        .await?;
    }
    for (e, f) in withdrawals.values() {
        tx.execute(
            "INSERT INTO hq_withdrawals (till_id, id, status, last_seq, body) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (till_id, id) DO UPDATE SET status = excluded.status,
                 last_seq = excluded.last_seq, body = excluded.body",
            &[&till.id, &f.id, &f.status, &e.seq, &e.body],
        )
        .await?;
    }
    for (e, f) in &zreports {
        tx.execute(
            "INSERT INTO hq_zreports (till_id, number, closed_at, body)
             VALUES ($1, $2, $3::text::timestamptz, $4) ON CONFLICT DO NOTHING",
            &[&till.id, &f.number, &f.closed_at, &e.body],
        )
        .await?;
    }
    Ok(())
}

//! Each invoice row checked against its events during the walk over the
//! chain: an invoice's events are replayed as they come up, and its row is
//! compared when its last event does. Only invoices with events still to
//! come are held, so memory stays small however long the journal is.

use super::VerifyError;
use crate::INVOICE_KINDS;
use chrono::{DateTime, Utc};
use counterpay_core::invoice::timestamp;
use counterpay_core::Invoice;
use rusqlite::{Connection, OptionalExtension, Row};
use std::borrow::Cow;
use std::collections::HashMap;

/// The kinds of invoice event, as a list for SQL's `IN`.
pub(super) fn kinds_sql() -> String {
    INVOICE_KINDS.map(|k| format!("'{k}'")).join(", ")
}

/// The columns of an invoice row `i` the walk's query brings beside each
/// of its events `e`: `last_seq`, the text columns in `DerivedRow::texts`
/// order, whether the row's body is the event's (compared where both lie,
/// rather than copied out), then `created_seq` and `settled_seq`.
pub(super) const ROW_COLUMNS: &str = "i.last_seq, i.provider, i.provider_ref, i.order_id, \
    i.status, i.fiat, i.amount_fiat, i.currency, i.created_at, i.updated_at, \
    i.paid_at, i.cashier, i.body IS e.body, i.created_seq, i.settled_seq";

/// The derived row of an invoice, exactly as the journal writes it beside
/// the body of its last event.
pub(crate) struct DerivedRow<'a> {
    pub id: &'a str,
    pub provider: &'a str,
    pub provider_ref: Option<&'a str>,
    pub order_id: &'a str,
    pub status: &'static str,
    pub fiat: &'a str,
    pub amount_fiat: String,
    pub currency: &'a str,
    pub created_at: String,
    pub updated_at: String,
    pub last_seq: i64,
    pub paid_at: Option<String>,
    pub cashier: Option<&'a str>,
}

impl<'a> DerivedRow<'a> {
    pub fn of(inv: &'a Invoice, last_seq: i64) -> Self {
        DerivedRow {
            id: &inv.id,
            provider: &inv.provider,
            provider_ref: inv.provider_ref.as_deref(),
            order_id: &inv.order_id,
            status: inv.status.as_str(),
            fiat: &inv.fiat,
            amount_fiat: inv.amount_fiat.to_string(),
            currency: &inv.currency,
            created_at: timestamp::format(&inv.created_at),
            updated_at: timestamp::format(&inv.updated_at),
            last_seq,
            paid_at: inv.paid_at.map(|t| timestamp::format(&t)),
            cashier: inv.cashier.as_deref(),
        }
    }

    /// The text columns by name, in `ROW_COLUMNS` order.
    fn texts(&self) -> [(&'static str, Option<&str>); 11] {
        [
            ("provider", Some(self.provider)),
            ("provider_ref", self.provider_ref),
            ("order_id", Some(self.order_id)),
            ("status", Some(self.status)),
            ("fiat", Some(self.fiat)),
            ("amount_fiat", Some(&self.amount_fiat)),
            ("currency", Some(self.currency)),
            ("created_at", Some(&self.created_at)),
            ("updated_at", Some(&self.updated_at)),
            ("paid_at", self.paid_at.as_deref()),
            ("cashier", self.cashier),
        ]
    }
}

/// What the walk reads of an invoice event that is not its invoice's last:
/// parsing every body in full would double the cost of `journal verify`.
#[derive(serde::Deserialize)]
struct Named<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(default, with = "timestamp::option")]
    paid_at: Option<DateTime<Utc>>,
}

/// An invoice's events replayed the way the journal derives its row: its
/// first event, and the event from which it has been paid (the last change
/// of `paid_at` to what it is now).
#[derive(Debug, Default, Clone)]
struct Replay {
    created_seq: Option<i64>,
    settled_seq: Option<i64>,
    paid_at: Option<DateTime<Utc>>,
}

impl Replay {
    fn push(&mut self, seq: i64, paid_at: Option<DateTime<Utc>>) {
        self.created_seq.get_or_insert(seq);
        if paid_at != self.paid_at {
            self.settled_seq = paid_at.is_some().then_some(seq);
            self.paid_at = paid_at;
        }
    }

    /// The problem when the row's `created_seq` and `settled_seq` are not
    /// what the events say.
    fn differs_from(&self, created_seq: Option<i64>, settled_seq: Option<i64>) -> Option<String> {
        (created_seq != self.created_seq || settled_seq != self.settled_seq).then(|| {
            format!(
                "the events it is counted under were changed (created at event {created_seq:?}, settled at {settled_seq:?})"
            )
        })
    }
}

/// The events of an invoice that began in an earlier part of the walk,
/// kept as they are until the parts are joined and its replay so far is
/// known; with the row's seqs when its last event was in this part.
#[derive(Debug, Default)]
struct Carried {
    events: Vec<(i64, Option<DateTime<Utc>>)>,
    row: Option<(Option<i64>, Option<i64>)>,
}

/// The invoice check over one part of the walk, events `from` on.
pub(super) struct Invoices {
    from: i64,
    /// Invoices that began in this part and have events still to come.
    open: HashMap<String, Replay>,
    /// Invoices whose row says they began before this part.
    carried: HashMap<String, Carried>,
    checked: u64,
    /// The first invoice found wrong. The walk goes on, so that a broken
    /// chain further on is named first: it is the cause, the row its effect.
    problem: Option<VerifyError>,
}

impl Invoices {
    pub(super) fn new(from: i64) -> Self {
        Invoices {
            from,
            open: HashMap::new(),
            carried: HashMap::new(),
            checked: 0,
            problem: None,
        }
    }

    /// Event `seq` of invoice `subject`, with `ROW_COLUMNS` from `col` on.
    /// A body that cannot be read or carries another invoice is the
    /// event's fault and returned; a row that does not fit its events is
    /// kept for `finish`.
    pub(super) fn event(
        &mut self,
        seq: i64,
        subject: &str,
        body: &[u8],
        r: &Row<'_>,
        col: usize,
    ) -> Result<(), VerifyError> {
        let unreadable = |e: serde_json::Error| VerifyError::Event {
            seq,
            problem: format!("cannot be read: {e}"),
        };
        let last_seq: Option<i64> = r.get(col)?;
        let (id, paid_at, last) = if last_seq == Some(seq) {
            let inv: Invoice = serde_json::from_slice(body).map_err(unreadable)?;
            (Cow::Owned(inv.id.clone()), inv.paid_at, Some(inv))
        } else {
            let named: Named = serde_json::from_slice(body).map_err(unreadable)?;
            (named.id, named.paid_at, None)
        };
        if id != subject {
            return Err(VerifyError::Event {
                seq,
                problem: format!("names invoice {subject} but carries invoice {id}"),
            });
        }
        if self.problem.is_none() {
            if let Err(problem) = self.check(seq, subject, paid_at, last, r, col)? {
                self.problem = Some(VerifyError::Invoice {
                    id: subject.into(),
                    problem,
                });
            }
        }
        Ok(())
    }

    /// `last` is the invoice in full when this is its last event.
    fn check(
        &mut self,
        seq: i64,
        id: &str,
        paid_at: Option<DateTime<Utc>>,
        last: Option<Invoice>,
        r: &Row<'_>,
        col: usize,
    ) -> rusqlite::Result<Result<(), String>> {
        let Some(last_seq) = r.get::<_, Option<i64>>(col)? else {
            return Ok(Err(
                "has events but its current-state row was deleted".into()
            ));
        };
        let (created_seq, settled_seq): (Option<i64>, Option<i64>) =
            (r.get(col + 13)?, r.get(col + 14)?);
        if seq > last_seq {
            return Ok(Err(format!(
                "its current state differs from its events in last_seq (it stops at event {last_seq}, its events go on to {seq})"
            )));
        }
        if created_seq.is_some_and(|c| c < self.from) {
            let carried = self.carried.entry(id.into()).or_default();
            carried.events.push((seq, paid_at));
            if last.is_some() {
                carried.row = Some((created_seq, settled_seq));
            }
        } else {
            let mut replay = self.open.remove(id).unwrap_or_default();
            replay.push(seq, paid_at);
            if last.is_none() {
                self.open.insert(id.into(), replay);
            } else if let Some(problem) = replay.differs_from(created_seq, settled_seq) {
                return Ok(Err(problem));
            }
        }
        let Some(invoice) = last else {
            return Ok(Ok(()));
        };
        let expected = DerivedRow::of(&invoice, seq);
        let mut differing = Vec::new();
        for (i, (name, want)) in expected.texts().into_iter().enumerate() {
            let stored = r.get_ref(col + 1 + i)?.as_bytes_or_null().ok().flatten();
            if stored != want.map(str::as_bytes) {
                differing.push(name);
            }
        }
        if !r.get::<_, bool>(col + 12)? {
            differing.push("body");
        }
        if !differing.is_empty() {
            return Ok(Err(format!(
                "its current state differs from its events in {}",
                differing.join(", ")
            )));
        }
        self.checked += 1;
        Ok(Ok(()))
    }

    /// Joins the parts' checks, in order: each invoice carried into a part
    /// continues the replay of the parts before, and none is left waiting
    /// for its last event. Then every row must have been reached by its
    /// last event.
    pub(super) fn finish(parts: Vec<Invoices>, conn: &Connection) -> Result<u64, VerifyError> {
        let mut waiting: HashMap<String, Replay> = HashMap::new();
        let mut checked = 0;
        for part in parts {
            if let Some(problem) = part.problem {
                return Err(problem);
            }
            checked += part.checked;
            let mut carried: Vec<_> = part.carried.into_iter().collect();
            carried.sort_by_key(|(_, c)| c.events.first().map(|e| e.0));
            for (id, c) in carried {
                let fail = |problem: String| VerifyError::Invoice {
                    id: id.clone(),
                    problem,
                };
                let Some(mut replay) = waiting.remove(&id) else {
                    let first = c.events.first().map(|e| e.0);
                    return Err(fail(format!(
                        "the events it is counted under were changed (its row says it was created before event {first:?}, its events do not)"
                    )));
                };
                for (seq, paid_at) in c.events {
                    replay.push(seq, paid_at);
                }
                match c.row {
                    Some((created, settled)) => {
                        if let Some(problem) = replay.differs_from(created, settled) {
                            return Err(fail(problem));
                        }
                    }
                    None => {
                        waiting.insert(id, replay);
                    }
                }
            }
            for (id, replay) in part.open {
                if waiting.insert(id.clone(), replay).is_some() {
                    return Err(VerifyError::Invoice {
                        id,
                        problem: "the events it is counted under were changed (its row says it was created later than it was)".into(),
                    });
                }
            }
        }
        if let Some(id) = waiting.keys().min() {
            return Err(VerifyError::Invoice {
                id: id.clone(),
                problem: "its current state is ahead of its events: its last event is missing"
                    .into(),
            });
        }
        let rows: u64 = conn.query_row("SELECT count(*) FROM invoices", [], |r| r.get(0))?;
        if rows == checked {
            return Ok(rows);
        }
        let bare: Option<String> = conn
            .query_row(
                &format!(
                    "SELECT id FROM invoices i WHERE NOT EXISTS
                       (SELECT 1 FROM events e WHERE e.invoice_id = i.id AND e.kind IN ({kinds}))
                     ORDER BY id LIMIT 1",
                    kinds = kinds_sql()
                ),
                [],
                |r| r.get(0),
            )
            .optional()?;
        Err(VerifyError::Invoice {
            id: bare.unwrap_or_default(),
            problem: "has no events behind it".into(),
        })
    }
}

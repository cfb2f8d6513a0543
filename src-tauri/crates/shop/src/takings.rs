//! The owner's view of what the shop took over whole local days: the
//! summary, the exceptions to look at, takings by hour for the chart, and
//! the exports. The CLI and the takings screen share it.

use crate::shop::Shop;
use chrono::{DateTime, NaiveDate, Timelike, Utc};
use counterpay_core::export::CsvInvoices;
use counterpay_core::invoice::timestamp;
use counterpay_core::report::{Exception, Summary};
use counterpay_core::said::{arg, Said};
use counterpay_core::TillZone;
use counterpay_core::{Invoice, Status};
use counterpay_journal::{InPeriod, JournalError};
use rust_decimal::Decimal;
use serde::Serialize;
use std::io::Write;

/// The longest range one report covers; a longer one is most likely a
/// typo in a year.
pub const MAX_DAYS: i64 = 366;

#[derive(Debug, thiserror::Error)]
pub enum TakingsError {
    #[error("\"{0}\" is not a date: use YYYY-MM-DD, like 2026-11-22")]
    NotADate(String),
    #[error("the range starts ({0}) after it ends ({1})")]
    Backwards(NaiveDate, NaiveDate),
    #[error("a report covers at most {MAX_DAYS} days; pick a shorter range")]
    TooLong,
    #[error("that date is out of range")]
    OutOfRange,
    #[error(transparent)]
    Journal(#[from] JournalError),
    #[error("the export cannot be written: {0}")]
    Write(String),
}

impl TakingsError {
    pub fn code(&self) -> &'static str {
        match self {
            TakingsError::Journal(_) => "journal",
            TakingsError::Write(_) => "write",
            _ => "invalid",
        }
    }

    /// The same words for the screens' catalogue.
    pub fn said(&self) -> Said {
        let (id, args) = match self {
            TakingsError::Journal(j) => return Said::detail("error-storage", j),
            TakingsError::Write(detail) => ("error-export-write", vec![("detail", arg(detail))]),
            TakingsError::NotADate(text) => ("error-not-a-date", vec![("text", arg(text))]),
            TakingsError::Backwards(..) => ("error-range-backwards", vec![]),
            TakingsError::TooLong => ("error-range-long", vec![("max", arg(&MAX_DAYS))]),
            TakingsError::OutOfRange => ("error-date-out-of-range", vec![]),
        };
        Said::new(id, self.to_string(), args)
    }
}

/// Whole days of the till's calendar, first to last inclusive, as UTC
/// bounds `[from, to)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Days {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    /// The till's time zone the days are in.
    pub zone: TillZone,
}

impl Days {
    pub fn today(zone: TillZone) -> Result<Days, TakingsError> {
        let today = zone.today();
        Days::new(zone, today, today)
    }

    /// A range typed by a person: `YYYY-MM-DD` each; no `first` means
    /// today, no `last` means the same day as `first`.
    pub fn parse(
        zone: TillZone,
        first: Option<&str>,
        last: Option<&str>,
    ) -> Result<Days, TakingsError> {
        let date = |d: &str| {
            NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
                .map_err(|_| TakingsError::NotADate(d.to_string()))
        };
        let first = match first.filter(|d| !d.trim().is_empty()) {
            Some(d) => date(d)?,
            None => zone.today(),
        };
        let last = match last.filter(|d| !d.trim().is_empty()) {
            Some(d) => date(d)?,
            None => first,
        };
        Days::new(zone, first, last)
    }

    pub fn new(zone: TillZone, first: NaiveDate, last: NaiveDate) -> Result<Days, TakingsError> {
        if first > last {
            return Err(TakingsError::Backwards(first, last));
        }
        if (last - first).num_days() >= MAX_DAYS {
            return Err(TakingsError::TooLong);
        }
        let (from, _) = zone.day(first).ok_or(TakingsError::OutOfRange)?;
        let (_, to) = zone.day(last).ok_or(TakingsError::OutOfRange)?;
        Ok(Days {
            first,
            last,
            from,
            to,
            zone,
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Takings {
    pub first: NaiveDate,
    pub last: NaiveDate,
    #[serde(with = "timestamp")]
    pub from: DateTime<Utc>,
    #[serde(with = "timestamp")]
    pub to: DateTime<Utc>,
    #[serde(flatten)]
    pub summary: Summary,
    pub exceptions: Vec<Exception>,
    /// The fiat the hourly figures are in: the shop's own.
    pub chart_fiat: String,
    /// Paid `chart_fiat` by local hour of the day the money arrived, 0–23,
    /// summed over every day of the range.
    pub hourly: Vec<Decimal>,
}

/// Takings being added up, one invoice at a time, wherever the invoices
/// come from (this till's journal, or HQ's copy of every till's).
pub struct Tally {
    summary: Summary,
    exceptions: Vec<Exception>,
    hourly: Vec<Decimal>,
    chart_fiat: String,
    /// Whose hours the chart counts in.
    zone: TillZone,
}

impl Tally {
    pub fn new(chart_fiat: &str, zone: TillZone) -> Tally {
        Tally {
            summary: Summary::default(),
            exceptions: Vec::new(),
            hourly: vec![Decimal::ZERO; 24],
            chart_fiat: chart_fiat.to_string(),
            zone,
        }
    }

    /// A refund sent in the period, of `crypto` from `inv`, after `prior`
    /// refunded of it before.
    pub fn add_refund(&mut self, inv: &Invoice, crypto: Decimal, prior: Decimal) {
        self.summary.add_refund(inv, crypto, prior);
    }

    /// An invoice the period covers: counted when created in it, its money
    /// added up when settled in it.
    pub fn add(&mut self, inv: &Invoice, at: InPeriod) {
        if at.created {
            self.summary.add_created(inv);
        }
        if at.settled {
            self.summary.add_settled(inv);
            if inv.status == Status::Paid && inv.fiat == self.chart_fiat {
                let paid = inv.paid_at.unwrap_or(inv.updated_at);
                let hour = &mut self.hourly[self.zone.wall(paid).hour() as usize];
                *hour = hour.checked_add(inv.sales_amount()).unwrap_or(*hour);
            }
        }
        if let Some(e) = Exception::of(inv) {
            self.exceptions.push(e);
        }
    }

    pub fn finish(self, days: Days) -> Takings {
        Takings {
            first: days.first,
            last: days.last,
            from: days.from,
            to: days.to,
            summary: self.summary.with_every_status(),
            exceptions: self.exceptions,
            chart_fiat: self.chart_fiat,
            hourly: self.hourly,
        }
    }
}

impl Shop {
    /// The fiat the takings chart is drawn in: the shop's own.
    pub(crate) fn chart_fiat(&self) -> String {
        self.settings()
            .map(|s| s.fiat.code().to_string())
            .unwrap_or_else(|_| "USD".into())
    }

    /// The takings of whole local days: invoices created in them are
    /// counted, money settled in them is added up, so a payment that
    /// arrives after its invoice expired counts on the day it arrived.
    pub fn takings(&self, days: Days) -> Result<Takings, TakingsError> {
        let mut tally = Tally::new(&self.chart_fiat(), days.zone);
        self.journal
            .visit_period(days.from, days.to, |inv, at| tally.add(&inv, at))?;
        for (w, inv, prior) in self.journal.refunds_between(days.from, days.to)? {
            tally.add_refund(&inv, w.amount, prior);
        }
        Ok(tally.finish(days))
    }

    /// Every invoice a range's report covers, each once.
    pub fn report_rows(&self, days: Days, mut f: impl FnMut(Invoice)) -> Result<(), JournalError> {
        self.journal
            .visit_period(days.from, days.to, |inv, _| f(inv))
    }

    /// The CSV of a range: its invoices, then its refunds; returns how
    /// many rows were written.
    /// Written from the invoices as stored, without decoding each: a
    /// year's CSV is a million rows.
    pub fn export_csv<W: Write>(&self, days: Days, out: W) -> Result<u64, TakingsError> {
        let write = |e: &dyn std::fmt::Display| TakingsError::Write(e.to_string());
        let mut writer = CsvInvoices::new(out).map_err(|e| write(&e))?;
        let (mut rows, mut failed) = (0u64, None);
        self.journal
            .visit_period_json(days.from, days.to, |body, _| {
                match writer.row_from_json(body) {
                    Ok(()) => rows += 1,
                    Err(e) => failed = Some(e),
                }
                failed.is_none()
            })?;
        if let Some(e) = failed {
            return Err(write(&e));
        }
        for (w, inv, _) in self.journal.refunds_between(days.from, days.to)? {
            writer.refund_row(&w, &inv).map_err(|e| write(&e))?;
            rows += 1;
        }
        writer.finish().map_err(|e| write(&e))?;
        Ok(rows)
    }

    /// The CSV of a closed shift's invoices.
    pub fn export_shift_csv<W: Write>(&self, number: u64, out: W) -> Result<u64, TakingsError> {
        let refunds = self.journal.shift_refunds(number)?.unwrap_or_default();
        write_csv(out, &refunds, |f| {
            self.journal.shift_invoices(number, f).map(|_| ())
        })
    }

    /// The JSON export of a range: the takings and every invoice behind them.
    pub fn export_json<W: Write>(&self, days: Days, out: W) -> Result<u64, TakingsError> {
        let takings = self.takings(days)?;
        let mut invoices = Vec::new();
        self.report_rows(days, |inv| invoices.push(inv))?;
        let n = invoices.len() as u64;
        serde_json::to_writer_pretty(
            out,
            &serde_json::json!({ "takings": takings, "invoices": invoices }),
        )
        .map_err(|e| TakingsError::Write(e.to_string()))?;
        Ok(n)
    }
}

/// Invoice rows as `visit` hands them over, then a row per refund.
fn write_csv<W: Write>(
    out: W,
    refunds: &[counterpay_journal::Refund],
    visit: impl FnOnce(&mut dyn FnMut(Invoice)) -> Result<(), JournalError>,
) -> Result<u64, TakingsError> {
    let write = |e: csv::Error| TakingsError::Write(e.to_string());
    let mut writer = CsvInvoices::new(out).map_err(write)?;
    let mut result = Ok(0u64);
    visit(&mut |inv| {
        if let Ok(n) = &mut result {
            match writer.row(&inv) {
                Ok(()) => *n += 1,
                Err(e) => result = Err(write(e)),
            }
        }
    })?;
    let mut n = result?;
    for (w, inv, _) in refunds {
        writer.refund_row(w, inv).map_err(write)?;
        n += 1;
    }
    writer
        .finish()
        .map_err(|e| TakingsError::Write(e.to_string()))?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone(name: &str) -> TillZone {
        TillZone::parse(name).unwrap()
    }

    #[test]
    fn a_range_is_whole_local_days_and_its_mistakes_are_named() {
        let d = Days::parse(zone("UTC"), Some("2026-03-01"), Some("2026-03-31")).unwrap();
        assert_eq!(d.to - d.from, chrono::Duration::days(31));
        // Berlin's March is an hour short: its clocks go forward on the 29th.
        let berlin = Days::parse(
            zone("Europe/Berlin"),
            Some("2026-03-01"),
            Some("2026-03-31"),
        )
        .unwrap();
        assert_eq!(
            berlin.to - berlin.from,
            chrono::Duration::days(31) - chrono::Duration::hours(1)
        );
        assert_eq!(berlin.from.to_rfc3339(), "2026-02-28T23:00:00+00:00");
        let one = Days::parse(TillZone::Computer, Some(" 2026-03-01 "), None).unwrap();
        assert_eq!((one.first, one.last), (d.first, d.first));
        assert!(matches!(
            Days::parse(TillZone::Computer, Some("2026-03-02"), Some("2026-03-01")),
            Err(TakingsError::Backwards(..))
        ));
        assert!(matches!(
            Days::parse(TillZone::Computer, Some("2025-01-01"), Some("2026-01-02")),
            Err(TakingsError::TooLong)
        ));
        assert!(Days::parse(TillZone::Computer, Some("2025-01-01"), Some("2026-01-01")).is_ok());
        assert!(matches!(
            Days::parse(TillZone::Computer, Some("1.3.2026"), None),
            Err(TakingsError::NotADate(_))
        ));
    }

    #[test]
    fn a_ranges_mistakes_are_said_with_their_code_and_figures() {
        let said = |first: &str, last: Option<&str>| {
            let e = Days::parse(zone("UTC"), Some(first), last).unwrap_err();
            let said = e.said();
            assert_eq!(
                said.to_string(),
                e.to_string(),
                "the English is the command line's"
            );
            (e.code(), said.id, serde_json::Value::Object(said.args))
        };
        assert_eq!(
            said("1.3.2026", None),
            (
                "invalid",
                "error-not-a-date",
                serde_json::json!({ "text": "1.3.2026" })
            )
        );
        assert_eq!(
            said("2026-03-02", Some("2026-03-01")),
            ("invalid", "error-range-backwards", serde_json::json!({}))
        );
        assert_eq!(
            said("2025-01-01", Some("2026-01-02")),
            (
                "invalid",
                "error-range-long",
                serde_json::json!({ "max": MAX_DAYS })
            )
        );
        let unwritten = TakingsError::Write("disk full".into());
        assert_eq!(
            (unwritten.code(), unwritten.said().id),
            ("write", "error-export-write")
        );
    }
}

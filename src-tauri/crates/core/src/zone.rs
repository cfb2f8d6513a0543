//! The till's time zone: where its calendar days begin and end, and the
//! clock its screens and receipts read. The owner names one (an IANA name,
//! like `Europe/Istanbul`) or leaves the computer's own.

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TillZone {
    /// The computer's own zone, whatever it is set to.
    #[default]
    Computer,
    Named(Tz),
}

impl TillZone {
    /// A zone as the owner types it: its IANA name in any case, or
    /// `computer` (or nothing) for the computer's own.
    pub fn parse(text: &str) -> Result<TillZone, String> {
        let name = text.trim();
        if name.is_empty() || name.eq_ignore_ascii_case("computer") {
            return Ok(TillZone::Computer);
        }
        // As stored, the name parses at once; as typed, any case will do.
        name.parse::<chrono_tz::Tz>()
            .ok()
            .or_else(|| {
                chrono_tz::TZ_VARIANTS
                    .iter()
                    .find(|tz| tz.name().eq_ignore_ascii_case(name))
                    .copied()
            })
            .map(TillZone::Named)
            .ok_or_else(|| {
                format!(
                    "\"{name}\" is not a time zone: give its name, like Europe/Istanbul or America/Sao_Paulo, or computer for the computer's own"
                )
            })
    }

    /// The name as stored: the IANA name, or `computer`.
    pub fn name(&self) -> String {
        self.iana().unwrap_or("computer").into()
    }

    /// The IANA name of a named zone.
    pub fn iana(&self) -> Option<&'static str> {
        match self {
            TillZone::Computer => None,
            TillZone::Named(tz) => Some(tz.name()),
        }
    }

    /// The wall-clock time at `t` in this zone.
    pub fn wall(&self, t: DateTime<Utc>) -> NaiveDateTime {
        match self {
            TillZone::Computer => t.with_timezone(&Local).naive_local(),
            TillZone::Named(tz) => t.with_timezone(tz).naive_local(),
        }
    }

    /// Today's calendar day in this zone.
    pub fn today(&self) -> NaiveDate {
        self.wall(Utc::now()).date()
    }

    /// When a wall-clock time in this zone happens, if it does.
    fn earliest(&self, wall: NaiveDateTime) -> Option<DateTime<Utc>> {
        match self {
            TillZone::Computer => Local
                .from_local_datetime(&wall)
                .earliest()
                .map(|t| t.to_utc()),
            TillZone::Named(tz) => tz.from_local_datetime(&wall).earliest().map(|t| t.to_utc()),
        }
    }

    /// When a wall-clock time happens; one in a DST gap (the gaps at
    /// midnight are an hour long) when the clock resumes.
    fn instant(&self, wall: NaiveDateTime) -> DateTime<Utc> {
        self.earliest(wall)
            .or_else(|| self.earliest(wall + chrono::Duration::hours(1)))
            .unwrap_or_else(|| wall.and_utc())
    }

    /// The UTC bounds `[start, end)` of a calendar day in this zone.
    pub fn day(&self, day: NaiveDate) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let start = |d: NaiveDate| Some(self.instant(d.and_hms_opt(0, 0, 0)?));
        Some((start(day)?, start(day.succ_opt()?)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zone_is_named_in_any_case_or_left_to_the_computer() {
        assert_eq!(
            TillZone::parse("europe/istanbul").unwrap().name(),
            "Europe/Istanbul"
        );
        assert_eq!(TillZone::parse(" computer ").unwrap(), TillZone::Computer);
        assert_eq!(TillZone::parse("").unwrap(), TillZone::Computer);
        let wrong = TillZone::parse("Mars/Olympus").unwrap_err();
        assert!(
            wrong.contains("\"Mars/Olympus\" is not a time zone"),
            "{wrong}"
        );
    }

    #[test]
    fn a_day_runs_from_local_midnight_to_local_midnight() {
        let zone = TillZone::parse("America/Sao_Paulo").unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let (start, end) = zone.day(day).unwrap();
        assert_eq!(start.to_rfc3339(), "2026-12-01T03:00:00+00:00");
        assert_eq!(end.to_rfc3339(), "2026-12-02T03:00:00+00:00");
        assert_eq!(zone.wall(start).to_string(), "2026-12-01 00:00:00");
    }

    #[test]
    fn a_day_that_begins_in_a_dst_gap_begins_when_the_clock_resumes() {
        // Cuba moves its clocks from midnight to 01:00 in March.
        let zone = TillZone::parse("America/Havana").unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 3, 8).unwrap();
        let (start, end) = zone.day(day).unwrap();
        assert_eq!(zone.wall(start).to_string(), "2026-03-08 01:00:00");
        assert_eq!((end - start).num_hours(), 23);
    }
}

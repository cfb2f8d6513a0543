//! What support needs to help a shop, in one report: the version, the OS,
//! where things are, the gateways, the latest problems, the journal's
//! check and HQ's state. It is built only from what holds no secret:
//! provider options and credentials are left out, and HQ's URL is kept
//! without its password.

use crate::shop::Shop;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct Diagnostics {
    pub version: &'static str,
    pub os: String,
    pub data_dir: String,
    pub log_dir: Option<String>,
    pub till_id: Option<String>,
    pub set_up: bool,
    pub keys: String,
    pub providers: Vec<Provider>,
    pub journal: JournalCheck,
    pub hq: Option<crate::hq::HqStatus>,
    pub last_errors: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Provider {
    pub name: String,
    pub kind: String,
    pub base_url: Option<String>,
    pub default: bool,
}

#[derive(Debug, Serialize)]
pub struct JournalCheck {
    pub ok: bool,
    pub events: Option<u64>,
    pub invoices: Option<u64>,
    pub problem: Option<String>,
}

/// Log lines quoted at most.
const PROBLEMS: usize = 20;

/// A URL without its query or fragment, where a token could hide.
fn without_query(url: &str) -> String {
    url.split(['?', '#']).next().unwrap_or_default().to_string()
}

impl Shop {
    /// Gathers the report; a part that cannot be read says why in place.
    pub fn diagnostics(&self) -> Diagnostics {
        let journal = match self.verify(None) {
            Ok(v) => JournalCheck {
                ok: true,
                events: Some(v.events),
                invoices: Some(v.invoices),
                problem: None,
            },
            Err(e) => JournalCheck {
                ok: false,
                events: None,
                invoices: None,
                problem: Some(e.to_string()),
            },
        };
        let providers = self
            .journal
            .providers()
            .map(|list| {
                list.into_iter()
                    .map(|p| Provider {
                        base_url: p.base_url().map(without_query),
                        name: p.name,
                        kind: p.kind.to_string(),
                        default: p.is_default,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let log_dir = crate::logs::dir();
        Diagnostics {
            version: env!("CARGO_PKG_VERSION"),
            os: format!("{} {}", std::env::consts::OS, std::env::consts::ARCH),
            data_dir: self.data_dir.display().to_string(),
            last_errors: log_dir
                .as_deref()
                .map(|d| crate::logs::latest_problems(d, PROBLEMS))
                .unwrap_or_default(),
            log_dir: log_dir.map(|d| d.display().to_string()),
            till_id: self.journal.till_id().ok(),
            set_up: matches!(self.owner(), Ok(Some(_))),
            keys: match self.keys() {
                Ok(k) => k.protection().to_string(),
                Err(why) => format!("the till's keys cannot be had here: {why}"),
            },
            providers,
            journal,
            hq: self.hq_status().ok().filter(|s| s.url.is_some()),
        }
    }
}

impl std::fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "Counterpay {} on {}", self.version, self.os)?;
        writeln!(f, "Data dir:  {}", self.data_dir)?;
        writeln!(
            f,
            "Log dir:   {}",
            self.log_dir
                .as_deref()
                .unwrap_or("none (logs go to stderr)")
        )?;
        writeln!(
            f,
            "Till:      {} ({})",
            self.till_id.as_deref().unwrap_or("unknown"),
            if self.set_up { "set up" } else { "not set up" }
        )?;
        writeln!(f, "Keys:      {}", self.keys)?;
        if self.providers.is_empty() {
            writeln!(f, "Providers: none")?;
        }
        for p in &self.providers {
            writeln!(
                f,
                "Provider:  {} ({}) at {}{}",
                p.name,
                p.kind,
                p.base_url.as_deref().unwrap_or("no URL"),
                if p.default { ", the default" } else { "" }
            )?;
        }
        match (&self.journal.problem, self.journal.events) {
            (None, Some(events)) => writeln!(
                f,
                "Journal:   verified, {events} events, {} invoices",
                self.journal.invoices.unwrap_or_default()
            )?,
            (problem, _) => writeln!(
                f,
                "Journal:   NOT verified: {}",
                problem.as_deref().unwrap_or("unknown")
            )?,
        }
        match &self.hq {
            Some(hq) => writeln!(
                f,
                "HQ:        {} (shipped up to event {}, {} waiting; last success {}; last error {})",
                hq.url.as_deref().unwrap_or_default(),
                hq.shipped_seq,
                hq.pending,
                hq.last_success.as_deref().unwrap_or("never"),
                hq.last_error.as_deref().unwrap_or("none")
            )?,
            None => writeln!(f, "HQ:        not set")?,
        }
        if self.last_errors.is_empty() {
            writeln!(f, "Last errors: none in the log")?;
        } else {
            writeln!(f, "Last errors:")?;
            for line in &self.last_errors {
                writeln!(f, "  {line}")?;
            }
        }
        Ok(())
    }
}

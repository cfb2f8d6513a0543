//! A gateway's currency list kept on disk for a few minutes, so a scripted
//! `counterpay charge` (a new process per sale) does not spend a round trip
//! on the list before every create.

use chrono::{DateTime, Utc};
use counterpay_core::Currency;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Serialize, Deserialize)]
struct Stored {
    saved_at: DateTime<Utc>,
    /// The gateway it came from: a provider pointed elsewhere asks again.
    base_url: String,
    currencies: Vec<Currency>,
}

/// Where one provider's list is kept.
#[derive(Debug, Clone)]
pub struct CurrencyFile {
    path: PathBuf,
    base_url: String,
}

impl CurrencyFile {
    pub fn new(path: PathBuf, base_url: &str) -> CurrencyFile {
        CurrencyFile {
            path,
            base_url: base_url.to_string(),
        }
    }

    /// The list and its age, if it was saved for this gateway less than
    /// `ttl` ago. A clock set back makes it stale, never fresher.
    pub fn load(&self, ttl: Duration) -> Option<(Vec<Currency>, Duration)> {
        let text = std::fs::read(&self.path).ok()?;
        let stored: Stored = serde_json::from_slice(&text).ok()?;
        let age = Utc::now()
            .signed_duration_since(stored.saved_at)
            .to_std()
            .ok()?;
        (age < ttl && stored.base_url == self.base_url).then_some((stored.currencies, age))
    }

    /// Saves the list whole or not at all (a new file renamed over the
    /// old); a cache that cannot be written only costs a round trip.
    pub fn save(&self, currencies: &[Currency]) {
        let stored = Stored {
            saved_at: Utc::now(),
            base_url: self.base_url.clone(),
            currencies: currencies.to_vec(),
        };
        if let Err(e) = write(&self.path, &stored) {
            tracing::debug!(error = %e, path = %self.path.display(), "currency list not cached");
        }
    }
}

fn write(path: &Path, stored: &Stored) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    // Two saves at once (two windows, a script) must not share a file.
    let tmp = path.with_extension(format!(
        "tmp{}-{}",
        std::process::id(),
        rand::random::<u32>()
    ));
    std::fs::write(
        &tmp,
        serde_json::to_vec(stored).map_err(std::io::Error::other)?,
    )?;
    std::fs::rename(&tmp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usdt() -> Currency {
        Currency {
            code: "USDTTRC20".into(),
            name: "Tether".into(),
            network: Some("trx".into()),
            token: None,
            min_amount: None,
            max_amount: None,
            min_amount_fiat: Some("10.00".parse().unwrap()),
            max_amount_fiat: None,
            limits_fiat: Some("USD".into()),
        }
    }

    #[test]
    fn a_list_is_kept_for_its_gateway_and_its_time() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cache").join("P1-currencies.json");
        let file = CurrencyFile::new(path.clone(), "https://gw.example");
        assert!(file.load(Duration::from_secs(300)).is_none());
        file.save(&[usdt()]);
        let (list, age) = file.load(Duration::from_secs(300)).unwrap();
        assert_eq!(list, vec![usdt()]);
        assert!(age < Duration::from_secs(60));
        assert!(file.load(Duration::ZERO).is_none(), "stale after its time");
        let elsewhere = CurrencyFile::new(path.clone(), "https://other.example");
        assert!(elsewhere.load(Duration::from_secs(300)).is_none());
        std::fs::write(&path, b"{not json").unwrap();
        assert!(file.load(Duration::from_secs(300)).is_none());
    }
}

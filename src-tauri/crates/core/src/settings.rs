//! The shop's settings, typed, with their defaults. Stored as text by the
//! journal; every value is checked here before it is stored.

use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// OS notifications on paid, underpaid and expired.
    pub notifications: bool,
    /// A sound with the result screen.
    pub sound: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            notifications: true,
            sound: true,
        }
    }
}

/// Every key, with what it takes.
pub const KEYS: &[(&str, &str)] = &[("notifications", "on or off"), ("sound", "on or off")];

fn unknown(key: &str) -> String {
    format!(
        "unknown setting {key}; the settings are {}",
        KEYS.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(", ")
    )
}

fn on_off(key: &str, value: &str) -> Result<bool, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "on" | "true" | "yes" => Ok(true),
        "off" | "false" | "no" => Ok(false),
        other => Err(format!("{key}={other}: use on or off")),
    }
}

impl Settings {
    /// Reads stored values over the defaults; a value that no longer
    /// parses keeps its default rather than stop the till.
    pub fn from_stored(stored: &BTreeMap<String, String>) -> Settings {
        let mut s = Settings::default();
        for (k, v) in stored {
            let _ = s.set(k, v);
        }
        s
    }

    /// Checks and applies one value; returns its canonical text.
    pub fn set(&mut self, key: &str, value: &str) -> Result<String, String> {
        match key {
            "notifications" => {
                self.notifications = on_off(key, value)?;
                self.get(key)
            }
            "sound" => {
                self.sound = on_off(key, value)?;
                self.get(key)
            }
            other => Err(unknown(other)),
        }
    }

    pub fn get(&self, key: &str) -> Result<String, String> {
        let text = |b: bool| if b { "on" } else { "off" }.to_string();
        match key {
            "notifications" => Ok(text(self.notifications)),
            "sound" => Ok(text(self.sound)),
            other => Err(unknown(other)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_checked_and_canonical() {
        let mut s = Settings::default();
        assert_eq!(s.set("notifications", "OFF").unwrap(), "off");
        assert!(!s.notifications);
        assert!(s
            .set("notifications", "maybe")
            .unwrap_err()
            .contains("on or off"));
        assert!(s
            .set("colour", "red")
            .unwrap_err()
            .contains("notifications, sound"));
    }

    #[test]
    fn stored_values_override_defaults_and_bad_ones_are_ignored() {
        let stored = BTreeMap::from([
            ("sound".to_string(), "off".to_string()),
            ("notifications".to_string(), "garbage".to_string()),
        ]);
        let s = Settings::from_stored(&stored);
        assert!(!s.sound);
        assert!(s.notifications);
    }
}

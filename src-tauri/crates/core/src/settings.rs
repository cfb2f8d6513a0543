//! The shop's settings, typed, with their defaults. Stored as text by the
//! journal; every value is checked here before it is stored.

use crate::money::{Asset, Fiat};
use crate::zone::TillZone;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Shown on the counter and the customer display.
    pub shop_name: String,
    /// The fiat prices are typed in.
    pub fiat: Fiat,
    /// The asset preselected at the counter.
    pub default_asset: Asset,
    /// How long a customer has to pay; `None` leaves it to the gateway.
    pub expiry_minutes: Option<u32>,
    /// OS notifications on paid, underpaid and expired.
    pub notifications: bool,
    /// A sound with the result screen.
    pub sound: bool,
    /// Look for signed updates at start.
    pub updates: bool,
    /// Where to look instead of the built-in endpoints (a shop's own mirror).
    pub update_endpoint: Option<String>,
    /// Hours an invoice closed without all its money (underpaid, expired,
    /// cancelled) stays watched for money that arrives after all.
    pub monitor_hours: u32,
    /// Minutes without a touch before the back office locks itself.
    pub owner_idle_minutes: u32,
    /// Minutes without a touch before the counter signs its person out;
    /// 0 never does.
    pub counter_idle_minutes: u32,
    /// This till's name in HQ's reports; `None` shows its id.
    pub till_name: Option<String>,
    /// The folder a copy of the journal goes to once a day; `None` makes none.
    pub backup_dir: Option<std::path::PathBuf>,
    /// How many daily copies are kept there.
    pub backup_keep: u32,
    /// Printed under the shop's name on receipts.
    pub receipt_address: Option<String>,
    pub receipt_tax_number: Option<String>,
    /// A line at the foot of receipts ("Thank you", returns policy).
    pub receipt_footer: Option<String>,
    /// Catalogue prices hold their tax (usual in the EU) rather than have
    /// it added at the till (usual in the US).
    pub prices_include_tax: bool,
    /// Where a tip is offered before the invoice is made, if anywhere.
    pub tips: Tips,
    /// The tips offered, in percent of the sale.
    pub tip_presets: Vec<Decimal>,
    /// The most discount a cashier gives alone, in percent of the sale;
    /// more needs a manager's PIN. `None`: no limit.
    pub discount_limit: Option<Decimal>,
    /// The staff's language: one of `LANGUAGES`.
    pub language: &'static str,
    /// The customer display's first language; `None`: the staff's.
    pub customer_language: Option<&'static str>,
    /// Where the till's days begin and end, and the clock it shows.
    pub time_zone: TillZone,
}

/// The languages the screens speak: each BCP 47 tag, and the language's
/// name in itself.
pub const LANGUAGES: [[&str; 2]; 5] = [
    ["en", "English"],
    ["es", "Español"],
    ["pt-BR", "Português (Brasil)"],
    ["tr", "Türkçe"],
    ["vi", "Tiếng Việt"],
];

fn language(key: &str, v: &str) -> Result<&'static str, String> {
    LANGUAGES
        .into_iter()
        .map(|[tag, _]| tag)
        .find(|l| l.eq_ignore_ascii_case(v) || l.replace('-', "_").eq_ignore_ascii_case(v))
        .ok_or_else(|| {
            let tags: Vec<&str> = LANGUAGES.iter().map(|[tag, _]| *tag).collect();
            format!("{key}={v}: use one of {}", tags.join(", "))
        })
}

/// Where the shop offers a tip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tips {
    Off,
    /// The cashier asks and taps the customer's choice.
    Counter,
    /// The customer taps it on the customer display (a touch screen).
    Customer,
}

impl Tips {
    fn parse(v: &str) -> Result<Tips, String> {
        match v.to_ascii_lowercase().as_str() {
            "off" => Ok(Tips::Off),
            "counter" => Ok(Tips::Counter),
            "customer" => Ok(Tips::Customer),
            _ => Err(format!(
                "tips={v}: use off, counter (the cashier asks) or customer (the customer display, a touch screen)"
            )),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Tips::Off => "off",
            Tips::Counter => "counter",
            Tips::Customer => "customer",
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            shop_name: "My shop".into(),
            fiat: Fiat::parse("USD").expect("USD is a fiat"),
            default_asset: Asset::parse("USDTTRC20").expect("USDTTRC20 is an asset"),
            expiry_minutes: None,
            notifications: true,
            sound: true,
            updates: true,
            update_endpoint: None,
            monitor_hours: 24,
            owner_idle_minutes: 2,
            counter_idle_minutes: 10,
            till_name: None,
            backup_dir: None,
            backup_keep: 7,
            receipt_address: None,
            receipt_tax_number: None,
            receipt_footer: None,
            prices_include_tax: false,
            tips: Tips::Off,
            tip_presets: [10, 15, 20].map(Decimal::from).to_vec(),
            discount_limit: None,
            language: "en",
            customer_language: None,
            time_zone: TillZone::Computer,
        }
    }
}

/// Every key, with what it takes.
pub const KEYS: &[(&str, &str)] = &[
    ("shop_name", "the name customers see, up to 60 characters"),
    ("fiat", "a three-letter currency code, like USD or EUR"),
    (
        "default_asset",
        "the asset preselected at the counter, like USDTTRC20",
    ),
    (
        "expiry_minutes",
        "minutes a customer has to pay (5 to 120), or gateway",
    ),
    ("notifications", "on or off"),
    ("sound", "on or off"),
    ("updates", "look for signed updates at start: on or off"),
    (
        "update_endpoint",
        "an https URL of an update manifest, or default",
    ),
    (
        "monitor_hours",
        "hours an underpaid, expired or cancelled invoice stays watched for money that comes late (0 to 720)",
    ),
    (
        "owner_idle_minutes",
        "minutes without a touch before the back office locks itself (1 to 60)",
    ),
    (
        "counter_idle_minutes",
        "minutes without a touch before the counter signs its person out (0 never, up to 240)",
    ),
    (
        "till_name",
        "this till's name in HQ's reports, up to 40 characters, or none for its id",
    ),
    (
        "backup_dir",
        "a folder (full path) that gets a copy of the journal once a day, or none",
    ),
    ("backup_keep", "how many daily copies to keep (1 to 365)"),
    (
        "receipt_address",
        "the shop's address under its name on receipts (one line), or empty",
    ),
    (
        "receipt_tax_number",
        "the shop's tax or VAT number on receipts, or empty",
    ),
    (
        "receipt_footer",
        "a line at the foot of receipts, like a returns policy, or empty",
    ),
    (
        "prices_include_tax",
        "true when catalogue prices include their tax (usual in the EU), false when tax is added at the till (usual in the US)",
    ),
    (
        "tips",
        "offer a tip before the invoice: off, counter (the cashier asks) or customer (on the customer display, a touch screen)",
    ),
    ("tip_presets", "the tips offered, in percent, like 10,15,20"),
    (
        "discount_limit",
        "the most discount, in percent of the sale, a cashier gives without a manager's PIN, or none",
    ),
    (
        "language",
        "the language of the counter and the back office: en, es, pt-BR, tr or vi",
    ),
    (
        "customer_language",
        "the customer display's language (the customer can switch it): en, es, pt-BR, tr, vi, or same as the staff's",
    ),
    (
        "time_zone",
        "the till's time zone, where its days begin and end: a name like Europe/Istanbul, or computer for the computer's own",
    ),
];

/// Settings that can move or reroute money: changing one asks for the
/// owner's PIN again, even inside an unlocked back office.
pub fn reroutes_money(key: &str) -> bool {
    // The backup folder sends a copy of every sale somewhere else.
    matches!(key, "fiat" | "update_endpoint" | "updates" | "backup_dir")
}

/// The longest monitoring window: a month.
const MAX_MONITOR_HOURS: u32 = 720;

fn endpoint(value: &str) -> Result<Option<String>, String> {
    if matches!(value, "" | "default") {
        return Ok(None);
    }
    let ok = value.starts_with("https://")
        && value.len() > "https://".len()
        && !value.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(Some(value.to_string()))
    } else {
        Err(format!(
            "update_endpoint={value}: give an https:// URL (updates travel only over TLS), or default"
        ))
    }
}

fn unknown(key: &str) -> String {
    format!(
        "unknown setting {key}; the settings are {}",
        KEYS.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(", ")
    )
}

fn expiry(value: &str) -> Result<Option<u32>, String> {
    if matches!(value, "gateway" | "") {
        return Ok(None);
    }
    match value.parse::<u32>() {
        Ok(m) if (5..=120).contains(&m) => Ok(Some(m)),
        _ => Err(format!(
            "expiry_minutes={value}: use a whole number from 5 to 120, or gateway"
        )),
    }
}

fn whole(
    key: &str,
    value: &str,
    unit: &str,
    range: std::ops::RangeInclusive<u32>,
) -> Result<u32, String> {
    match value.parse::<u32>() {
        Ok(n) if range.contains(&n) => Ok(n),
        _ => Err(format!(
            "{key}={value}: use a whole number of {unit} from {} to {}",
            range.start(),
            range.end()
        )),
    }
}

fn till_name(value: &str) -> Result<Option<String>, String> {
    if matches!(value, "" | "none") {
        return Ok(None);
    }
    if value.chars().count() > 40 || value.chars().any(char::is_control) {
        return Err("till_name: give 1 to 40 printable characters, or none".into());
    }
    Ok(Some(value.to_string()))
}

fn backup_dir(value: &str) -> Result<Option<std::path::PathBuf>, String> {
    if matches!(value, "" | "none") {
        return Ok(None);
    }
    let path = std::path::Path::new(value);
    if !path.is_absolute() {
        return Err(format!(
            "backup_dir={value}: give a full path to a folder (like /media/usb/counterpay), or none"
        ));
    }
    if path.is_file() {
        return Err(format!("backup_dir={value}: that is a file; give a folder"));
    }
    Ok(Some(path.to_path_buf()))
}

/// A line printed on receipts: printable, up to 80 characters; empty
/// prints nothing.
fn receipt_line(key: &str, value: &str) -> Result<Option<String>, String> {
    if value.is_empty() {
        return Ok(None);
    }
    if value.chars().count() > 80 || value.chars().any(char::is_control) {
        return Err(format!(
            "{key}: give one line of up to 80 printable characters, or an empty value to print none"
        ));
    }
    Ok(Some(value.to_string()))
}

/// Up to four tip presets, in percent.
const MOST_TIP_PRESETS: usize = 4;

/// A percentage from 0 to 100, `%` optional.
fn percent(text: &str) -> Option<Decimal> {
    crate::catalog::parse_percent(text.trim().trim_end_matches('%')).ok()
}

fn tip_presets(v: &str) -> Result<Vec<Decimal>, String> {
    let bad = || {
        format!(
            "tip_presets={v}: give 1 to {MOST_TIP_PRESETS} percentages above 0 and up to 100, separated by commas, like 10,15,20"
        )
    };
    let mut presets = Vec::new();
    for part in v.split(',') {
        let p = percent(part).filter(|p| !p.is_zero()).ok_or_else(bad)?;
        if !presets.contains(&p) {
            presets.push(p);
        }
    }
    if presets.len() > MOST_TIP_PRESETS {
        return Err(bad());
    }
    Ok(presets)
}

/// 100 % is no limit at all.
fn discount_limit(v: &str) -> Result<Option<Decimal>, String> {
    if v.eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    match percent(v) {
        Some(p) if p == Decimal::ONE_HUNDRED => Ok(None),
        Some(p) => Ok(Some(p)),
        None => Err(format!(
            "discount_limit={v}: give a percentage from 0 to 100, like 10, or none for no limit"
        )),
    }
}

fn on_off(key: &str, value: &str) -> Result<bool, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "on" | "true" | "yes" => Ok(true),
        "off" | "false" | "no" => Ok(false),
        other => Err(format!("{key}={other}: use on or off")),
    }
}

impl Settings {
    /// The watcher's pace and windows, with this shop's monitoring window.
    pub fn watch_config(&self) -> crate::watcher::WatchConfig {
        crate::watcher::WatchConfig {
            monitor_for: std::time::Duration::from_secs(u64::from(self.monitor_hours) * 3600),
            ..Default::default()
        }
    }

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
        let v = value.trim();
        match key {
            "shop_name" => {
                if v.is_empty() || v.chars().count() > 60 || v.chars().any(char::is_control) {
                    return Err("shop_name: give 1 to 60 printable characters".into());
                }
                self.shop_name = v.to_string();
            }
            "fiat" => self.fiat = Fiat::parse(v).map_err(|e| e.to_string())?,
            "default_asset" => self.default_asset = Asset::parse(v).map_err(|e| e.to_string())?,
            "expiry_minutes" => self.expiry_minutes = expiry(v)?,
            "notifications" => self.notifications = on_off(key, v)?,
            "sound" => self.sound = on_off(key, v)?,
            "updates" => self.updates = on_off(key, v)?,
            "update_endpoint" => self.update_endpoint = endpoint(v)?,
            "monitor_hours" => self.monitor_hours = whole(key, v, "hours", 0..=MAX_MONITOR_HOURS)?,
            "owner_idle_minutes" => self.owner_idle_minutes = whole(key, v, "minutes", 1..=60)?,
            "counter_idle_minutes" => {
                self.counter_idle_minutes = whole(key, v, "minutes", 0..=240)?
            }
            "till_name" => self.till_name = till_name(v)?,
            "backup_dir" => self.backup_dir = backup_dir(v)?,
            "backup_keep" => self.backup_keep = whole(key, v, "copies", 1..=365)?,
            "receipt_address" | "receipt_tax_number" | "receipt_footer" => {
                let line = receipt_line(key, v)?;
                match key {
                    "receipt_address" => self.receipt_address = line,
                    "receipt_tax_number" => self.receipt_tax_number = line,
                    _ => self.receipt_footer = line,
                }
            }
            "prices_include_tax" => {
                self.prices_include_tax = match v.to_ascii_lowercase().as_str() {
                    "true" => true,
                    "false" => false,
                    _ => return Err(format!("prices_include_tax: use true or false, not {v:?}")),
                }
            }
            "tips" => self.tips = Tips::parse(v)?,
            "tip_presets" => self.tip_presets = tip_presets(v)?,
            "discount_limit" => self.discount_limit = discount_limit(v)?,
            "language" => self.language = language(key, v)?,
            "customer_language" => {
                self.customer_language = match v {
                    "" | "same" => None,
                    _ => Some(language(key, v)?),
                }
            }
            "time_zone" => {
                self.time_zone = TillZone::parse(v).map_err(|e| format!("{key}: {e}"))?
            }
            other => return Err(unknown(other)),
        }
        self.get(key)
    }

    pub fn get(&self, key: &str) -> Result<String, String> {
        let on = |b: bool| if b { "on" } else { "off" }.to_string();
        Ok(match key {
            "shop_name" => self.shop_name.clone(),
            "fiat" => self.fiat.code().to_string(),
            "default_asset" => self.default_asset.code().to_string(),
            "expiry_minutes" => self
                .expiry_minutes
                .map_or_else(|| "gateway".to_string(), |m| m.to_string()),
            "notifications" => on(self.notifications),
            "sound" => on(self.sound),
            "updates" => on(self.updates),
            "update_endpoint" => self
                .update_endpoint
                .clone()
                .unwrap_or_else(|| "default".into()),
            "monitor_hours" => self.monitor_hours.to_string(),
            "owner_idle_minutes" => self.owner_idle_minutes.to_string(),
            "counter_idle_minutes" => self.counter_idle_minutes.to_string(),
            "till_name" => self.till_name.clone().unwrap_or_else(|| "none".into()),
            "backup_dir" => self
                .backup_dir
                .as_ref()
                .map_or_else(|| "none".into(), |d| d.display().to_string()),
            "backup_keep" => self.backup_keep.to_string(),
            "receipt_address" => self.receipt_address.clone().unwrap_or_default(),
            "receipt_tax_number" => self.receipt_tax_number.clone().unwrap_or_default(),
            "receipt_footer" => self.receipt_footer.clone().unwrap_or_default(),
            "prices_include_tax" => self.prices_include_tax.to_string(),
            "tips" => self.tips.as_str().to_string(),
            "tip_presets" => self
                .tip_presets
                .iter()
                .map(|p| p.normalize().to_string())
                .collect::<Vec<_>>()
                .join(","),
            "discount_limit" => self
                .discount_limit
                .map_or_else(|| "none".into(), |l| l.normalize().to_string()),
            "language" => self.language.to_string(),
            "customer_language" => self.customer_language.unwrap_or("same").to_string(),
            "time_zone" => self.time_zone.name(),
            other => return Err(unknown(other)),
        })
    }

    /// Every setting as canonical text, in `KEYS` order.
    pub fn all(&self) -> Vec<(&'static str, String)> {
        KEYS.iter()
            .filter_map(|(k, _)| self.get(k).ok().map(|v| (*k, v)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_zone_is_a_named_zone_or_the_computers() {
        let mut s = Settings::default();
        assert_eq!(s.get("time_zone").unwrap(), "computer");
        assert_eq!(
            s.set("time_zone", "america/sao_paulo").unwrap(),
            "America/Sao_Paulo"
        );
        let wrong = s.set("time_zone", "GMT+3 please").unwrap_err();
        assert!(
            wrong.starts_with("time_zone: \"GMT+3 please\" is not a time zone"),
            "{wrong}"
        );
        assert_eq!(s.get("time_zone").unwrap(), "America/Sao_Paulo");
        assert_eq!(s.set("time_zone", "computer").unwrap(), "computer");
    }

    #[test]
    fn languages_are_the_ones_shipped() {
        let mut s = Settings::default();
        assert_eq!(s.get("language").unwrap(), "en");
        assert_eq!(s.get("customer_language").unwrap(), "same");
        assert_eq!(s.set("language", "ES").unwrap(), "es");
        assert_eq!(s.set("customer_language", "pt-br").unwrap(), "pt-BR");
        assert_eq!(s.set("customer_language", "pt_BR").unwrap(), "pt-BR");
        assert!(s
            .set("language", "fr")
            .unwrap_err()
            .contains("en, es, pt-BR, tr, vi"));
        assert_eq!(s.set("customer_language", "same").unwrap(), "same");
        assert_eq!(s.customer_language, None);
    }

    #[test]
    fn tips_and_the_discount_limit_are_checked() {
        let mut s = Settings::default();
        assert_eq!(s.get("tips").unwrap(), "off");
        assert_eq!(s.get("tip_presets").unwrap(), "10,15,20");
        assert_eq!(s.get("discount_limit").unwrap(), "none");
        assert_eq!(s.set("tips", "Customer").unwrap(), "customer");
        assert!(s
            .set("tips", "always")
            .unwrap_err()
            .contains("off, counter"));
        assert_eq!(s.set("tip_presets", "5, 12.5%,100").unwrap(), "5,12.5,100");
        for bad in ["", "0", "10,,20", "101", "5,10,15,20,25", "ten"] {
            assert!(s.set("tip_presets", bad).is_err(), "{bad:?}");
        }
        assert_eq!(s.set("discount_limit", "15%").unwrap(), "15");
        assert_eq!(s.discount_limit, Some(Decimal::from(15)));
        assert_eq!(s.set("discount_limit", "100").unwrap(), "none");
        assert!(s.set("discount_limit", "-5").is_err());
    }

    #[test]
    fn values_are_checked_and_canonical() {
        let mut s = Settings::default();
        assert_eq!(s.set("notifications", "OFF").unwrap(), "off");
        assert!(!s.notifications);
        assert!(s
            .set("notifications", "maybe")
            .unwrap_err()
            .contains("on or off"));
        assert!(!s.prices_include_tax);
        assert_eq!(s.set("prices_include_tax", "TRUE").unwrap(), "true");
        assert!(s.prices_include_tax);
        assert!(s
            .set("prices_include_tax", "yes")
            .unwrap_err()
            .contains("true or false"));
        assert_eq!(s.set("fiat", "eur").unwrap(), "EUR");
        assert!(s.set("fiat", "euro").is_err());
        assert_eq!(s.set("default_asset", "btc").unwrap(), "BTC");
        assert_eq!(s.set("expiry_minutes", "30").unwrap(), "30");
        assert!(s
            .set("expiry_minutes", "1")
            .unwrap_err()
            .contains("5 to 120"));
        assert_eq!(s.set("expiry_minutes", "gateway").unwrap(), "gateway");
        assert!(s.set("shop_name", "").is_err());
        assert_eq!(s.set("shop_name", "  Corner Café ").unwrap(), "Corner Café");
        assert!(s
            .set("colour", "red")
            .unwrap_err()
            .contains("notifications, sound"));
        assert_eq!(
            s.set("update_endpoint", "https://mirror.example/latest.json")
                .unwrap(),
            "https://mirror.example/latest.json"
        );
        assert!(s
            .set("update_endpoint", "http://mirror.example/latest.json")
            .unwrap_err()
            .contains("https://"));
        assert_eq!(s.set("update_endpoint", "default").unwrap(), "default");
        assert_eq!(s.update_endpoint, None);
        assert_eq!(s.monitor_hours, 24);
        assert_eq!(s.set("monitor_hours", " 48 ").unwrap(), "48");
        assert_eq!(s.set("monitor_hours", "0").unwrap(), "0");
        for bad in ["-1", "721", "1.5", "a day"] {
            assert!(
                s.set("monitor_hours", bad)
                    .unwrap_err()
                    .contains("0 to 720"),
                "{bad}"
            );
        }
        assert_eq!(s.set("owner_idle_minutes", "5").unwrap(), "5");
        assert!(s
            .set("owner_idle_minutes", "0")
            .unwrap_err()
            .contains("1 to 60"));
        assert_eq!(s.set("counter_idle_minutes", "0").unwrap(), "0");
        assert!(reroutes_money("fiat") && reroutes_money("update_endpoint"));
        assert_eq!(s.set("till_name", " Counter 2 ").unwrap(), "Counter 2");
        assert_eq!(s.till_name.as_deref(), Some("Counter 2"));
        assert!(s.set("till_name", &"x".repeat(41)).is_err());
        assert_eq!(s.set("till_name", "none").unwrap(), "none");
        assert!(!reroutes_money("sound"));
        assert_eq!(s.all().len(), KEYS.len());
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

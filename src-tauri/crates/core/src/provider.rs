//! A configured provider: which gateway protocol, where, with which
//! options. Secrets are never part of it.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProviderKind {
    Cryptofuse,
    Cryptopayment,
    Cryptoscan,
    /// The built-in simulator: no account, no network.
    Sandbox,
}

impl ProviderKind {
    pub const ALL: [ProviderKind; 4] = [
        ProviderKind::Cryptofuse,
        ProviderKind::Cryptopayment,
        ProviderKind::Cryptoscan,
        ProviderKind::Sandbox,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ProviderKind::Cryptofuse => "cryptofuse",
            ProviderKind::Cryptopayment => "cryptopayment",
            ProviderKind::Cryptoscan => "cryptoscan",
            ProviderKind::Sandbox => "sandbox",
        }
    }

    /// The base URL each gateway documents.
    pub fn default_base_url(self) -> Option<&'static str> {
        match self {
            ProviderKind::Cryptofuse => Some("https://api.cryptofuse.com"),
            ProviderKind::Cryptopayment => Some("https://cryptopayment.center/api/v1"),
            ProviderKind::Cryptoscan => Some("https://cryptoscan.one/api/v1"),
            ProviderKind::Sandbox => None,
        }
    }
}

impl fmt::Display for ProviderKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ProviderKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ProviderKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s.trim().to_ascii_lowercase())
            .ok_or_else(|| {
                format!(
                    "\"{s}\" is not a provider kind: use one of {}",
                    ProviderKind::ALL.map(ProviderKind::as_str).join(", ")
                )
            })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderConfig {
    /// Its own id, made when it is added: keyring credentials are filed
    /// under it, so a provider added again under an old name starts with
    /// none. Empty until the journal stores it.
    #[serde(default)]
    pub id: String,
    pub name: String,
    pub kind: ProviderKind,
    pub base_url: Option<String>,
    pub options: BTreeMap<String, String>,
    pub is_default: bool,
}

impl ProviderConfig {
    pub fn base_url(&self) -> Option<&str> {
        self.base_url
            .as_deref()
            .or_else(|| self.kind.default_base_url())
    }

    pub fn option(&self, key: &str) -> Option<&str> {
        self.options.get(key).map(String::as_str)
    }

    /// The environment variable that holds one of this provider's secrets:
    /// `COUNTERPAY_<NAME>_<KEY>`, upper-cased, `-` as `_`.
    pub fn secret_env_var(&self, key: &str) -> String {
        format!("COUNTERPAY_{}_{}", self.name, key)
            .to_ascii_uppercase()
            .replace('-', "_")
    }
}

/// Provider names are used in env var names, so they are kept to letters,
/// digits, `-` and `_`.
pub fn check_provider_name(name: &str) -> Result<(), crate::Said> {
    let ok = !name.is_empty()
        && name.len() <= 32
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(crate::said!(
            "error-provider-name",
            "\"{name}\" is not a provider name: start with a letter, then letters, digits, - or _ (at most 32)",
            name = name
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_come_from_upper_cased_env_names() {
        let p = ProviderConfig {
            id: String::new(),
            name: "my-shop".into(),
            kind: ProviderKind::Cryptofuse,
            base_url: None,
            options: BTreeMap::new(),
            is_default: false,
        };
        assert_eq!(
            p.secret_env_var("client_id"),
            "COUNTERPAY_MY_SHOP_CLIENT_ID"
        );
        assert_eq!(p.base_url(), Some("https://api.cryptofuse.com"));
    }

    #[test]
    fn names_and_kinds_are_checked() {
        assert!(check_provider_name("demo").is_ok());
        assert!(check_provider_name("shop_2-b").is_ok());
        assert!(check_provider_name("").is_err());
        assert!(check_provider_name("2shop").is_err());
        assert!(check_provider_name("my shop").is_err());
        assert_eq!(
            "Sandbox".parse::<ProviderKind>().unwrap(),
            ProviderKind::Sandbox
        );
        assert!("stripe"
            .parse::<ProviderKind>()
            .unwrap_err()
            .contains("cryptofuse"));
    }
}

//! What the owner's gateway form asks of each kind: one labelled field
//! per secret, the ways of signing in as choices, and for each provider
//! whether each secret is stored (never its value).

use crate::connect::secret_keys;
use crate::secrets::{self, SecretState};
use counterpay_core::{ProviderConfig, ProviderKind};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize)]
pub struct KindForm {
    pub kind: ProviderKind,
    pub label: &'static str,
    pub auth_modes: Vec<AuthMode>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuthMode {
    /// The `auth` option; empty for the kind's default way.
    pub value: &'static str,
    pub label: &'static str,
    pub secrets: Vec<SecretField>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SecretField {
    pub key: &'static str,
    pub label: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct GatewayForm {
    pub name: String,
    pub kind: ProviderKind,
    pub base_url: Option<String>,
    pub is_default: bool,
    pub auth: String,
    pub secrets: Vec<SecretMark>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SecretMark {
    pub key: &'static str,
    pub label: &'static str,
    pub state: SecretState,
}

fn label(key: &str) -> &'static str {
    match key {
        "client_id" => "Client ID",
        "client_secret" => "Client secret",
        "api_key" => "API key",
        "api_secret" => "API secret",
        "public_key" => "Public key",
        "private_key" => "Private key",
        _ => "Secret",
    }
}

fn kind_label(kind: ProviderKind) -> &'static str {
    match kind {
        ProviderKind::Cryptofuse => "Cryptofuse",
        ProviderKind::Cryptopayment => "CryptoPayment",
        ProviderKind::Cryptoscan => "CryptoScan",
        ProviderKind::Sandbox => "Sandbox (no money, for trying out)",
    }
}

/// The ways each kind signs in, as `(auth option, label)`.
fn modes(kind: ProviderKind) -> &'static [(&'static str, &'static str)] {
    match kind {
        ProviderKind::Cryptofuse => &[
            ("", "Client ID and secret (OAuth)"),
            ("api_key", "API key for payments, OAuth for the rest"),
        ],
        ProviderKind::Cryptoscan => &[
            ("", "Signed requests (public and private key)"),
            ("private-key", "Private key in a header"),
        ],
        ProviderKind::Cryptopayment => &[("", "API key and secret")],
        ProviderKind::Sandbox => &[("", "No sign-in")],
    }
}

fn config(kind: ProviderKind, auth: &str) -> ProviderConfig {
    ProviderConfig {
        id: String::new(),
        name: String::new(),
        kind,
        base_url: None,
        options: [("auth".to_string(), auth.to_string())]
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .collect::<BTreeMap<_, _>>(),
        is_default: false,
    }
}

/// Every kind's form.
pub fn kinds() -> Vec<KindForm> {
    ProviderKind::ALL
        .into_iter()
        .map(|kind| KindForm {
            kind,
            label: kind_label(kind),
            auth_modes: modes(kind)
                .iter()
                .map(|(value, label)| AuthMode {
                    value,
                    label,
                    secrets: secret_keys(&config(kind, value))
                        .iter()
                        .map(|key| SecretField {
                            key,
                            label: self::label(key),
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect()
}

/// A provider as its form shows it.
pub fn form(p: &ProviderConfig) -> GatewayForm {
    GatewayForm {
        name: p.name.clone(),
        kind: p.kind,
        base_url: p.base_url().map(str::to_string),
        is_default: p.is_default,
        // The kinds' default ways are the form's empty choice.
        auth: match p.option("auth") {
            None | Some("oauth" | "signature") => String::new(),
            Some(other) => other.to_string(),
        },
        secrets: secret_keys(p)
            .iter()
            .map(|key| SecretMark {
                key,
                label: label(key),
                state: secrets::state(p, key),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_way_of_signing_in_asks_for_the_secrets_the_client_reads() {
        let all = kinds();
        let fuse = all
            .iter()
            .find(|k| k.kind == ProviderKind::Cryptofuse)
            .unwrap();
        let keys = |m: &AuthMode| m.secrets.iter().map(|s| s.key).collect::<Vec<_>>();
        assert_eq!(keys(&fuse.auth_modes[0]), ["client_id", "client_secret"]);
        assert_eq!(
            keys(&fuse.auth_modes[1]),
            ["api_key", "client_id", "client_secret"]
        );
        assert_eq!(fuse.auth_modes[1].secrets[0].label, "API key");
        let sandbox = all
            .iter()
            .find(|k| k.kind == ProviderKind::Sandbox)
            .unwrap();
        assert!(sandbox.auth_modes[0].secrets.is_empty());
        for kind in &all {
            for mode in &kind.auth_modes {
                for s in &mode.secrets {
                    assert_ne!(s.label, "Secret", "{} has no label", s.key);
                }
            }
        }
    }
}

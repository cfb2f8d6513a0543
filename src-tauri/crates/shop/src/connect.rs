//! From a configured provider to a working gateway client.

use counterpay_core::payout::Payouts;
use counterpay_core::{said, Said};
use counterpay_core::{Gateway, GatewayError, ProviderConfig, ProviderKind};
use counterpay_gateways::cryptofuse::{self, Auth, Cryptofuse, OAuthClient};
use counterpay_gateways::cryptopayment::{self, Cryptopayment};
use counterpay_gateways::cryptoscan::{self, Cryptoscan};
use counterpay_gateways::{both, Timeouts};
use counterpay_sandbox::{sandbox_clients, Protocol, SimConfig, Simulator};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// Where secrets come from; the app reads environment variables, then the
/// OS keyring.
pub trait Secrets: Send + Sync {
    fn get(&self, provider: &ProviderConfig, key: &str) -> Option<String>;
}

#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("provider {provider} has no credentials: set {needed}")]
    MissingCredentials { provider: String, needed: String },
    #[error("provider {0}: {1}")]
    BadOption(String, Said),
    #[error("the sandbox gateway could not start: {0}")]
    Sandbox(std::io::Error),
    #[error(transparent)]
    Gateway(#[from] GatewayError),
}

impl ConnectError {
    /// The same words for the screens' catalogue, where it has them.
    pub fn said(&self) -> Option<Said> {
        match self {
            ConnectError::BadOption(name, said) => {
                Some(said.clone().prefixed(format!("provider {name}: ")))
            }
            ConnectError::Gateway(g) => g.said(),
            ConnectError::MissingCredentials { .. } | ConnectError::Sandbox(_) => None,
        }
    }
}

pub struct Connected {
    pub gateway: Arc<dyn Gateway>,
    /// The same client's balances and withdrawals.
    pub payouts: Arc<dyn Payouts>,
    /// Keeps the sandbox's simulator serving while the client is in use.
    pub simulator: Option<Simulator>,
}

/// The options each kind understands, so a typo is refused at `provider add`.
fn known_options(kind: ProviderKind) -> &'static [&'static str] {
    match kind {
        ProviderKind::Cryptofuse => &[
            "auth",
            "token_auth",
            "expiry_minutes",
            "timeout_secs",
            "is_fee_paid_by_user",
        ],
        ProviderKind::Cryptopayment => &["timeout_secs"],
        ProviderKind::Cryptoscan => &["auth", "timeout_secs"],
        ProviderKind::Sandbox => &["protocol", "expiry_minutes"],
    }
}

/// The values an option may take, where they are a fixed few.
fn allowed_values(kind: ProviderKind, key: &str) -> Option<&'static [&'static str]> {
    match (kind, key) {
        (ProviderKind::Cryptofuse, "auth") => Some(&["oauth", "api_key"]),
        (ProviderKind::Cryptofuse, "token_auth") => Some(&["body", "basic"]),
        (ProviderKind::Cryptofuse, "is_fee_paid_by_user") => Some(&["false", "true"]),
        (ProviderKind::Cryptoscan, "auth") => Some(&["signature", "private-key"]),
        (ProviderKind::Sandbox, "protocol") => Some(&["cryptofuse", "cryptopayment", "cryptoscan"]),
        _ => None,
    }
}

/// Checks a provider's configuration before it is saved.
pub fn check(cfg: &ProviderConfig) -> Result<(), ConnectError> {
    let bad = |said: Said| ConnectError::BadOption(cfg.name.clone(), said);
    if cfg.kind == ProviderKind::Sandbox && cfg.base_url.is_some() {
        return Err(bad(said!(
            "error-url-sandbox",
            "a sandbox runs inside Counterpay and takes no --base-url"
        )));
    }
    if let Some(url) = &cfg.base_url {
        let parsed = url::Url::parse(url).map_err(|e| {
            bad(said!(
                "error-url-invalid",
                "--base-url {url} is not a URL ({detail})",
                url = url,
                detail = e.to_string()
            ))
        })?;
        match parsed.scheme() {
            "https" => {}
            "http" if is_loopback(&parsed) => {}
            "http" => {
                return Err(bad(said!(
                    "error-url-http",
                    "--base-url {url}: plain http would send the credentials and every sale unencrypted; \
                     use https:// (http is allowed only on this machine, e.g. http://127.0.0.1 for a test gateway)",
                    url = url
                )))
            }
            _ => {
                return Err(bad(said!(
                    "error-url-scheme",
                    "--base-url {url} must start with https://",
                    url = url
                )))
            }
        }
        if !parsed.username().is_empty() || parsed.password().is_some() {
            return Err(bad(said!(
                "error-url-credentials",
                "--base-url must not carry credentials; store them with `counterpay provider login {name}`",
                name = &cfg.name
            )));
        }
    }
    let known = known_options(cfg.kind);
    for (key, value) in &cfg.options {
        if !known.contains(&key.as_str()) {
            return Err(bad(said!(
                "error-option-unknown",
                "unknown option {key}; {kind} takes {known}",
                key = key,
                kind = cfg.kind.as_str(),
                known = known.join(", ")
            )));
        }
        if let Some(allowed) = allowed_values(cfg.kind, key) {
            if !allowed.contains(&value.as_str()) {
                return Err(bad(said!(
                    "error-option-value",
                    "{key}={value}: use {allowed}",
                    key = key,
                    value = value,
                    allowed = allowed.join(" or ")
                )));
            }
        }
    }
    if cfg.option("auth") == Some("api_key") && cfg.option("is_fee_paid_by_user").is_some() {
        return Err(bad(said!(
            "error-option-fee-payer",
            "is_fee_paid_by_user applies to payments created with OAuth; with auth=api_key the \
             account's own setting in the Cryptofuse dashboard decides"
        )));
    }
    expiry_minutes(cfg)?;
    timeouts(cfg)?;
    Ok(())
}

/// Whether a URL points at this machine, where plain http stays local.
fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

fn number_option(
    cfg: &ProviderConfig,
    key: &str,
    range: std::ops::RangeInclusive<u32>,
) -> Result<Option<u32>, ConnectError> {
    cfg.option(key)
        .map(|v| {
            v.parse::<u32>()
                .ok()
                .filter(|n| range.contains(n))
                .ok_or_else(|| {
                    ConnectError::BadOption(
                        cfg.name.clone(),
                        said!(
                            "error-option-number",
                            "{key}={value}: use a whole number from {low} to {high}",
                            key = key,
                            value = v,
                            low = *range.start(),
                            high = *range.end()
                        ),
                    )
                })
        })
        .transpose()
}

fn expiry_minutes(cfg: &ProviderConfig) -> Result<Option<u32>, ConnectError> {
    number_option(cfg, "expiry_minutes", 1..=1440)
}

fn timeouts(cfg: &ProviderConfig) -> Result<Timeouts, ConnectError> {
    let mut t = Timeouts::default();
    if let Some(secs) = number_option(cfg, "timeout_secs", 1..=120)? {
        t.request = Duration::from_secs(secs.into());
        t.connect = t.connect.min(t.request);
    }
    Ok(t)
}

/// The sandbox simulator's state for a provider, inside the data dir.
pub fn sandbox_state_path(data_dir: &Path, provider: &str) -> PathBuf {
    data_dir.join("sandbox").join(format!("{provider}.sqlite3"))
}

/// Where a provider's currency list is kept between processes: under its
/// own id, so a provider added again under an old name asks afresh.
pub fn currency_file_path(data_dir: &Path, cfg: &ProviderConfig) -> PathBuf {
    let id = if cfg.id.is_empty() {
        &cfg.name
    } else {
        &cfg.id
    };
    data_dir.join("cache").join(format!("currencies-{id}.json"))
}

/// Whether the provider's gateway can mark a payment paid by hand
/// (CryptoScan's `PUT invoice/confirm/{id}`, or a sandbox speaking it).
pub fn confirms_manually(cfg: &ProviderConfig) -> bool {
    match cfg.kind {
        ProviderKind::Cryptoscan => true,
        ProviderKind::Sandbox => cfg.option("protocol") == Some("cryptoscan"),
        _ => false,
    }
}

/// Whether the gateway sends withdrawals (and so refunds) by its API;
/// CryptoScan has none: a refund made in its dashboard is recorded.
pub fn sends_withdrawals(cfg: &ProviderConfig) -> bool {
    match cfg.kind {
        ProviderKind::Cryptoscan => false,
        ProviderKind::Sandbox => cfg.option("protocol") != Some("cryptoscan"),
        _ => true,
    }
}

/// The secrets a kind needs, by key, in the order they are asked for.
pub fn secret_keys(cfg: &ProviderConfig) -> &'static [&'static str] {
    match cfg.kind {
        ProviderKind::Cryptofuse if cfg.option("auth") == Some("api_key") => {
            &["api_key", "client_id", "client_secret"]
        }
        ProviderKind::Cryptofuse => &["client_id", "client_secret"],
        ProviderKind::Cryptopayment => &["api_key", "api_secret"],
        ProviderKind::Cryptoscan => &["public_key", "private_key"],
        ProviderKind::Sandbox => &[],
    }
}

/// Reads every secret `cfg` needs, or names the variables that are missing.
fn require(cfg: &ProviderConfig, secrets: &dyn Secrets) -> Result<Vec<String>, ConnectError> {
    secret_keys(cfg)
        .iter()
        .map(|k| secrets.get(cfg, k))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| missing(cfg))
}

fn missing(cfg: &ProviderConfig) -> ConnectError {
    let mut needed = secret_keys(cfg)
        .iter()
        .map(|k| cfg.secret_env_var(k))
        .collect::<Vec<_>>()
        .join(" and ");
    if cfg.kind == ProviderKind::Cryptofuse && cfg.option("auth") == Some("api_key") {
        needed.push_str(
            " (the API key only creates payments; Cryptofuse documents rates, status and lists with OAuth only)",
        );
    }
    ConnectError::MissingCredentials {
        provider: cfg.name.clone(),
        needed,
    }
}

pub async fn connect(
    cfg: &ProviderConfig,
    secrets: &dyn Secrets,
    data_dir: &Path,
) -> Result<Connected, ConnectError> {
    check(cfg)?;
    let base_url = cfg.base_url().unwrap_or_default().to_string();
    let timeouts = timeouts(cfg)?;
    let (gateway, payouts) = match cfg.kind {
        ProviderKind::Sandbox => return sandbox(cfg, data_dir).await,
        ProviderKind::Cryptofuse => {
            let [client_id, client_secret, key] = match require(cfg, secrets)?.as_slice() {
                [id, secret] => [id.clone(), secret.clone(), String::new()],
                [key, id, secret] => [id.clone(), secret.clone(), key.clone()],
                _ => return Err(missing(cfg)),
            };
            let client = OAuthClient {
                client_id,
                client_secret,
                basic: cfg.option("token_auth") == Some("basic"),
            };
            let auth = if cfg.option("auth") == Some("api_key") {
                Auth::ApiKey { key, client }
            } else {
                Auth::OAuth(client)
            };
            both(
                Cryptofuse::new(cryptofuse::Config {
                    base_url,
                    auth,
                    timeouts,
                    expiry_minutes: expiry_minutes(cfg)?,
                    fee_paid_by_user: cfg.option("is_fee_paid_by_user") == Some("true"),
                })?
                .with_currency_file(currency_file_path(data_dir, cfg)),
            )
        }
        ProviderKind::Cryptopayment => {
            let [key, secret] = two(require(cfg, secrets)?);
            both(Cryptopayment::new(cryptopayment::Config {
                base_url,
                api_key: key,
                api_secret: secret,
                timeouts,
            })?)
        }
        ProviderKind::Cryptoscan => {
            let [public_key, private_key] = two(require(cfg, secrets)?);
            both(Cryptoscan::new(cryptoscan::Config {
                base_url,
                public_key,
                private_key,
                auth: cryptoscan_auth(cfg),
                timeouts,
            })?)
        }
    };
    Ok(Connected {
        gateway,
        payouts,
        simulator: None,
    })
}

fn two(values: Vec<String>) -> [String; 2] {
    let mut it = values.into_iter();
    [it.next().unwrap_or_default(), it.next().unwrap_or_default()]
}

fn cryptoscan_auth(cfg: &ProviderConfig) -> cryptoscan::Auth {
    match cfg.option("auth") {
        Some("private-key") => cryptoscan::Auth::PrivateKey,
        _ => cryptoscan::Auth::Signature,
    }
}

/// Starts the simulator for a sandbox provider in this process and hands
/// back the client of the protocol it speaks.
async fn sandbox(cfg: &ProviderConfig, data_dir: &Path) -> Result<Connected, ConnectError> {
    let protocol: Protocol = cfg
        .option("protocol")
        .unwrap_or("cryptofuse")
        .parse()
        .map_err(|e: String| {
            let allowed = counterpay_core::said::arg(&Protocol::ALL.map(Protocol::as_str));
            ConnectError::BadOption(
                cfg.name.clone(),
                Said::new("error-option-protocol", e, [("allowed", allowed)]),
            )
        })?;
    let path = sandbox_state_path(data_dir, &cfg.name);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(ConnectError::Sandbox)?;
    }
    let sim_config = SimConfig::sandbox();
    let sim = Simulator::start(&path, sim_config, protocol)
        .await
        .map_err(ConnectError::Sandbox)?;
    let (gateway, payouts) = sandbox_clients(&sim, expiry_minutes(cfg)?)?;
    Ok(Connected {
        gateway,
        payouts,
        simulator: Some(sim),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_url(url: &str) -> ProviderConfig {
        ProviderConfig {
            id: String::new(),
            name: "fuse".into(),
            kind: ProviderKind::Cryptofuse,
            base_url: Some(url.into()),
            options: Default::default(),
            is_default: false,
        }
    }

    #[test]
    fn base_urls_are_https_except_on_this_machine() {
        for ok in [
            "https://api.cryptofuse.com",
            "http://127.0.0.1:8080",
            "http://127.9.9.9",
            "http://localhost:3000/api",
            "http://[::1]:9000",
        ] {
            assert!(check(&with_url(ok)).is_ok(), "{ok}");
        }
        for bad in [
            "http://api.cryptofuse.com",
            "http://10.0.0.5",
            "http://localhost.evil.example",
            "ftp://api.cryptofuse.com",
            "https://user:pass@api.cryptofuse.com",
        ] {
            assert!(check(&with_url(bad)).is_err(), "{bad}");
        }
        let e = check(&with_url("http://gateway.example")).unwrap_err();
        assert!(e.to_string().contains("unencrypted"), "{e}");
    }

    #[test]
    fn who_pays_the_fee_is_chosen_only_where_it_is_sent() {
        let mut cfg = with_url("https://api.cryptofuse.com");
        cfg.options
            .insert("is_fee_paid_by_user".into(), "true".into());
        assert!(check(&cfg).is_ok());
        cfg.options.insert("auth".into(), "api_key".into());
        let e = check(&cfg).unwrap_err();
        assert!(e.to_string().contains("OAuth"), "{e}");
        cfg.options.remove("auth");
        cfg.options
            .insert("is_fee_paid_by_user".into(), "maybe".into());
        let e = check(&cfg).unwrap_err();
        assert!(e.to_string().contains("use false or true"), "{e}");
    }
}

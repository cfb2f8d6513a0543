//! From a configured provider to a working gateway client.

use crate::cryptofuse::{self, Auth, Cryptofuse};
use crate::http::Timeouts;
use crate::sim::{Protocol, SimConfig, Simulator};
use counterpay_core::{Gateway, GatewayError, ProviderConfig, ProviderKind};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// Where secrets come from: environment variables today, the OS keyring
/// behind the same trait in the desktop app.
pub trait Secrets: Send + Sync {
    fn get(&self, provider: &ProviderConfig, key: &str) -> Option<String>;
}

/// `COUNTERPAY_<NAME>_<KEY>`.
pub struct EnvSecrets;

impl Secrets for EnvSecrets {
    fn get(&self, provider: &ProviderConfig, key: &str) -> Option<String> {
        std::env::var(provider.secret_env_var(key))
            .ok()
            .filter(|v| !v.trim().is_empty())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("provider {provider} has no credentials: set {needed}")]
    MissingCredentials { provider: String, needed: String },
    #[error("provider {0}: {1}")]
    BadOption(String, String),
    #[error("{0} is not supported by this version of Counterpay yet")]
    Unsupported(String),
    #[error("the sandbox gateway could not start: {0}")]
    Sandbox(std::io::Error),
    #[error(transparent)]
    Gateway(#[from] GatewayError),
}

pub struct Connected {
    pub gateway: Arc<dyn Gateway>,
    /// Keeps the sandbox's simulator serving while the client is in use.
    pub simulator: Option<Simulator>,
}

/// The options each kind understands, so a typo is refused at `provider add`.
fn known_options(kind: ProviderKind) -> &'static [&'static str] {
    match kind {
        ProviderKind::Cryptofuse => &["auth", "token_auth", "expiry_minutes", "timeout_secs"],
        ProviderKind::Sandbox => &["protocol", "expiry_minutes"],
        ProviderKind::Cryptopayment | ProviderKind::Cryptoscan => &[],
    }
}

/// Checks a provider's configuration before it is saved.
pub fn check(cfg: &ProviderConfig) -> Result<(), ConnectError> {
    let bad = |msg: String| ConnectError::BadOption(cfg.name.clone(), msg);
    match cfg.kind {
        ProviderKind::Cryptopayment | ProviderKind::Cryptoscan => {
            return Err(ConnectError::Unsupported(format!(
                "the {} gateway",
                cfg.kind
            )))
        }
        ProviderKind::Sandbox if cfg.base_url.is_some() => {
            return Err(bad(
                "a sandbox runs inside Counterpay and takes no --base-url".into(),
            ))
        }
        _ => {}
    }
    if let Some(url) = &cfg.base_url {
        let parsed = url::Url::parse(url)
            .map_err(|e| bad(format!("--base-url {url} is not a URL ({e})")))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(bad(format!("--base-url {url} must start with https://")));
        }
    }
    let known = known_options(cfg.kind);
    for key in cfg.options.keys() {
        if !known.contains(&key.as_str()) {
            return Err(bad(format!(
                "unknown option {key}; {} takes {}",
                cfg.kind,
                if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                }
            )));
        }
    }
    expiry_minutes(cfg)?;
    timeouts(cfg)?;
    if let Some(p) = cfg.option("protocol") {
        if p != "cryptofuse" {
            return Err(ConnectError::Unsupported(format!(
                "the sandbox's {p} protocol"
            )));
        }
    }
    if let Some(a) = cfg.option("auth") {
        if !matches!(a, "oauth" | "api_key") {
            return Err(bad(format!("auth={a}: use auth=oauth or auth=api_key")));
        }
    }
    if let Some(a) = cfg.option("token_auth") {
        if !matches!(a, "body" | "basic") {
            return Err(bad(format!(
                "token_auth={a}: use token_auth=body or token_auth=basic"
            )));
        }
    }
    Ok(())
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
                        format!(
                            "{key}={v}: use a whole number from {} to {}",
                            range.start(),
                            range.end()
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

pub async fn connect(
    cfg: &ProviderConfig,
    secrets: &dyn Secrets,
    data_dir: &Path,
) -> Result<Connected, ConnectError> {
    check(cfg)?;
    match cfg.kind {
        ProviderKind::Sandbox => {
            let path = sandbox_state_path(data_dir, &cfg.name);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(ConnectError::Sandbox)?;
            }
            let sim_config = SimConfig::sandbox();
            let sim = Simulator::start(&path, sim_config.clone(), Protocol::Cryptofuse)
                .await
                .map_err(ConnectError::Sandbox)?;
            let client = Cryptofuse::new(cryptofuse::Config {
                base_url: sim.base_url(),
                auth: Auth::OAuth {
                    client_id: sim_config.client_id,
                    client_secret: sim_config.client_secret,
                    basic: false,
                },
                timeouts: Timeouts::default(),
                expiry_minutes: expiry_minutes(cfg)?,
            })?;
            Ok(Connected {
                gateway: Arc::new(client),
                simulator: Some(sim),
            })
        }
        ProviderKind::Cryptofuse => {
            let get = |key| secrets.get(cfg, key);
            let want_key = cfg.option("auth") == Some("api_key");
            let auth = match (get("client_id"), get("client_secret"), get("api_key")) {
                (Some(id), Some(secret), _) if !want_key => Auth::OAuth {
                    client_id: id,
                    client_secret: secret,
                    basic: cfg.option("token_auth") == Some("basic"),
                },
                (_, _, Some(key)) => Auth::ApiKey(key),
                _ => {
                    return Err(ConnectError::MissingCredentials {
                        provider: cfg.name.clone(),
                        needed: format!(
                            "{} and {} (or {} with --option auth=api_key)",
                            cfg.secret_env_var("client_id"),
                            cfg.secret_env_var("client_secret"),
                            cfg.secret_env_var("api_key")
                        ),
                    })
                }
            };
            let client = Cryptofuse::new(cryptofuse::Config {
                base_url: cfg.base_url().unwrap_or_default().to_string(),
                auth,
                timeouts: timeouts(cfg)?,
                expiry_minutes: expiry_minutes(cfg)?,
            })?;
            Ok(Connected {
                gateway: Arc::new(client),
                simulator: None,
            })
        }
        ProviderKind::Cryptopayment | ProviderKind::Cryptoscan => Err(ConnectError::Unsupported(
            format!("the {} gateway", cfg.kind),
        )),
    }
}

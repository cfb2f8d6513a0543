//! The shop as both front ends see it: the data dir, the journal, the
//! configured providers and their gateway clients, wired into a till.
//! Nothing here touches a window, so the headless CLI and the desktop shell
//! share it.

use crate::connect::{connect, ConnectError, Connected, Secrets};
use crate::keys::TillKeys;
use crate::staff::PinError;
use async_trait::async_trait;
use counterpay_core::payout::Payouts;
use counterpay_core::settings::Settings;
use counterpay_core::{said, Actor};
use counterpay_core::{
    Gateway, GatewayDirectory, GatewayHealth, Health, HealthBoard, Ledger, Observed,
    ProviderConfig, ProviderKind, Till, TillError,
};
use counterpay_journal::{Head, Journal, Keying, VerifyError};
use counterpay_sandbox::{SimConfig, SimPayment, SimState};
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// The directory under the OS data dir, named like the app's identifier so
/// the desktop app and the CLI share it.
pub const APP_DIR: &str = "com.counterpay.app";

/// What the journal refused (a name taken), in the catalogue's words; any
/// other failure of it as the command line says it.
pub(crate) fn journal_refusal(e: counterpay_journal::JournalError) -> TillError {
    match e {
        counterpay_journal::JournalError::Refused(said) => TillError::Refused(said),
        other => TillError::Invalid(other.to_string()),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ShopError {
    #[error("no data dir: give --data-dir or set COUNTERPAY_DATA_DIR")]
    NoDataDir,
    #[error("the data dir {path} cannot be created: {source}")]
    DataDir {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Journal(#[from] counterpay_journal::JournalError),
}

pub fn default_data_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join(APP_DIR))
}

pub struct Shop {
    pub data_dir: PathBuf,
    pub journal: Arc<Journal>,
    secrets: Arc<dyn Secrets>,
    gateways: Arc<Gateways>,
    /// The till's keys, or why they cannot be had in this process.
    keys: Result<TillKeys, String>,
    /// The connection pool to HQ, kept while its URL and password stay.
    pub(crate) hq: std::sync::Mutex<Option<crate::hq::Pool>>,
}

impl Shop {
    pub fn open(data_dir: Option<PathBuf>) -> Result<Shop, ShopError> {
        let data_dir = data_dir
            .or_else(default_data_dir)
            .ok_or(ShopError::NoDataDir)?;
        std::fs::create_dir_all(&data_dir).map_err(|source| ShopError::DataDir {
            path: data_dir.display().to_string(),
            source,
        })?;
        let journal = Arc::new(Journal::open(
            &data_dir.join(counterpay_journal::FILE_NAME),
        )?);
        let keys = TillKeys::load_or_create(&data_dir, &journal);
        journal.set_keying(match &keys {
            Ok(k) => k.keying(),
            Err(why) => Keying::Unavailable(why.clone()),
        })?;
        let secrets: Arc<dyn Secrets> = Arc::new(crate::secrets::EnvThenKeyring);
        let gateways = Arc::new(Gateways {
            shop_dir: data_dir.clone(),
            journal: journal.clone(),
            secrets: secrets.clone(),
            recorded: keys.as_ref().ok().and_then(TillKeys::recorded_head),
            live: tokio::sync::Mutex::new(HashMap::new()),
            health: Arc::new(HealthBoard::default()),
        });
        Ok(Shop {
            data_dir,
            journal,
            secrets,
            gateways,
            keys,
            hq: std::sync::Mutex::new(None),
        })
    }

    /// The till's keys, or why this process cannot have them.
    pub fn keys(&self) -> Result<&TillKeys, &str> {
        self.keys.as_ref().map_err(String::as_str)
    }

    /// Whether the journal's people and configuration can be trusted now:
    /// nothing missing, nothing edited, the tables what the chain says.
    /// Every PIN, gateway connection and money-moving change asks first.
    /// A key that cannot be had here is said as such, not as tampering.
    pub fn check_integrity(&self) -> Result<(), PinError> {
        let recorded = self.keys.as_ref().ok().and_then(TillKeys::recorded_head);
        self.journal
            .check_live_state(recorded.as_ref())
            .map_err(|e| match e {
                VerifyError::NoKey { why, .. } => PinError::NoKeys(why),
                e => PinError::Tampered(format!("the journal was changed outside Counterpay ({e}); nothing that moves money is done until `counterpay journal verify` is clean")),
            })
    }

    /// Records the journal's newest event off the file (see `keys`).
    pub fn record_head(&self) {
        if let Ok(k) = &self.keys {
            k.record_head(&self.journal);
        }
    }

    /// `journal verify`, with every head recorded off the file and any the
    /// caller names.
    pub fn verify(
        &self,
        expect: Option<&str>,
    ) -> Result<counterpay_journal::Verified, counterpay_journal::VerifyError> {
        let mut heads: Vec<Head> = self
            .keys
            .as_ref()
            .ok()
            .and_then(TillKeys::recorded_head)
            .into_iter()
            .collect();
        if let Some(hash) = expect {
            heads.push(Head {
                seq: None,
                hash: hash.trim().to_ascii_lowercase(),
            });
        }
        self.journal.verify(&heads)
    }

    /// The provider a command means: the named one, or the only one, or the
    /// one marked default.
    pub fn provider(&self, name: Option<&str>) -> Result<ProviderConfig, TillError> {
        let all = self
            .journal
            .providers()
            .map_err(|e| TillError::Invalid(e.to_string()))?;
        let names = || {
            all.iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        if let Some(name) = name {
            return all.iter().find(|p| p.name == name).cloned().ok_or_else(|| {
                if all.is_empty() {
                    said!(
                        "error-provider-unknown",
                        "no provider named {name}: none is configured yet",
                        name = name
                    )
                } else {
                    said!(
                        "error-provider-unknown",
                        "no provider named {name}; configured: {configured}",
                        name = name,
                        configured = names()
                    )
                }
                .into()
            });
        }
        match all.as_slice() {
            [] => Err(said!(
                "error-no-gateway",
                "no provider is configured: add one, e.g. `counterpay provider add demo --kind sandbox`"
            )
            .into()),
            [only] => Ok(only.clone()),
            many => many.iter().find(|p| p.is_default).cloned().ok_or_else(|| {
                said!(
                    "error-no-default-gateway",
                    "several providers are configured ({configured}): pick one with --provider, or add one with --default",
                    configured = names()
                )
                .into()
            }),
        }
    }

    /// Adds a provider, as typed by a person: names and URLs trimmed, the
    /// kind's options checked before anything is saved. It becomes the
    /// default only when asked (`is_default`), which the caller has made
    /// sure the person may ask.
    pub fn add_provider(
        &self,
        name: &str,
        kind: &str,
        base_url: Option<&str>,
        options: std::collections::BTreeMap<String, String>,
        is_default: bool,
        actor: &Actor,
    ) -> Result<ProviderConfig, TillError> {
        let invalid = |m: String| TillError::Invalid(m);
        let cfg = ProviderConfig {
            id: String::new(),
            name: name.trim().to_string(),
            kind: kind.parse().map_err(invalid)?,
            base_url: base_url
                .map(|u| u.trim().trim_end_matches('/').to_string())
                .filter(|u| !u.is_empty()),
            options,
            is_default,
        };
        crate::connect::check(&cfg).map_err(|e| {
            e.said()
                .map_or_else(|| invalid(e.to_string()), TillError::Refused)
        })?;
        self.journal
            .add_provider(&cfg, actor)
            .map_err(journal_refusal)
    }

    /// Removes a provider and its keyring credentials. A keyring that
    /// cannot be reached leaves them behind, unused: they are filed under
    /// the removed provider's own id, which nothing will have again.
    pub fn remove_provider(&self, name: &str, actor: &Actor) -> Result<usize, TillError> {
        let removed = self
            .journal
            .remove_provider(name, actor)
            .map_err(|e| TillError::Invalid(e.to_string()))?;
        let keys = crate::connect::secret_keys(&removed);
        Ok(crate::secrets::forget(&removed, keys).unwrap_or_else(|e| {
            tracing::info!(provider = name, error = %e, "credentials of a removed provider left in the keyring");
            0
        }))
    }

    /// Stores a provider's secrets in the OS keyring; the audit trail
    /// names which keys, never their values.
    pub fn store_credentials(
        &self,
        cfg: &ProviderConfig,
        values: &[(&str, String)],
        actor: &Actor,
    ) -> Result<(), crate::secrets::KeyringError> {
        crate::secrets::store(cfg, values)?;
        // New keys may see another account, with other assets and limits.
        let _ = std::fs::remove_file(crate::connect::currency_file_path(&self.data_dir, cfg));
        let keys: Vec<&str> = values.iter().map(|(k, _)| *k).collect();
        self.audit_credentials(cfg, "credentials_stored", &keys, actor)
    }

    /// Removes a provider's secrets from the OS keyring; returns how many
    /// there were.
    pub fn forget_credentials(
        &self,
        cfg: &ProviderConfig,
        actor: &Actor,
    ) -> Result<usize, crate::secrets::KeyringError> {
        let keys = crate::connect::secret_keys(cfg);
        let removed = crate::secrets::forget(cfg, keys)?;
        self.audit_credentials(cfg, "credentials_removed", keys, actor)?;
        Ok(removed)
    }

    fn audit_credentials(
        &self,
        cfg: &ProviderConfig,
        action: &str,
        keys: &[&str],
        actor: &Actor,
    ) -> Result<(), crate::secrets::KeyringError> {
        let entry = counterpay_core::AuditEntry::new(
            actor,
            action,
            serde_json::json!({ "provider": cfg.name, "keys": keys }),
        );
        self.journal
            .record_audit(&format!("provider:{}", cfg.id), &entry)
            .map_err(|e| crate::secrets::KeyringError::Audit(e.to_string()))
    }

    pub fn set_default_provider(&self, name: &str, actor: &Actor) -> Result<(), TillError> {
        self.journal
            .set_default_provider(name, actor)
            .map_err(|e| TillError::Invalid(e.to_string()))
    }

    /// Changes one setting, checked; returns its canonical value.
    pub fn set_setting(&self, key: &str, value: &str, actor: &Actor) -> Result<String, TillError> {
        let mut settings = self
            .settings()
            .map_err(|e| TillError::Invalid(e.to_string()))?;
        let fiat = settings.fiat.clone();
        let canonical = settings.set(key, value).map_err(TillError::Invalid)?;
        // Catalogue prices are figures in the shop's fiat: under another
        // they would be other prices.
        let priced = || {
            self.journal
                .catalog()
                .map(|items| !items.is_empty())
                .map_err(|e| TillError::Invalid(e.to_string()))
        };
        if key == "fiat" && settings.fiat != fiat && priced()? {
            return Err(said!(
                "error-fiat-priced",
                "the catalogue's prices are in {fiat}: remove its items (or import them again in {new}) before changing the fiat",
                fiat = fiat.code(),
                new = settings.fiat.code()
            )
            .into());
        }
        self.journal
            .set_setting(key, &canonical, actor)
            .map_err(|e| TillError::Invalid(e.to_string()))?;
        Ok(canonical)
    }

    pub fn secrets(&self) -> &dyn Secrets {
        self.secrets.as_ref()
    }

    pub fn settings(&self) -> Result<Settings, ShopError> {
        Ok(Settings::from_stored(&self.journal.settings()?))
    }

    /// The till's time zone, its one setting read; the computer's when it
    /// cannot be read (what then fails says why).
    pub fn zone(&self) -> counterpay_core::TillZone {
        self.journal
            .setting("time_zone")
            .ok()
            .flatten()
            .and_then(|name| counterpay_core::TillZone::parse(&name).ok())
            .unwrap_or_default()
    }

    pub fn till(&self) -> Till {
        let till = Till::new(self.journal.clone(), self.gateways.clone());
        match self.journal.till_id() {
            Ok(id) => till.for_till(&id),
            Err(_) => till,
        }
    }

    /// A provider's client, connected on first use and kept.
    pub async fn gateway(&self, provider: &str) -> Result<Arc<dyn Gateway>, TillError> {
        Ok(self.gateways.connected(provider).await?.0)
    }

    /// How the provider's gateway answered last.
    pub fn gateway_health(&self, provider: &str) -> GatewayHealth {
        self.gateways.health.get(provider)
    }

    /// Asks the provider's gateway how it is unless it answered within
    /// `quiet`, so the counter learns of an outage before the next sale.
    /// While it refuses the credentials, the ask is one that needs them: a
    /// ping without any could not tell that it accepts them again.
    pub async fn ping_if_quiet(&self, provider: &str, quiet: std::time::Duration) -> GatewayHealth {
        let heard = self.gateways.health.quiet_for(provider);
        if heard.is_none_or(|q| q >= quiet) {
            if let Ok(g) = self.gateway(provider).await {
                let _ = match self.gateway_health(provider).state {
                    Health::CredentialsRejected => g.check_credentials().await,
                    _ => g.ping().await,
                };
            }
        }
        self.gateway_health(provider)
    }

    /// The balances and withdrawals side of a provider's client.
    pub async fn payouts(&self, provider: &str) -> Result<Arc<dyn Payouts>, TillError> {
        Ok(self.gateways.connected(provider).await?.1)
    }
}

/// Connects to each provider the first time the till needs it and keeps
/// the connection (and a sandbox's simulator) for the process's life.
struct Gateways {
    shop_dir: PathBuf,
    journal: Arc<Journal>,
    secrets: Arc<dyn Secrets>,
    /// The newest event recorded off the file when the shop opened.
    recorded: Option<Head>,
    live: tokio::sync::Mutex<HashMap<String, Connected>>,
    /// What the clients' answers say of each gateway.
    health: Arc<HealthBoard>,
}

impl Gateways {
    async fn connected(
        &self,
        provider: &str,
    ) -> Result<(Arc<dyn Gateway>, Arc<dyn Payouts>), TillError> {
        let mut live = self.live.lock().await;
        if let Some(c) = live.get(provider) {
            return Ok((c.gateway.clone(), c.payouts.clone()));
        }
        // A base URL or an address edited in the file must not get the
        // credentials or the money: the providers are trusted only as the
        // chain has them.
        self.journal
            .check_live_state(self.recorded.as_ref())
            .map_err(|e| {
                let why = format!("the journal was changed outside Counterpay ({e}): no gateway is used until `counterpay journal verify` is clean");
                self.health.set(provider, Health::Unreachable, why.clone());
                TillError::Provider(provider.to_string(), why)
            })?;
        let cfg = self
            .journal
            .providers()
            .map_err(|e| TillError::Invalid(e.to_string()))?
            .into_iter()
            .find(|p| p.name == provider)
            .ok_or_else(|| {
                TillError::Provider(
                    provider.to_string(),
                    format!("provider {provider} is no longer configured"),
                )
            })?;
        let mut connected = match connect(&cfg, self.secrets.as_ref(), &self.shop_dir).await {
            Ok(c) => c,
            Err(e) => {
                let state = match e {
                    ConnectError::MissingCredentials { .. } => Health::CredentialsRejected,
                    _ => Health::Unreachable,
                };
                self.health.set(provider, state, e.to_string());
                return Err(TillError::Provider(provider.to_string(), e.to_string()));
            }
        };
        connected.gateway = Arc::new(Observed::new(
            connected.gateway,
            provider,
            self.health.clone(),
        ));
        let both = (connected.gateway.clone(), connected.payouts.clone());
        live.insert(provider.to_string(), connected);
        Ok(both)
    }
}

#[async_trait]
impl GatewayDirectory for Gateways {
    async fn gateway(&self, provider: &str) -> Result<Arc<dyn Gateway>, TillError> {
        Ok(self.connected(provider).await?.0)
    }
}

/// What the simulated payer of a sandbox invoice does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Payer {
    /// Pays this much, or what is still owed.
    Pay(Option<Decimal>),
    /// Pays half of what was asked.
    PayHalf,
    /// Lets the invoice expire now.
    Expire,
}

impl Shop {
    /// Acts as the customer of a sandbox invoice, on the simulator's state.
    pub fn simulate(&self, id: &str, payer: Payer) -> Result<SimPayment, TillError> {
        let invoice = self
            .journal
            .invoice(id)?
            .ok_or_else(|| TillError::UnknownInvoice(id.to_string()))?;
        let cfg = self.provider(Some(&invoice.provider))?;
        if cfg.kind != ProviderKind::Sandbox {
            return Err(TillError::Invalid(format!(
                "invoice {} is a real {} invoice; the simulated payer only pays sandbox invoices",
                invoice.id, cfg.kind
            )));
        }
        let reference = invoice.provider_ref.clone().ok_or_else(|| {
            TillError::Invalid(format!(
                "invoice {} never reached the sandbox gateway",
                invoice.id
            ))
        })?;
        let path = crate::connect::sandbox_state_path(&self.data_dir, &cfg.name);
        let sim = SimState::open(&path, SimConfig::sandbox())
            .map_err(|e| TillError::Invalid(format!("the sandbox cannot be opened: {e}")))?;
        let done = match payer {
            Payer::Pay(amount) => sim.pay(&reference, amount),
            Payer::PayHalf => {
                let half = invoice
                    .amount_crypto
                    .map(|a| (a / Decimal::TWO).round_dp(6));
                sim.pay(&reference, half)
            }
            Payer::Expire => sim.expire(&reference),
        };
        done.map_err(TillError::Invalid)
    }
}

//! The shop as both front ends see it: the data dir, the journal, the
//! configured providers and their gateway clients, wired into a till.
//! Nothing here touches a window, so the headless CLI and the desktop shell
//! share it.

use async_trait::async_trait;
use chrono::{DateTime, Local, NaiveDate, TimeZone, Utc};
use counterpay_core::payout::Payouts;
use counterpay_core::settings::Settings;
use counterpay_core::{
    Gateway, GatewayDirectory, Ledger, ProviderConfig, ProviderKind, Till, TillError,
};
use counterpay_gateways::sim::{SimConfig, SimPayment, SimState};
use counterpay_gateways::{connect, Connected, Secrets};
use counterpay_journal::Journal;
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// The directory under the OS data dir, named like the app's identifier so
/// the desktop app and the CLI share it.
pub const APP_DIR: &str = "com.counterpay.app";

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
        let secrets: Arc<dyn Secrets> = Arc::new(crate::secrets::EnvThenKeyring);
        let gateways = Arc::new(Gateways {
            shop_dir: data_dir.clone(),
            journal: journal.clone(),
            secrets: secrets.clone(),
            live: tokio::sync::Mutex::new(HashMap::new()),
        });
        Ok(Shop {
            data_dir,
            journal,
            secrets,
            gateways,
        })
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
                TillError::Invalid(if all.is_empty() {
                    format!("no provider named {name}: none is configured yet")
                } else {
                    format!("no provider named {name}; configured: {}", names())
                })
            });
        }
        match all.as_slice() {
            [] => Err(TillError::Invalid(
                "no provider is configured: add one, e.g. `counterpay provider add demo --kind sandbox`".into(),
            )),
            [only] => Ok(only.clone()),
            many => many.iter().find(|p| p.is_default).cloned().ok_or_else(|| {
                TillError::Invalid(format!(
                    "several providers are configured ({}): pick one with --provider, or add one with --default",
                    names()
                ))
            }),
        }
    }

    /// Adds a provider, as typed by a person: names and URLs trimmed, the
    /// kind's options checked before anything is saved.
    pub fn add_provider(
        &self,
        name: &str,
        kind: &str,
        base_url: Option<&str>,
        options: std::collections::BTreeMap<String, String>,
        is_default: bool,
    ) -> Result<ProviderConfig, TillError> {
        let invalid = |m: String| TillError::Invalid(m);
        let cfg = ProviderConfig {
            name: name.trim().to_string(),
            kind: kind.parse().map_err(invalid)?,
            base_url: base_url
                .map(|u| u.trim().trim_end_matches('/').to_string())
                .filter(|u| !u.is_empty()),
            options,
            is_default,
        };
        counterpay_gateways::connect::check(&cfg).map_err(|e| invalid(e.to_string()))?;
        self.journal
            .add_provider(&cfg)
            .map_err(|e| invalid(e.to_string()))?;
        Ok(cfg)
    }

    pub fn secrets(&self) -> &dyn Secrets {
        self.secrets.as_ref()
    }

    pub fn settings(&self) -> Result<Settings, ShopError> {
        Ok(Settings::from_stored(&self.journal.settings()?))
    }

    pub fn till(&self) -> Till {
        Till::new(self.journal.clone(), self.gateways.clone())
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
    live: tokio::sync::Mutex<HashMap<String, Connected>>,
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
        let connected = connect(&cfg, self.secrets.as_ref(), &self.shop_dir)
            .await
            .map_err(|e| TillError::Provider(provider.to_string(), e.to_string()))?;
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

/// The UTC bounds of a calendar day in the till's local time.
pub fn local_day(day: NaiveDate) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let start = |d: NaiveDate| {
        let midnight = d.and_hms_opt(0, 0, 0)?;
        // A day that starts in a DST gap starts when the clock resumes.
        Some(
            Local
                .from_local_datetime(&midnight)
                .earliest()
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or_else(|| midnight.and_utc()),
        )
    };
    Some((start(day)?, start(day.succ_opt()?)?))
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
        let path = counterpay_gateways::connect::sandbox_state_path(&self.data_dir, &cfg.name);
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

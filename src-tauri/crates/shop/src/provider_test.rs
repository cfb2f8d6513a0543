//! `provider test`: can the till work with a gateway right now? It checks,
//! in order, that the gateway answers, that it accepts the credentials
//! (with the cheapest read that needs them), that it prices in the shop's
//! fiat, and that it offers the asset the counter starts with. Each check
//! says what to do when it fails. Adding a provider runs it too, as a
//! warning only: a gateway may just be down at that moment.

use crate::connect::ConnectError;
use crate::shop::Shop;
use counterpay_core::{said, GatewayError, ProviderConfig, Said};
use serde::Serialize;
use std::time::Duration;

/// A check that takes longer has failed: a shop cannot wait on it.
const PATIENCE: Duration = Duration::from_secs(20);

#[derive(Debug, Clone, Serialize)]
pub struct Check {
    /// `reachable`, `credentials`, `fiat` or `assets`.
    pub check: &'static str,
    pub ok: bool,
    pub reason: Said,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProviderTest {
    pub provider: String,
    pub ok: bool,
    pub checks: Vec<Check>,
}

fn pass(check: &'static str, reason: Said) -> Check {
    Check {
        check,
        ok: true,
        reason,
    }
}

fn fail(check: &'static str, reason: Said) -> Check {
    Check {
        check,
        ok: false,
        reason,
    }
}

fn answered() -> Check {
    pass(
        "reachable",
        said!("gateways-reason-answered", "the gateway answered"),
    )
}

async fn within<T>(
    f: impl std::future::Future<Output = Result<T, GatewayError>>,
) -> Result<T, GatewayError> {
    tokio::time::timeout(PATIENCE, f).await.unwrap_or_else(|_| {
        Err(GatewayError::Unavailable(format!(
            "no answer within {} s",
            PATIENCE.as_secs()
        )))
    })
}

impl Shop {
    pub async fn test_provider(&self, cfg: &ProviderConfig) -> ProviderTest {
        let checks = self.checks(cfg).await;
        ProviderTest {
            provider: cfg.name.clone(),
            ok: checks.iter().all(|c| c.ok),
            checks,
        }
    }

    async fn checks(&self, cfg: &ProviderConfig) -> Vec<Check> {
        let login = format!("store them with `counterpay provider login {}`", cfg.name);
        let connected = match crate::connect::connect(cfg, self.secrets(), &self.data_dir).await {
            Ok(c) => c,
            Err(ConnectError::MissingCredentials { needed, .. }) => {
                return vec![fail(
                    "credentials",
                    said!(
                        "gateways-reason-no-credentials",
                        "no credentials are stored: {login}, or set {needed}",
                        login = &login,
                        needed = needed
                    ),
                )]
            }
            Err(ConnectError::Gateway(e)) => return self.refused(e, &login),
            Err(e) => {
                return vec![fail(
                    "reachable",
                    Said::detail("gateways-reason-connect", e),
                )]
            }
        };
        let gateway = connected.gateway;
        if let Err(e) = within(gateway.check_credentials()).await {
            return self.refused(e, &login);
        }
        let mut checks = vec![
            answered(),
            pass(
                "credentials",
                said!(
                    "gateways-reason-accepted",
                    "the gateway accepted the credentials"
                ),
            ),
        ];
        let settings = match self.settings() {
            Ok(s) => s,
            Err(e) => {
                checks.push(fail("fiat", Said::detail("error-storage", e)));
                return checks;
            }
        };
        let fiat = settings.fiat.code();
        checks.push(match within(gateway.fiat_enabled(fiat)).await {
            Ok(Some(true)) => pass(
                "fiat",
                said!(
                    "gateways-reason-fiat",
                    "the gateway prices invoices in {fiat}",
                    fiat = fiat
                ),
            ),
            Ok(None) => pass(
                "fiat",
                said!(
                    "gateways-reason-fiat-open",
                    "the gateway's documents set no limit on {fiat}",
                    fiat = fiat
                ),
            ),
            Ok(Some(false)) => fail(
                "fiat",
                said!(
                    "gateways-reason-fiat-off",
                    "the gateway does not price invoices in {fiat}: turn {fiat} on in its dashboard, \
                     change the shop's fiat (settings set fiat), or choose another gateway",
                    fiat = fiat
                ),
            ),
            Err(e) => fail(
                "fiat",
                said!(
                    "gateways-reason-fiat-unknown",
                    "{fiat} could not be checked: {detail}",
                    fiat = fiat,
                    detail = e.to_string()
                ),
            ),
        });
        let asset = settings.default_asset.code();
        checks.push(match within(gateway.currencies()).await {
            Ok(list) => {
                let codes = list
                    .iter()
                    .map(|c| c.code.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                if list.iter().any(|c| c.code.eq_ignore_ascii_case(asset)) {
                    pass(
                        "assets",
                        said!(
                            "gateways-reason-assets",
                            "{count} asset(s) offered: {codes}",
                            count = list.len(),
                            codes = codes
                        ),
                    )
                } else {
                    fail(
                        "assets",
                        said!(
                            "gateways-reason-asset-missing",
                            "the counter starts with {asset}, which the gateway does not offer; enable it \
                             there or set default_asset to one of: {codes}",
                            asset = asset,
                            codes = codes
                        ),
                    )
                }
            }
            Err(e) => fail(
                "assets",
                said!(
                    "gateways-reason-assets-unknown",
                    "the asset list could not be read: {detail}",
                    detail = e.to_string()
                ),
            ),
        });
        checks
    }

    /// The first call failed: unreachable, or the credentials refused.
    fn refused(&self, e: GatewayError, login: &str) -> Vec<Check> {
        match e {
            GatewayError::Unavailable(why) => vec![fail(
                "reachable",
                said!(
                    "gateways-reason-unreachable",
                    "the gateway cannot be reached ({why}): check the internet connection and the base URL",
                    why = why
                ),
            )],
            GatewayError::Auth(why) => vec![
                answered(),
                fail(
                    "credentials",
                    said!(
                        "gateways-reason-refused",
                        "the gateway refused the credentials ({why}): {login} again",
                        why = why,
                        login = login
                    ),
                ),
            ],
            // A 429, a 500, an answer not understood: the gateway's own
            // refusal, in the catalogue's words where it has them.
            other => vec![
                answered(),
                fail(
                    "credentials",
                    other
                        .said()
                        .unwrap_or_else(|| Said::detail("gateways-reason-credentials", &other)),
                ),
            ],
        }
    }
}

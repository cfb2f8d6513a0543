//! The port every gateway client implements, in the till's vocabulary.

use crate::invoice::Confirmations;
use crate::status::{Flag, Status};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::time::Duration;

/// A payable asset as a gateway offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Currency {
    pub code: String,
    pub name: String,
    pub network: Option<String>,
    pub token: Option<String>,
    /// Limits in the asset itself.
    pub min_amount: Option<Decimal>,
    pub max_amount: Option<Decimal>,
    /// Limits in `limits_fiat` (USD for the gateways we speak), when known.
    pub min_amount_fiat: Option<Decimal>,
    pub max_amount_fiat: Option<Decimal>,
    pub limits_fiat: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateRequest {
    pub order_id: String,
    pub fiat: String,
    pub amount_fiat: Decimal,
    pub currency: String,
    pub description: Option<String>,
    pub expiry_minutes: Option<u32>,
}

/// A gateway's answer about one invoice; `None` fields were not in the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GatewayInvoice {
    pub provider_ref: String,
    pub order_id: Option<String>,
    pub status: Status,
    pub flags: BTreeSet<Flag>,
    pub currency: Option<String>,
    pub amount_crypto: Option<Decimal>,
    pub paid_crypto: Option<Decimal>,
    pub address: Option<String>,
    pub checkout_url: Option<String>,
    pub confirmations: Option<Confirmations>,
    pub txid: Option<String>,
    pub created_at: Option<DateTime<Utc>>,
    pub expires_at: Option<DateTime<Utc>>,
}

#[cfg(test)]
impl GatewayInvoice {
    /// An answer naming only the invoice and its status, for tests to
    /// fill in what they need.
    pub(crate) fn bare(provider_ref: &str, status: Status) -> Self {
        GatewayInvoice {
            provider_ref: provider_ref.into(),
            order_id: None,
            status,
            flags: BTreeSet::new(),
            currency: None,
            amount_crypto: None,
            paid_crypto: None,
            address: None,
            checkout_url: None,
            confirmations: None,
            txid: None,
            created_at: None,
            expires_at: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GatewayError {
    #[error("the gateway refused the credentials ({0}); check the provider's keys")]
    Auth(String),
    /// HTTP 403: the credentials were read and are not allowed this; a new
    /// token would change nothing.
    #[error("the gateway does not allow this with these credentials ({0}); check the account's permissions in its dashboard")]
    Forbidden(String),
    #[error("the gateway asks us to slow down{}", retry_after.map(|d| format!(" (retry in {} s)", d.as_secs().max(1))).unwrap_or_default())]
    RateLimited { retry_after: Option<Duration> },
    #[error("the gateway refused: {}", refusal(message, fields))]
    Rejected {
        message: String,
        fields: Vec<FieldError>,
    },
    #[error("the gateway does not know {0}")]
    NotFound(String),
    #[error("the gateway is unavailable ({0}); try again in a moment")]
    Unavailable(String),
    #[error("the gateway answered something we cannot read ({0})")]
    Protocol(String),
    /// The gateway's API has no way to do this; the message says where to
    /// do it instead.
    #[error("{0}")]
    Unsupported(String),
}

/// A refusal in the gateway's own words: its message, and what it said of
/// each field.
pub fn refusal(message: &str, fields: &[FieldError]) -> String {
    if fields.is_empty() {
        return message.to_string();
    }
    let parts: Vec<String> = fields
        .iter()
        .map(|f| format!("{}: {}", f.field, f.message))
        .collect();
    format!("{message} ({})", parts.join("; "))
}

impl GatewayError {
    /// The same words for the screens' catalogue, the gateway's own kept
    /// as they came (`detail`); none where the sentence is the app's own
    /// word of where to do it instead.
    pub fn said(&self) -> Option<crate::Said> {
        use crate::said::arg;
        let (id, args) = match self {
            GatewayError::Auth(detail) => ("error-gateway-auth", vec![("detail", arg(detail))]),
            GatewayError::Forbidden(detail) => {
                ("error-gateway-forbidden", vec![("detail", arg(detail))])
            }
            GatewayError::RateLimited { retry_after } => (
                "error-gateway-rate-limited",
                vec![(
                    "seconds",
                    arg(&retry_after.map_or(0, |d| d.as_secs().max(1))),
                )],
            ),
            GatewayError::Rejected { message, fields } => (
                "error-gateway-rejected",
                vec![("detail", arg(&refusal(message, fields)))],
            ),
            GatewayError::NotFound(what) => ("error-gateway-not-found", vec![("what", arg(what))]),
            GatewayError::Unavailable(detail) => {
                ("error-gateway-unavailable", vec![("detail", arg(detail))])
            }
            GatewayError::Protocol(detail) => {
                ("error-gateway-protocol", vec![("detail", arg(detail))])
            }
            GatewayError::Unsupported(_) => return None,
        };
        Some(crate::Said::new(id, self.to_string(), args))
    }

    /// After a create that ended this way, the gateway may or may not have
    /// made the invoice: only a lookup by order id can tell.
    pub fn outcome_unknown(&self) -> bool {
        matches!(
            self,
            GatewayError::Unavailable(_) | GatewayError::Protocol(_)
        )
    }

    /// A short machine-readable kind, for `{code, message}` errors.
    pub fn code(&self) -> &'static str {
        match self {
            GatewayError::Auth(_) => "gateway_auth",
            GatewayError::Forbidden(_) => "gateway_forbidden",
            GatewayError::RateLimited { .. } => "gateway_rate_limited",
            GatewayError::Rejected { .. } => "gateway_rejected",
            GatewayError::NotFound(_) => "gateway_not_found",
            GatewayError::Unavailable(_) => "gateway_unavailable",
            GatewayError::Protocol(_) => "gateway_protocol",
            GatewayError::Unsupported(_) => "gateway_unsupported",
        }
    }
}

#[async_trait]
pub trait Gateway: Send + Sync {
    /// The fiats this gateway prices invoices in, when it is limited.
    fn pricing_fiats(&self) -> Option<&'static [&'static str]> {
        None
    }
    /// What can be paid with, with limits.
    async fn currencies(&self) -> Result<Vec<Currency>, GatewayError>;
    /// Creates an invoice. Implementations never retry a create whose
    /// outcome is unknown; the till reconciles by order id instead.
    async fn create(&self, req: &CreateRequest) -> Result<GatewayInvoice, GatewayError>;
    async fn status(&self, provider_ref: &str) -> Result<GatewayInvoice, GatewayError>;
    /// Finds the invoice made for `order_id`, for healing a lost answer.
    async fn find_by_order_id(
        &self,
        order_id: &str,
    ) -> Result<Option<GatewayInvoice>, GatewayError>;
    /// The cheapest read that needs the credentials: it succeeds only when
    /// the gateway can be reached and accepts them.
    async fn check_credentials(&self) -> Result<(), GatewayError> {
        self.currencies().await.map(drop)
    }
    /// The cheapest call that shows the gateway is up, for the counter's
    /// health light while it is idle; it needs no credentials where the
    /// gateway documents such a call.
    async fn ping(&self) -> Result<(), GatewayError> {
        self.check_credentials().await
    }
    /// Whether the gateway prices invoices in `fiat`; `None` when its
    /// documents set no limit this client could check.
    async fn fiat_enabled(&self, fiat: &str) -> Result<Option<bool>, GatewayError> {
        Ok(self.pricing_fiats().map(|f| f.contains(&fiat)))
    }
    /// The invoices the gateway lists as made in `[from, to)`, every page
    /// of them; `Unsupported` where its API lists no day.
    async fn list_created(
        &self,
        _from: DateTime<Utc>,
        _to: DateTime<Utc>,
    ) -> Result<Vec<GatewayInvoice>, GatewayError> {
        Err(GatewayError::Unsupported(
            "this gateway's API has no list of invoices by day".into(),
        ))
    }
    /// Marks an invoice paid by hand, naming the transaction that paid it.
    /// A write: never sent twice blindly.
    async fn confirm_manually(
        &self,
        _provider_ref: &str,
        _txid: &str,
    ) -> Result<GatewayInvoice, GatewayError> {
        Err(GatewayError::Unsupported(
            "this gateway has no way to confirm a payment by hand: only CryptoScan has one".into(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejections_carry_the_gateways_field_messages() {
        let e = GatewayError::Rejected {
            message: "invalid request".into(),
            fields: vec![FieldError {
                field: "amount".into(),
                message: "below minimum".into(),
            }],
        };
        assert_eq!(
            e.to_string(),
            "the gateway refused: invalid request (amount: below minimum)"
        );
        let r = GatewayError::RateLimited {
            retry_after: Some(Duration::from_secs(3)),
        };
        assert!(r.to_string().contains("retry in 3 s"));
    }

    #[test]
    fn only_unavailable_and_unreadable_answers_leave_a_create_unknown() {
        assert!(GatewayError::Unavailable("500".into()).outcome_unknown());
        assert!(GatewayError::Protocol("bad json".into()).outcome_unknown());
        assert!(!GatewayError::Auth("401".into()).outcome_unknown());
        assert!(!GatewayError::RateLimited { retry_after: None }.outcome_unknown());
    }
}

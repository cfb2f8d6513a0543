//! The CryptoScan client: invoices (plain and with CryptoScan's payment
//! page), search by order id, manual confirmation, the merchant's balance
//! and fiat rates. Requests carry the public key and either a signature of
//! the request or the private key itself.

mod model;
pub(crate) mod signature;

pub use model::{asset_for, asset_of};
pub use model::{CurrencyRate, CurrencyStatus, ScanAsset, User, ASSETS};
pub use signature::verify_request;
pub use signature::{verify_webhook, WebhookHeaders};

pub use model::{
    find_reference, parse_created, parse_currency_status, parse_invoice, parse_rates, parse_user,
};

use crate::http::{self, Timeouts};
use async_trait::async_trait;
use counterpay_core::gateway::FieldError;
use counterpay_core::retry::Operation;
use counterpay_core::{CreateRequest, Currency, Gateway, GatewayError, GatewayInvoice};
use reqwest::header::HeaderValue;
use reqwest::Method;
use serde::Serialize;
use serde_json::value::RawValue;

/// How requests prove who sends them; the merchant picks one in
/// CryptoScan's settings and the client must use the same.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Auth {
    /// An HMAC of the request in the `signature` header: the private key
    /// never leaves the till.
    #[default]
    Signature,
    /// The private key itself in the `private-key` header.
    PrivateKey,
}

#[derive(Clone)]
pub struct Config {
    pub base_url: String,
    pub public_key: String,
    pub private_key: String,
    pub auth: Auth,
    pub timeouts: Timeouts,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("base_url", &self.base_url)
            .field("public_key", &self.public_key)
            .field("private_key", &crate::REDACTED)
            .field("auth", &self.auth)
            .field("timeouts", &self.timeouts)
            .finish()
    }
}

/// What CryptoScan's payment page shows and where it sends the payer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Widget {
    /// Shown to the payer, up to 100 characters.
    pub description: Option<String>,
    pub back_url: Option<String>,
    pub cancel_url: Option<String>,
    /// `ru-RU`, `en-US`, `de-DE`, `es-ES` or `fr-FR`.
    pub lang: Option<String>,
}

pub struct Cryptoscan {
    http: reqwest::Client,
    base: String,
    public_key: String,
    private_key: String,
    auth: Auth,
}

#[derive(Serialize)]
struct CreateBody<'a> {
    amount: Box<RawValue>,
    currency: &'a str,
    cryptocurrency: &'a str,
    network: &'a str,
    client_reference_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    metadata: Option<&'a str>,
}

#[derive(Serialize)]
struct WidgetBody<'a> {
    amount: Box<RawValue>,
    currency: &'a str,
    client_reference_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    widget_description: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    metadata: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    back_url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cancel_url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<&'a str>,
}

#[derive(Serialize)]
struct ConfirmBody<'a> {
    #[serde(rename = "transactionId")]
    transaction_id: &'a str,
}

/// A key a header cannot carry is refused up front rather than failing
/// every request.
fn header_key(name: &str, key: &str) -> Result<String, GatewayError> {
    let key = key.trim();
    if key.is_empty() || HeaderValue::from_str(key).is_err() {
        return Err(GatewayError::Auth(format!(
            "the {name} is empty or not plain text"
        )));
    }
    Ok(key.to_string())
}

/// The amount as the signature must see it: the server decodes it into a
/// PHP float and re-encodes it in its shortest form, so it is sent that way.
fn amount(value: rust_decimal::Decimal) -> Box<RawValue> {
    crate::wire::number(value.normalize())
}

/// Invoice ids are integers; anything else cannot name one and must not
/// reach the URL path.
fn invoice_path(prefix: &str, id: &str) -> Result<String, GatewayError> {
    let id = id.trim();
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
        return Err(GatewayError::NotFound(format!(
            "invoice \"{id}\" (CryptoScan invoice ids are numbers)"
        )));
    }
    Ok(format!("{prefix}/{id}"))
}

impl Cryptoscan {
    pub fn new(config: Config) -> Result<Self, GatewayError> {
        Ok(Cryptoscan {
            http: http::client(config.timeouts)?,
            base: config.base_url.trim_end_matches('/').to_string(),
            public_key: header_key("public key", &config.public_key)?,
            private_key: header_key("private key", &config.private_key)?,
            auth: config.auth,
        })
    }

    /// One authenticated call; returns the answer's body for `model` to read.
    async fn call(
        &self,
        op: Operation,
        what: &str,
        method: Method,
        path: &str,
        query: &[(&str, &str)],
        body: Option<Vec<u8>>,
    ) -> Result<Vec<u8>, GatewayError> {
        let url = format!("{}/{path}", self.base);
        let (name, value) = match self.auth {
            Auth::PrivateKey => ("private-key", self.private_key.clone()),
            Auth::Signature => (
                "signature",
                signature::request_signature(body.as_deref(), &self.public_key, &self.private_key)
                    .map_err(GatewayError::Protocol)?,
            ),
        };
        let query: Vec<(&str, String)> = query.iter().map(|(k, v)| (*k, v.to_string())).collect();
        http::Request::new(method, url)
            .header("public-key", &self.public_key)
            .header(name, value)
            .query(&query)
            .json(body)
            .errors(model::error_text)
            .send(&self.http, op, what)
            .await
    }

    fn json<T: Serialize>(value: &T) -> Vec<u8> {
        serde_json::to_vec(value).expect("request bodies serialize")
    }

    /// An invoice paid on CryptoScan's own payment page, whose address is
    /// `checkout_url`. The payer picks the asset there, so `req.currency` is
    /// not sent; the answer names it only for merchants in the legacy
    /// "USDT TRC-20 receive only" mode.
    pub async fn create_widget(
        &self,
        req: &CreateRequest,
        widget: &Widget,
    ) -> Result<GatewayInvoice, GatewayError> {
        let body = Self::json(&WidgetBody {
            amount: amount(req.amount_fiat),
            currency: &req.fiat,
            client_reference_id: &req.order_id,
            widget_description: widget.description.as_deref(),
            metadata: req.description.as_deref(),
            back_url: widget.back_url.as_deref(),
            cancel_url: widget.cancel_url.as_deref(),
            lang: widget.lang.as_deref(),
        });
        let answer = self
            .call(
                Operation::Create,
                "create widget invoice",
                Method::POST,
                "invoice/widget",
                &[],
                Some(body),
            )
            .await?;
        let mut invoice = parse_created(&answer)?;
        invoice.order_id.get_or_insert_with(|| req.order_id.clone());
        Ok(invoice)
    }

    pub async fn user(&self) -> Result<User, GatewayError> {
        let answer = self
            .call(Operation::Read, "user", Method::GET, "user", &[], None)
            .await?;
        parse_user(&answer)
    }

    pub async fn currency_rates(&self) -> Result<Vec<CurrencyRate>, GatewayError> {
        let answer = self
            .call(
                Operation::Read,
                "currency rates",
                Method::GET,
                "currency-rate",
                &[],
                None,
            )
            .await?;
        parse_rates(&answer)
    }

    /// Whether invoices may be priced in the fiat `code`, and at what rate.
    pub async fn currency_status(&self, code: &str) -> Result<CurrencyStatus, GatewayError> {
        let code = code.trim().to_ascii_uppercase();
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(GatewayError::NotFound(format!(
                "currency \"{code}\" (not an ISO 4217 code)"
            )));
        }
        let answer = self
            .call(
                Operation::Read,
                "currency status",
                Method::GET,
                &format!("currency-rate/{code}/status"),
                &[],
                None,
            )
            .await?;
        parse_currency_status(&answer)
    }
}

#[async_trait]
impl Gateway for Cryptoscan {
    /// `GET user`: the merchant's own account, read with the credentials.
    async fn check_credentials(&self) -> Result<(), GatewayError> {
        self.user().await.map(drop)
    }

    /// `currency-rate/{CODE}/status`: whether CryptoScan prices in it.
    /// USD, its own currency, is never in that list.
    async fn fiat_enabled(&self, fiat: &str) -> Result<Option<bool>, GatewayError> {
        if fiat.eq_ignore_ascii_case("USD") {
            return Ok(Some(true));
        }
        match self.currency_status(fiat).await {
            Ok(status) => Ok(Some(status.enabled)),
            Err(GatewayError::NotFound(_)) => Ok(Some(false)),
            Err(e) => Err(e),
        }
    }

    /// Marks an invoice paid by the transaction `txid`. A write, so it is
    /// never sent twice blindly: after an unknown outcome, ask `status`.
    async fn confirm_manually(&self, id: &str, txid: &str) -> Result<GatewayInvoice, GatewayError> {
        let path = invoice_path("invoice/confirm", id)?;
        let body = Self::json(&ConfirmBody {
            transaction_id: txid,
        });
        let answer = self
            .call(
                Operation::Create,
                "confirm invoice",
                Method::PUT,
                &path,
                &[],
                Some(body),
            )
            .await?;
        parse_invoice(&answer)
    }

    /// CryptoScan has no currency list: this is what the client can name
    /// (`ASSETS`), with no limits, since CryptoScan publishes none.
    async fn currencies(&self) -> Result<Vec<Currency>, GatewayError> {
        Ok(ASSETS
            .iter()
            .map(|a| Currency {
                code: a.code.into(),
                name: a.name.into(),
                network: Some(a.network.into()),
                token: Some(a.cryptocurrency.into()),
                min_amount: None,
                max_amount: None,
                min_amount_fiat: None,
                max_amount_fiat: None,
                limits_fiat: None,
            })
            .collect())
    }

    /// `req.expiry_minutes` is not sent: CryptoScan's payment time limit is
    /// a merchant setting, not a request field.
    async fn create(&self, req: &CreateRequest) -> Result<GatewayInvoice, GatewayError> {
        let asset = asset_for(&req.currency).ok_or_else(|| {
            let takes = ASSETS.iter().map(|a| a.code).collect::<Vec<_>>().join(", ");
            GatewayError::Rejected {
                message: format!("CryptoScan cannot take {}", req.currency),
                fields: vec![FieldError {
                    field: "currency".into(),
                    message: format!("use one of {takes}"),
                }],
            }
        })?;
        let body = Self::json(&CreateBody {
            amount: amount(req.amount_fiat),
            currency: &req.fiat,
            cryptocurrency: asset.cryptocurrency,
            network: asset.network,
            client_reference_id: &req.order_id,
            metadata: req.description.as_deref(),
        });
        let answer = self
            .call(
                Operation::Create,
                "create invoice",
                Method::POST,
                "invoice",
                &[],
                Some(body),
            )
            .await?;
        let mut invoice = parse_created(&answer)?;
        invoice.order_id.get_or_insert_with(|| req.order_id.clone());
        invoice
            .currency
            .get_or_insert_with(|| asset.code.to_string());
        Ok(invoice)
    }

    async fn status(&self, provider_ref: &str) -> Result<GatewayInvoice, GatewayError> {
        let path = invoice_path("invoice", provider_ref)?;
        let answer = self
            .call(Operation::Read, "invoice", Method::GET, &path, &[], None)
            .await?;
        parse_invoice(&answer)
    }

    async fn find_by_order_id(
        &self,
        order_id: &str,
    ) -> Result<Option<GatewayInvoice>, GatewayError> {
        let answer = self
            .call(
                Operation::Read,
                "invoice search",
                Method::GET,
                "invoice",
                &[("query", order_id)],
                None,
            )
            .await?;
        find_reference(&answer, order_id)
    }
}

/// CryptoScan reports one balance, in a fiat, and has no withdrawal API.
#[async_trait]
impl counterpay_core::payout::Payouts for Cryptoscan {
    async fn balances(&self) -> Result<Vec<counterpay_core::payout::Balance>, GatewayError> {
        let user = self.user().await?;
        Ok(vec![counterpay_core::payout::Balance {
            account: "main".into(),
            asset: user.currency,
            available: user.balance,
            pending: rust_decimal::Decimal::ZERO,
        }])
    }

    fn withdrawals_unsupported(&self) -> Option<counterpay_core::Said> {
        Some(counterpay_core::said!(
            "payout-no-api",
            "{gateway}'s API has no withdrawals: withdraw from the {gateway} dashboard",
            gateway = "CryptoScan"
        ))
    }
}

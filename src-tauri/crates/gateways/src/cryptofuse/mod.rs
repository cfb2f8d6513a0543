//! The Cryptofuse client: OAuth2 client credentials (or the X-API-Key
//! variant), currencies, rates, payments.

mod model;
mod payouts;

pub use model::{parse_currencies, parse_page, parse_payment, MinAmount, Rate, Tenant};

use crate::currency_file::CurrencyFile;
use crate::http::{self, Timeouts};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use counterpay_core::money::Asset;
use counterpay_core::retry::Operation;
use counterpay_core::{CreateRequest, Currency, Gateway, GatewayError, GatewayInvoice};
use reqwest::Method;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Cryptofuse's OAuth2 client credentials; `basic` sends them as HTTP
/// Basic instead of in the token request's form body.
#[derive(Clone, PartialEq, Eq)]
pub struct OAuthClient {
    pub client_id: String,
    pub client_secret: String,
    pub basic: bool,
}

#[derive(Clone, PartialEq, Eq)]
pub enum Auth {
    /// Every call with an OAuth2 bearer token.
    OAuth(OAuthClient),
    /// Payments are created with the API key, on `POST /payments/create`,
    /// the one call its documents show it on. Rates, currencies, payment
    /// status, lists, the tenant and withdrawals are documented with OAuth
    /// only, so the OAuth client is still needed for them: a key alone
    /// could create a payment but never price or watch it.
    ApiKey { key: String, client: OAuthClient },
}

impl Auth {
    fn client(&self) -> &OAuthClient {
        match self {
            Auth::OAuth(client) | Auth::ApiKey { client, .. } => client,
        }
    }
}

/// Secrets never reach a log: `Debug` shows the client id only.
impl std::fmt::Debug for OAuthClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthClient")
            .field("client_id", &self.client_id)
            .field("client_secret", &crate::REDACTED)
            .field("basic", &self.basic)
            .finish()
    }
}

/// The API key is a secret too: `Debug` shows that there is one.
impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Auth::OAuth(client) => f.debug_tuple("OAuth").field(client).finish(),
            Auth::ApiKey { client, .. } => f
                .debug_struct("ApiKey")
                .field("key", &crate::REDACTED)
                .field("client", client)
                .finish(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub base_url: String,
    pub auth: Auth,
    pub timeouts: Timeouts,
    pub expiry_minutes: Option<u32>,
    /// Whether the customer pays Cryptofuse's fee on top of the price
    /// (`is_fee_paid_by_user`); otherwise the shop receives the price less
    /// the fee.
    pub fee_paid_by_user: bool,
}

struct Token {
    value: String,
    renew_at: Instant,
}

pub struct Cryptofuse {
    http: reqwest::Client,
    base: String,
    auth: Auth,
    expiry_minutes: Option<u32>,
    fee_paid_by_user: bool,
    token: tokio::sync::Mutex<Option<Token>>,
    currencies: Mutex<Option<(Instant, Vec<Currency>)>>,
    currency_file: Option<CurrencyFile>,
}

/// How long a currency list is trusted before it is asked for again.
const CURRENCIES_TTL: Duration = Duration::from_secs(300);
/// Payments per page when searching by order id, and how many pages.
const PAGE: usize = 100;
const MAX_PAGES: usize = 20;
/// Pages read for one day of reconciliation: 20,000 payments.
const DAY_PAGES: usize = 200;

#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    #[serde(default, deserialize_with = "crate::wire::count")]
    expires_in: Option<u32>,
}

#[derive(Serialize)]
struct CreateBody<'a> {
    amount: Box<RawValue>,
    currency: &'a str,
    price_currency: &'a str,
    order_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    order_description: Option<&'a str>,
    is_fixed_rate: bool,
    is_fee_paid_by_user: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    expiry_minutes: Option<u32>,
}

#[derive(Serialize)]
struct ApiKeyCreateBody<'a> {
    amount: Box<RawValue>,
    currency: &'a str,
    custom_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
}

impl Cryptofuse {
    pub fn new(config: Config) -> Result<Self, GatewayError> {
        Ok(Cryptofuse {
            http: http::client(config.timeouts)?,
            base: config.base_url.trim_end_matches('/').to_string(),
            auth: config.auth,
            expiry_minutes: config.expiry_minutes,
            fee_paid_by_user: config.fee_paid_by_user,
            token: tokio::sync::Mutex::new(None),
            currencies: Mutex::new(None),
            currency_file: None,
        })
    }

    /// Keeps the currency list in `path` too, for the next process.
    pub fn with_currency_file(mut self, path: std::path::PathBuf) -> Self {
        self.currency_file = Some(CurrencyFile::new(path, &self.base));
        self
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A bearer token, fetched once and kept until shortly before it expires.
    async fn bearer(&self, renew: bool) -> Result<String, GatewayError> {
        let mut cached = self.token.lock().await;
        if let Some(t) = cached.as_ref() {
            if !renew && Instant::now() < t.renew_at {
                return Ok(t.value.clone());
            }
        }
        let client = self.auth.client();
        let mut form = vec![
            ("grant_type", "client_credentials"),
            ("scope", "read write"),
        ];
        let mut request = http::Request::new(Method::POST, self.url("/o/token/"));
        if client.basic {
            request = request.basic_auth(&client.client_id, &client.client_secret);
        } else {
            form.push(("client_id", &client.client_id));
            form.push(("client_secret", &client.client_secret));
        }
        let body = request
            .form(form)
            .send(&self.http, Operation::Read, "token")
            .await
            .map_err(|e| match e {
                GatewayError::Rejected { message, .. } => GatewayError::Auth(message),
                other => other,
            })?;
        let answer: TokenAnswer = serde_json::from_slice(&body)
            .map_err(|e| GatewayError::Protocol(format!("token answer: {e}")))?;
        let lifetime = Duration::from_secs(answer.expires_in.unwrap_or(3600).into());
        // Renew a minute early (or at half-life for short tokens) so a
        // request never leaves with a token about to lapse.
        let margin = Duration::from_secs(60).min(lifetime / 2);
        *cached = Some(Token {
            value: answer.access_token.clone(),
            renew_at: Instant::now() + lifetime - margin,
        });
        Ok(answer.access_token)
    }

    /// One call with a bearer token. On a 401 the token is renewed once
    /// and the call made again: the 401 means it was not processed. A 403
    /// is not about the token, so it is not sent again.
    async fn call(
        &self,
        op: Operation,
        what: &str,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<Vec<u8>>,
    ) -> Result<Vec<u8>, GatewayError> {
        let mut renew = false;
        loop {
            let token = self.bearer(renew).await?;
            let result = http::Request::new(method.clone(), self.url(path))
                .header("authorization", format!("Bearer {token}"))
                .query(query)
                .json(body.clone())
                .send(&self.http, op, what)
                .await;
            match result {
                Err(GatewayError::Auth(_)) if !renew => renew = true,
                other => return other,
            }
        }
    }

    fn json<T: Serialize>(value: &T) -> Vec<u8> {
        serde_json::to_vec(value).expect("request bodies serialize")
    }

    pub async fn rate(&self, from: &str, to: &str, amount: Decimal) -> Result<Rate, GatewayError> {
        let body = self
            .call(
                Operation::Read,
                "rate",
                Method::GET,
                "/rates/",
                &[
                    ("amount", amount.to_string()),
                    ("currency_from", from.to_string()),
                    ("currency_to", to.to_string()),
                    ("is_fee_paid_by_user", self.fee_paid_by_user.to_string()),
                    ("full", "true".into()),
                ],
                None,
            )
            .await?;
        serde_json::from_slice(&body).map_err(|e| GatewayError::Protocol(format!("rate: {e}")))
    }

    pub async fn min_amount(&self, currency: &str) -> Result<MinAmount, GatewayError> {
        let body = self
            .call(
                Operation::Read,
                "minimum amount",
                Method::GET,
                "/payments/min-amount/",
                &[("currency", currency.to_string())],
                None,
            )
            .await?;
        serde_json::from_slice(&body)
            .map_err(|e| GatewayError::Protocol(format!("min-amount: {e}")))
    }

    /// `GET /user/me/`: the cheapest read that needs the credentials.
    pub async fn tenant(&self) -> Result<Tenant, GatewayError> {
        let body = self
            .call(
                Operation::Read,
                "tenant",
                Method::GET,
                "/user/me/",
                &[],
                None,
            )
            .await?;
        serde_json::from_slice(&body).map_err(|e| GatewayError::Protocol(format!("user/me: {e}")))
    }

    /// The X-API-Key create takes the crypto amount, so the fiat price is
    /// converted at the gateway's own rate before its fee (see
    /// `Rate::gross`), rounded up to the asset's scale so the customer is
    /// never asked for less than the price. Document 001 has no
    /// `is_fee_paid_by_user` here: the tenant's own setting applies.
    async fn create_with_api_key(
        &self,
        key: &str,
        req: &CreateRequest,
    ) -> Result<Vec<u8>, GatewayError> {
        let rate = self.rate(&req.fiat, &req.currency, req.amount_fiat).await?;
        let scale = Asset::parse(&req.currency).map(|a| a.scale()).unwrap_or(8);
        let crypto = (req.amount_fiat * rate.gross())
            .round_dp_with_strategy(scale, rust_decimal::RoundingStrategy::AwayFromZero);
        let body = Self::json(&ApiKeyCreateBody {
            amount: crate::wire::number(crypto),
            currency: &req.currency,
            custom_id: &req.order_id,
            description: req.description.as_deref(),
        });
        http::Request::new(Method::POST, self.url("/payments/create"))
            .header("x-api-key", key)
            .json(Some(body))
            .send(&self.http, Operation::Create, "create payment")
            .await
    }
}

#[async_trait]
impl Gateway for Cryptofuse {
    async fn currencies(&self) -> Result<Vec<Currency>, GatewayError> {
        if let Some((at, list)) = self.currencies.lock().expect("currency cache").as_ref() {
            if at.elapsed() < CURRENCIES_TTL {
                return Ok(list.clone());
            }
        }
        if let Some((list, age)) = self
            .currency_file
            .as_ref()
            .and_then(|f| f.load(CURRENCIES_TTL))
        {
            // Trusted for what is left of its time, not for a fresh one.
            let saved = Instant::now().checked_sub(age).unwrap_or_else(Instant::now);
            *self.currencies.lock().expect("currency cache") = Some((saved, list.clone()));
            return Ok(list);
        }
        let body = self
            .call(
                Operation::Read,
                "currencies",
                Method::GET,
                "/currencies/",
                &[
                    ("full", "true".into()),
                    ("min_max", "true".into()),
                    ("include_usd", "true".into()),
                ],
                None,
            )
            .await?;
        let list = parse_currencies(&body)?;
        *self.currencies.lock().expect("currency cache") = Some((Instant::now(), list.clone()));
        if let Some(f) = &self.currency_file {
            f.save(&list);
        }
        Ok(list)
    }

    /// `GET /status/`, which needs no credentials: the gateway is up.
    async fn ping(&self) -> Result<(), GatewayError> {
        http::Request::new(Method::GET, self.url("/status/"))
            .send(&self.http, Operation::Read, "API status")
            .await
            .map(drop)
    }

    async fn check_credentials(&self) -> Result<(), GatewayError> {
        self.tenant().await.map(drop)
    }

    async fn create(&self, req: &CreateRequest) -> Result<GatewayInvoice, GatewayError> {
        let body = match &self.auth {
            Auth::ApiKey { key, .. } => self.create_with_api_key(key, req).await?,
            Auth::OAuth(_) => {
                let body = Self::json(&CreateBody {
                    amount: crate::wire::number(req.amount_fiat),
                    currency: &req.currency,
                    price_currency: &req.fiat,
                    order_id: &req.order_id,
                    order_description: req.description.as_deref(),
                    is_fixed_rate: true,
                    is_fee_paid_by_user: self.fee_paid_by_user,
                    expiry_minutes: req.expiry_minutes.or(self.expiry_minutes),
                });
                self.call(
                    Operation::Create,
                    "create payment",
                    Method::POST,
                    "/payments/",
                    &[],
                    Some(body),
                )
                .await?
            }
        };
        let mut invoice = parse_payment(&body)?;
        invoice.order_id.get_or_insert_with(|| req.order_id.clone());
        Ok(invoice)
    }

    async fn status(&self, provider_ref: &str) -> Result<GatewayInvoice, GatewayError> {
        let body = Self::json(&serde_json::json!({ "transaction_id": provider_ref }));
        let body = self
            .call(
                Operation::Read,
                "payment status",
                Method::POST,
                "/payments/status/",
                &[],
                Some(body),
            )
            .await?;
        parse_payment(&body)
    }

    async fn find_by_order_id(
        &self,
        order_id: &str,
    ) -> Result<Option<GatewayInvoice>, GatewayError> {
        crate::search::find_order(order_id, PAGE, MAX_PAGES, |page| self.payments(page)).await
    }

    async fn list_created(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<GatewayInvoice>, GatewayError> {
        crate::search::list_between(from, to, PAGE, DAY_PAGES, |page| self.payments(page)).await
    }
}

impl Cryptofuse {
    /// `GET /payments/`, one page of `PAGE`, newest first.
    async fn payments(
        &self,
        page: usize,
    ) -> Result<crate::wire::Page<GatewayInvoice>, GatewayError> {
        let query = [
            ("limit", PAGE.to_string()),
            ("offset", (page * PAGE).to_string()),
        ];
        let body = self
            .call(
                Operation::Read,
                "payment list",
                Method::GET,
                "/payments/",
                &query,
                None,
            )
            .await?;
        parse_page(&body)
    }
}

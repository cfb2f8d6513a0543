//! The CryptoPayment client: `Authorization: Bearer key:secret`, invoices
//! priced in USD, balances and withdrawals.

mod model;
mod payouts;

pub use model::{
    asset_of, coin_of, network_of, parse_balances, parse_invoice, parse_page, withdrawal_terms,
    MANUAL_REVIEW_USD, NETWORKS,
};

use crate::http::{self, Timeouts};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use counterpay_core::retry::Operation;
use counterpay_core::{CreateRequest, Currency, Gateway, GatewayError, GatewayInvoice};
use reqwest::Method;
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::value::RawValue;

#[derive(Clone)]
pub struct Config {
    pub base_url: String,
    pub api_key: String,
    pub api_secret: String,
    pub timeouts: Timeouts,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("base_url", &self.base_url)
            .field("api_key", &self.api_key)
            .field("api_secret", &crate::REDACTED)
            .field("timeouts", &self.timeouts)
            .finish()
    }
}

pub struct Cryptopayment {
    http: reqwest::Client,
    base: String,
    authorization: String,
}

/// The documented smallest invoice, in USD.
const MIN_AMOUNT_USD: Decimal = Decimal::from_parts(100, 0, 0, false, 2);
/// Invoices per page of `GET /invoices`, and how many pages a search reads.
const PAGE: usize = 20;
const MAX_PAGES: usize = 50;
/// Pages read for one day of reconciliation: 10,000 invoices.
const DAY_PAGES: usize = 500;

#[derive(Serialize)]
struct CreateBody<'a> {
    network: &'a str,
    amount_usd: Box<RawValue>,
    order_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    metadata: Option<Metadata<'a>>,
}

#[derive(Serialize)]
struct Metadata<'a> {
    note: &'a str,
}

impl Cryptopayment {
    pub fn new(config: Config) -> Result<Self, GatewayError> {
        Ok(Cryptopayment {
            http: http::client(config.timeouts)?,
            base: config.base_url.trim_end_matches('/').to_string(),
            authorization: format!("Bearer {}:{}", config.api_key, config.api_secret),
        })
    }

    async fn call(
        &self,
        op: Operation,
        what: &str,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<Vec<u8>>,
    ) -> Result<Vec<u8>, GatewayError> {
        let answer = http::Request::new(method, format!("{}{path}", self.base))
            .header("authorization", &self.authorization)
            .query(query)
            .json(body)
            .send(&self.http, op, what)
            .await?;
        model::refused(&answer)?;
        Ok(answer)
    }
}

#[async_trait]
impl Gateway for Cryptopayment {
    /// Its currency list is built in, so the balances are read instead:
    /// the cheapest call that needs the credentials.
    async fn check_credentials(&self) -> Result<(), GatewayError> {
        counterpay_core::payout::Payouts::balances(self)
            .await
            .map(drop)
    }

    fn pricing_fiats(&self) -> Option<&'static [&'static str]> {
        Some(&["USD"])
    }

    /// CryptoPayment publishes no currency list: these are the networks its
    /// document names, with its one documented limit.
    async fn currencies(&self) -> Result<Vec<Currency>, GatewayError> {
        Ok(NETWORKS
            .iter()
            .map(|(code, network, _, name)| Currency {
                code: code.to_string(),
                name: name.to_string(),
                network: Some(network.to_string()),
                token: None,
                min_amount: None,
                max_amount: None,
                min_amount_fiat: Some(MIN_AMOUNT_USD),
                max_amount_fiat: None,
                limits_fiat: Some("USD".into()),
            })
            .collect())
    }

    async fn create(&self, req: &CreateRequest) -> Result<GatewayInvoice, GatewayError> {
        if req.fiat != "USD" {
            return Err(GatewayError::Rejected {
                message: format!("CryptoPayment prices in USD only, not {}", req.fiat),
                fields: Vec::new(),
            });
        }
        let network = network_of(&req.currency).ok_or_else(|| GatewayError::Rejected {
            message: format!("CryptoPayment does not take {}", req.currency),
            fields: Vec::new(),
        })?;
        let body = serde_json::to_vec(&CreateBody {
            network,
            amount_usd: crate::wire::number(req.amount_fiat),
            order_id: &req.order_id,
            metadata: req.description.as_deref().map(|note| Metadata { note }),
        })
        .map_err(|e| GatewayError::Protocol(e.to_string()))?;
        let answer = self
            .call(
                Operation::Create,
                "create invoice",
                Method::POST,
                "/invoices",
                &[],
                Some(body),
            )
            .await?;
        let mut invoice = parse_invoice(&answer)?;
        invoice.order_id.get_or_insert_with(|| req.order_id.clone());
        invoice.currency.get_or_insert_with(|| req.currency.clone());
        Ok(invoice)
    }

    async fn status(&self, provider_ref: &str) -> Result<GatewayInvoice, GatewayError> {
        let path = format!("/invoices/{}", url_segment(provider_ref));
        let body = self
            .call(Operation::Read, "invoice", Method::GET, &path, &[], None)
            .await?;
        parse_invoice(&body)
    }

    async fn find_by_order_id(
        &self,
        order_id: &str,
    ) -> Result<Option<GatewayInvoice>, GatewayError> {
        crate::search::find_order(order_id, PAGE, MAX_PAGES, |page| self.invoices(page)).await
    }

    async fn list_created(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<GatewayInvoice>, GatewayError> {
        crate::search::list_between(from, to, PAGE, DAY_PAGES, |page| self.invoices(page)).await
    }
}

impl Cryptopayment {
    /// `GET /invoices?page=N`, newest first; its pages count from 1.
    async fn invoices(
        &self,
        page: usize,
    ) -> Result<crate::wire::Page<GatewayInvoice>, GatewayError> {
        let query = [("page", (page + 1).to_string())];
        let body = self
            .call(
                Operation::Read,
                "invoice list",
                Method::GET,
                "/invoices",
                &query,
                None,
            )
            .await?;
        parse_page(&body)
    }
}

/// A path segment with everything but unreserved characters escaped, so an
/// id from a gateway can never change the path.
pub(crate) fn url_segment(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

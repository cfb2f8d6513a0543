//! The CryptoScan wire protocol as its document describes it, served by the
//! simulator: `{success, data}` envelopes, integer invoice ids, and the
//! public key with either the private key or a request signature (both are
//! accepted, where CryptoScan takes the one the merchant picked).
//!
//! CryptoScan shows neither confirmations nor partial payments: an invoice
//! stays `new` until it is paid in full and confirmed, or until it expires
//! (a short payment included).

use crate::call::{named, Call, Door};
use crate::faults::answer_after;
use crate::state::{currency, fiat_usd, NewPayment, SimPayment, SimState, SimStatus};
use axum::extract::{Path, Query};
use axum::http::{request::Parts, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use chrono::Utc;
use counterpay_gateways::cryptoscan::{asset_for, asset_of, verify_request};
use counterpay_gateways::wire;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::{json, Map};
use std::collections::HashMap;
use std::sync::Arc;

pub fn router(state: Arc<SimState>) -> Router {
    Router::new()
        .route("/api/v1/invoice", post(create).layer(named("create")))
        .route("/api/v1/invoice", get(search).layer(named("search")))
        .route(
            "/api/v1/invoice/widget",
            post(create_widget).layer(named("create")),
        )
        .route("/api/v1/invoice/{id}", get(view).layer(named("status")))
        .route(
            "/api/v1/invoice/confirm/{id}",
            put(confirm).layer(named("confirm")),
        )
        .route("/api/v1/user", get(user).layer(named("user")))
        .route("/api/v1/currency-rate", get(rates).layer(named("rates")))
        .route(
            "/api/v1/currency-rate/{currency}/status",
            get(rate_status).layer(named("rates")),
        )
        .with_state(state)
}

/// The fiat currencies invoices may be priced in besides USD, and whether
/// each is switched on; a disabled one is listed but refused.
const FIATS: &[(&str, bool)] = &[
    ("EUR", true),
    ("GBP", true),
    ("CHF", true),
    ("CAD", true),
    ("AUD", true),
    ("JPY", false),
];

#[derive(Serialize)]
struct Envelope<T> {
    success: bool,
    data: T,
}

fn ok<T: Serialize>(data: T) -> Response {
    Json(Envelope {
        success: true,
        data,
    })
    .into_response()
}

fn failure(status: StatusCode, name: &str, message: &str) -> Response {
    let data = json!({
        "name": name, "message": message, "code": 0, "status": status.as_u16(),
    });
    (
        status,
        Json(Envelope {
            success: false,
            data,
        }),
    )
        .into_response()
}

/// Field names with what is wrong with each.
type FieldErrors = Vec<(&'static str, String)>;

fn invalid(errors: FieldErrors) -> Response {
    let mut map = Map::new();
    for (field, message) in errors {
        map.insert(field.to_string(), json!([message]));
    }
    let data = json!({ "message": "Invalid request data", "errors": map });
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        Json(Envelope {
            success: false,
            data,
        }),
    )
        .into_response()
}

fn not_found(what: &str) -> Response {
    failure(
        StatusCode::NOT_FOUND,
        "Not Found",
        &format!("{what} not found."),
    )
}

/// The public key with either the private key or a signature over the
/// body (none for a GET).
struct Keys;

impl Door for Keys {
    fn admit(sim: &SimState, request: &Parts, body: &[u8]) -> Result<(), Box<Response>> {
        let header = |name: &str| request.headers.get(name).and_then(|v| v.to_str().ok());
        let cfg = &sim.config;
        let signed = (request.method != Method::GET).then_some(body);
        let known = header("public-key") == Some(cfg.merchant_key.as_str())
            && match (header("private-key"), header("signature")) {
                (Some(key), _) => key == cfg.merchant_secret,
                (None, Some(sig)) => {
                    verify_request(signed, &cfg.merchant_key, &cfg.merchant_secret, sig)
                }
                (None, None) => false,
            };
        if known {
            Ok(())
        } else {
            Err(Box::new(failure(
                StatusCode::UNAUTHORIZED,
                "Unauthorized",
                "Your request was made with invalid credentials.",
            )))
        }
    }
}

#[derive(Deserialize)]
struct CreateBody {
    #[serde(default, deserialize_with = "wire::decimal")]
    amount: Option<Decimal>,
    currency: Option<String>,
    cryptocurrency: Option<String>,
    network: Option<String>,
    client_reference_id: Option<String>,
    metadata: Option<String>,
    widget_description: Option<String>,
}

/// What a valid create asks for.
struct Checked {
    amount: Decimal,
    fiat: String,
    asset: &'static str,
    order_id: String,
}

fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// What CryptoScan takes when a create names no asset.
const DEFAULT_ASSET: &str = "USDTTRC20";

/// Every field error at once, as CryptoScan lists them. The widget takes no
/// asset: in CryptoScan's default legacy mode it is USDT TRC-20.
fn check(sim: &SimState, b: &CreateBody, widget: bool) -> Result<Checked, FieldErrors> {
    let mut errors = Vec::new();
    if b.amount.is_none() {
        errors.push(("amount", "Amount cannot be blank.".to_string()));
    }
    let order_id = b.client_reference_id.as_deref().unwrap_or("").trim();
    if order_id.is_empty() {
        errors.push((
            "client_reference_id",
            "Client Reference Id cannot be blank.".to_string(),
        ));
    } else if sim.count_for_order(order_id) > 0 {
        errors.push((
            "client_reference_id",
            format!("Client Reference Id \"{order_id}\" has already been taken."),
        ));
    }
    if b.metadata
        .as_deref()
        .is_some_and(|m| m.chars().count() > 2000)
    {
        errors.push((
            "metadata",
            "Metadata should contain at most 2,000 characters.".to_string(),
        ));
    }
    let fiat = b
        .currency
        .as_deref()
        .map(|c| c.trim().to_ascii_uppercase())
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| "USD".into());
    let enabled = fiat == "USD" || FIATS.iter().any(|(c, on)| *c == fiat && *on);
    if !enabled {
        errors.push(("currency", format!("Currency {fiat} is not available.")));
    }
    let asset = match (given(&b.cryptocurrency), given(&b.network)) {
        _ if widget => Some(DEFAULT_ASSET),
        (None, None) => Some(DEFAULT_ASSET),
        (None, Some(_)) => {
            errors.push((
                "cryptocurrency",
                "Cryptocurrency cannot be blank when Network is set.".to_string(),
            ));
            None
        }
        (Some(_), None) => {
            errors.push((
                "network",
                "Network cannot be blank when Cryptocurrency is set.".to_string(),
            ));
            None
        }
        (Some(c), Some(n)) => {
            let found = asset_of(c, n)
                .map(|a| a.code)
                .filter(|code| currency(code).is_some());
            if found.is_none() {
                errors.push((
                    "cryptocurrency",
                    format!("There is no active wallet for {c} {n}."),
                ));
            }
            found
        }
    };
    match (b.amount, asset) {
        (Some(amount), Some(asset)) if errors.is_empty() => Ok(Checked {
            amount,
            fiat,
            asset,
            order_id: order_id.to_string(),
        }),
        _ => Err(errors),
    }
}

async fn create(call: Call<Keys>) -> Response {
    make(call, false).await
}

async fn create_widget(call: Call<Keys>) -> Response {
    make(call, true).await
}

async fn make(call: Call<Keys>, widget: bool) -> Response {
    let Call {
        sim, fault, body, ..
    } = call;
    let b: CreateBody = match serde_json::from_slice(&body) {
        Ok(b) => b,
        Err(_) => {
            return failure(
                StatusCode::BAD_REQUEST,
                "Bad Request",
                "Invalid JSON data in request body.",
            )
        }
    };
    let c = match check(&sim, &b, widget) {
        Ok(c) => c,
        Err(errors) => return invalid(errors),
    };
    let new = NewPayment {
        description: b.widget_description.as_deref(),
        metadata: b.metadata.as_deref(),
        ..NewPayment::priced(&c.order_id, c.asset, &c.fiat, c.amount)
    };
    match sim.create(new) {
        Ok(p) => answer_after(fault, || ok(CreatedBody::of(&p, widget))).await,
        // Assets and fiats were checked above: what is left is the amount.
        Err(r) if r.http_status < 500 => invalid(vec![("amount", r.message)]),
        Err(r) => failure(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal Server Error",
            &r.message,
        ),
    }
}

/// A create's answer: strings throughout, as the document shows it.
#[derive(Serialize)]
struct CreatedBody {
    id: String,
    final_amount: String,
    cryptocurrency: Option<&'static str>,
    network: Option<&'static str>,
    wallet: String,
    expire_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    widget_url: Option<String>,
}

impl CreatedBody {
    fn of(p: &SimPayment, widget: bool) -> Self {
        let asset = asset_for(&p.currency);
        CreatedBody {
            id: p.number.to_string(),
            final_amount: p.amount_crypto.to_string(),
            cryptocurrency: asset.map(|a| a.cryptocurrency),
            network: asset.map(|a| a.network),
            wallet: p.address.clone(),
            expire_at: p.expires_at.timestamp().to_string(),
            widget_url: widget.then(|| format!("https://sandbox.invalid/payment/{}", p.id)),
        }
    }
}

/// An invoice as view, search and confirm show it: the id, times and
/// `final_amount` as numbers, `requested_amount` as a string, as in the
/// document's examples.
#[derive(Serialize)]
struct InvoiceBody<'a> {
    id: i64,
    cryptocurrency: Option<&'static str>,
    network: Option<&'static str>,
    wallet: &'a str,
    payer_wallet: Option<&'a str>,
    transaction_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source_currency: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source_amount: Option<String>,
    final_amount: Box<RawValue>,
    requested_amount: String,
    status: &'static str,
    client_reference_id: &'a str,
    metadata: Option<&'a str>,
    created_at: i64,
    paid_at: Option<i64>,
    expire_at: i64,
}

fn scan_status(sim: &SimState, p: &SimPayment) -> &'static str {
    let now = Utc::now();
    let open = if now < p.expires_at { "new" } else { "expired" };
    match p.view(now, &sim.config).status {
        SimStatus::Waiting | SimStatus::Confirming | SimStatus::Completed { partial: true } => open,
        SimStatus::Completed { partial: false } => "completed",
        SimStatus::Expired => "expired",
        SimStatus::Cancelled => "cancelled",
        SimStatus::PaidManually => "paid_manually",
    }
}

fn invoice_body<'a>(sim: &SimState, p: &'a SimPayment) -> InvoiceBody<'a> {
    let asset = asset_for(&p.currency);
    let foreign = p.price_currency != "USD";
    InvoiceBody {
        id: p.number,
        cryptocurrency: asset.map(|a| a.cryptocurrency),
        network: asset.map(|a| a.network),
        wallet: &p.address,
        payer_wallet: None,
        transaction_id: p.txid.as_deref(),
        source_currency: foreign.then_some(p.price_currency.as_str()),
        source_amount: foreign.then(|| format!("{:.8}", p.amount_fiat)),
        final_amount: wire::number(p.amount_crypto.normalize()),
        requested_amount: format!("{:.8}", p.amount_crypto),
        status: scan_status(sim, p),
        client_reference_id: &p.order_id,
        metadata: p.metadata.as_deref(),
        created_at: p.created_at.timestamp(),
        paid_at: p.last_paid_at.map(|t| t.timestamp()),
        expire_at: p.expires_at.timestamp(),
    }
}

fn by_number(sim: &SimState, id: &str) -> Option<SimPayment> {
    // Only numbers: CryptoScan ids are integers, never our uuids.
    id.parse::<i64>()
        .ok()
        .and_then(|n| sim.payment(&n.to_string()))
}

async fn view(Path(id): Path<String>, call: Call<Keys>) -> Response {
    let Call { sim, .. } = call;
    match by_number(&sim, &id) {
        Some(p) => ok(invoice_body(&sim, &p)),
        None => not_found("Invoice"),
    }
}

async fn search(Query(q): Query<HashMap<String, String>>, call: Call<Keys>) -> Response {
    let Call { sim, .. } = call;
    let Some(query) = q.get("query").map(|s| s.trim()).filter(|s| !s.is_empty()) else {
        return invalid(vec![("query", "Query cannot be blank.".to_string())]);
    };
    let found = sim.search(query);
    ok(found
        .iter()
        .map(|p| invoice_body(&sim, p))
        .collect::<Vec<_>>())
}

#[derive(Deserialize)]
struct ConfirmBody {
    #[serde(rename = "transactionId")]
    transaction_id: Option<String>,
}

async fn confirm(Path(id): Path<String>, call: Call<Keys>) -> Response {
    let Call { sim, body, .. } = call;
    let txid = serde_json::from_slice::<ConfirmBody>(&body)
        .ok()
        .and_then(|b| b.transaction_id)
        .filter(|t| !t.trim().is_empty());
    let Some(txid) = txid else {
        return invalid(vec![(
            "transactionId",
            "Transaction Id cannot be blank.".to_string(),
        )]);
    };
    let Some(p) = by_number(&sim, &id) else {
        return not_found("Invoice");
    };
    match sim.confirm_manually(&p.id, txid.trim()) {
        Ok(p) => ok(invoice_body(&sim, &p)),
        Err(m) => failure(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal Server Error",
            &m,
        ),
    }
}

#[derive(Serialize)]
struct UserBody {
    id: i64,
    status: &'static str,
    balance: Box<RawValue>,
    currency: &'static str,
}

async fn user(_: Call<Keys>) -> Response {
    ok(UserBody {
        id: 2,
        status: "Active",
        balance: wire::number(Decimal::new(8500, 2)),
        currency: "USD",
    })
}

#[derive(Serialize)]
struct RateBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    currency: Option<&'static str>,
    rate: Box<RawValue>,
    status: &'static str,
}

/// Units of `code` per US dollar, as CryptoScan quotes them.
fn rate_of(code: &'static str, enabled: bool, named: bool) -> Option<RateBody> {
    let usd = fiat_usd(code).filter(|v| !v.is_zero())?;
    Some(RateBody {
        currency: named.then_some(code),
        rate: wire::number((Decimal::ONE / usd).round_dp(5).normalize()),
        status: if enabled { "enabled" } else { "disabled" },
    })
}

async fn rates(_: Call<Keys>) -> Response {
    ok(FIATS
        .iter()
        .filter_map(|(code, on)| rate_of(code, *on, true))
        .collect::<Vec<_>>())
}

async fn rate_status(Path(code): Path<String>, _: Call<Keys>) -> Response {
    let code = code.to_ascii_uppercase();
    match FIATS
        .iter()
        .find(|(c, _)| *c == code)
        .and_then(|(c, on)| rate_of(c, *on, false))
    {
        Some(body) => ok(body),
        None => not_found(&format!("Currency {code}")),
    }
}

//! The Cryptofuse wire protocol as its documents describe it, served by the
//! simulator.

use crate::call::{named, Call, Door, Open};
use crate::faults::answer_after;
use crate::state::{
    currency, fiat_usd, Fault, NewPayment, Price, SimPayment, SimRejection, SimState, SimStatus,
    CURRENCIES,
};
use axum::extract::Query;
use axum::http::{header, request::Parts, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::Utc;
use counterpay_core::invoice::timestamp;
use counterpay_gateways::wire;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::str::FromStr;
use std::sync::Arc;

pub fn router(state: Arc<SimState>) -> Router {
    let router = Router::new()
        .route("/o/token/", post(token).layer(named("token")))
        .route("/status/", get(api_status).layer(named("api_status")))
        .route("/user/me/", get(tenant).layer(named("tenant")))
        .route("/currencies/", get(currencies).layer(named("currencies")))
        .route("/rates/", get(rates).layer(named("rates")))
        .route(
            "/payments/min-amount/",
            get(min_amount).layer(named("min_amount")),
        )
        .route("/payments/", post(create).layer(named("create")))
        .route("/payments/", get(list).layer(named("list")))
        .route(
            "/payments/create",
            post(create_with_api_key).layer(named("create")),
        )
        .route("/payments/status/", post(status).layer(named("status")));
    crate::cryptofuse_payouts::routes(router).with_state(state)
}

fn error(status: StatusCode, code: &str, message: &str) -> Response {
    (status, Json(json!({ "error": code, "message": message }))).into_response()
}

fn rejection(r: SimRejection) -> Response {
    error(
        StatusCode::from_u16(r.http_status).unwrap_or(StatusCode::BAD_REQUEST),
        r.code,
        &r.message,
    )
}

/// Calls made with the OAuth bearer token: all but the token itself and
/// the API-key create. The documents show the API key on the create
/// alone, so a call that carries it here is refused: a client leaking it
/// onto its reads is caught.
pub(crate) struct Bearer;

impl Door for Bearer {
    fn admit(sim: &SimState, request: &Parts, _: &[u8]) -> Result<(), Box<Response>> {
        let bearer = request
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        if !bearer.is_some_and(|t| sim.token_valid(t)) {
            return Err(Box::new(unauthorized()));
        }
        if request.headers.contains_key("x-api-key") {
            return Err(Box::new(error(
                StatusCode::FORBIDDEN,
                "forbidden",
                "this endpoint takes the OAuth 2.0 access token only, not X-API-Key",
            )));
        }
        Ok(())
    }
}

fn unauthorized() -> Response {
    error(
        StatusCode::UNAUTHORIZED,
        "unauthorized",
        "Authentication failed. Check your API key or OAuth 2.0 access token.",
    )
}

/// `POST /payments/create`, the one call documented with the X-API-Key
/// header.
struct ApiKey;

impl Door for ApiKey {
    fn admit(sim: &SimState, request: &Parts, _: &[u8]) -> Result<(), Box<Response>> {
        let key = request
            .headers
            .get("x-api-key")
            .and_then(|v| v.to_str().ok());
        if key == Some(sim.config.api_key.as_str()) {
            Ok(())
        } else {
            Err(Box::new(unauthorized()))
        }
    }
}

fn basic_credentials(headers: &HeaderMap) -> Option<(String, String)> {
    use base64::Engine;
    let v = headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Basic ")?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(v.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (id, secret) = text.split_once(':')?;
    Some((id.to_string(), secret.to_string()))
}

async fn token(call: Call<Open>) -> Response {
    let Call {
        sim, headers, body, ..
    } = call;
    let form: HashMap<String, String> = serde_urlencoded_pairs(&body);
    if form.get("grant_type").map(String::as_str) != Some("client_credentials") {
        return error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            "grant_type must be client_credentials",
        );
    }
    let (id, secret) = match basic_credentials(&headers) {
        Some(c) => c,
        None => (
            form.get("client_id").cloned().unwrap_or_default(),
            form.get("client_secret").cloned().unwrap_or_default(),
        ),
    };
    if id != sim.config.client_id || secret != sim.config.client_secret {
        return (
            StatusCode::UNAUTHORIZED,
            Json(json!({ "error": "invalid_client" })),
        )
            .into_response();
    }
    Json(json!({
        "access_token": sim.issue_token(),
        "token_type": "Bearer",
        "expires_in": sim.config.token_ttl.as_secs(),
        "scope": form.get("scope").cloned().unwrap_or_else(|| "read write".into()),
    }))
    .into_response()
}

fn serde_urlencoded_pairs(body: &[u8]) -> HashMap<String, String> {
    url::form_urlencoded::parse(body).into_owned().collect()
}

async fn api_status(_: Call<Open>) -> Response {
    Json(json!({ "status": "ok" })).into_response()
}

async fn tenant(_: Call<Bearer>) -> Response {
    Json(json!({
        "name": "Sandbox shop",
        "transaction_fee": 1.0,
        "is_fee_paid_by_user": false,
        "webhook_callback_url": Value::Null,
        "webhook_secret_masked": Value::Null,
    }))
    .into_response()
}

async fn currencies(Query(q): Query<HashMap<String, String>>, _: Call<Bearer>) -> Response {
    if q.get("full").map(String::as_str) != Some("true") {
        return Json(
            json!({ "currencies": CURRENCIES.iter().map(|c| c.code).collect::<Vec<_>>() }),
        )
        .into_response();
    }
    let list: Vec<Value> = CURRENCIES
        .iter()
        .map(|c| {
            let price = Decimal::from_str(c.usd_price).unwrap_or(Decimal::ONE);
            let crypto = |usd: &str| {
                (Decimal::from_str(usd).unwrap_or_default() / price)
                    .round_dp(8)
                    .to_string()
            };
            json!({
                "currency": c.code, "name": c.name, "token": c.token, "blockchain": c.blockchain,
                "is_popular": true, "is_stable": c.usd_price == "1",
                "min_amount": crypto(c.min_usd), "max_amount": crypto(c.max_usd),
                "min_amount_usd": c.min_usd, "max_amount_usd": c.max_usd,
            })
        })
        .collect();
    Json(json!({ "currencies": list })).into_response()
}

async fn rates(Query(q): Query<HashMap<String, String>>, _: Call<Bearer>) -> Response {
    let amount = q
        .get("amount")
        .and_then(|a| Decimal::from_str(a).ok())
        .unwrap_or(Decimal::ONE);
    let from = q
        .get("currency_from")
        .cloned()
        .unwrap_or_else(|| "USD".into());
    let Some(to) = q.get("currency_to").and_then(|c| currency(c)) else {
        return error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "currency_to is required and must be supported",
        );
    };
    let Some(from_usd) = fiat_usd(&from) else {
        return error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "currency_from is not supported",
        );
    };
    let rate = (from_usd / Decimal::from_str(to.usd_price).unwrap_or(Decimal::ONE)).round_dp(12);
    let estimated = (amount * rate).round_dp(8);
    Json(RateBody {
        currency_from: from,
        currency_to: to.code,
        amount: wire::number(amount),
        estimated_amount: wire::number(estimated),
        rate: wire::number(rate.normalize()),
        fee_percentage: wire::number(Decimal::ZERO),
        fee_amount: wire::number(Decimal::ZERO),
        timestamp: timestamp::format(&Utc::now()),
    })
    .into_response()
}

/// Rates are numbers in the documents; written from their decimal text.
#[derive(Serialize)]
struct RateBody {
    currency_from: String,
    currency_to: &'static str,
    amount: Box<RawValue>,
    estimated_amount: Box<RawValue>,
    rate: Box<RawValue>,
    fee_percentage: Box<RawValue>,
    fee_amount: Box<RawValue>,
    timestamp: String,
}

#[derive(Serialize)]
struct MinAmountBody {
    currency: &'static str,
    min_amount: Box<RawValue>,
    max_amount: Box<RawValue>,
    blockchain: String,
    token: String,
}

async fn min_amount(Query(q): Query<HashMap<String, String>>, _: Call<Bearer>) -> Response {
    let Some(c) = q.get("currency").and_then(|c| currency(c)) else {
        return error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "currency is required and must be supported",
        );
    };
    let price = Decimal::from_str(c.usd_price).unwrap_or(Decimal::ONE);
    let crypto =
        |usd: &str| wire::number((Decimal::from_str(usd).unwrap_or_default() / price).round_dp(8));
    Json(MinAmountBody {
        currency: c.code,
        min_amount: crypto(c.min_usd),
        max_amount: crypto(c.max_usd),
        blockchain: c.blockchain.to_ascii_uppercase(),
        token: c.token.to_ascii_uppercase(),
    })
    .into_response()
}

#[derive(Deserialize)]
struct CreateBody {
    #[serde(default, deserialize_with = "wire::decimal")]
    amount: Option<Decimal>,
    currency: Option<String>,
    price_currency: Option<String>,
    order_id: Option<String>,
    custom_id: Option<String>,
    order_description: Option<String>,
    description: Option<String>,
    #[serde(default, deserialize_with = "wire::count")]
    expiry_minutes: Option<u32>,
}

/// A create's caller and fault, and its body read as JSON.
fn read_create<D>(
    call: Call<D>,
) -> Result<(Arc<SimState>, Option<Fault>, CreateBody), Box<Response>> {
    let b = serde_json::from_slice(&call.body).map_err(|e| {
        Box::new(error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            &format!("malformed body: {e}"),
        ))
    })?;
    Ok((call.sim, call.fault, b))
}

async fn create(call: Call<Bearer>) -> Response {
    let (sim, fault, b) = match read_create(call) {
        Ok(read) => read,
        Err(r) => return *r,
    };
    let (Some(amount), Some(currency), Some(order_id)) =
        (b.amount, b.currency.as_deref(), b.order_id.as_deref())
    else {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({
                "error": "invalid_request", "message": "amount, currency and order_id are required",
            })),
        )
            .into_response();
    };
    let price_currency = b.price_currency.as_deref().unwrap_or("USD");
    let new = NewPayment {
        description: b.order_description.as_deref(),
        expiry_minutes: b.expiry_minutes,
        ..NewPayment::priced(order_id, currency, price_currency, amount)
    };
    made(&sim, fault, new).await
}

/// Makes the payment and answers 201 with it, unless a fault strikes after.
async fn made(sim: &SimState, fault: Option<Fault>, new: NewPayment<'_>) -> Response {
    match sim.create(new) {
        Ok(p) => {
            answer_after(fault, || {
                (StatusCode::CREATED, Json(payment_json(sim, &p))).into_response()
            })
            .await
        }
        Err(r) => rejection(r),
    }
}

async fn create_with_api_key(call: Call<ApiKey>) -> Response {
    let (sim, fault, b) = match read_create(call) {
        Ok(read) => read,
        Err(r) => return *r,
    };
    let (Some(amount), Some(currency)) = (b.amount, b.currency.as_deref()) else {
        return error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "amount and currency are required",
        );
    };
    let custom_id = b.custom_id.as_deref().unwrap_or("");
    let new = NewPayment {
        description: b.description.as_deref(),
        price: Price::Crypto(amount),
        via_api_key: true,
        ..NewPayment::priced(custom_id, currency, "USD", amount)
    };
    made(&sim, fault, new).await
}

#[derive(Deserialize)]
struct StatusBody {
    transaction_id: Option<String>,
}

async fn status(call: Call<Bearer>) -> Response {
    let Call { sim, body, .. } = call;
    let id = serde_json::from_slice::<StatusBody>(&body)
        .ok()
        .and_then(|b| b.transaction_id);
    let Some(id) = id else {
        return error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "transaction_id is required",
        );
    };
    match sim.payment(&id) {
        Some(p) => Json(payment_json(&sim, &p)).into_response(),
        None => error(StatusCode::NOT_FOUND, "not_found", "Payment not found."),
    }
}

async fn list(Query(q): Query<HashMap<String, String>>, call: Call<Bearer>) -> Response {
    let Call { sim, .. } = call;
    let limit = q
        .get("limit")
        .and_then(|v| v.parse().ok())
        .unwrap_or(20usize)
        .clamp(1, 100);
    let offset = q
        .get("offset")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0usize);
    let (count, page) = sim.list(limit, offset);
    let next = (offset + page.len() < count)
        .then(|| format!("/payments/?limit={limit}&offset={}", offset + limit));
    Json(json!({
        "count": count, "next": next, "previous": Value::Null,
        "results": page.iter().map(|p| payment_json(&sim, p)).collect::<Vec<_>>(),
    }))
    .into_response()
}

/// A payment as the status endpoint shows it (the webhook `data` shape).
fn payment_json(sim: &SimState, p: &SimPayment) -> Value {
    let view = p.view(Utc::now(), &sim.config);
    let c = currency(&p.currency);
    let (status, payment_type) = match view.status {
        SimStatus::Waiting if p.via_api_key => ("pending", None),
        SimStatus::Waiting => ("waiting", None),
        SimStatus::Confirming => ("confirming", None),
        SimStatus::Completed { partial: true } => ("completed", Some("partial")),
        SimStatus::Completed { partial: false } | SimStatus::PaidManually => {
            ("completed", Some("full"))
        }
        SimStatus::Expired => ("expired", None),
        SimStatus::Cancelled => ("failed", None),
    };
    let mut v = json!({
        "transaction_id": p.id,
        "status": status,
        "order_id": p.order_id,
        "order_description": p.description,
        "price_currency": p.price_currency,
        "price_amount": p.amount_fiat.to_string(),
        "amount_crypto": format!("{:.8}", p.amount_crypto),
        "currency": p.currency,
        "blockchain": c.map(|c| c.blockchain.to_ascii_uppercase()),
        "token": c.map(|c| c.token.to_ascii_uppercase()),
        "blockchain_address": p.address,
        "address": p.address,
        "transaction_hash": p.txid,
        "confirmations": view.confirmations,
        "required_confirmations": sim.config.required_confirmations,
        "total_paid_amount": format!("{:.8}", p.paid),
        "expiry_time": timestamp::format(&p.expires_at),
        "created_at": timestamp::format(&p.created_at),
    });
    if p.price_currency == "USD" {
        v["amount_usd"] = json!(p.amount_fiat.to_string());
    }
    if let Some(t) = payment_type {
        v["payment_type"] = json!(t);
    }
    if p.via_api_key {
        v["payment_id"] = json!(p.id);
        v["custom_id"] = json!(p.order_id);
        v["amount"] = json!(format!("{:.8}", p.amount_crypto));
        v["payment_url"] = json!(format!("https://sandbox.invalid/payment/{}", p.id));
    }
    v
}

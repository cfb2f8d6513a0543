//! The CryptoPayment wire protocol (seed 002), served by the simulator
//! under `/api/v1`.

use super::faults::{answer_after, arrive};
use super::state::{Fault, NewPayment, SimPayment, SimState, SimStatus};
use crate::cryptopayment::{asset_of, withdrawal_terms, MANUAL_REVIEW_USD, NETWORKS};
use crate::wire;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::Utc;
use counterpay_core::invoice::timestamp;
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::str::FromStr;
use std::sync::Arc;

pub fn router(state: Arc<SimState>) -> Router {
    Router::new()
        .route("/api/v1/invoices", post(create).get(list))
        .route("/api/v1/invoices/{id}", get(invoice))
        .route("/api/v1/balances", get(balances))
        .route("/api/v1/withdrawals", post(withdraw))
        .with_state(state)
}

/// Invoices per page of the list, as documented.
const PAGE: usize = 20;

fn error(status: StatusCode, message: &str) -> Response {
    (status, Json(json!({ "success": false, "error": message }))).into_response()
}

fn field_error(field: &str, message: &str) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        Json(json!({ "success": false, "error": message, "errors": { field: [message] } })),
    )
        .into_response()
}

async fn gate(sim: &SimState, route: &str, headers: &HeaderMap) -> Result<Option<Fault>, Response> {
    let fault = arrive(sim, route).await?;
    let expected = format!(
        "Bearer {}:{}",
        sim.config.merchant_key, sim.config.merchant_secret
    );
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    if given != Some(expected.as_str()) {
        return Err(error(StatusCode::UNAUTHORIZED, "Invalid API credentials"));
    }
    Ok(fault)
}

#[derive(Deserialize)]
struct CreateBody {
    network: Option<String>,
    #[serde(default, deserialize_with = "wire::decimal")]
    amount_usd: Option<Decimal>,
    order_id: Option<String>,
    metadata: Option<Value>,
}

async fn create(State(sim): State<Arc<SimState>>, headers: HeaderMap, body: Bytes) -> Response {
    let fault = match gate(&sim, "create", &headers).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    let b: CreateBody = match serde_json::from_slice(&body) {
        Ok(b) => b,
        Err(e) => return error(StatusCode::BAD_REQUEST, &format!("Malformed JSON: {e}")),
    };
    let Some(asset) = b.network.as_deref().and_then(asset_of) else {
        return field_error(
            "network",
            "network must be one of btc, ltc, eth, trc20, bep20",
        );
    };
    let Some(amount) = b.amount_usd.filter(|a| *a >= Decimal::ONE) else {
        return field_error("amount_usd", "amount_usd must be at least 1.00");
    };
    let order_id = b.order_id.unwrap_or_default();
    let metadata = b.metadata.map(|m| m.to_string());
    let new = NewPayment {
        metadata: metadata.as_deref(),
        ..NewPayment::priced(&order_id, asset, "USD", amount)
    };
    match sim.create(new) {
        Ok(p) => {
            answer_after(fault, || {
                let mut v = json!({ "success": true, "invoice": invoice_json(&sim, &p) });
                v["checkout_url"] = json!(format!("https://sandbox.invalid/pay/{}", p.id));
                (StatusCode::CREATED, Json(v)).into_response()
            })
            .await
        }
        Err(r) => error(
            StatusCode::from_u16(r.http_status).unwrap_or(StatusCode::BAD_REQUEST),
            &r.message,
        ),
    }
}

async fn invoice(
    State(sim): State<Arc<SimState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    if let Err(r) = gate(&sim, "status", &headers).await {
        return r;
    }
    match sim.payment(&id) {
        Some(p) => {
            Json(json!({ "success": true, "invoice": invoice_json(&sim, &p) })).into_response()
        }
        None => error(StatusCode::NOT_FOUND, "Invoice not found"),
    }
}

async fn list(
    State(sim): State<Arc<SimState>>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if let Err(r) = gate(&sim, "list", &headers).await {
        return r;
    }
    let page = q
        .get("page")
        .and_then(|p| p.parse::<usize>().ok())
        .unwrap_or(1)
        .max(1);
    let (total, items) = sim.list(PAGE, (page - 1) * PAGE);
    Json(json!({
        "success": true,
        "invoices": items.iter().map(|p| invoice_json(&sim, p)).collect::<Vec<_>>(),
        "page": page, "per_page": PAGE, "total": total,
    }))
    .into_response()
}

async fn balances(State(sim): State<Arc<SimState>>, headers: HeaderMap) -> Response {
    if let Err(r) = gate(&sim, "balances", &headers).await {
        return r;
    }
    let mut out = serde_json::Map::new();
    for b in sim.balances() {
        let coin = NETWORKS
            .iter()
            .find(|n| n.0 == b.asset)
            .map(|n| n.2)
            .unwrap_or(&b.asset);
        out.insert(
            coin.to_string(),
            json!({ "available": b.available.normalize().to_string(), "pending": b.pending.normalize().to_string() }),
        );
    }
    Json(json!({ "success": true, "balances": out })).into_response()
}

#[derive(Deserialize)]
struct WithdrawBody {
    coin: Option<String>,
    #[serde(default, deserialize_with = "wire::decimal")]
    amount: Option<Decimal>,
    address: Option<String>,
}

async fn withdraw(State(sim): State<Arc<SimState>>, headers: HeaderMap, body: Bytes) -> Response {
    let fault = match gate(&sim, "withdraw", &headers).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    let Ok(b) = serde_json::from_slice::<WithdrawBody>(&body) else {
        return error(StatusCode::BAD_REQUEST, "Malformed JSON");
    };
    let coin = b.coin.unwrap_or_default();
    let Some((min, fee)) = withdrawal_terms(&coin) else {
        return field_error("coin", "coin is not supported");
    };
    let Some(asset) = NETWORKS.iter().find(|n| n.2 == coin).map(|n| n.0) else {
        return field_error("coin", "coin is not supported");
    };
    let Some(amount) = b.amount.filter(|a| *a >= min) else {
        return field_error("amount", &format!("amount must be at least {min} {coin}"));
    };
    let Some(address) = b.address.filter(|a| !a.trim().is_empty()) else {
        return field_error("address", "address is required");
    };
    let available = sim
        .balances()
        .into_iter()
        .find(|b| b.asset == asset)
        .map(|b| b.available)
        .unwrap_or_default();
    if amount > available {
        return field_error("amount", "insufficient balance");
    }
    let usd = super::state::currency(asset)
        .and_then(|c| Decimal::from_str(c.usd_price).ok())
        .map(|price| amount * price)
        .unwrap_or_default();
    match sim.withdraw(asset, amount, fee, &address, usd > MANUAL_REVIEW_USD, None) {
        Ok(w) => {
            answer_after(fault, || {
                Json(json!({ "success": true, "withdrawal": {
                    "id": w.id, "coin": coin, "amount": w.amount.to_string(), "fee": w.fee.to_string(),
                    "net_amount": (w.amount - w.fee).to_string(),
                    "address": w.address, "status": if w.review { "pending_review" } else { "processing" },
                    "created_at": timestamp::format(&w.created_at),
                }}))
                .into_response()
            })
            .await
        }
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, &e),
    }
}

fn invoice_json(sim: &SimState, p: &SimPayment) -> Value {
    let view = p.view(Utc::now(), &sim.config);
    let status = match view.status {
        SimStatus::Waiting => "pending",
        SimStatus::Confirming => "confirming",
        SimStatus::Completed { .. } | SimStatus::PaidManually => "confirmed",
        SimStatus::Expired | SimStatus::Cancelled => "expired",
    };
    let network = NETWORKS.iter().find(|n| n.0 == p.currency);
    json!({
        "id": p.id,
        "order_id": p.order_id,
        "status": status,
        "network": network.map(|n| n.1),
        "network_label": network.map(|n| n.3),
        "coin": super::state::currency(&p.currency).map(|c| c.token.to_ascii_uppercase()),
        // Numbers, as the document shows them: the client must read their
        // digits exactly.
        "amount_usd": wire::number(p.amount_fiat),
        "amount_crypto": wire::number(p.amount_crypto),
        "address": p.address,
        "paid_amount": wire::number(p.paid.normalize()),
        "txid": p.txid,
        "confirmations": { "received": view.confirmations, "required": sim.config.required_confirmations },
        "expires_at": timestamp::format(&p.expires_at),
        "created_at": timestamp::format(&p.created_at),
    })
}

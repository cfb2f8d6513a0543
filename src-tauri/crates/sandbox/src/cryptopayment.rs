//! The CryptoPayment wire protocol (seed 002), served by the simulator
//! under `/api/v1`.

use crate::call::{named, Call, Door};
use crate::faults::answer_after;
use crate::state::{NewPayment, SimPayment, SimState, SimStatus};
use axum::extract::{Path, Query};
use axum::http::{header, request::Parts, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::Utc;
use counterpay_core::invoice::timestamp;
use counterpay_gateways::cryptopayment::{asset_of, withdrawal_terms, MANUAL_REVIEW_USD, NETWORKS};
use counterpay_gateways::wire;
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::str::FromStr;
use std::sync::Arc;

pub fn router(state: Arc<SimState>) -> Router {
    Router::new()
        .route("/api/v1/invoices", post(create).layer(named("create")))
        .route("/api/v1/invoices", get(list).layer(named("list")))
        .route("/api/v1/invoices/{id}", get(invoice).layer(named("status")))
        .route("/api/v1/balances", get(balances).layer(named("balances")))
        .route(
            "/api/v1/withdrawals",
            post(withdraw).layer(named("withdraw")),
        )
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

/// Every call carries `Bearer key:secret`.
struct Merchant;

impl Door for Merchant {
    fn admit(sim: &SimState, request: &Parts, _: &[u8]) -> Result<(), Box<Response>> {
        let expected = format!(
            "Bearer {}:{}",
            sim.config.merchant_key, sim.config.merchant_secret
        );
        let given = request
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok());
        if given == Some(expected.as_str()) {
            Ok(())
        } else {
            Err(Box::new(error(
                StatusCode::UNAUTHORIZED,
                "Invalid API credentials",
            )))
        }
    }
}

#[derive(Deserialize)]
struct CreateBody {
    network: Option<String>,
    #[serde(default, deserialize_with = "wire::decimal")]
    amount_usd: Option<Decimal>,
    order_id: Option<String>,
    metadata: Option<Value>,
}

async fn create(call: Call<Merchant>) -> Response {
    let Call {
        sim, fault, body, ..
    } = call;
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

async fn invoice(Path(id): Path<String>, call: Call<Merchant>) -> Response {
    let Call { sim, .. } = call;
    match sim.payment(&id) {
        Some(p) => {
            Json(json!({ "success": true, "invoice": invoice_json(&sim, &p) })).into_response()
        }
        None => error(StatusCode::NOT_FOUND, "Invoice not found"),
    }
}

async fn list(Query(q): Query<HashMap<String, String>>, call: Call<Merchant>) -> Response {
    let Call { sim, .. } = call;
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

async fn balances(call: Call<Merchant>) -> Response {
    let Call { sim, .. } = call;
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

async fn withdraw(call: Call<Merchant>) -> Response {
    let Call {
        sim, fault, body, ..
    } = call;
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
    let usd = crate::state::currency(asset)
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
        "coin": crate::state::currency(&p.currency).map(|c| c.token.to_ascii_uppercase()),
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

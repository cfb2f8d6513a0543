//! The simulator's Cryptofuse balances and withdrawals. The fee is 1 % of
//! the amount plus a network fee, taken out of it, as the estimate example
//! in the documents shows (100 requested, 1.50 fee, 98.50 sent).

use crate::call::{named, Call};
use crate::cryptofuse::Bearer;
use crate::faults::answer_after;
use crate::state::{currency, SimState, SimWithdrawal};
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use counterpay_core::address::{self, Network};
use counterpay_core::invoice::timestamp;
use counterpay_gateways::wire;
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::Arc;

pub fn routes(router: Router<Arc<SimState>>) -> Router<Arc<SimState>> {
    router
        .route("/user/balances/", get(balances).layer(named("balances")))
        .route("/withdrawal/", post(create).layer(named("withdraw")))
        .route("/withdrawal/", get(list).layer(named("withdrawals")))
        .route("/withdrawal/{id}/", get(detail).layer(named("withdrawal")))
        .route(
            "/withdrawal/status/",
            post(status).layer(named("withdrawal")),
        )
        .route(
            "/withdrawal/validate-address/",
            post(validate_address).layer(named("validate-address")),
        )
        .route(
            "/withdrawal/estimate/",
            post(estimate).layer(named("estimate")),
        )
        .route(
            "/withdrawal/fee-estimate/",
            post(estimate).layer(named("estimate")),
        )
        .route(
            "/withdrawal/min-amount/",
            post(min_amount).layer(named("withdrawal-min")),
        )
}

/// The minimum and the network fee of each asset we pay out.
fn terms(asset: &str) -> Option<(Decimal, Decimal)> {
    Some(match asset {
        "BTC" => (Decimal::new(5, 4), Decimal::new(1, 4)),
        "LTC" => (Decimal::new(1, 2), Decimal::new(1, 3)),
        "ETH" => (Decimal::new(1, 2), Decimal::new(2, 3)),
        "USDTERC20" => (Decimal::new(10, 0), Decimal::new(5, 0)),
        "USDTTRC20" | "USDTBEP20" => (Decimal::new(10, 0), Decimal::new(5, 1)),
        _ => return None,
    })
}

fn fee(asset: &str, amount: Decimal) -> Option<Decimal> {
    let (_, network) = terms(asset)?;
    Some((amount / Decimal::ONE_HUNDRED).round_dp(8) + network)
}

fn error(status: StatusCode, code: &str, message: &str) -> Response {
    (status, Json(json!({ "error": code, "message": message }))).into_response()
}

fn bad(message: &str) -> Response {
    error(StatusCode::BAD_REQUEST, "invalid_request", message)
}

fn d8(v: Decimal) -> String {
    format!("{:.8}", v)
}

fn withdrawal_json(w: &SimWithdrawal) -> Value {
    let status = match (w.completed, w.review) {
        (true, _) => "completed",
        (false, true) => "pending_review",
        (false, false) => "processing",
    };
    json!({
        "withdrawal_id": format!("wd-{}", w.id),
        "custom_id": w.custom_id,
        "status": status,
        "currency": w.asset,
        "address": w.address,
        "requested_amount": d8(w.amount),
        "fee": d8(w.fee),
        "amount": d8(w.amount - w.fee),
        "transaction_hash": w.completed.then(|| format!("{:064x}", w.id)),
        "created_at": timestamp::format(&w.created_at),
    })
}

async fn balances(call: Call<Bearer>) -> Response {
    let Call { sim, .. } = call;
    let mut account = serde_json::Map::new();
    for b in sim.balances() {
        account.insert(
            b.asset.clone(),
            json!({ "amount": d8(b.available), "pending_amount": d8(b.pending) }),
        );
    }
    Json(
        json!({ "account": account, "sub_accounts": {}, "statistics": {
        "currencies_count": account.len(), "subaccounts_count": 0 } }),
    )
    .into_response()
}

#[derive(Deserialize)]
struct Body {
    #[serde(default, deserialize_with = "wire::decimal")]
    amount: Option<Decimal>,
    currency: Option<String>,
    address: Option<String>,
    custom_id: Option<String>,
}

/// A refused request, boxed: the answer is built only when it is needed.
type Refused = Box<Response>;

fn read(body: &[u8]) -> Result<Body, Refused> {
    serde_json::from_slice(body).map_err(|_| Box::new(bad("Malformed JSON")))
}

fn known(asset: Option<String>) -> Result<String, Refused> {
    let asset = asset.unwrap_or_default();
    if terms(&asset).is_some() && currency(&asset).is_some() {
        Ok(asset)
    } else {
        Err(Box::new(error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "currency_invalid",
            &format!("currency {asset} is not available for withdrawal"),
        )))
    }
}

/// The body and its known currency, or the refusal.
fn read_known(body: &[u8]) -> Result<(Body, String), Refused> {
    let mut b = read(body)?;
    let asset = known(b.currency.take())?;
    Ok((b, asset))
}

/// The gateway's own address check: the network's format and checksum.
fn address_ok(asset: &str, address: &str) -> bool {
    Network::of_asset(asset).is_some_and(|n| address::check(n, address).is_ok())
}

async fn validate_address(call: Call<Bearer>) -> Response {
    let Call { body, .. } = call;
    let (b, asset) = match read_known(&body) {
        Ok(x) => x,
        Err(r) => return *r,
    };
    let address = b.address.unwrap_or_default();
    let valid = address_ok(&asset, &address);
    Json(json!({ "address": address, "currency": asset, "is_valid": valid })).into_response()
}

async fn min_amount(call: Call<Bearer>) -> Response {
    let Call { body, .. } = call;
    let asset = match read_known(&body) {
        Ok((_, a)) => a,
        Err(r) => return *r,
    };
    let (min, _) = terms(&asset).unwrap_or_default();
    Json(json!({ "currency": asset, "min_amount": d8(min) })).into_response()
}

async fn estimate(call: Call<Bearer>) -> Response {
    let Call { body, .. } = call;
    let (b, asset) = match read_known(&body) {
        Ok(x) => x,
        Err(r) => return *r,
    };
    let Some(amount) = b.amount.filter(|a| *a > Decimal::ZERO) else {
        return bad("amount must be a positive number");
    };
    let fee = fee(&asset, amount).unwrap_or_default();
    Json(json!({
        "requested_amount": d8(amount), "fee": d8(fee), "amount": d8(amount - fee),
        "currency": asset, "network_fee": d8(terms(&asset).unwrap_or_default().1),
        "platform_fee": d8(fee - terms(&asset).unwrap_or_default().1),
    }))
    .into_response()
}

async fn create(call: Call<Bearer>) -> Response {
    let Call {
        sim, fault, body, ..
    } = call;
    let (b, asset) = match read_known(&body) {
        Ok(x) => x,
        Err(r) => return *r,
    };
    let (min, _) = terms(&asset).unwrap_or_default();
    let Some(amount) = b.amount.filter(|a| *a >= min) else {
        return bad(&format!("amount must be at least {min} {asset}"));
    };
    let address = b.address.unwrap_or_default();
    if !address_ok(&asset, &address) {
        return bad(&format!("address is not a valid {asset} address"));
    }
    let available = sim
        .balances()
        .into_iter()
        .find(|x| x.asset == asset)
        .map(|x| x.available)
        .unwrap_or_default();
    if amount > available {
        return bad(&format!(
            "insufficient balance: {available} {asset} available"
        ));
    }
    let fee = fee(&asset, amount).unwrap_or_default();
    match sim.withdraw(&asset, amount, fee, &address, false, b.custom_id.as_deref()) {
        Ok(w) => {
            answer_after(fault, || {
                (StatusCode::CREATED, Json(withdrawal_json(&w))).into_response()
            })
            .await
        }
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, "server_error", &e),
    }
}

async fn list(Query(q): Query<HashMap<String, String>>, call: Call<Bearer>) -> Response {
    let Call { sim, .. } = call;
    let all: Vec<Value> = sim
        .withdrawals()
        .iter()
        .filter(|w| {
            q.get("custom_id")
                .is_none_or(|c| w.custom_id.as_ref() == Some(c))
        })
        .map(withdrawal_json)
        .collect();
    Json(json!({ "withdrawals": all, "total": all.len(), "limit": 100, "offset": 0 }))
        .into_response()
}

fn one(sim: &SimState, id: &str) -> Response {
    match sim
        .withdrawals()
        .iter()
        .find(|w| format!("wd-{}", w.id) == id)
    {
        Some(w) => Json(withdrawal_json(w)).into_response(),
        None => error(StatusCode::NOT_FOUND, "not_found", "withdrawal not found"),
    }
}

async fn detail(Path(id): Path<String>, call: Call<Bearer>) -> Response {
    let Call { sim, .. } = call;
    one(&sim, &id)
}

async fn status(call: Call<Bearer>) -> Response {
    let Call { sim, body, .. } = call;
    let id: Value = serde_json::from_slice(&body).unwrap_or_default();
    one(&sim, id["withdrawal_id"].as_str().unwrap_or_default())
}

//! What a faulty gateway does to a request.

use crate::state::{Fault, SimState};
use axum::body::{Body, Bytes};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use std::time::Duration;

/// Long enough that any client timeout fires first.
const HANG: Duration = Duration::from_secs(600);

async fn hang() {
    tokio::time::sleep(HANG).await;
}

pub async fn fault_response(fault: &Fault) -> Response {
    match fault {
        Fault::RateLimit(secs) => (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, secs.to_string())],
            r#"{"error":"rate_limit_exceeded","message":"You have exceeded the rate limit."}"#,
        )
            .into_response(),
        Fault::ServerError(code) => (
            StatusCode::from_u16(*code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            "<html><body>Server Error</body></html>",
        )
            .into_response(),
        Fault::Hang | Fault::CreateThenHang => {
            hang().await;
            StatusCode::GATEWAY_TIMEOUT.into_response()
        }
        Fault::Reset => {
            // The headers go out, then the body fails: the connection is
            // dropped mid-answer, as a reset looks to the client.
            let broken = futures_util::stream::once(async {
                Err::<Bytes, std::io::Error>(std::io::Error::new(
                    std::io::ErrorKind::ConnectionReset,
                    "reset",
                ))
            });
            Response::builder()
                .status(StatusCode::OK)
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from_stream(broken))
                .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
        Fault::Malformed => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json")],
            r#"{"transaction_id": "3f2b", "status": "wait"#,
        )
            .into_response(),
        Fault::CreateThen500 => (StatusCode::INTERNAL_SERVER_ERROR, "server_error").into_response(),
        Fault::Redirect => (
            StatusCode::FOUND,
            [(header::LOCATION, "http://127.0.0.2:9/steal")],
        )
            .into_response(),
        Fault::Huge => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json")],
            format!(r#"{{"padding": "{}"}}"#, "x".repeat(5 << 20)),
        )
            .into_response(),
    }
}

/// Counts a request to `route` and strikes with a pending fault that acts
/// before the request takes effect; a fault that acts after it (a create
/// that is made, then answered badly) is handed back for `answer_after`.
pub async fn arrive(sim: &SimState, route: &str) -> Result<Option<Fault>, Response> {
    match sim.arrive(route) {
        Some(f) if !f.after_effect() => Err(fault_response(&f).await),
        other => Ok(other),
    }
}

/// The answer to a request that took effect: `ok`, unless a fault strikes now.
pub async fn answer_after(fault: Option<Fault>, ok: impl FnOnce() -> Response) -> Response {
    match fault {
        Some(Fault::CreateThen500) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            "<html><body>Internal Server Error</body></html>",
        )
            .into_response(),
        Some(Fault::CreateThenHang) => {
            hang().await;
            StatusCode::GATEWAY_TIMEOUT.into_response()
        }
        _ => ok(),
    }
}

//! One HTTP exchange with a gateway, retried as `counterpay_core::retry`
//! decides, and every failure turned into a typed `GatewayError`.

use crate::wire::ErrorBody;
use counterpay_core::gateway::FieldError;
use counterpay_core::retry::{decide, Decision, Operation, Outcome};
use counterpay_core::GatewayError;
use rand::Rng;
use reqwest::{header, Method, RequestBuilder, StatusCode};
use std::time::Duration;

#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    pub connect: Duration,
    pub request: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Duration::from_secs(5),
            request: Duration::from_secs(15),
        }
    }
}

/// The largest answer read from a gateway. Real answers are a few KiB; a
/// page of a hundred payments is well under one MiB.
pub const MAX_BODY: usize = 4 << 20;

/// A client that follows no redirect: credentials and signed requests go
/// to the configured base URL and nowhere else.
pub fn client(timeouts: Timeouts) -> Result<reqwest::Client, GatewayError> {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(timeouts.connect)
        .timeout(timeouts.request)
        .user_agent(concat!("Counterpay/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| GatewayError::Unavailable(format!("cannot start HTTP: {e}")))
}

/// The answer's body, refused past `MAX_BODY` without reading the rest.
async fn read_capped(
    mut resp: reqwest::Response,
) -> Result<Result<Vec<u8>, usize>, reqwest::Error> {
    if let Some(len) = resp.content_length().filter(|l| *l > MAX_BODY as u64) {
        return Ok(Err(len as usize));
    }
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await? {
        if body.len() + chunk.len() > MAX_BODY {
            return Ok(Err(body.len() + chunk.len()));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Ok(body))
}

/// What the last attempt ended with, kept to build the final error.
enum Failure {
    Http {
        status: StatusCode,
        retry_after: Option<Duration>,
        body: Vec<u8>,
    },
    Transport {
        connect: bool,
        message: String,
    },
}

/// Reads a refusal's words from an error body.
pub type ErrorReader = fn(&[u8]) -> (Option<String>, Vec<FieldError>);

enum Body<'a> {
    Empty,
    Json(Vec<u8>),
    Form(Vec<(&'a str, &'a str)>),
}

/// One request to a gateway, described once by a client; `send` builds it
/// afresh for every attempt, so a retry sends exactly the same request.
pub struct Request<'a> {
    method: Method,
    url: String,
    query: &'a [(&'a str, String)],
    headers: Vec<(&'static str, String)>,
    body: Body<'a>,
    basic: Option<(&'a str, &'a str)>,
    read_error: ErrorReader,
}

impl<'a> Request<'a> {
    pub fn new(method: Method, url: String) -> Self {
        Request {
            method,
            url,
            query: &[],
            headers: Vec::new(),
            body: Body::Empty,
            basic: None,
            read_error: error_text,
        }
    }

    pub fn query(mut self, query: &'a [(&'a str, String)]) -> Self {
        self.query = query;
        self
    }

    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// A JSON body, already serialised (a signature may cover its bytes).
    pub fn json(mut self, body: Option<Vec<u8>>) -> Self {
        self.body = body.map_or(Body::Empty, Body::Json);
        self
    }

    pub fn form(mut self, pairs: Vec<(&'a str, &'a str)>) -> Self {
        self.body = Body::Form(pairs);
        self
    }

    pub fn basic_auth(mut self, user: &'a str, password: &'a str) -> Self {
        self.basic = Some((user, password));
        self
    }

    /// For a gateway whose error bodies need their own reader.
    pub fn errors(mut self, read_error: ErrorReader) -> Self {
        self.read_error = read_error;
        self
    }

    /// Sends the request, retried as `op` allows, and returns the body of
    /// a 2xx answer.
    pub async fn send(
        &self,
        http: &reqwest::Client,
        op: Operation,
        what: &str,
    ) -> Result<Vec<u8>, GatewayError> {
        exchange(op, what, || self.build(http), self.read_error).await
    }

    fn build(&self, http: &reqwest::Client) -> RequestBuilder {
        let mut rb = http
            .request(self.method.clone(), &self.url)
            .header(header::ACCEPT, "application/json")
            .query(self.query);
        for (name, value) in &self.headers {
            rb = rb.header(*name, value);
        }
        if let Some((user, password)) = self.basic {
            rb = rb.basic_auth(user, Some(password));
        }
        match &self.body {
            Body::Empty => rb,
            Body::Json(bytes) => rb
                .header(header::CONTENT_TYPE, "application/json")
                .body(bytes.clone()),
            Body::Form(pairs) => rb.form(pairs),
        }
    }
}

async fn exchange(
    op: Operation,
    what: &str,
    build: impl Fn() -> RequestBuilder,
    read_error: ErrorReader,
) -> Result<Vec<u8>, GatewayError> {
    let mut attempt = 1;
    loop {
        let failure = match build().send().await {
            Ok(resp) => {
                let status = resp.status();
                let retry_after = resp
                    .headers()
                    .get(header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<u64>().ok())
                    .map(Duration::from_secs);
                match read_capped(resp).await {
                    Ok(Err(size)) => {
                        return Err(GatewayError::Protocol(format!(
                            "{what}: the answer is {size} bytes or more, past the {} MiB Counterpay reads",
                            MAX_BODY >> 20
                        )))
                    }
                    Ok(Ok(body)) if status.is_success() => return Ok(body),
                    Ok(Ok(body)) => Failure::Http {
                        status,
                        retry_after,
                        body,
                    },
                    Err(e) => Failure::Transport {
                        connect: false,
                        message: describe(&e),
                    },
                }
            }
            Err(e) => Failure::Transport {
                connect: e.is_connect(),
                message: describe(&e),
            },
        };
        let outcome = match &failure {
            Failure::Http {
                status,
                retry_after,
                ..
            } => Outcome::Status {
                code: status.as_u16(),
                retry_after: *retry_after,
            },
            Failure::Transport { connect: true, .. } => Outcome::ConnectFailed,
            Failure::Transport { connect: false, .. } => Outcome::NoAnswer,
        };
        let jitter: f64 = rand::rng().random();
        match decide(op, outcome, attempt, jitter) {
            Decision::RetryAfter(wait) => {
                tracing::debug!(what, attempt, ?wait, "retrying gateway request");
                tokio::time::sleep(wait).await;
                attempt += 1;
            }
            Decision::GiveUp => return Err(to_error(failure, what, read_error)),
        }
    }
}

fn describe(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "no answer in time".into()
    } else if e.is_connect() {
        "cannot connect".into()
    } else {
        "the connection broke off".into()
    }
}

fn to_error(failure: Failure, what: &str, read_error: ErrorReader) -> GatewayError {
    match failure {
        Failure::Transport { message, .. } => {
            GatewayError::Unavailable(format!("{what}: {message}"))
        }
        Failure::Http {
            status,
            retry_after,
            body,
        } => {
            let (message, fields) = read_error(&body);
            refusal(status.as_u16(), retry_after, what, message, fields)
        }
    }
}

/// The typed error for an answer with this HTTP status.
pub fn refusal(
    status: u16,
    retry_after: Option<Duration>,
    what: &str,
    message: Option<String>,
    fields: Vec<FieldError>,
) -> GatewayError {
    let message = message.unwrap_or_else(|| {
        StatusCode::from_u16(status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("error")
            .to_ascii_lowercase()
    });
    match status {
        300..=399 => GatewayError::Protocol(format!(
            "{what}: HTTP {status}, a redirect, which Counterpay does not follow; check the provider's base URL"
        )),
        401 => GatewayError::Auth(format!("HTTP {status}: {message}")),
        403 => GatewayError::Forbidden(format!("HTTP {status}: {message}")),
        404 => GatewayError::NotFound(format!("{what} ({message})")),
        429 => GatewayError::RateLimited { retry_after },
        400..=499 => GatewayError::Rejected { message, fields },
        _ => GatewayError::Unavailable(format!("{what}: HTTP {status}")),
    }
}

/// Per-field messages, from `{"amount": ["too small", ...], ...}`.
pub fn field_errors(errors: Option<&serde_json::Value>) -> Vec<FieldError> {
    let Some(serde_json::Value::Object(map)) = errors else {
        return Vec::new();
    };
    map.iter()
        .map(|(field, v)| FieldError {
            field: field.clone(),
            message: match v {
                serde_json::Value::Array(items) => items
                    .iter()
                    .map(|i| {
                        i.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| i.to_string())
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            },
        })
        .collect()
}

/// The human part of an error body: a message, and per-field messages when
/// the gateway lists them (`{"errors": {"amount": ["too small"]}}`).
pub fn error_text(body: &[u8]) -> (Option<String>, Vec<FieldError>) {
    let Ok(parsed) = serde_json::from_slice::<ErrorBody>(body) else {
        let text = String::from_utf8_lossy(body).trim().to_string();
        let short = text.chars().take(200).collect::<String>();
        let looks_human = !short.is_empty() && !short.starts_with('<');
        return (looks_human.then_some(short), Vec::new());
    };
    let fields = field_errors(parsed.errors.as_ref());
    let error_text = match &parsed.error {
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(serde_json::Value::Object(o)) => o
            .get("message")
            .and_then(|m| m.as_str())
            .map(str::to_string),
        _ => None,
    };
    let message = parsed
        .message
        .or(parsed.detail)
        .or(parsed.error_description)
        .or(error_text);
    (message, fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_bodies_yield_their_message_and_fields() {
        let (m, f) = error_text(br#"{"error":"invalid_request","message":"amount below minimum","errors":{"amount":["too small","not a number"]}}"#);
        assert_eq!(m.as_deref(), Some("amount below minimum"));
        assert_eq!(f[0].field, "amount");
        assert_eq!(f[0].message, "too small, not a number");
        let (m, _) = error_text(br#"{"error":"invalid_client"}"#);
        assert_eq!(m.as_deref(), Some("invalid_client"));
        let (m, _) = error_text(br#"{"detail":"Not found."}"#);
        assert_eq!(m.as_deref(), Some("Not found."));
        let (m, _) = error_text(b"<html>502 Bad Gateway</html>");
        assert_eq!(m, None);
        let (m, _) = error_text(b"plain words");
        assert_eq!(m.as_deref(), Some("plain words"));
    }
}

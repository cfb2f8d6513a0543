//! How a gateway is doing, as the counter shows it: read from the answers
//! the till and the watcher already get, so knowing costs no extra request
//! while the counter is busy.

use crate::gateway::{CreateRequest, Currency, Gateway, GatewayError, GatewayInvoice};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// An answer slower than this makes a sale feel stuck at the counter.
pub const SLOW: Duration = Duration::from_secs(2);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Health {
    /// Nothing was asked of the gateway yet.
    Unknown,
    Ok,
    Slow,
    Unreachable,
    CredentialsRejected,
}

/// The last word on one provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GatewayHealth {
    pub provider: String,
    pub state: Health,
    /// How long the last answer took.
    pub latency_ms: Option<u64>,
    /// What a shop owner can act on, when it is not ok.
    pub reason: Option<String>,
    pub checked_at: Option<DateTime<Utc>>,
}

/// What one call's outcome says about the gateway. A refusal or a
/// not-found is an answer: the gateway is up and knows us.
pub fn classify(elapsed: Duration, outcome: Result<(), &GatewayError>) -> (Health, Option<String>) {
    match outcome {
        Err(e @ (GatewayError::Auth(_) | GatewayError::Forbidden(_))) => {
            (Health::CredentialsRejected, Some(e.to_string()))
        }
        Err(e @ (GatewayError::Unavailable(_) | GatewayError::Protocol(_))) => {
            (Health::Unreachable, Some(e.to_string()))
        }
        Err(e @ GatewayError::RateLimited { .. }) => (Health::Slow, Some(e.to_string())),
        _ if elapsed >= SLOW => (
            Health::Slow,
            Some(format!(
                "the gateway took {:.1} s to answer",
                elapsed.as_secs_f64()
            )),
        ),
        _ => (Health::Ok, None),
    }
}

struct Seen {
    health: GatewayHealth,
    at: Instant,
}

/// The latest health of every provider, written by `Observed` clients.
#[derive(Default)]
pub struct HealthBoard {
    seen: Mutex<HashMap<String, Seen>>,
}

impl HealthBoard {
    pub fn record(&self, provider: &str, elapsed: Duration, outcome: Result<(), &GatewayError>) {
        let (state, reason) = classify(elapsed, outcome);
        let latency = u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX);
        self.put(provider, state, Some(latency), reason);
    }

    fn put(&self, provider: &str, state: Health, latency_ms: Option<u64>, reason: Option<String>) {
        let health = GatewayHealth {
            provider: provider.to_string(),
            state,
            latency_ms,
            reason,
            checked_at: Some(Utc::now()),
        };
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        seen.insert(
            provider.to_string(),
            Seen {
                health,
                at: Instant::now(),
            },
        );
    }

    /// Records what the till learnt without asking the gateway (it could
    /// not even be connected: no credentials, a journal changed behind the
    /// app).
    pub fn set(&self, provider: &str, state: Health, reason: String) {
        self.put(provider, state, None, Some(reason));
    }

    pub fn get(&self, provider: &str) -> GatewayHealth {
        let seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        seen.get(provider)
            .map(|s| s.health.clone())
            .unwrap_or_else(|| GatewayHealth {
                provider: provider.to_string(),
                state: Health::Unknown,
                latency_ms: None,
                reason: None,
                checked_at: None,
            })
    }

    /// How long since the gateway last answered anything; `None` if never.
    pub fn quiet_for(&self, provider: &str) -> Option<Duration> {
        let seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        seen.get(provider).map(|s| s.at.elapsed())
    }
}

/// A gateway client whose answers are written on a `HealthBoard`: those of
/// the calls that always go to the gateway. A currency list may come from a
/// cache and a fiat check may be built in, so they would only ever say "ok,
/// at once"; an `Unsupported` answer never left the till either.
pub struct Observed {
    inner: Arc<dyn Gateway>,
    provider: String,
    board: Arc<HealthBoard>,
}

impl Observed {
    pub fn new(inner: Arc<dyn Gateway>, provider: &str, board: Arc<HealthBoard>) -> Observed {
        Observed {
            inner,
            provider: provider.to_string(),
            board,
        }
    }

    async fn timed<T>(
        &self,
        call: impl std::future::Future<Output = Result<T, GatewayError>>,
    ) -> Result<T, GatewayError> {
        let started = Instant::now();
        let out = call.await;
        let outcome = out.as_ref().map(drop);
        if !matches!(outcome, Err(GatewayError::Unsupported(_))) {
            self.board
                .record(&self.provider, started.elapsed(), outcome);
        }
        out
    }
}

#[async_trait]
impl Gateway for Observed {
    fn pricing_fiats(&self) -> Option<&'static [&'static str]> {
        self.inner.pricing_fiats()
    }
    async fn currencies(&self) -> Result<Vec<Currency>, GatewayError> {
        self.inner.currencies().await
    }
    async fn create(&self, req: &CreateRequest) -> Result<GatewayInvoice, GatewayError> {
        self.timed(self.inner.create(req)).await
    }
    async fn status(&self, provider_ref: &str) -> Result<GatewayInvoice, GatewayError> {
        self.timed(self.inner.status(provider_ref)).await
    }
    async fn find_by_order_id(
        &self,
        order_id: &str,
    ) -> Result<Option<GatewayInvoice>, GatewayError> {
        self.timed(self.inner.find_by_order_id(order_id)).await
    }
    async fn check_credentials(&self) -> Result<(), GatewayError> {
        self.timed(self.inner.check_credentials()).await
    }
    async fn ping(&self) -> Result<(), GatewayError> {
        self.timed(self.inner.ping()).await
    }
    async fn fiat_enabled(&self, fiat: &str) -> Result<Option<bool>, GatewayError> {
        self.inner.fiat_enabled(fiat).await
    }
    async fn list_created(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<GatewayInvoice>, GatewayError> {
        self.timed(self.inner.list_created(from, to)).await
    }
    async fn confirm_manually(
        &self,
        provider_ref: &str,
        txid: &str,
    ) -> Result<GatewayInvoice, GatewayError> {
        self.timed(self.inner.confirm_manually(provider_ref, txid))
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_say_how_the_gateway_is() {
        let fast = Duration::from_millis(80);
        assert_eq!(classify(fast, Ok(())).0, Health::Ok);
        assert_eq!(classify(SLOW, Ok(())).0, Health::Slow);
        let refused = GatewayError::Rejected {
            message: "amount too small".into(),
            fields: vec![],
        };
        assert_eq!(classify(fast, Err(&refused)).0, Health::Ok);
        let (state, reason) = classify(fast, Err(&GatewayError::Auth("401".into())));
        assert_eq!(state, Health::CredentialsRejected);
        assert!(reason.unwrap().contains("credentials"));
        let down = GatewayError::Unavailable("connection refused".into());
        assert_eq!(classify(fast, Err(&down)).0, Health::Unreachable);
        let busy = GatewayError::RateLimited { retry_after: None };
        assert_eq!(classify(fast, Err(&busy)).0, Health::Slow);
    }

    #[test]
    fn the_board_keeps_the_latest_word_per_provider() {
        let board = HealthBoard::default();
        assert_eq!(board.get("main").state, Health::Unknown);
        assert!(board.quiet_for("main").is_none());
        let down = GatewayError::Unavailable("reset".into());
        board.record("main", Duration::from_millis(5), Err(&down));
        board.record("other", Duration::from_millis(5), Ok(()));
        assert_eq!(board.get("main").state, Health::Unreachable);
        board.record("main", Duration::from_millis(7), Ok(()));
        let now = board.get("main");
        assert_eq!((now.state, now.latency_ms), (Health::Ok, Some(7)));
        assert!(now.reason.is_none());
        assert_eq!(board.get("other").state, Health::Ok);
        board.set("main", Health::CredentialsRejected, "no keys".into());
        let now = board.get("main");
        assert_eq!(now.state, Health::CredentialsRejected);
        assert_eq!(now.reason.as_deref(), Some("no keys"));
    }

    /// Answers the till has without asking, as a cached list or a local
    /// refusal; everything else from a gateway that is down.
    struct Down;

    #[async_trait]
    impl Gateway for Down {
        async fn currencies(&self) -> Result<Vec<Currency>, GatewayError> {
            Ok(Vec::new())
        }
        async fn create(&self, _: &CreateRequest) -> Result<GatewayInvoice, GatewayError> {
            Err(GatewayError::Unavailable("refused".into()))
        }
        async fn status(&self, _: &str) -> Result<GatewayInvoice, GatewayError> {
            Err(GatewayError::Unavailable("refused".into()))
        }
        async fn find_by_order_id(&self, _: &str) -> Result<Option<GatewayInvoice>, GatewayError> {
            Err(GatewayError::Unavailable("refused".into()))
        }
    }

    #[tokio::test]
    async fn only_answers_from_the_gateway_move_the_light() {
        let board = Arc::new(HealthBoard::default());
        let g = Observed::new(Arc::new(Down), "main", board.clone());
        g.currencies().await.unwrap();
        g.fiat_enabled("USD").await.unwrap();
        let _ = g.confirm_manually("r", "tx").await;
        assert_eq!(board.get("main").state, Health::Unknown);
        let _ = g.status("r").await;
        assert_eq!(board.get("main").state, Health::Unreachable);
        g.currencies().await.unwrap();
        assert_eq!(board.get("main").state, Health::Unreachable);
    }
}

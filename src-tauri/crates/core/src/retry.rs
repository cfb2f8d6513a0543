//! When to try a request again. A pure function of what happened and how
//! often, so the policy is tested without a network.

use std::time::Duration;

/// Reads can be repeated freely; a create must never be sent twice unless
/// the gateway certainly did not act on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    Read,
    Create,
}

/// What one attempt ended with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// An HTTP status from the gateway, with its Retry-After if any.
    Status {
        code: u16,
        retry_after: Option<Duration>,
    },
    /// The connection could not be opened: nothing reached the gateway.
    ConnectFailed,
    /// Sent, but no complete answer (timeout, reset).
    NoAnswer,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    RetryAfter(Duration),
    GiveUp,
}

/// Attempts in all, the first included.
pub const MAX_ATTEMPTS: u32 = 3;
/// The longest Retry-After we sit out at the counter; longer ones go back
/// to the caller as a rate-limit error.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(10);
const BASE_BACKOFF: Duration = Duration::from_millis(250);

/// `attempt` counts from 1 for the attempt that just ended; `jitter` is a
/// random number in `[0, 1)` that spreads retries of many tills apart.
pub fn decide(op: Operation, outcome: Outcome, attempt: u32, jitter: f64) -> Decision {
    if attempt >= MAX_ATTEMPTS {
        return Decision::GiveUp;
    }
    let backoff = || {
        let base = BASE_BACKOFF * 2u32.pow(attempt - 1);
        Decision::RetryAfter(base + base.mul_f64(jitter.clamp(0.0, 1.0) / 2.0))
    };
    match outcome {
        // A 429 means the request was not processed: safe for creates too.
        Outcome::Status {
            code: 429,
            retry_after,
        } => match retry_after {
            Some(wait) if wait <= MAX_RETRY_AFTER => Decision::RetryAfter(wait),
            Some(_) => Decision::GiveUp,
            None => backoff(),
        },
        Outcome::ConnectFailed => backoff(),
        Outcome::Status { code, .. } if (500..600).contains(&code) && op == Operation::Read => {
            backoff()
        }
        Outcome::NoAnswer if op == Operation::Read => backoff(),
        _ => Decision::GiveUp,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Decision::*;
    use Operation::*;

    fn status(code: u16) -> Outcome {
        Outcome::Status {
            code,
            retry_after: None,
        }
    }

    #[test]
    fn reads_retry_server_errors_and_silence_with_growing_backoff() {
        assert_eq!(
            decide(Read, status(503), 1, 0.0),
            RetryAfter(Duration::from_millis(250))
        );
        assert_eq!(
            decide(Read, status(500), 2, 0.0),
            RetryAfter(Duration::from_millis(500))
        );
        assert_eq!(decide(Read, status(500), 3, 0.0), GiveUp);
        assert_eq!(
            decide(Read, Outcome::NoAnswer, 1, 0.0),
            RetryAfter(Duration::from_millis(250))
        );
    }

    #[test]
    fn jitter_spreads_the_backoff_by_up_to_half() {
        assert_eq!(
            decide(Read, status(502), 1, 0.999_999),
            RetryAfter(Duration::from_millis(250) + Duration::from_millis(250).mul_f64(0.4999995))
        );
        assert_eq!(
            decide(Read, status(502), 1, 7.0),
            RetryAfter(Duration::from_millis(375))
        );
    }

    #[test]
    fn creates_are_never_retried_when_they_may_have_been_processed() {
        assert_eq!(decide(Create, status(500), 1, 0.0), GiveUp);
        assert_eq!(decide(Create, Outcome::NoAnswer, 1, 0.0), GiveUp);
        assert_eq!(
            decide(Create, Outcome::ConnectFailed, 1, 0.0),
            RetryAfter(Duration::from_millis(250))
        );
    }

    #[test]
    fn rate_limits_wait_as_told_within_a_bound() {
        let told = |secs| Outcome::Status {
            code: 429,
            retry_after: Some(Duration::from_secs(secs)),
        };
        assert_eq!(
            decide(Create, told(2), 1, 0.5),
            RetryAfter(Duration::from_secs(2))
        );
        assert_eq!(
            decide(Read, told(2), 1, 0.5),
            RetryAfter(Duration::from_secs(2))
        );
        assert_eq!(decide(Read, told(60), 1, 0.5), GiveUp);
        assert_eq!(decide(Read, told(2), MAX_ATTEMPTS, 0.5), GiveUp);
    }

    #[test]
    fn client_errors_are_never_retried() {
        for code in [400, 401, 403, 404, 422] {
            assert_eq!(decide(Read, status(code), 1, 0.0), GiveUp, "{code}");
            assert_eq!(decide(Create, status(code), 1, 0.0), GiveUp, "{code}");
        }
    }
}

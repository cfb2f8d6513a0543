//! Gateway clients, one module per wire protocol, and the simulator that
//! speaks those protocols on loopback. Nothing here knows about windows.

pub mod connect;
pub mod cryptofuse;
pub mod cryptopayment;
pub mod cryptoscan;
mod currency_file;
mod http;
mod payout_wire;
mod search;
pub mod sim;
pub mod webhook;
pub mod wire;

pub use connect::{connect, ConnectError, Connected, Secrets};
pub use http::Timeouts;

/// What `Debug` shows in place of a secret.
pub(crate) const REDACTED: &str = "<redacted>";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configs_that_hold_secrets_redact_them_in_debug() {
        let secret = "s3cr3t-value";
        let shown = [
            format!(
                "{:?}",
                cryptofuse::Config {
                    base_url: "https://x".into(),
                    auth: cryptofuse::Auth::OAuth(cryptofuse::OAuthClient {
                        client_id: "id".into(),
                        client_secret: secret.into(),
                        basic: false,
                    }),
                    timeouts: Timeouts::default(),
                    expiry_minutes: None,
                    fee_paid_by_user: false,
                }
            ),
            format!(
                "{:?}",
                cryptofuse::Auth::ApiKey {
                    key: secret.into(),
                    client: cryptofuse::OAuthClient {
                        client_id: "id".into(),
                        client_secret: secret.into(),
                        basic: true,
                    },
                }
            ),
            format!(
                "{:?}",
                cryptopayment::Config {
                    base_url: "https://x".into(),
                    api_key: "key".into(),
                    api_secret: secret.into(),
                    timeouts: Timeouts::default(),
                }
            ),
            format!(
                "{:?}",
                cryptoscan::Config {
                    base_url: "https://x".into(),
                    public_key: "pub".into(),
                    private_key: secret.into(),
                    auth: cryptoscan::Auth::Signature,
                    timeouts: Timeouts::default(),
                }
            ),
        ];
        for text in shown {
            assert!(!text.contains(secret), "{text}");
            assert!(text.contains(REDACTED), "{text}");
        }
    }
}

//! Gateway clients, one module per wire protocol. The simulator that speaks
//! them on loopback is the sandbox crate's; nothing here knows about
//! windows.

pub mod cryptofuse;
pub mod cryptopayment;
pub mod cryptoscan;
mod currency_file;
mod http;
mod payout_wire;
mod search;
pub mod webhook;
pub mod wire;

pub use http::Timeouts;

use counterpay_core::payout::Payouts;
use counterpay_core::Gateway;
use std::sync::Arc;

/// One gateway client, seen as invoices and as payouts.
pub type Clients = (Arc<dyn Gateway>, Arc<dyn Payouts>);

/// One client seen through both ports.
pub fn both<T: Gateway + Payouts + 'static>(client: T) -> Clients {
    let client = Arc::new(client);
    (client.clone(), client)
}

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

//! The gateway clients against the simulator over real HTTP on 127.0.0.1.

mod cryptofuse;
mod cryptopayment;
mod cryptoscan;
mod faults;
mod payouts;

use counterpay_gateways::cryptofuse::{Auth, Config, Cryptofuse, OAuthClient};
use counterpay_gateways::Timeouts;
use counterpay_sandbox::{Protocol, SimConfig, Simulator};
use std::time::Duration;
use tempfile::TempDir;

/// A withdrawal as the app journals it before sending.
pub fn payout(asset: &str, amount: &str) -> counterpay_core::payout::Withdrawal {
    counterpay_core::payout::Withdrawal::request(
        "test",
        asset,
        amount.parse().unwrap(),
        "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
    )
}

pub struct Rig {
    _dir: TempDir,
    pub sim: Simulator,
}

pub fn timeouts() -> Timeouts {
    Timeouts {
        connect: Duration::from_secs(2),
        request: Duration::from_secs(2),
    }
}

pub fn fast_config() -> SimConfig {
    SimConfig {
        client_id: "id-1".into(),
        client_secret: "secret-1".into(),
        api_key: "key-1".into(),
        token_ttl: Duration::from_secs(3600),
        confirmation_interval: Duration::from_millis(100),
        required_confirmations: 2,
        default_expiry_minutes: 15,
        merchant_key: "pk_1".into(),
        merchant_secret: "sk_1".into(),
        expiry_lag: Duration::ZERO,
    }
}

pub async fn rig() -> Rig {
    rig_for(Protocol::Cryptofuse).await
}

pub async fn rig_for(protocol: Protocol) -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let sim = Simulator::start(&dir.path().join("sim.sqlite3"), fast_config(), protocol)
        .await
        .unwrap();
    Rig { _dir: dir, sim }
}

impl Rig {
    pub fn client_with(&self, auth: Auth) -> Cryptofuse {
        Cryptofuse::new(Config {
            base_url: self.sim.base_url(),
            auth,
            timeouts: Timeouts {
                connect: Duration::from_secs(2),
                request: Duration::from_secs(2),
            },
            expiry_minutes: None,
            fee_paid_by_user: false,
        })
        .unwrap()
    }

    pub fn client(&self) -> Cryptofuse {
        self.client_with(Auth::OAuth(oauth("secret-1")))
    }

    /// The API-key variant, with the OAuth client its reads need.
    pub fn api_key_client(&self, key: &str) -> Cryptofuse {
        self.client_with(Auth::ApiKey {
            key: key.into(),
            client: oauth("secret-1"),
        })
    }
}

pub fn oauth(secret: &str) -> OAuthClient {
    OAuthClient {
        client_id: "id-1".into(),
        client_secret: secret.into(),
        basic: false,
    }
}

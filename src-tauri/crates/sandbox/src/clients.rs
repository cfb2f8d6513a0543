//! Clients signed in to a simulator with its own credentials.

use crate::{Protocol, Simulator};
use counterpay_core::GatewayError;
use counterpay_gateways::cryptofuse::{self, Auth, Cryptofuse, OAuthClient};
use counterpay_gateways::cryptopayment::{self, Cryptopayment};
use counterpay_gateways::cryptoscan::{self, Cryptoscan};
use counterpay_gateways::{both, Clients, Timeouts};

/// A client of the protocol `sim` speaks, signed in with the simulator's
/// own credentials: for the sandbox provider, tests and benchmarks.
pub fn sandbox_clients(
    sim: &Simulator,
    expiry_minutes: Option<u32>,
) -> Result<Clients, GatewayError> {
    let base_url = sim.base_url();
    let timeouts = Timeouts::default();
    let c = &sim.state.config;
    Ok(match sim.protocol {
        Protocol::Cryptofuse => both(Cryptofuse::new(cryptofuse::Config {
            base_url,
            auth: Auth::OAuth(OAuthClient {
                client_id: c.client_id.clone(),
                client_secret: c.client_secret.clone(),
                basic: false,
            }),
            timeouts,
            expiry_minutes,
            fee_paid_by_user: false,
        })?),
        Protocol::Cryptopayment => both(Cryptopayment::new(cryptopayment::Config {
            base_url,
            api_key: c.merchant_key.clone(),
            api_secret: c.merchant_secret.clone(),
            timeouts,
        })?),
        Protocol::Cryptoscan => both(Cryptoscan::new(cryptoscan::Config {
            base_url,
            public_key: c.merchant_key.clone(),
            private_key: c.merchant_secret.clone(),
            auth: cryptoscan::Auth::Signature,
            timeouts,
        })?),
    })
}

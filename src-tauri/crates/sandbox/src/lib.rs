//! The gateway simulator: a real HTTP server on 127.0.0.1 that speaks a
//! gateway's wire protocol, with a simulated payer and injectable faults.
//! It backs the `sandbox` provider kind and the tests of every client.

mod call;
mod clients;
mod cryptofuse;
mod cryptofuse_payouts;
mod cryptopayment;
mod cryptoscan;
mod faults;
mod state;

pub use clients::sandbox_clients;
pub use state::{
    currency, Fault, NewPayment, Price, SimBalance, SimConfig, SimPayment, SimState, SimStatus,
    SimView, SimWithdrawal, CURRENCIES,
};

use std::fmt;
use std::net::SocketAddr;
use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;

/// The wire protocol a simulator speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    Cryptofuse,
    Cryptopayment,
    Cryptoscan,
}

impl Protocol {
    pub const ALL: [Protocol; 3] = [
        Protocol::Cryptofuse,
        Protocol::Cryptopayment,
        Protocol::Cryptoscan,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Cryptofuse => "cryptofuse",
            Protocol::Cryptopayment => "cryptopayment",
            Protocol::Cryptoscan => "cryptoscan",
        }
    }

    /// The path under the host that the gateway documents as its base.
    fn base_path(self) -> &'static str {
        match self {
            Protocol::Cryptofuse => "",
            Protocol::Cryptopayment | Protocol::Cryptoscan => "/api/v1",
        }
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Protocol {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Protocol::ALL
            .into_iter()
            .find(|p| p.as_str() == s.trim().to_ascii_lowercase())
            .ok_or_else(|| {
                format!(
                    "protocol={s}: use one of {}",
                    Protocol::ALL.map(Protocol::as_str).join(", ")
                )
            })
    }
}

pub struct Simulator {
    pub state: Arc<SimState>,
    pub protocol: Protocol,
    addr: SocketAddr,
    task: tokio::task::JoinHandle<()>,
}

impl Simulator {
    /// Starts a simulator on an ephemeral loopback port, with its state in
    /// `state_file`. Must be called inside a tokio runtime.
    pub async fn start(
        state_file: &Path,
        config: SimConfig,
        protocol: Protocol,
    ) -> std::io::Result<Simulator> {
        let state = Arc::new(SimState::open(state_file, config).map_err(std::io::Error::other)?);
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let app = match protocol {
            Protocol::Cryptofuse => cryptofuse::router(state.clone()),
            Protocol::Cryptopayment => cryptopayment::router(state.clone()),
            Protocol::Cryptoscan => cryptoscan::router(state.clone()),
        };
        let task = tokio::spawn(async move {
            if let Err(e) = axum::serve(listener, app).await {
                tracing::error!(error = %e, "simulator stopped");
            }
        });
        Ok(Simulator {
            state,
            protocol,
            addr,
            task,
        })
    }

    /// The base URL a client is given: what the gateway documents as its
    /// base (the host root for Cryptofuse, `/api/v1` for the others).
    pub fn base_url(&self) -> String {
        format!("http://{}{}", self.addr, self.protocol.base_path())
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        self.task.abort();
    }
}

//! The gateway simulator: a real HTTP server on 127.0.0.1 that speaks a
//! gateway's wire protocol, with a simulated payer and injectable faults.
//! It backs the `sandbox` provider kind and the tests of every client.

mod cryptofuse;
mod faults;
mod state;

pub use state::{currency, Fault, SimConfig, SimPayment, SimState, SimView, CURRENCIES};

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

pub struct Simulator {
    pub state: Arc<SimState>,
    addr: SocketAddr,
    task: tokio::task::JoinHandle<()>,
}

impl Simulator {
    /// Starts a Cryptofuse-protocol simulator on an ephemeral loopback port,
    /// with its state in `state_file`. Must be called inside a tokio runtime.
    pub async fn start(state_file: &Path, config: SimConfig) -> std::io::Result<Simulator> {
        let state = Arc::new(SimState::open(state_file, config).map_err(std::io::Error::other)?);
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let app = cryptofuse::router(state.clone());
        let task = tokio::spawn(async move {
            if let Err(e) = axum::serve(listener, app).await {
                tracing::error!(error = %e, "simulator stopped");
            }
        });
        Ok(Simulator { state, addr, task })
    }

    /// The base URL a client is given (the host root, as for Cryptofuse).
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        self.task.abort();
    }
}

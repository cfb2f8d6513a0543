//! Gateway clients, one module per wire protocol, and the simulator that
//! speaks those protocols on loopback. Nothing here knows about windows.

pub mod connect;
pub mod cryptofuse;
pub mod cryptopayment;
pub mod cryptoscan;
mod http;
mod payout_wire;
mod search;
pub mod sim;
pub mod webhook;
pub mod wire;

pub use connect::{connect, ConnectError, Connected, Secrets};
pub use http::Timeouts;

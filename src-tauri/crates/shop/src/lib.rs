//! The shop as both front ends see it, with no window anywhere: the data
//! dir, its journal and keys, the gateways, the people and their PINs,
//! takings, payouts, and the headless command line. The desktop app and
//! `counterpay-headless` are two thin front ends over it, so the command
//! line (and HQ shipping on a server) builds and runs without GTK or WebKit.

mod boot_clock;
pub mod cli;
pub mod hq;
mod keys;
pub mod notify;
pub mod output;
pub mod payouts;
pub mod secrets;
pub mod shop;
pub mod staff;
pub mod takings;

/// Logs go to stderr, filtered by `COUNTERPAY_LOG` (errors only by default,
/// so the command line's own one-line messages stay alone).
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("COUNTERPAY_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("error"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

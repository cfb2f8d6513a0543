//! The shop as both front ends see it, with no window anywhere: the data
//! dir, its journal and keys, the gateways, the people and their PINs,
//! takings, payouts, and the headless command line. The desktop app and
//! `counterpay-headless` are two thin front ends over it, so the command
//! line (and HQ shipping on a server) builds and runs without GTK or WebKit.

pub mod backup;
mod boot_clock;
pub mod catalog;
pub mod cli;
pub mod connect;
pub mod diagnostics;
pub mod gateway_forms;
pub mod hq;
mod keys;
pub mod logs;
mod manual;
pub mod notify;
pub mod output;
pub mod payouts;
pub mod provider_test;
pub mod reconcile;
mod recovery;
pub mod refunds;
pub mod sales;
pub mod secrets;
pub mod shop;
pub mod staff;
pub mod takings;

/// Starts logging: see `logs`.
pub fn init_logging() {
    logs::init();
}

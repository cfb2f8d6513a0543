//! The Counterpay app: the headless command line and the desktop shell over
//! the same shop.

mod boot_clock;
mod chart;
pub mod cli;
pub mod desktop;
mod keys;
mod notify;
mod output;
pub mod payouts;
mod receipt;
mod secrets;
pub mod shop;
pub mod staff;
pub mod takings;

use std::path::PathBuf;

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

/// Opens the counter window on the shop in `data_dir`.
pub fn run(data_dir: Option<PathBuf>) -> Result<(), String> {
    let shop = shop::Shop::open(data_dir).map_err(|e| e.to_string())?;
    let app = desktop::builder(tauri::Builder::default(), shop)
        .build(tauri::generate_context!())
        .map_err(|e| format!("the window could not open: {e}"))?;
    app.run(|handle, event| {
        if let tauri::RunEvent::Exit = event {
            desktop::on_exit(handle);
        }
    });
    Ok(())
}

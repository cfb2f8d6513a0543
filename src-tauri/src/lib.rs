//! The Counterpay desktop app: the window over the shop that
//! `counterpay-shop` keeps; the command line lives there too.

mod chart;
pub mod desktop;
mod receipt;

pub use counterpay_shop::{
    catalog, cli, diagnostics, gateway_forms, hq, init_logging, notify, output, payouts,
    provider_test, reconcile, sales, secrets, shop, staff, takings,
};

use std::path::PathBuf;

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

//! The counter's gateway light: ok, slow, unreachable or credentials
//! rejected. It is read from the watcher's and the till's own answers; a
//! ping goes out only when the gateway has been quiet for a while, so a
//! cashier knows of an outage before charging.

use super::{Desktop, COUNTER};
use counterpay_core::{GatewayHealth, Health};
use std::time::Duration;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};

/// How often the light is looked at.
const LOOK_EVERY: Duration = Duration::from_secs(5);
/// How long the gateway may go unasked before it is pinged.
const PING_WHEN_QUIET: Duration = Duration::from_secs(30);

/// Keeps the light of the shop's default provider for the app's life, and
/// tells the counter whenever its state or reason changes.
pub fn keep_watching<R: Runtime>(app: AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        let mut tick = tokio::time::interval(LOOK_EVERY);
        // What the counter was last told, so it hears only of changes.
        let mut told: Option<(String, Health, Option<String>)> = None;
        loop {
            tick.tick().await;
            let desktop = app.state::<Desktop>();
            let now = match desktop.shop.provider(None) {
                Ok(p) => Some(desktop.shop.ping_if_quiet(&p.name, PING_WHEN_QUIET).await),
                Err(_) => None,
            };
            let key = now
                .as_ref()
                .map(|h| (h.provider.clone(), h.state, h.reason.clone()));
            // `null` when no provider is set: the light goes out.
            if key != told {
                told = key;
                let _ = app.emit_to(COUNTER, "gateway_health", now);
            }
        }
    });
}

/// What the clients' answers and connection attempts say now of the
/// default provider; `None` when there is none.
#[tauri::command]
pub fn gateway_health(state: State<'_, Desktop>) -> Option<GatewayHealth> {
    let provider = state.shop.provider(None).ok()?;
    Some(state.shop.gateway_health(&provider.name))
}

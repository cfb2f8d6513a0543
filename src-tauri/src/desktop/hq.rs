//! The till's shipper to HQ while the window is open, and the small
//! indicator on the counter that says how it goes. A sale never waits for
//! any of it.

use super::Desktop;
use super::COUNTER;
use counterpay_hq::HqError;
use serde::Serialize;
use std::time::Duration;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};

/// How often new events are shipped, at the latest.
const SHIP_EVERY: Duration = Duration::from_secs(15);
/// How long after a change it is shipped.
const SOON: Duration = Duration::from_secs(1);

/// What the counter shows about HQ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum HqIndicator {
    /// No HQ is set up.
    Off,
    UpToDate,
    Behind {
        events: i64,
    },
    Unreachable {
        events: i64,
    },
    /// HQ refused this till's history: the owner must look.
    Refused {
        message: String,
    },
}

impl Desktop {
    /// Ships what HQ lacks, once, and says how it went.
    async fn ship(&self) -> HqIndicator {
        match self.shop.hq_target() {
            Ok(Some(_)) => {}
            Ok(None) => return HqIndicator::Off,
            Err(e) => {
                return HqIndicator::Refused {
                    message: e.to_string(),
                }
            }
        }
        let shipped = self.shop.hq_sync().await;
        let pending = self.shop.hq_status().map(|s| s.pending).unwrap_or_default();
        match shipped {
            Ok(_) if pending == 0 => HqIndicator::UpToDate,
            Ok(_) => HqIndicator::Behind { events: pending },
            Err(e @ HqError::Refused { .. }) => HqIndicator::Refused {
                message: e.to_string(),
            },
            Err(_) => HqIndicator::Unreachable { events: pending },
        }
    }
}

/// Ships to HQ for the app's life: every few seconds, and a moment after
/// each change the journal takes.
pub fn keep_shipping<R: Runtime>(app: AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        let mut tick = tokio::time::interval(SHIP_EVERY);
        loop {
            let desktop = app.state::<Desktop>();
            tokio::select! {
                _ = tick.tick() => {}
                _ = desktop.hq_wanted.notified() => {
                    // Changes come in bursts (a payment confirms in steps).
                    tokio::time::sleep(SOON).await;
                }
            }
            let now = desktop.ship().await;
            *desktop.hq.lock().unwrap_or_else(|p| p.into_inner()) = now.clone();
            let _ = app.emit_to(COUNTER, "hq", now);
        }
    });
}

/// The indicator as the shipper last left it.
#[tauri::command]
pub fn hq_state(state: State<'_, Desktop>) -> HqIndicator {
    state.hq.lock().unwrap_or_else(|p| p.into_inner()).clone()
}

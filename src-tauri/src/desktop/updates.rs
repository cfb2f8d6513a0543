//! Self-update through tauri-plugin-updater: a check at start, shown to the
//! owner; a download the owner starts, verified against the public key in
//! tauri.conf.json; and an install that waits until no sale is open, so an
//! update never takes the screen from a customer who is paying.

use super::error::Localized;
use super::error::{CommandError, CommandResult};
use super::{Desktop, COUNTER};
use counterpay_core::Till;
use counterpay_core::{said, Said};
use serde::Serialize;
use std::sync::Mutex;
use std::time::Duration;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use tauri_plugin_updater::{Update, Updater, UpdaterExt};

/// How long after start the first check runs: the counter is usable first.
const FIRST_CHECK_AFTER: Duration = Duration::from_secs(20);
/// How often a downloaded update looks again for a moment without sales.
const SALE_POLL: Duration = Duration::from_secs(2);

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum UpdateState {
    /// The `updates` setting is off.
    Off,
    Unchecked,
    Checking,
    UpToDate {
        version: String,
    },
    Available {
        version: String,
        notes: Option<String>,
    },
    Downloading {
        version: String,
        received: u64,
        total: Option<u64>,
    },
    /// Downloaded and verified; installs as soon as no sale is open.
    WaitingForSales {
        version: String,
        open: usize,
    },
    Installing {
        version: String,
    },
    Failed {
        message: String,
        l10n: Localized,
    },
}

/// A failure as the banner says it: English, and in the catalogue's words.
fn failed(said: Said) -> UpdateState {
    UpdateState::Failed {
        message: said.to_string(),
        l10n: (&said).into(),
    }
}

impl UpdateState {
    /// Downloading, waiting or installing: no new check or install now.
    fn busy(&self) -> bool {
        matches!(
            self,
            UpdateState::Downloading { .. }
                | UpdateState::WaitingForSales { .. }
                | UpdateState::Installing { .. }
        )
    }
}

pub struct Updates {
    state: Mutex<UpdateState>,
    found: tokio::sync::Mutex<Option<Update>>,
}

impl Updates {
    pub fn new() -> Updates {
        Updates {
            state: Mutex::new(UpdateState::Unchecked),
            found: tokio::sync::Mutex::new(None),
        }
    }

    fn state(&self) -> UpdateState {
        self.state.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

fn set<R: Runtime>(app: &AppHandle<R>, state: UpdateState) {
    let desktop = app.state::<Desktop>();
    *desktop
        .updates
        .state
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = state.clone();
    let _ = app.emit_to(COUNTER, "update", state);
}

/// The updater for this shop: the endpoints of tauri.conf.json, or the
/// owner's own (`update_endpoint`), always with the configured public key.
fn updater<R: Runtime>(app: &AppHandle<R>) -> Result<Updater, String> {
    let settings = app
        .state::<Desktop>()
        .shop
        .settings()
        .map_err(|e| e.to_string())?;
    let mut builder = app.updater_builder();
    if let Some(url) = settings.update_endpoint {
        let url = url
            .parse()
            .map_err(|e| format!("update_endpoint {url} is not a URL: {e}"))?;
        builder = builder.endpoints(vec![url]).map_err(|e| e.to_string())?;
    }
    builder.build().map_err(|e| e.to_string())
}

/// Looks once at start, if the owner left updates on.
pub fn check_at_start<R: Runtime>(app: AppHandle<R>) {
    let wanted = app
        .state::<Desktop>()
        .shop
        .settings()
        .map(|s| s.updates)
        .unwrap_or(true);
    if !wanted {
        set(&app, UpdateState::Off);
        return;
    }
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(FIRST_CHECK_AFTER).await;
        check(&app).await;
    });
}

async fn check<R: Runtime>(app: &AppHandle<R>) -> UpdateState {
    set(app, UpdateState::Checking);
    let found = match updater(app) {
        Ok(u) => u.check().await.map_err(|e| e.to_string()),
        Err(e) => Err(e),
    };
    let state = match found {
        Ok(Some(update)) => {
            let state = UpdateState::Available {
                version: update.version.clone(),
                notes: update.body.clone(),
            };
            *app.state::<Desktop>().updates.found.lock().await = Some(update);
            state
        }
        Ok(None) => UpdateState::UpToDate {
            version: app.package_info().version.to_string(),
        },
        Err(e) => failed(said!(
            "update-failed-check",
            "could not look for updates: {detail}",
            detail = e.to_string()
        )),
    };
    set(app, state.clone());
    state
}

/// Resolves once the till has no open invoice, reporting how many are open
/// while it waits.
pub async fn until_no_sale_open(till: &Till, mut waiting: impl FnMut(usize)) {
    loop {
        match till.open_count() {
            Ok(0) => return,
            Ok(open) => waiting(open),
            Err(e) => tracing::warn!(error = %e, "cannot count open sales; the update waits"),
        }
        tokio::time::sleep(SALE_POLL).await;
    }
}

async fn download_and_install<R: Runtime>(app: AppHandle<R>, update: Update) {
    let version = update.version.clone();
    let mut received = 0u64;
    let mut shown = 0u64;
    let bytes = update
        .download(
            |chunk, total| {
                received += chunk as u64;
                // A progress event per percent, not per network chunk.
                if total.is_none_or(|t| received * 100 / t.max(1) > shown) {
                    shown = total.map_or(0, |t| received * 100 / t.max(1));
                    set(
                        &app,
                        UpdateState::Downloading {
                            version: version.clone(),
                            received,
                            total,
                        },
                    );
                }
            },
            || {},
        )
        .await;
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => {
            set(
                &app,
                failed(said!(
                    "update-failed-download",
                    "the update to {version} was not installed: {detail}",
                    version = &version,
                    detail = e.to_string()
                )),
            );
            return;
        }
    };
    let desktop = app.state::<Desktop>();
    // No charge may start between the last look at open sales and the
    // install: charges hold `sales` shared, so taking it alone waits for
    // those in flight and refuses new ones.
    let _no_sales = loop {
        until_no_sale_open(&desktop.till, |open| {
            set(
                &app,
                UpdateState::WaitingForSales {
                    version: version.clone(),
                    open,
                },
            )
        })
        .await;
        let alone = desktop.sales.write().await;
        if desktop.till.open_count().is_ok_and(|n| n == 0) {
            break alone;
        }
    };
    set(
        &app,
        UpdateState::Installing {
            version: version.clone(),
        },
    );
    match update.install(bytes) {
        Ok(()) => app.restart(),
        Err(e) => set(
            &app,
            failed(said!(
                "update-failed-install",
                "the update to {version} could not be installed: {detail}",
                version = &version,
                detail = e.to_string()
            )),
        ),
    }
}

/// Where the updater stands; anyone may read it.
#[tauri::command]
pub fn update_state(state: State<'_, Desktop>) -> UpdateState {
    state.updates.state()
}

#[tauri::command]
pub async fn owner_update_check<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Desktop>,
) -> CommandResult<UpdateState> {
    state.office(counterpay_core::Permission::Own)?;
    let now = state.updates.state();
    if now.busy() {
        return Ok(now);
    }
    Ok(check(&app).await)
}

/// Downloads the update found by the last check; it installs (and the app
/// restarts) once no sale is open.
#[tauri::command]
pub async fn owner_update_install<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Desktop>,
) -> CommandResult<()> {
    let owner = state.office(counterpay_core::Permission::Own)?;
    let update = state.updates.found.lock().await.take().ok_or_else(|| {
        CommandError::refused(
            "no_update",
            counterpay_core::said!(
                "error-no-update",
                "no update is waiting: look for updates first"
            ),
        )
    })?;
    state.shop.journal.record_audit(
        "",
        &counterpay_core::AuditEntry::new(
            &counterpay_core::Actor::staff(&owner),
            "update_started",
            serde_json::json!({ "version": update.version }),
        ),
    )?;
    tauri::async_runtime::spawn(download_and_install(app, update));
    Ok(())
}

#[cfg(test)]
mod tests;

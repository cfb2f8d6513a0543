//! The owner's takings screen, shift close and exports, and receipts for
//! the counter.

use super::error::{CommandError, CommandResult};
use super::Desktop;
use crate::chart::hourly_svg;
use crate::receipt::Receipt;
use crate::takings::{Days, Takings};
use counterpay_core::shift::ZReport;
use counterpay_core::{Actor, AuditEntry, Permission};
use serde::Serialize;
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Runtime, State, WebviewWindow};
use tauri_plugin_dialog::DialogExt;

#[derive(Debug, Serialize)]
pub struct TakingsView {
    #[serde(flatten)]
    takings: Takings,
    chart_svg: String,
}

#[tauri::command]
pub fn owner_takings(
    state: State<'_, Desktop>,
    first: Option<String>,
    last: Option<String>,
) -> CommandResult<TakingsView> {
    state.office(Permission::Manage)?;
    let takings = state
        .shop
        .takings(Days::parse(first.as_deref(), last.as_deref())?)?;
    let chart_svg = hourly_svg(&takings.hourly, &takings.chart_fiat);
    Ok(TakingsView { takings, chart_svg })
}

/// Asks where to save the range's CSV or JSON in the OS save dialog,
/// opened from here: the file goes to the path the dialog returned and
/// nowhere the window could name. Returns the bytes written, or nothing
/// when the owner cancelled.
#[tauri::command]
pub async fn owner_export<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Desktop>,
    first: Option<String>,
    last: Option<String>,
    format: String,
) -> CommandResult<Option<u64>> {
    let person = state.office(Permission::Manage)?;
    let days = Days::parse(first.as_deref(), last.as_deref())?;
    if !matches!(format.as_str(), "csv" | "json") {
        return Err(CommandError::new(
            "invalid",
            format!("no export format {format}: choose csv or json"),
        ));
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .add_filter(format.to_ascii_uppercase(), &[format.as_str()])
        .set_file_name(format!("counterpay-{}-{}.{format}", days.first, days.last))
        .save_file(move |picked| {
            let _ = tx.send(picked);
        });
    let Some(picked) = rx.await.ok().flatten() else {
        return Ok(None);
    };
    let path = picked
        .into_path()
        .map_err(|e| CommandError::new("write", format!("that place cannot be written: {e}")))?;
    let written = export_to(&state, days, &format, &path)?;
    state.shop.journal.record_audit(
        "",
        &AuditEntry::new(
            &Actor::staff(&person),
            "exported",
            serde_json::json!({ "format": format, "first": days.first, "last": days.last,
                                "file": path.file_name().map(|n| n.to_string_lossy().into_owned()) }),
        ),
    )?;
    Ok(Some(written))
}

/// Writes first to a file beside `path`, then renames it, so a failed
/// export never leaves half a file where the last good one was.
fn export_to(state: &Desktop, days: Days, format: &str, path: &Path) -> CommandResult<u64> {
    let fail = |e: std::io::Error| {
        CommandError::new(
            "write",
            format!("{} cannot be written: {e}", path.display()),
        )
    };
    let partial = {
        let mut name = path.to_path_buf().into_os_string();
        name.push(".partial");
        PathBuf::from(name)
    };
    // Made new, never an existing file (or a link) someone left there.
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&partial)
        .map_err(fail)?;
    let file = std::io::BufWriter::new(file);
    let written = if format == "csv" {
        state.shop.export_csv(days, file)
    } else {
        state.shop.export_json(days, file)
    };
    match written {
        Ok(n) => {
            std::fs::rename(&partial, path).map_err(fail)?;
            Ok(n)
        }
        Err(e) => {
            let _ = std::fs::remove_file(&partial);
            Err(e.into())
        }
    }
}

#[tauri::command]
pub fn owner_shifts(state: State<'_, Desktop>) -> CommandResult<Vec<ZReport>> {
    state.office(Permission::Manage)?;
    Ok(state.shop.journal.shifts()?)
}

/// Closes the shift: the back office is open for a manager or the owner,
/// whose name the Z-report and the audit trail keep.
#[tauri::command]
pub fn owner_close_shift(state: State<'_, Desktop>) -> CommandResult<ZReport> {
    let person = state.office(Permission::Manage)?;
    let z = state.shop.journal.close_shift(&Actor::staff(&person))?;
    state.shop.record_head();
    Ok(z)
}

/// Opens the OS print dialog on the window that asks, whose print style
/// sheet leaves only the receipt on the page. Done natively: WebKitGTK
/// ignores `window.print()` in some sessions, the GTK dialog never fails to open.
#[tauri::command]
pub fn print_receipt<R: Runtime>(window: WebviewWindow<R>) -> CommandResult<()> {
    window
        .print()
        .map_err(|e| CommandError::new("print", format!("the print dialog could not open: {e}")))
}

#[tauri::command]
pub fn receipt(state: State<'_, Desktop>, id: String) -> CommandResult<Receipt> {
    state.seller_reading()?;
    let invoice = state.till.invoice(&id)?;
    Receipt::of(&invoice, &state.shop.settings()?.shop_name)
        .map_err(|m| CommandError::new("invalid", m))
}

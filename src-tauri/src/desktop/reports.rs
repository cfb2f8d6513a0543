//! The owner's takings screen, shift close and exports, and receipts for
//! the counter.

use super::error::{CommandError, CommandResult};
use super::Desktop;
use crate::chart::hourly_svg;
use crate::receipt::Receipt;
use crate::takings::{Days, Takings};
use counterpay_core::shift::ZReport;
use serde::Serialize;
use std::path::PathBuf;
use tauri::{Runtime, State, WebviewWindow};

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
    state.require_owner()?;
    let takings = state
        .shop
        .takings(Days::parse(first.as_deref(), last.as_deref())?)?;
    let chart_svg = hourly_svg(&takings.hourly, &takings.chart_fiat);
    Ok(TakingsView { takings, chart_svg })
}

/// Writes the range's CSV or JSON to the path the owner picked in the save
/// dialog: first to a file beside it, then renamed, so a failed export
/// never leaves half a file where the last good one was.
#[tauri::command]
pub fn owner_export(
    state: State<'_, Desktop>,
    first: Option<String>,
    last: Option<String>,
    format: String,
    path: PathBuf,
) -> CommandResult<u64> {
    state.require_owner()?;
    let days = Days::parse(first.as_deref(), last.as_deref())?;
    let fail = |e: std::io::Error| {
        CommandError::new(
            "write",
            format!("{} cannot be written: {e}", path.display()),
        )
    };
    let partial = {
        let mut name = path.clone().into_os_string();
        name.push(".partial");
        PathBuf::from(name)
    };
    let file = std::io::BufWriter::new(std::fs::File::create(&partial).map_err(fail)?);
    let written = match format.as_str() {
        "csv" => state.shop.export_csv(days, file),
        "json" => state.shop.export_json(days, file),
        other => {
            let _ = std::fs::remove_file(&partial);
            return Err(CommandError::new(
                "invalid",
                format!("no export format {other}: choose csv or json"),
            ));
        }
    };
    match written {
        Ok(n) => {
            std::fs::rename(&partial, &path).map_err(fail)?;
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
    state.require_owner()?;
    Ok(state.shop.journal.shifts()?)
}

#[tauri::command]
pub fn owner_close_shift(state: State<'_, Desktop>) -> CommandResult<ZReport> {
    state.require_owner()?;
    Ok(state.shop.journal.close_shift()?)
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
    let invoice = state.till.invoice(&id)?;
    Receipt::of(&invoice, &state.shop.settings()?.shop_name)
        .map_err(|m| CommandError::new("invalid", m))
}

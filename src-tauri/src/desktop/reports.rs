//! The owner's takings screen, shift close and exports, and receipts for
//! the counter.

use super::error::{CommandError, CommandResult};
use super::Desktop;
use crate::chart::hourly_svg;
use crate::hq::{ShopTotals, TillTotals};
use crate::receipt::Receipt;
use crate::takings::{Days, Takings, TakingsError};
use counterpay_core::money::AssetLabel;
use counterpay_core::shift::ZReport;
use counterpay_core::{Actor, AuditEntry, Permission};
use counterpay_hq::Scope;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Runtime, State, WebviewWindow};
use tauri_plugin_dialog::DialogExt;

#[derive(Debug, Serialize)]
pub struct TakingsView {
    #[serde(flatten)]
    takings: Takings,
    chart_svg: String,
    /// Across tills (scope `hq`): each till's and each shop's totals.
    tills: Vec<TillTotals>,
    shops: Vec<ShopTotals>,
    /// Each asset of `by_asset` as people name it, shown beside its code.
    asset_names: BTreeMap<String, AssetLabel>,
}

/// This till's takings, or (scope `hq`) every till's, from HQ.
#[tauri::command]
pub async fn owner_takings(
    state: State<'_, Desktop>,
    first: Option<String>,
    last: Option<String>,
    scope: Option<String>,
) -> CommandResult<TakingsView> {
    state.office(Permission::Manage)?;
    let days = Days::parse(state.shop.zone(), first.as_deref(), last.as_deref())?;
    let (takings, tills, shops) = if across_tills(scope.as_deref())? {
        let t = state
            .shop
            .hq_takings(days, &Scope::default())
            .await
            .map_err(hq_error)?;
        (t.takings, t.tills, t.shops)
    } else {
        (state.shop.takings(days)?, Vec::new(), Vec::new())
    };
    let chart_svg = hourly_svg(&takings.hourly, &takings.chart_fiat);
    let asset_names = takings
        .summary
        .by_asset
        .keys()
        .filter_map(|code| Some((code.clone(), AssetLabel::of(code)?)))
        .collect();
    Ok(TakingsView {
        takings,
        chart_svg,
        tills,
        shops,
        asset_names,
    })
}

/// `till` (the default) or `hq`.
fn across_tills(scope: Option<&str>) -> CommandResult<bool> {
    match scope.unwrap_or("till") {
        "till" => Ok(false),
        "hq" => Ok(true),
        other => Err(CommandError::new(
            "invalid",
            format!("no scope {other}: choose till or hq"),
        )),
    }
}

fn hq_error(e: counterpay_hq::HqError) -> CommandError {
    let code = match e {
        counterpay_hq::HqError::Unreachable(_) => "hq_unreachable",
        counterpay_hq::HqError::Setup(_) => "hq_setup",
        _ => "hq",
    };
    CommandError::new(code, e.to_string())
}

/// Asks where to save a file in the OS save dialog, opened from here: the
/// file goes to the path the dialog returned and nowhere the window could
/// name. `None` when the owner cancelled.
async fn pick_file<R: Runtime>(
    app: &AppHandle<R>,
    format: &str,
    name: String,
) -> CommandResult<Option<PathBuf>> {
    if !matches!(format, "csv" | "json") {
        return Err(CommandError::new(
            "invalid",
            format!("no export format {format}: choose csv or json"),
        ));
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .add_filter(format.to_ascii_uppercase(), &[format])
        .set_file_name(name)
        .save_file(move |picked| {
            let _ = tx.send(picked);
        });
    let Some(picked) = rx.await.ok().flatten() else {
        return Ok(None);
    };
    picked.into_path().map(Some).map_err(|e| {
        CommandError::refused(
            "write",
            counterpay_core::said!(
                "error-write-place",
                "that place cannot be written: {detail}",
                detail = e.to_string()
            ),
        )
    })
}

/// A file written beside its path first, then renamed, so a failed export
/// never leaves half a file where the last good one was.
struct NewFile {
    path: PathBuf,
    partial: PathBuf,
}

impl NewFile {
    fn create(path: &Path) -> CommandResult<(NewFile, std::io::BufWriter<std::fs::File>)> {
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
            .map_err(|e| unwritable(path, e))?;
        let new = NewFile {
            path: path.to_path_buf(),
            partial,
        };
        Ok((new, std::io::BufWriter::new(file)))
    }

    fn finish(self, written: Result<u64, TakingsError>) -> CommandResult<u64> {
        match written {
            Ok(n) => {
                std::fs::rename(&self.partial, &self.path)
                    .map_err(|e| unwritable(&self.path, e))?;
                Ok(n)
            }
            Err(e) => {
                let _ = std::fs::remove_file(&self.partial);
                Err(e.into())
            }
        }
    }
}

fn unwritable(path: &Path, e: std::io::Error) -> CommandError {
    CommandError::refused(
        "write",
        counterpay_core::said!(
            "error-write-file",
            "{path} cannot be written: {detail}",
            path = path.display().to_string(),
            detail = e.to_string()
        ),
    )
}

fn record_export(
    state: &Desktop,
    person: &counterpay_core::StaffMember,
    details: serde_json::Value,
) -> CommandResult<()> {
    state.shop.journal.record_audit(
        "",
        &AuditEntry::new(&Actor::staff(person), "exported", details),
    )?;
    Ok(())
}

fn file_name(path: &Path) -> Option<String> {
    path.file_name().map(|n| n.to_string_lossy().into_owned())
}

/// Saves the range's CSV or JSON where the owner picks. Returns the bytes
/// written, or nothing when the owner cancelled.
#[tauri::command]
pub async fn owner_export<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Desktop>,
    first: Option<String>,
    last: Option<String>,
    format: String,
    scope: Option<String>,
) -> CommandResult<Option<u64>> {
    let person = state.office(Permission::Manage)?;
    let days = Days::parse(state.shop.zone(), first.as_deref(), last.as_deref())?;
    let hq = across_tills(scope.as_deref())?;
    let name = format!("counterpay-{}-{}.{format}", days.first, days.last);
    let Some(path) = pick_file(&app, &format, name).await? else {
        return Ok(None);
    };
    let (new, file) = NewFile::create(&path)?;
    let written = match (format.as_str(), hq) {
        ("csv", false) => state.shop.export_csv(days, file),
        ("json", false) => state.shop.export_json(days, file),
        ("csv", true) => {
            state
                .shop
                .hq_export_csv(days, &Scope::default(), file)
                .await
        }
        _ => match state.shop.hq_takings(days, &Scope::default()).await {
            Ok(t) => serde_json::to_writer_pretty(file, &t)
                .map(|()| t.takings.summary.invoices)
                .map_err(|e| TakingsError::Write(e.to_string())),
            Err(e) => Err(TakingsError::Write(e.to_string())),
        },
    };
    let written = new.finish(written)?;
    record_export(
        &state,
        &person,
        serde_json::json!({ "format": format, "first": days.first, "last": days.last,
                            "tills": if hq { "all" } else { "this" }, "file": file_name(&path) }),
    )?;
    Ok(Some(written))
}

/// Saves a closed shift's Z-report as CSV (its invoices) or JSON (the
/// report itself) where the owner picks.
#[tauri::command]
pub async fn owner_export_shift<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Desktop>,
    number: u64,
    format: String,
) -> CommandResult<Option<u64>> {
    let person = state.office(Permission::Manage)?;
    let z = state.shop.journal.shift(number)?.ok_or_else(|| {
        counterpay_core::said!(
            "error-no-shift",
            "no shift {number} has been closed",
            number = number.to_string()
        )
    })?;
    let name = format!("counterpay-z{number}.{format}");
    let Some(path) = pick_file(&app, &format, name).await? else {
        return Ok(None);
    };
    let (new, file) = NewFile::create(&path)?;
    let written = match format.as_str() {
        "csv" => state.shop.export_shift_csv(number, file),
        _ => serde_json::to_writer_pretty(file, &z)
            .map(|()| z.summary.invoices)
            .map_err(|e| TakingsError::Write(e.to_string())),
    };
    let written = new.finish(written)?;
    record_export(
        &state,
        &person,
        serde_json::json!({ "format": format, "shift": number, "file": file_name(&path) }),
    )?;
    Ok(Some(written))
}

/// The X-report: the open shift so far, sealed nowhere.
#[tauri::command]
pub fn owner_current_shift(state: State<'_, Desktop>) -> CommandResult<ZReport> {
    state.office(Permission::Manage)?;
    Ok(state.shop.journal.current_shift()?)
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
    window.print().map_err(|e| {
        CommandError::refused(
            "print",
            counterpay_core::said!(
                "error-print",
                "the print dialog could not open: {detail}",
                detail = e.to_string()
            ),
        )
    })
}

#[tauri::command]
pub fn receipt(state: State<'_, Desktop>, id: String) -> CommandResult<Receipt> {
    state.seller_reading()?;
    let invoice = state.till.invoice(&id)?;
    Receipt::of(&invoice, &state.shop.settings()?).map_err(|m| CommandError::new("invalid", m))
}

/// A receipt printed again from the sales history.
#[tauri::command]
pub fn owner_receipt(state: State<'_, Desktop>, id: String) -> CommandResult<Receipt> {
    state.office(Permission::Manage)?;
    let invoice = state.till.invoice(&id)?;
    Receipt::of(&invoice, &state.shop.settings()?).map_err(|m| CommandError::new("invalid", m))
}

//! The log: a file in the OS's log dir, rotated daily with a week kept,
//! at info level unless `COUNTERPAY_LOG` says otherwise; errors also go to
//! stderr. A till started from a desktop shortcut has no terminal, so the
//! file is what support reads (`counterpay diagnostics` quotes its latest
//! warnings and errors).

use std::path::{Path, PathBuf};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Layer};

const PREFIX: &str = "counterpay";
const SUFFIX: &str = "log";
const DAYS_KEPT: usize = 7;

/// Where the log files go: `COUNTERPAY_LOG_DIR`, else the OS's place for
/// an app's logs.
pub fn dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("COUNTERPAY_LOG_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d));
    }
    if cfg!(target_os = "macos") {
        dirs::home_dir().map(|h| h.join("Library/Logs/Counterpay"))
    } else if cfg!(windows) {
        dirs::data_local_dir().map(|d| d.join("Counterpay").join("logs"))
    } else {
        dirs::state_dir().map(|d| d.join("counterpay").join("logs"))
    }
}

fn filter() -> EnvFilter {
    EnvFilter::try_from_env("COUNTERPAY_LOG").unwrap_or_else(|_| EnvFilter::new("info"))
}

/// Starts logging for this process. Without a writable log dir, only
/// stderr gets errors.
pub fn init() {
    let file = dir().and_then(|d| {
        // Made here: the appender would first complain that it is missing.
        std::fs::create_dir_all(&d).ok()?;
        tracing_appender::rolling::Builder::new()
            .rotation(tracing_appender::rolling::Rotation::DAILY)
            .filename_prefix(PREFIX)
            .filename_suffix(SUFFIX)
            .max_log_files(DAYS_KEPT)
            .build(&d)
            .ok()
    });
    let file_layer = file.map(|f| {
        tracing_subscriber::fmt::layer()
            .with_writer(f)
            .with_ansi(false)
            .with_filter(filter())
    });
    // The command line's own one-line messages stay alone on stderr
    // unless the log level is asked for.
    let stderr_filter = if std::env::var_os("COUNTERPAY_LOG").is_some() {
        filter()
    } else {
        EnvFilter::new("error")
    };
    let stderr_layer = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_filter(stderr_filter);
    let _ = tracing_subscriber::registry()
        .with(file_layer)
        .with(stderr_layer)
        .try_init();
}

/// The newest warnings and errors in the log files, oldest first.
pub fn latest_problems(dir: &Path, most: usize) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(SUFFIX))
        })
        .collect();
    // Daily names sort by date; the newest file comes last.
    files.sort();
    let mut found = Vec::new();
    for file in files.iter().rev() {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        let mut here: Vec<String> = text
            .lines()
            .filter(|l| l.contains(" WARN ") || l.contains(" ERROR "))
            .map(str::to_string)
            .collect();
        here.reverse();
        found.extend(here);
        if found.len() >= most {
            break;
        }
    }
    found.truncate(most);
    found.reverse();
    found
}

//! Backups of the journal made while the till runs, the owner's daily
//! copies, and putting a backup into a new data dir. A backup is the
//! journal alone: gateway credentials and the till's keys stay in the OS
//! keyring. A restore finds the keys where the backup was made (the same
//! machine), or opens them with the owner's recovery code.

use crate::keys::TillKeys;
use crate::recovery::{self, RecoveryError};
use crate::shop::Shop;
use chrono::NaiveDate;
use counterpay_core::{Actor, AuditEntry};
use counterpay_journal::{Journal, Verified, VerifyError, FILE_NAME};
use std::path::{Path, PathBuf};

/// Where the backup was taken: the data dir whose keys it needs.
const SOURCE_META: &str = "backup.from";
const DAILY_PREFIX: &str = "counterpay-";
const DAILY_SUFFIX: &str = ".db";

#[derive(Debug, thiserror::Error)]
pub enum RestoreError {
    #[error("{0}")]
    Refused(String),
    #[error("the backup failed `journal verify`, so nothing was restored: {0}")]
    Tampered(VerifyError),
}

impl From<counterpay_journal::JournalError> for RestoreError {
    fn from(e: counterpay_journal::JournalError) -> Self {
        RestoreError::Refused(e.to_string())
    }
}

/// A backup made: how much it holds.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Made {
    pub file: PathBuf,
    pub events: i64,
    pub head: String,
}

impl Shop {
    /// Copies the journal to `to`, a new file, while the till and `watch`
    /// go on working.
    pub fn backup(&self, to: &Path) -> Result<Made, String> {
        if to.exists() {
            return Err(format!(
                "{} exists already: give a new file name, so no backup is overwritten",
                to.display()
            ));
        }
        let source = std::fs::canonicalize(&self.data_dir).unwrap_or(self.data_dir.clone());
        let (events, head) = self
            .journal
            .backup_to(to, &[(SOURCE_META, &source.to_string_lossy())])
            .map_err(|e| format!("no backup was made: {e}"))?;
        tracing::info!(file = %to.display(), events, "backup made");
        Ok(Made {
            file: to.to_path_buf(),
            events,
            head,
        })
    }

    /// Today's copy in the owner's backup folder, once a day, keeping the
    /// newest `backup_keep`. `None` when there is no folder or today's
    /// copy exists.
    pub fn daily_backup(&self, today: NaiveDate) -> Result<Option<Made>, String> {
        let settings = self.settings().map_err(|e| e.to_string())?;
        let Some(dir) = settings.backup_dir else {
            return Ok(None);
        };
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("the backup folder {} cannot be made: {e}", dir.display()))?;
        // Named for the till too: tills may share one folder.
        let till = self.journal.till_id().map_err(|e| e.to_string())?;
        let prefix = format!("{DAILY_PREFIX}{till}-");
        let file = dir.join(format!("{prefix}{today}{DAILY_SUFFIX}"));
        if file.exists() {
            return Ok(None);
        }
        let made = self.backup(&file)?;
        prune(&dir, &prefix, settings.backup_keep as usize);
        Ok(Some(made))
    }
}

/// Removes this till's oldest daily copies beyond `keep`. Only files named
/// its daily way are touched: nothing else in the owner's folder.
fn prune(dir: &Path, prefix: &str, keep: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut daily: Vec<(NaiveDate, PathBuf)> = entries
        .filter_map(|e| {
            let path = e.ok()?.path();
            let name = path.file_name()?.to_str()?;
            let day = name
                .strip_prefix(prefix)?
                .strip_suffix(DAILY_SUFFIX)?
                .parse()
                .ok()?;
            Some((day, path))
        })
        .collect();
    daily.sort();
    let extra = daily.len().saturating_sub(keep);
    for (_, path) in daily.into_iter().take(extra) {
        if let Err(e) = std::fs::remove_file(&path) {
            tracing::warn!(file = %path.display(), error = %e, "an old backup could not be removed");
        }
    }
}

/// Puts the backup `from` into `data_dir`, which must be empty or absent,
/// after `journal verify` passes on it with the till's keys.
pub fn restore(
    data_dir: &Path,
    from: &Path,
    recovery_code: Option<&str>,
) -> Result<Verified, RestoreError> {
    if !from.is_file() {
        return Err(RestoreError::Refused(format!(
            "{} is not a file",
            from.display()
        )));
    }
    let holds_anything = std::fs::read_dir(data_dir)
        .map(|mut d| d.next().is_some())
        .unwrap_or(false);
    if holds_anything {
        return Err(RestoreError::Refused(format!(
            "{} is not empty: a backup goes into an empty data dir, never over a journal",
            data_dir.display()
        )));
    }
    let created = !data_dir.exists();
    std::fs::create_dir_all(data_dir).map_err(|e| {
        RestoreError::Refused(format!("{} cannot be made: {e}", data_dir.display()))
    })?;
    let done = put_back(data_dir, from, recovery_code);
    if done.is_err() {
        // Nothing half-restored is left to be taken for a till: not its
        // files, not the keys filed for its path.
        TillKeys::forget(data_dir);
        if created {
            let _ = std::fs::remove_dir_all(data_dir);
        } else if let Ok(entries) = std::fs::read_dir(data_dir) {
            for e in entries.flatten() {
                let path = e.path();
                let _ = if path.is_dir() {
                    std::fs::remove_dir_all(&path)
                } else {
                    std::fs::remove_file(&path)
                };
            }
        }
    }
    done
}

fn put_back(
    data_dir: &Path,
    from: &Path,
    recovery_code: Option<&str>,
) -> Result<Verified, RestoreError> {
    let file = data_dir.join(FILE_NAME);
    Journal::restore(from, &file)?;
    {
        let journal = Journal::open(&file)?;
        let keys = match recovery_code {
            Some(code) => recovery::open_keys(&journal, code).map_err(|e| match e {
                RecoveryError::Wrong => {
                    RestoreError::Refused("wrong recovery code: nothing was restored".into())
                }
                e => RestoreError::Refused(e.to_string()),
            })?,
            None => journal
                .meta(SOURCE_META)?
                .and_then(|source| TillKeys::stored_for(Path::new(&source)))
                .ok_or_else(|| {
                    RestoreError::Refused(
                        "the till's keys for this backup are not on this machine: give the owner's \
                         recovery code (--recovery-code or COUNTERPAY_RECOVERY_CODE)"
                            .into(),
                    )
                })?,
        };
        TillKeys::install(data_dir, &journal, &keys).map_err(RestoreError::Refused)?;
        // What the old till had shipped to HQ is HQ's to say again.
        crate::hq::forget_progress(&journal)?;
    }
    let shop = Shop::open(Some(data_dir.to_path_buf()))
        .map_err(|e| RestoreError::Refused(e.to_string()))?;
    let verified = shop.verify(None).map_err(RestoreError::Tampered)?;
    shop.journal.record_audit(
        "",
        &AuditEntry::new(
            &Actor::restore(),
            "journal_restored",
            serde_json::json!({
                "from": from.file_name().map(|n| n.to_string_lossy().into_owned()),
                "events": verified.events,
            }),
        ),
    )?;
    shop.record_head();
    Ok(verified)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shop() -> (tempfile::TempDir, Shop) {
        let dir = tempfile::tempdir().unwrap();
        let shop = Shop::open(Some(dir.path().join("till"))).unwrap();
        (dir, shop)
    }

    #[test]
    fn a_daily_copy_is_made_once_a_day_and_only_the_newest_are_kept() {
        let (dir, shop) = shop();
        let folder = dir.path().join("backups");
        assert!(
            shop.daily_backup(day(1)).unwrap().is_none(),
            "no folder, no copy"
        );
        let mut settings = shop.settings().unwrap();
        for (k, v) in [
            ("backup_dir", folder.to_str().unwrap()),
            ("backup_keep", "2"),
        ] {
            settings.set(k, v).unwrap();
            shop.journal
                .set_setting(k, v, &Actor::command_line())
                .unwrap();
        }
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("notes.txt"), "the owner's own file").unwrap();
        // Another till's copy in the same folder is left alone.
        std::fs::write(folder.join("counterpay-TOTHER-2026-02-01.db"), "").unwrap();
        for d in 1..=4 {
            assert!(shop.daily_backup(day(d)).unwrap().is_some());
            assert!(shop.daily_backup(day(d)).unwrap().is_none(), "once a day");
        }
        let mut left: Vec<String> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        let till = shop.journal.till_id().unwrap();
        let mut expected = vec![
            format!("counterpay-{till}-2026-03-03.db"),
            format!("counterpay-{till}-2026-03-04.db"),
            "counterpay-TOTHER-2026-02-01.db".to_string(),
            "notes.txt".to_string(),
        ];
        expected.sort();
        assert_eq!(left, expected);
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }
}

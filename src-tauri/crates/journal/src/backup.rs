//! Copies of the journal taken while it is in use, and put back. The copy
//! is the journal file alone: the till's keys, PIN pepper and gateway
//! credentials live in the OS keyring (or beside the journal) and never
//! travel with it.

use crate::{Journal, JournalError};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{params, Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Copies the whole database at `from` into a new file at `to` in one
/// step: one read of one moment, which writers in other processes (the
/// till, `watch`) do not wait for under WAL. Written beside `to` first and
/// renamed, so a crash never leaves half a copy under the asked name; only
/// its owner may read it (it holds PIN hashes and every sale). Returns the
/// copy's newest event and hash.
fn copy_db(from: &Path, to: &Path, notes: &[(&str, &str)]) -> Result<(i64, String), JournalError> {
    let partial = partial_name(to);
    let made = write_copy(from, &partial, notes).and_then(|head| {
        std::fs::File::open(&partial)
            .and_then(|f| f.sync_all())
            .and_then(|()| std::fs::rename(&partial, to))
            .map_err(|e| JournalError::Invalid(format!("{}: {e}", to.display())))?;
        Ok(head)
    });
    if made.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    made
}

fn write_copy(
    from: &Path,
    partial: &Path,
    notes: &[(&str, &str)],
) -> Result<(i64, String), JournalError> {
    let open_err = |path: &Path| {
        let path = path.display().to_string();
        move |source| JournalError::Open { path, source }
    };
    let src = Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(open_err(from))?;
    src.busy_timeout(Duration::from_secs(5))?;
    private_file(partial)?;
    let mut dst = Connection::open(partial).map_err(open_err(partial))?;
    let step = Backup::new(&src, &mut dst)?.step(-1)?;
    if step != StepResult::Done {
        return Err(JournalError::Invalid(format!(
            "the journal was busy and could not be copied ({step:?}); try again"
        )));
    }
    // One self-contained file: no WAL beside it to lose on the way.
    dst.pragma_update(None, "journal_mode", "DELETE")?;
    for (key, value) in notes {
        dst.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
    }
    crate::head(&dst)
}

/// A new empty file only its owner can read, for SQLite to write into.
fn private_file(path: &Path) -> Result<(), JournalError> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path)
        .map(drop)
        .map_err(|e| JournalError::Invalid(format!("{}: {e}", path.display())))
}

fn partial_name(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".partial");
    PathBuf::from(name)
}

/// Whether `path` holds a Counterpay journal: its events table and id.
fn is_journal(path: &Path) -> Result<bool, JournalError> {
    let conn =
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|source| {
            JournalError::Open {
                path: path.display().to_string(),
                source,
            }
        })?;
    let found: Result<i64, _> = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('events', 'meta')",
        [],
        |r| r.get(0),
    );
    Ok(matches!(found, Ok(2)))
}

impl Journal {
    /// Writes a consistent copy of the journal to `to`, with `notes` in
    /// the copy's meta (where it came from); returns the copy's newest
    /// event and hash.
    pub fn backup_to(
        &self,
        to: &Path,
        notes: &[(&str, &str)],
    ) -> Result<(i64, String), JournalError> {
        copy_db(&self.path, to, notes)
    }

    /// Puts a backup at `to`, where no journal is yet. Refuses a file that
    /// is not a Counterpay journal.
    pub fn restore(from: &Path, to: &Path) -> Result<(), JournalError> {
        if !is_journal(from)? {
            return Err(JournalError::Invalid(format!(
                "{} is not a Counterpay backup",
                from.display()
            )));
        }
        copy_db(from, to, &[]).map(drop)
    }
}

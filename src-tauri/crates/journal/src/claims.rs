//! Claims on intents, as OS file locks beside the journal: a crashed
//! process's locks vanish with it, so a claim never outlives its owner.

use counterpay_core::{Claim, LedgerError};
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

pub(crate) struct Claims {
    dir: PathBuf,
}

/// The lock is released when the file handle closes. On Unix the file is
/// removed while the lock is still held (so the directory does not fill
/// up); a process that opened it just before then finds, once it has the
/// lock, that its file is no longer the one at the path, and starts again:
/// two processes never hold one claim.
struct Held {
    file: Option<File>,
    path: PathBuf,
}

fn held(file: File, path: PathBuf) -> Claim {
    Claim(Box::new(Held {
        file: Some(file),
        path,
    }))
}

impl Drop for Held {
    fn drop(&mut self) {
        // Only where `still_at` can tell a removed file from the one at the
        // path (by its inode); elsewhere the file stays.
        if cfg!(unix) {
            let _ = std::fs::remove_file(&self.path);
        }
        self.file.take();
    }
}

impl Claims {
    pub fn beside(journal: &Path) -> Claims {
        let dir = journal
            .parent()
            .map(|d| d.join("claims"))
            .unwrap_or_else(|| PathBuf::from("claims"));
        Claims { dir }
    }

    fn path(&self, id: &str) -> PathBuf {
        // Ids are our own base32; anything else is reduced to safe characters.
        let safe: String = id.chars().filter(char::is_ascii_alphanumeric).collect();
        self.dir.join(format!("{safe}.lock"))
    }

    fn open(&self, id: &str) -> Result<(File, PathBuf), LedgerError> {
        let storage = |e: std::io::Error| LedgerError::Storage(format!("cannot claim {id}: {e}"));
        std::fs::create_dir_all(&self.dir).map_err(storage)?;
        let path = self.path(id);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(storage)?;
        Ok((file, path))
    }

    /// The claim, waiting while another process holds it.
    pub fn claim(&self, id: &str) -> Result<Claim, LedgerError> {
        loop {
            let (file, path) = self.open(id)?;
            file.lock()
                .map_err(|e| LedgerError::Storage(format!("cannot claim {id}: {e}")))?;
            if still_at(&file, &path) {
                return Ok(held(file, path));
            }
        }
    }

    /// The claim, unless a live process (this one included) holds it.
    pub fn try_claim(&self, id: &str) -> Result<Option<Claim>, LedgerError> {
        loop {
            let (file, path) = self.open(id)?;
            match file.try_lock() {
                Ok(()) if still_at(&file, &path) => return Ok(Some(held(file, path))),
                Ok(()) => continue,
                Err(TryLockError::WouldBlock) => return Ok(None),
                Err(TryLockError::Error(e)) => {
                    return Err(LedgerError::Storage(format!("cannot claim {id}: {e}")))
                }
            }
        }
    }

    pub fn is_claimed(&self, id: &str) -> bool {
        let Ok(file) = OpenOptions::new().write(true).open(self.path(id)) else {
            return false;
        };
        matches!(file.try_lock(), Err(TryLockError::WouldBlock))
    }
}

/// Whether the locked `file` is still the one at `path`: the holder before
/// may have removed it between our open and our lock.
#[cfg(unix)]
fn still_at(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(held), Ok(there)) => held.dev() == there.dev() && held.ino() == there.ino(),
        _ => false,
    }
}

/// Elsewhere claim files are never removed, so the file a lock was taken
/// on is the one at the path.
#[cfg(not(unix))]
fn still_at(_file: &File, _path: &Path) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_is_held_once_even_across_the_removal_of_its_file() {
        let dir = tempfile::tempdir().unwrap();
        let claims = Claims::beside(&dir.path().join("journal.sqlite3"));
        let first = claims.try_claim("A1").unwrap().expect("free");
        assert!(claims.try_claim("A1").unwrap().is_none());
        assert!(claims.is_claimed("A1"));
        // Someone opened the file before the holder let go and removed it.
        let (stale, path) = claims.open("A1").unwrap();
        drop(first);
        assert!(!path.exists());
        stale.try_lock().unwrap();
        assert!(!still_at(&stale, &path));
        // So the stale lock holds nothing: the claim is free to take, once.
        let second = claims.try_claim("A1").unwrap().expect("free again");
        assert!(claims.try_claim("A1").unwrap().is_none());
        drop(second);
    }
}

//! Claims on intents, as OS file locks beside the journal: a crashed
//! process's locks vanish with it, so a claim never outlives its owner.

use counterpay_core::{Claim, LedgerError};
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

pub(crate) struct Claims {
    dir: PathBuf,
}

/// The lock is released when the file handle closes; the file is removed
/// first so the directory does not fill up.
struct Held {
    file: Option<File>,
    path: PathBuf,
}

impl Drop for Held {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
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

    pub fn claim(&self, id: &str) -> Result<Claim, LedgerError> {
        let storage = |e: std::io::Error| LedgerError::Storage(format!("cannot claim {id}: {e}"));
        std::fs::create_dir_all(&self.dir).map_err(storage)?;
        let path = self.path(id);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(storage)?;
        file.lock().map_err(storage)?;
        Ok(Claim(Box::new(Held {
            file: Some(file),
            path,
        })))
    }

    pub fn is_claimed(&self, id: &str) -> bool {
        let Ok(file) = OpenOptions::new().write(true).open(self.path(id)) else {
            return false;
        };
        matches!(file.try_lock(), Err(TryLockError::WouldBlock))
    }
}

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

fn held(file: File, path: PathBuf) -> Claim {
    Claim(Box::new(Held {
        file: Some(file),
        path,
    }))
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
        let (file, path) = self.open(id)?;
        file.lock()
            .map_err(|e| LedgerError::Storage(format!("cannot claim {id}: {e}")))?;
        Ok(held(file, path))
    }

    /// The claim, unless a live process (this one included) holds it.
    pub fn try_claim(&self, id: &str) -> Result<Option<Claim>, LedgerError> {
        let (file, path) = self.open(id)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(held(file, path))),
            Err(TryLockError::WouldBlock) => Ok(None),
            Err(TryLockError::Error(e)) => {
                Err(LedgerError::Storage(format!("cannot claim {id}: {e}")))
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

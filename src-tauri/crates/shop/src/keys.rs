//! The till's own secrets: the key its journal's hash chain is made with,
//! the pepper its PINs are hashed with, and the newest event recorded off
//! the journal file. They live in the OS keyring, filed under this data
//! dir's path, so someone who holds only the journal file can neither
//! forge nor rewrite its history, nor test PINs against it. Where no
//! keyring can be reached they live in a file beside the journal, which
//! protects nothing from whoever holds the whole data dir; `journal verify`
//! says which.

use counterpay_core::Ledger;
use counterpay_journal::{ChainKey, Head, Journal, Keying};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

const SERVICE: &str = "counterpay";
const KEYS_FILE: &str = "till-keys.json";
const HEAD_FILE: &str = "journal-head";
/// Where the keys were put, noted in the journal so a process that cannot
/// reach the keyring knows not to make new ones.
const STORE_META: &str = "keys.store";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Store {
    Keyring,
    /// A file beside the journal: no keyring could be reached.
    File,
}

pub struct TillKeys {
    pub chain: ChainKey,
    pub pepper: [u8; 32],
    pub store: Store,
    tag: String,
    dir: PathBuf,
}

impl std::fmt::Debug for TillKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TillKeys")
            .field("chain", &self.chain)
            .field("pepper", &"<redacted>")
            .field("store", &self.store)
            .finish()
    }
}

/// The keys as stored: hex, with the first event the chain key covers.
#[derive(Serialize, Deserialize)]
struct Stored {
    chain_key: String,
    pepper: String,
    keyed_from: i64,
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Option<[u8; 32]> {
    let bytes: Vec<u8> = (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect::<Option<_>>()?;
    bytes.try_into().ok()
}

impl Stored {
    fn keys(&self) -> Option<(ChainKey, [u8; 32])> {
        Some((
            ChainKey::new(from_hex(&self.chain_key)?, self.keyed_from),
            from_hex(&self.pepper)?,
        ))
    }
}

/// What the keyring said.
enum Found {
    Value(String),
    Empty,
    Unreachable(String),
}

fn keyring_get(user: &str) -> Found {
    match keyring::Entry::new(SERVICE, user).and_then(|e| e.get_password()) {
        Ok(v) => Found::Value(v),
        Err(keyring::Error::NoEntry) => Found::Empty,
        Err(e) => Found::Unreachable(crate::secrets::describe(&e)),
    }
}

fn keyring_set(user: &str, value: &str) -> Result<(), String> {
    keyring::Entry::new(SERVICE, user)
        .and_then(|e| e.set_password(value))
        .map_err(|e| crate::secrets::describe(&e))
}

/// This data dir's name in the keyring: a digest of its full path.
fn dir_tag(dir: &Path) -> String {
    let full = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let digest = Sha256::digest(full.to_string_lossy().as_bytes());
    to_hex(&digest[..12])
}

fn random() -> [u8; 32] {
    let mut b = [0u8; 32];
    rand::rng().fill_bytes(&mut b);
    b
}

/// Writes a file only its owner can read.
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    let partial = path.with_extension("partial");
    {
        use std::io::Write;
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(&partial)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
    }
    std::fs::rename(&partial, path)
}

impl TillKeys {
    /// The till's keys, made on first use: the chain key then covers the
    /// events from the next one on. `Err` says why they cannot be had here
    /// (the journal can then be read, not written).
    pub fn load_or_create(dir: &Path, journal: &Journal) -> Result<TillKeys, String> {
        // Two processes starting at once must not make two keys.
        let _one = journal
            .claim("till-keys")
            .map_err(|e| format!("the till's keys are busy: {e}"))?;
        let tag = dir_tag(dir);
        let user = format!("till-keys/{tag}");
        let file = dir.join(KEYS_FILE);
        let parse = |text: &str, store| {
            let stored: Stored = serde_json::from_str(text)
                .map_err(|e| format!("the till's keys cannot be read ({e})"))?;
            let (chain, pepper) = stored.keys().ok_or("the till's keys are damaged")?;
            Ok(TillKeys {
                chain,
                pepper,
                store,
                tag: tag.clone(),
                dir: dir.to_path_buf(),
            })
        };
        let keyring = keyring_get(&user);
        if let Found::Value(text) = &keyring {
            return parse(text, Store::Keyring);
        }
        let noted = journal.meta(STORE_META).map_err(|e| e.to_string())?;
        // A till whose keys are in the keyring never takes them from a file
        // someone may have put beside the journal.
        if noted.as_deref() != Some("keyring") {
            if let Ok(text) = std::fs::read_to_string(&file) {
                return parse(&text, Store::File);
            }
        }
        match (&keyring, noted.as_deref()) {
            (Found::Unreachable(why), Some("keyring")) => {
                return Err(format!(
                    "this till's keys are in the OS keyring, which cannot be reached from here ({why}); \
                     run Counterpay in the desktop session that set it up"
                ))
            }
            (Found::Empty, Some("keyring")) => {
                return Err(
                    "the OS keyring holds no key for this journal: it was moved here from another \
                     folder or till, or the keyring was reset"
                        .into(),
                )
            }
            _ => {}
        }
        // No key yet: what an older version left is adopted now, in the
        // plain part of the chain, which the first keyed event will seal.
        journal
            .adopt_legacy_config()
            .map_err(|e| format!("the journal cannot be brought up to date: {e}"))?;
        let (head, _) = journal.head().map_err(|e| e.to_string())?;
        let chain = ChainKey::generate(head + 1);
        let pepper = random();
        let stored = serde_json::to_string(&Stored {
            chain_key: to_hex(chain.secret()),
            pepper: to_hex(&pepper),
            keyed_from: chain.from_seq(),
        })
        .map_err(|e| e.to_string())?;
        let store = match keyring {
            Found::Empty if keyring_set(&user, &stored).is_ok() => Store::Keyring,
            _ => {
                write_private(&file, &stored)
                    .map_err(|e| format!("the till's keys cannot be saved: {e}"))?;
                Store::File
            }
        };
        let noted = match store {
            Store::Keyring => "keyring",
            Store::File => "file",
        };
        journal
            .set_meta(STORE_META, noted)
            .map_err(|e| e.to_string())?;
        Ok(TillKeys {
            chain,
            pepper,
            store,
            tag,
            dir: dir.to_path_buf(),
        })
    }

    /// The keys as stored, for sealing under the owner's recovery code.
    pub(crate) fn stored(&self) -> String {
        serde_json::to_string(&Stored {
            chain_key: to_hex(self.chain.secret()),
            pepper: to_hex(&self.pepper),
            keyed_from: self.chain.from_seq(),
        })
        .expect("three plain fields serialize")
    }

    /// The keys another data dir on this machine keeps, if they can be had.
    pub(crate) fn stored_for(dir: &Path) -> Option<String> {
        match keyring_get(&format!("till-keys/{}", dir_tag(dir))) {
            Found::Value(text) => Some(text),
            _ => std::fs::read_to_string(dir.join(KEYS_FILE)).ok(),
        }
    }

    /// Files keys brought from elsewhere (a restored backup's) as this
    /// data dir's: in the keyring where one answers, else beside the
    /// journal.
    pub(crate) fn install(dir: &Path, journal: &Journal, text: &str) -> Result<(), String> {
        let stored: Stored = serde_json::from_str(text)
            .map_err(|e| format!("the till's keys cannot be read ({e})"))?;
        stored.keys().ok_or("the till's keys are damaged")?;
        // What a till once kept under this path is not this journal's.
        Self::forget(dir);
        let user = format!("till-keys/{}", dir_tag(dir));
        let store = match keyring_get(&user) {
            Found::Unreachable(_) => {
                write_private(&dir.join(KEYS_FILE), text)
                    .map_err(|e| format!("the till's keys cannot be saved: {e}"))?;
                "file"
            }
            _ => {
                keyring_set(&user, text)?;
                "keyring"
            }
        };
        journal
            .set_meta(STORE_META, store)
            .map_err(|e| e.to_string())
    }

    /// Removes what the keyring keeps for this data dir's path: its keys,
    /// recorded head and HQ password.
    pub(crate) fn forget(dir: &Path) {
        let tag = dir_tag(dir);
        for what in ["till-keys", "journal-head", "hq-password"] {
            if let Ok(entry) = keyring::Entry::new(SERVICE, &format!("{what}/{tag}")) {
                let _ = entry.delete_credential();
            }
        }
    }

    pub fn keying(&self) -> Keying {
        Keying::Keyed(self.chain.clone())
    }

    /// The newest event recorded off the journal file, if any.
    pub fn recorded_head(&self) -> Option<Head> {
        let text = match self.store {
            Store::Keyring => match keyring_get(&format!("journal-head/{}", self.tag)) {
                Found::Value(v) => v,
                _ => return None,
            },
            Store::File => std::fs::read_to_string(self.dir.join(HEAD_FILE)).ok()?,
        };
        let (seq, hash) = text.trim().split_once(':')?;
        Some(Head {
            seq: Some(seq.parse().ok()?),
            hash: hash.to_string(),
        })
    }

    /// Records the journal's newest event off the file, unless a newer one
    /// is recorded already: a cut tail then fails `journal verify`.
    pub fn record_head(&self, journal: &Journal) {
        let Ok((seq, hash)) = journal.head() else {
            return;
        };
        if seq == 0
            || self
                .recorded_head()
                .and_then(|h| h.seq)
                .is_some_and(|s| s >= seq)
        {
            return;
        }
        let value = format!("{seq}:{hash}");
        let saved = match self.store {
            Store::Keyring => keyring_set(&format!("journal-head/{}", self.tag), &value),
            Store::File => {
                write_private(&self.dir.join(HEAD_FILE), &value).map_err(|e| e.to_string())
            }
        };
        if let Err(e) = saved {
            tracing::warn!(error = %e, "the journal's head could not be recorded");
        }
    }

    /// HQ's password, kept in the OS keyring only: never in the data dir.
    pub fn store_hq_password(&self, password: &str) -> Result<(), String> {
        match self.store {
            Store::Keyring => keyring_set(&format!("hq-password/{}", self.tag), password),
            Store::File => Err("this till has no OS keyring".into()),
        }
    }

    pub fn hq_password(&self) -> Option<String> {
        match keyring_get(&format!("hq-password/{}", self.tag)) {
            Found::Value(v) if self.store == Store::Keyring => Some(v),
            _ => None,
        }
    }

    /// In words an owner can act on: what the keys protect here.
    pub fn protection(&self) -> &'static str {
        match self.store {
            Store::Keyring => {
                "its key and newest event are kept in the OS keyring: someone holding only the \
                 journal file can neither rewrite its history nor cut its newest events unseen"
            }
            Store::File => {
                "no OS keyring was reachable when this till was set up, so its key sits in a file \
                 beside the journal: this catches edits made with the journal file alone, but \
                 someone who can write the whole data dir can rewrite history unseen"
            }
        }
    }
}

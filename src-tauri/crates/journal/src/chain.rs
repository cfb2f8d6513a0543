//! The hash chain over events, plain or keyed.
//!
//! A plain chain (SHA-256 of each event's fields and the previous hash)
//! shows any edit to someone who trusts the newest hash, but anyone who can
//! write the file can recompute every hash. A keyed chain makes each hash an
//! HMAC-SHA256 under a secret the file does not hold (the till keeps it in
//! the OS keyring), so only the till can extend or rewrite it. A journal
//! started before keying keeps its plain prefix; the first keyed event
//! links to it, so that prefix cannot change either.

use crate::JournalError;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The till's secret for the chain, and the first event it keys.
#[derive(Clone, PartialEq, Eq)]
pub struct ChainKey {
    secret: [u8; 32],
    from_seq: i64,
}

impl std::fmt::Debug for ChainKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChainKey")
            .field("secret", &"<redacted>")
            .field("from_seq", &self.from_seq)
            .finish()
    }
}

impl ChainKey {
    pub fn new(secret: [u8; 32], from_seq: i64) -> Self {
        ChainKey { secret, from_seq }
    }

    /// A fresh random key for the events from `from_seq` on.
    pub fn generate(from_seq: i64) -> Self {
        let mut secret = [0u8; 32];
        rand::rng().fill_bytes(&mut secret);
        ChainKey::new(secret, from_seq)
    }

    pub fn secret(&self) -> &[u8; 32] {
        &self.secret
    }

    pub fn from_seq(&self) -> i64 {
        self.from_seq
    }
}

/// How this process hashes events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Keying {
    /// Plain SHA-256: tools, tests and benchmarks that own their file.
    Plain,
    Keyed(ChainKey),
    /// The journal is keyed but its key cannot be had here; it can be
    /// read, not written.
    Unavailable(String),
}

impl Keying {
    /// The key for event `seq` when writing it.
    pub(crate) fn for_writing(&self, seq: i64) -> Result<Option<&[u8; 32]>, JournalError> {
        match self {
            Keying::Plain => Ok(None),
            Keying::Keyed(k) => Ok((seq >= k.from_seq).then_some(&k.secret)),
            Keying::Unavailable(why) => Err(JournalError::Key(why.clone())),
        }
    }
}

/// The hash of one event: every stored field, in a fixed order, with the
/// previous event's hash, so that editing, removing or reordering a row
/// breaks every hash after it.
pub fn event_hash(
    key: Option<&[u8; 32]>,
    seq: i64,
    at: &str,
    kind: &str,
    invoice_id: &str,
    body: &[u8],
    prev: &str,
) -> String {
    let seq = seq.to_string();
    let parts: [&[u8]; 6] = [
        seq.as_bytes(),
        at.as_bytes(),
        kind.as_bytes(),
        invoice_id.as_bytes(),
        body,
        prev.as_bytes(),
    ];
    let feed = |update: &mut dyn FnMut(&[u8])| {
        for part in parts {
            update(&(part.len() as u64).to_le_bytes());
            update(part);
        }
    };
    match key {
        None => {
            let mut h = Sha256::new();
            feed(&mut |b| h.update(b));
            hex(&h.finalize())
        }
        Some(k) => {
            let mut m = <Hmac<Sha256> as Mac>::new_from_slice(k).expect("HMAC takes 32-byte keys");
            feed(&mut |b| m.update(b));
            hex(&m.finalize().into_bytes())
        }
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_depend_on_every_field_and_on_field_boundaries() {
        let base = event_hash(None, 1, "t", "intent", "A", b"{}", GENESIS);
        assert_eq!(base.len(), 64);
        assert_eq!(
            base,
            event_hash(None, 1, "t", "intent", "A", b"{}", GENESIS)
        );
        assert_ne!(
            base,
            event_hash(None, 2, "t", "intent", "A", b"{}", GENESIS)
        );
        assert_ne!(
            base,
            event_hash(None, 1, "t", "intent", "A", b"{ }", GENESIS)
        );
        assert_ne!(
            base,
            event_hash(None, 1, "t", "intentA", "", b"{}", GENESIS)
        );
        assert_ne!(base, event_hash(None, 1, "t", "intent", "A", b"{}", &base));
    }

    #[test]
    fn a_keyed_hash_needs_the_key() {
        let plain = event_hash(None, 1, "t", "intent", "A", b"{}", GENESIS);
        let a = ChainKey::generate(1);
        let b = ChainKey::generate(1);
        let keyed = event_hash(Some(a.secret()), 1, "t", "intent", "A", b"{}", GENESIS);
        assert_eq!(keyed.len(), 64);
        assert_ne!(keyed, plain);
        assert_ne!(
            keyed,
            event_hash(Some(b.secret()), 1, "t", "intent", "A", b"{}", GENESIS)
        );
        assert!(!format!("{a:?}").contains(&hex(a.secret())));
    }

    #[test]
    fn only_events_from_the_keys_first_are_keyed() {
        let k = Keying::Keyed(ChainKey::generate(5));
        assert!(k.for_writing(4).unwrap().is_none());
        assert!(k.for_writing(5).unwrap().is_some());
        assert!(Keying::Unavailable("locked".into()).for_writing(1).is_err());
    }
}

//! The hash chain over events.

use sha2::{Digest, Sha256};

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The hash of one event: every stored field, in a fixed order, with the
/// previous event's hash, so that editing, removing or reordering a row
/// breaks every hash after it.
pub fn event_hash(
    seq: i64,
    at: &str,
    kind: &str,
    invoice_id: &str,
    body: &str,
    prev: &str,
) -> String {
    let mut h = Sha256::new();
    for part in [seq.to_string().as_str(), at, kind, invoice_id, body, prev] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_depend_on_every_field_and_on_field_boundaries() {
        let base = event_hash(1, "t", "intent", "A", "{}", GENESIS);
        assert_eq!(base.len(), 64);
        assert_eq!(base, event_hash(1, "t", "intent", "A", "{}", GENESIS));
        assert_ne!(base, event_hash(2, "t", "intent", "A", "{}", GENESIS));
        assert_ne!(base, event_hash(1, "t", "intent", "A", "{ }", GENESIS));
        assert_ne!(base, event_hash(1, "t", "intentA", "", "{}", GENESIS));
        assert_ne!(base, event_hash(1, "t", "intent", "A", "{}", &base));
    }
}

//! Checks a payout address's format, checksum included, on this machine, so
//! that a mistyped address is refused before any withdrawal request leaves
//! it: coins sent to a wrong address cannot be called back.
//!
//! A well-formed address can still belong to someone else, so this does not
//! replace comparing the address with the one the recipient gave.

use crate::said::{arg, Said};
use bech32::primitives::decode::{
    CharError, CheckedHrpstring, ChecksumError, SegwitHrpstring, SegwitHrpstringError,
    UncheckedHrpstringError,
};
use bech32::{Bech32, Bech32m};
use sha3::{Digest, Keccak256};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Network {
    Bitcoin,
    Litecoin,
    Ethereum,
    Bsc,
    Tron,
}

impl Network {
    /// The network an asset code pays on: BTC, LTC, ETH and the ERC-20
    /// tokens on Ethereum, BNB and the BEP-20 tokens on BNB Smart Chain, TRX
    /// and the TRC-20 tokens on TRON. The token codes are the ones gateways
    /// use, as in [`crate::payment_uri`]. Case-insensitive; `None` for an
    /// asset whose addresses we cannot check.
    pub fn of_asset(code: &str) -> Option<Network> {
        match code.to_ascii_uppercase().as_str() {
            "BTC" => Some(Network::Bitcoin),
            "LTC" => Some(Network::Litecoin),
            "ETH" | "USDTERC20" | "USDCERC20" => Some(Network::Ethereum),
            "BNB" | "BNBBSC" | "USDTBEP20" | "USDTBSC" | "USDCBEP20" | "USDCBSC" => {
                Some(Network::Bsc)
            }
            "TRX" | "USDTTRC20" => Some(Network::Tron),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Network::Bitcoin => "Bitcoin",
            Network::Litecoin => "Litecoin",
            Network::Ethereum => "Ethereum",
            Network::Bsc => "BNB Smart Chain",
            Network::Tron => "TRON",
        }
    }

    /// The name with its article, for messages that read "this is not an
    /// Ethereum address".
    fn a_name(self) -> &'static str {
        match self {
            Network::Bitcoin => "a Bitcoin",
            Network::Litecoin => "a Litecoin",
            Network::Ethereum => "an Ethereum",
            Network::Bsc => "a BNB Smart Chain",
            Network::Tron => "a TRON",
        }
    }

    /// What its addresses start with.
    fn prefix_list(self) -> &'static [&'static str] {
        match self {
            Network::Bitcoin => &["1", "3", "bc1"],
            Network::Litecoin => &["L", "M", "ltc1"],
            Network::Ethereum | Network::Bsc => &["0x"],
            Network::Tron => &["T"],
        }
    }

    /// `1, 3 or bc1`.
    fn prefixes(self) -> String {
        match self.prefix_list() {
            [rest @ .., last] if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
            list => list.join(""),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    #[error("enter the {} address to pay out to", .network.name())]
    Empty { network: Network },
    #[error("the {} address has spaces or line breaks before or after it: remove them", .network.name())]
    SurroundingWhitespace { network: Network },
    #[error("this is not {} address: it must start with {}", .network.a_name(), .network.prefixes())]
    WrongNetwork { network: Network },
    #[error("this is {} testnet address, which holds no real coins: use a mainnet address", .network.a_name())]
    Testnet { network: Network },
    #[error("{character:?} cannot appear in {} address: a character is mistyped", .network.a_name())]
    InvalidCharacter { network: Network, character: char },
    #[error("this {} address is too short or too long: a character is missing or extra", .network.name())]
    Length { network: Network },
    #[error("{} address is 0x followed by 40 hex digits, and this one has {digits}", .network.a_name())]
    HexLength { network: Network, digits: usize },
    #[error("the {} address's checksum does not match: a character is mistyped", .network.name())]
    Checksum { network: Network },
    #[error("the mixed-case letters of this {} address do not match the EIP-55 checksum: a character is mistyped", .network.name())]
    Eip55 { network: Network },
    #[error("this {} address mixes lowercase and uppercase letters: it must be all one case", .network.name())]
    MixedCase { network: Network },
    #[error("this {} address is all lowercase or all uppercase, so a mistyped character in it cannot be caught: copy it from the wallet in its mixed-case (EIP-55) form", .network.name())]
    NoChecksum { network: Network },
    #[error("this {} address is of a kind we cannot check: ask for one that starts with {}", .network.name(), .network.prefixes())]
    UnknownKind { network: Network },
}

impl AddressError {
    fn network(&self) -> Network {
        match self {
            AddressError::Empty { network }
            | AddressError::SurroundingWhitespace { network }
            | AddressError::WrongNetwork { network }
            | AddressError::Testnet { network }
            | AddressError::InvalidCharacter { network, .. }
            | AddressError::Length { network }
            | AddressError::HexLength { network, .. }
            | AddressError::Checksum { network }
            | AddressError::Eip55 { network }
            | AddressError::MixedCase { network }
            | AddressError::NoChecksum { network }
            | AddressError::UnknownKind { network } => *network,
        }
    }

    /// The same words for the screens' catalogue.
    pub fn said(&self) -> Said {
        let network = self.network();
        let (id, more) = match self {
            AddressError::Empty { .. } => ("error-address-empty", None),
            AddressError::SurroundingWhitespace { .. } => ("error-address-spaces", None),
            AddressError::WrongNetwork { .. } => (
                "error-address-network",
                Some(("prefixes", arg(&network.prefix_list()))),
            ),
            AddressError::Testnet { .. } => ("error-address-testnet", None),
            AddressError::InvalidCharacter { character, .. } => (
                "error-address-character",
                Some(("character", arg(&character.to_string()))),
            ),
            AddressError::Length { .. } => ("error-address-length", None),
            AddressError::HexLength { digits, .. } => {
                ("error-address-hex-length", Some(("digits", arg(digits))))
            }
            AddressError::Checksum { .. } => ("error-address-checksum", None),
            AddressError::Eip55 { .. } => ("error-address-eip55", None),
            AddressError::MixedCase { .. } => ("error-address-mixed-case", None),
            AddressError::NoChecksum { .. } => ("error-address-no-checksum", None),
            AddressError::UnknownKind { .. } => (
                "error-address-kind",
                Some(("prefixes", arg(&network.prefix_list()))),
            ),
        };
        let args = [("network", arg(&network.name()))].into_iter().chain(more);
        Said::new(id, self.to_string(), args)
    }
}

/// Checks that `address` is a well-formed mainnet address on `network`.
///
/// Bitcoin and Litecoin take base58check (P2PKH, P2SH) and bech32/bech32m
/// segwit addresses; TRON takes base58check. Ethereum and BNB Smart Chain
/// take `0x` and 40 hex digits in their mixed-case EIP-55 form, checksum
/// included; an all-lowercase or all-uppercase address carries no checksum
/// and is refused, since a typo in it could not be caught.
///
/// Surrounding whitespace is refused, not trimmed: the caller trims, so that
/// what is checked is exactly what is sent.
pub fn check(network: Network, address: &str) -> Result<(), AddressError> {
    if address.is_empty() {
        return Err(AddressError::Empty { network });
    }
    if address.trim() != address {
        return Err(AddressError::SurroundingWhitespace { network });
    }
    // No address on any of these networks has a space, a control character
    // or a non-ASCII letter; refusing them here names the culprit.
    if let Some(character) = address.chars().find(|c| !c.is_ascii_graphic()) {
        return Err(AddressError::InvalidCharacter { network, character });
    }
    match network {
        Network::Bitcoin => utxo(&BITCOIN, address),
        Network::Litecoin => utxo(&LITECOIN, address),
        Network::Ethereum | Network::Bsc => evm(network, address),
        Network::Tron => tron(address),
    }
}

/// What tells a Bitcoin-like chain's addresses from other chains' and its
/// mainnet's from its test networks'.
struct Utxo {
    network: Network,
    hrp: &'static str,
    test_hrps: &'static [&'static str],
    /// The first characters base58check gives the versions below.
    first_chars: &'static str,
    test_first_chars: &'static str,
    versions: &'static [u8],
    test_versions: &'static [u8],
}

const BITCOIN: Utxo = Utxo {
    network: Network::Bitcoin,
    hrp: "bc",
    test_hrps: &["tb", "bcrt"],
    first_chars: "13",
    test_first_chars: "mn2",
    versions: &[0x00, 0x05],
    test_versions: &[0x6f, 0xc4],
};

const LITECOIN: Utxo = Utxo {
    network: Network::Litecoin,
    hrp: "ltc",
    test_hrps: &["tltc", "rltc"],
    first_chars: "LM",
    test_first_chars: "mnQ2",
    // Not 0x05, Litecoin's old P2SH version: it is Bitcoin's too, so a
    // Bitcoin address would pass as a Litecoin one.
    versions: &[0x30, 0x32],
    test_versions: &[0x6f, 0xc4, 0x3a],
};

fn utxo(chain: &Utxo, address: &str) -> Result<(), AddressError> {
    let network = chain.network;
    let lower = address.to_ascii_lowercase();
    let has_hrp = |hrp: &str| {
        lower
            .strip_prefix(hrp)
            .is_some_and(|rest| rest.starts_with('1'))
    };
    if has_hrp(chain.hrp) || chain.test_hrps.iter().any(|hrp| has_hrp(hrp)) {
        let hrp = segwit_hrp(network, address)?;
        return if hrp == chain.hrp {
            Ok(())
        } else if chain.test_hrps.contains(&hrp.as_str()) {
            Err(AddressError::Testnet { network })
        } else {
            Err(AddressError::WrongNetwork { network })
        };
    }
    let known_start = |c| chain.first_chars.contains(c) || chain.test_first_chars.contains(c);
    if !address.starts_with(known_start) {
        return Err(AddressError::WrongNetwork { network });
    }
    let version = base58check(network, address)?;
    if chain.versions.contains(&version) {
        Ok(())
    } else if chain.test_versions.contains(&version) {
        Err(AddressError::Testnet { network })
    } else {
        Err(AddressError::UnknownKind { network })
    }
}

/// Decodes a segwit address, bech32 for witness version 0 and bech32m above
/// (BIP-350), with the witness program's length checked for its version, and
/// returns its human-readable part in lowercase.
fn segwit_hrp(network: Network, address: &str) -> Result<String, AddressError> {
    use SegwitHrpstringError as E;
    match SegwitHrpstring::new(address) {
        Ok(segwit) => Ok(segwit.hrp().to_lowercase()),
        Err(E::Unchecked(UncheckedHrpstringError::Char(CharError::MixedCase))) => {
            Err(AddressError::MixedCase { network })
        }
        Err(E::Unchecked(UncheckedHrpstringError::Char(CharError::InvalidChar(character)))) => {
            Err(AddressError::InvalidCharacter { network, character })
        }
        Err(E::Checksum(ChecksumError::InvalidResidue(_))) => {
            Err(AddressError::Checksum { network })
        }
        // The version is read before the checksum is checked, so a typo in
        // the version character lands here; only a string whose checksum
        // holds is really of an unknown kind.
        Err(E::InvalidWitnessVersion(_)) => {
            let checksum_holds = CheckedHrpstring::new::<Bech32>(address).is_ok()
                || CheckedHrpstring::new::<Bech32m>(address).is_ok();
            Err(if checksum_holds {
                AddressError::UnknownKind { network }
            } else {
                AddressError::Checksum { network }
            })
        }
        // The rest are a witness program, or a whole string, of a length
        // that no address has.
        Err(_) => Err(AddressError::Length { network }),
    }
}

/// Decodes a base58check address of a version byte and a 20-byte hash and
/// returns the version byte.
fn base58check(network: Network, address: &str) -> Result<u8, AddressError> {
    let raw = bs58::decode(address).into_vec().map_err(|e| match e {
        bs58::decode::Error::InvalidCharacter { character, .. } => {
            AddressError::InvalidCharacter { network, character }
        }
        // Non-ASCII input was refused before decoding and a Vec never runs
        // short, so nothing the decoder says here is about a known kind.
        _ => AddressError::UnknownKind { network },
    })?;
    // The length is checked first so that a string too short or too long
    // for any address says so; a single dropped character can still leave
    // 25 bytes, and then the checksum catches it.
    if raw.len() != 25 {
        return Err(AddressError::Length { network });
    }
    bs58::decode(address)
        .with_check(None)
        .into_vec()
        .map_err(|_| AddressError::Checksum { network })?;
    Ok(raw[0])
}

fn evm(network: Network, address: &str) -> Result<(), AddressError> {
    let Some(hex) = address.strip_prefix("0x") else {
        return Err(AddressError::WrongNetwork { network });
    };
    if hex.len() != 40 {
        return Err(AddressError::HexLength {
            network,
            digits: hex.len(),
        });
    }
    if let Some(character) = hex.chars().find(|c| !c.is_ascii_hexdigit()) {
        return Err(AddressError::InvalidCharacter { network, character });
    }
    let letters = hex.bytes().any(|b| b.is_ascii_alphabetic());
    let single_case = !hex.bytes().any(|b| b.is_ascii_uppercase())
        || !hex.bytes().any(|b| b.is_ascii_lowercase());
    // A few addresses are rightly single-case (their checksum asks for
    // it, or they have no letters); any other single-case one was copied
    // without its checksum.
    if !letters || eip55_holds(hex) {
        Ok(())
    } else if single_case {
        Err(AddressError::NoChecksum { network })
    } else {
        Err(AddressError::Eip55 { network })
    }
}

/// EIP-55: a letter is uppercase exactly where the matching nibble of the
/// keccak-256 of the lowercase hex is 8 or more.
fn eip55_holds(hex: &str) -> bool {
    let hash = Keccak256::digest(hex.to_ascii_lowercase().as_bytes());
    hex.bytes().enumerate().all(|(i, b)| {
        let nibble = if i % 2 == 0 {
            hash[i / 2] >> 4
        } else {
            hash[i / 2] & 0x0f
        };
        !b.is_ascii_alphabetic() || b.is_ascii_uppercase() == (nibble >= 8)
    })
}

fn tron(address: &str) -> Result<(), AddressError> {
    let network = Network::Tron;
    if !address.starts_with('T') {
        return Err(AddressError::WrongNetwork { network });
    }
    match base58check(network, address)? {
        0x41 => Ok(()),
        _ => Err(AddressError::UnknownKind { network }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use AddressError as E;
    use Network::*;

    const GENESIS: &str = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa";
    const P2SH: &str = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy";
    const SEGWIT_V0: &str = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4";
    const TAPROOT: &str = "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0";
    const LTC_L: &str = "LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9";
    const LTC_M: &str = "M7zVKQKmtV5Rc7erVGVVC3khZbXxsS5HEX";
    const LTC_SEGWIT: &str = "ltc1qw508d6qejxtdg4y5r3zarvary0c5xw7kgmn4n9";
    const EIP55: &str = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    const USDT_TRC20: &str = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";

    /// `address` with the character at `index` replaced by `with`.
    fn mistype(address: &str, index: usize, with: char) -> String {
        let mut chars: Vec<char> = address.chars().collect();
        assert_ne!(chars[index], with, "the test must change a character");
        chars[index] = with;
        chars.into_iter().collect()
    }

    fn flip_case(address: &str, index: usize) -> String {
        let c = address.as_bytes()[index] as char;
        assert!(c.is_ascii_alphabetic(), "{c} has no case to flip");
        let flipped = if c.is_ascii_uppercase() {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        };
        mistype(address, index, flipped)
    }

    /// A base58check string with a good checksum around any payload, for
    /// the versions no real address on the network uses.
    fn base58check_of(payload: &[u8]) -> String {
        bs58::encode(payload).with_check().into_string()
    }

    #[test]
    fn real_bitcoin_addresses_pass() {
        for address in [
            GENESIS,
            "1BoatSLRHtKNngkdXEeobR76b53LETtpyT",
            P2SH,
            SEGWIT_V0,
            "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
            "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",
            TAPROOT,
        ] {
            assert_eq!(check(Bitcoin, address), Ok(()), "{address}");
        }
    }

    #[test]
    fn real_litecoin_addresses_pass() {
        for address in [
            LTC_L,
            "LKKHMBjCU89fyFNgSRprDoD8Jb25N8uWvd",
            LTC_M,
            LTC_SEGWIT,
        ] {
            assert_eq!(check(Litecoin, address), Ok(()), "{address}");
        }
    }

    #[test]
    fn eip55_examples_pass_on_both_evm_networks() {
        for address in [
            EIP55,
            "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
            "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
            "0x55d398326f99059fF775485246999027B3197955",
            "0x52908400098527886E0F7030069857D2E4169EE7",
            "0xde709f2102306220921060314715629080e2fb77",
        ] {
            assert_eq!(check(Ethereum, address), Ok(()), "{address}");
            assert_eq!(check(Bsc, address), Ok(()), "{address}");
        }
    }

    #[test]
    fn real_tron_addresses_pass() {
        for address in [USDT_TRC20, "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"] {
            assert_eq!(check(Tron, address), Ok(()), "{address}");
        }
    }

    #[test]
    fn one_mistyped_character_fails_the_checksum() {
        let cases = [
            (Bitcoin, mistype(GENESIS, 33, 'b')),
            (Bitcoin, mistype(P2SH, 10, 'F')),
            (Bitcoin, mistype(SEGWIT_V0, 41, '5')),
            (Bitcoin, mistype(TAPROOT, 20, 'q')),
            (Litecoin, mistype(LTC_L, 5, 'G')),
            (Litecoin, mistype(LTC_M, 30, 'z')),
            (Litecoin, mistype(LTC_SEGWIT, 12, 'x')),
            (Tron, mistype(USDT_TRC20, 8, 'E')),
        ];
        for (network, address) in cases {
            assert_eq!(
                check(network, &address),
                Err(E::Checksum { network }),
                "{address}"
            );
        }
    }

    #[test]
    fn a_typo_in_the_witness_version_fails_the_checksum() {
        // 'j' is version 18, past the last one; 'p' asks for bech32m.
        for with in ['j', 'p'] {
            let address = mistype(SEGWIT_V0, 3, with);
            assert_eq!(
                check(Bitcoin, &address),
                Err(E::Checksum { network: Bitcoin }),
                "{address}"
            );
        }
    }

    #[test]
    fn a_version_0_program_with_a_bech32m_checksum_is_refused() {
        // BIP-350's test vector: right data, the other checksum.
        assert_eq!(
            check(Bitcoin, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh"),
            Err(E::Checksum { network: Bitcoin })
        );
    }

    #[test]
    fn flipping_the_case_of_one_letter_breaks_eip55() {
        // The 'A' of 0x5aA... and the final 'd'.
        for index in [4, 41] {
            let address = flip_case(EIP55, index);
            assert_eq!(
                check(Ethereum, &address),
                Err(E::Eip55 { network: Ethereum }),
                "{address}"
            );
            assert_eq!(
                check(Bsc, &address),
                Err(E::Eip55 { network: Bsc }),
                "{address}"
            );
        }
    }

    #[test]
    fn a_mistyped_digit_in_a_mixed_case_address_breaks_eip55() {
        let address = mistype(EIP55, 2, '7');
        assert_eq!(
            check(Ethereum, &address),
            Err(E::Eip55 { network: Ethereum })
        );
    }

    #[test]
    fn a_single_case_evm_address_is_refused_for_want_of_a_checksum() {
        // This one is all lowercase by its checksum; a typo breaks that.
        let lower = mistype("0xde709f2102306220921060314715629080e2fb77", 10, '3');
        let no_checksum = Err(E::NoChecksum { network: Ethereum });
        assert_eq!(check(Ethereum, &lower), no_checksum);
        assert_eq!(check(Ethereum, &EIP55.to_ascii_lowercase()), no_checksum);
        assert_eq!(
            check(Ethereum, &format!("0x{}", EIP55[2..].to_ascii_uppercase())),
            no_checksum
        );
        assert_eq!(check(Bsc, &format!("0x{}", "1".repeat(40))), Ok(()));
    }

    #[test]
    fn another_networks_address_is_refused() {
        let cases = [
            (Bitcoin, USDT_TRC20),
            (Bitcoin, LTC_L),
            (Bitcoin, LTC_SEGWIT),
            (Bitcoin, EIP55),
            (Litecoin, GENESIS),
            (Litecoin, P2SH),
            (Litecoin, SEGWIT_V0),
            (Ethereum, USDT_TRC20),
            (Bsc, GENESIS),
            (Tron, EIP55),
            (Tron, GENESIS),
        ];
        for (network, address) in cases {
            assert_eq!(
                check(network, address),
                Err(E::WrongNetwork { network }),
                "{address}"
            );
        }
    }

    #[test]
    fn wrong_network_message_says_what_the_address_must_start_with() {
        let message = check(Bitcoin, USDT_TRC20).unwrap_err().to_string();
        assert_eq!(
            message,
            "this is not a Bitcoin address: it must start with 1, 3 or bc1"
        );
        let message = check(Tron, EIP55).unwrap_err().to_string();
        assert_eq!(message, "this is not a TRON address: it must start with T");
    }

    #[test]
    fn a_base58_address_with_characters_missing_or_extra_has_the_wrong_length() {
        let cases = [
            (Bitcoin, GENESIS),
            (Bitcoin, P2SH),
            (Litecoin, LTC_L),
            (Tron, USDT_TRC20),
        ];
        for (network, address) in cases {
            let short = &address[..address.len() - 2];
            let long = format!("{address}z");
            for wrong in [short, long.as_str()] {
                assert_eq!(check(network, wrong), Err(E::Length { network }), "{wrong}");
            }
        }
    }

    #[test]
    fn a_base58_address_one_character_short_of_25_bytes_fails_the_checksum() {
        // Both still decode to 25 bytes without their last character.
        for (network, address) in [(Bitcoin, GENESIS), (Tron, USDT_TRC20)] {
            let short = &address[..address.len() - 1];
            assert_eq!(
                check(network, short),
                Err(E::Checksum { network }),
                "{short}"
            );
        }
    }

    #[test]
    fn a_segwit_program_of_the_wrong_length_is_refused() {
        // BIP-173 and BIP-350 vectors whose checksums hold: a 16-byte
        // version 0 program, a 1-byte version 1 program, a 41-byte one.
        for address in [
            "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P",
            "bc1pw5dgrnzv",
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav",
        ] {
            assert_eq!(
                check(Bitcoin, address),
                Err(E::Length { network: Bitcoin }),
                "{address}"
            );
        }
    }

    #[test]
    fn a_truncated_segwit_address_fails_the_checksum() {
        let short = &SEGWIT_V0[..SEGWIT_V0.len() - 1];
        assert_eq!(check(Bitcoin, short), Err(E::Checksum { network: Bitcoin }));
    }

    #[test]
    fn an_evm_address_must_have_40_hex_digits() {
        let short = &EIP55[..41];
        let long = format!("{EIP55}0");
        for (wrong, digits) in [(short, 39), (long.as_str(), 41), ("0x", 0)] {
            assert_eq!(
                check(Ethereum, wrong),
                Err(E::HexLength {
                    network: Ethereum,
                    digits
                }),
                "{wrong}"
            );
        }
        assert_eq!(
            check(Ethereum, short).unwrap_err().to_string(),
            "an Ethereum address is 0x followed by 40 hex digits, and this one has 39"
        );
    }

    #[test]
    fn characters_base58_leaves_out_are_refused() {
        let cases = [(Bitcoin, GENESIS), (Litecoin, LTC_L), (Tron, USDT_TRC20)];
        for (network, address) in cases {
            for character in ['0', 'O', 'I', 'l'] {
                let wrong = mistype(address, 12, character);
                assert_eq!(
                    check(network, &wrong),
                    Err(E::InvalidCharacter { network, character }),
                    "{wrong}"
                );
            }
        }
    }

    #[test]
    fn characters_bech32_leaves_out_are_refused() {
        for character in ['b', 'i', 'o'] {
            let wrong = mistype(SEGWIT_V0, 10, character);
            assert_eq!(
                check(Bitcoin, &wrong),
                Err(E::InvalidCharacter {
                    network: Bitcoin,
                    character
                }),
                "{wrong}"
            );
        }
    }

    #[test]
    fn a_non_hex_character_in_an_evm_address_is_refused() {
        let wrong = mistype(EIP55, 7, 'g');
        assert_eq!(
            check(Bsc, &wrong),
            Err(E::InvalidCharacter {
                network: Bsc,
                character: 'g'
            })
        );
    }

    #[test]
    fn a_space_inside_the_address_is_named() {
        let wrong = format!("{} {}", &GENESIS[..10], &GENESIS[10..]);
        let error = check(Bitcoin, &wrong).unwrap_err();
        assert_eq!(
            error,
            E::InvalidCharacter {
                network: Bitcoin,
                character: ' '
            }
        );
        assert_eq!(
            error.to_string(),
            "' ' cannot appear in a Bitcoin address: a character is mistyped"
        );
    }

    #[test]
    fn mixed_case_bech32_is_refused() {
        let mixed = flip_case(SEGWIT_V0, 4);
        assert_eq!(
            check(Bitcoin, &mixed),
            Err(E::MixedCase { network: Bitcoin })
        );
        let mixed = flip_case(LTC_SEGWIT, 0);
        assert_eq!(
            check(Litecoin, &mixed),
            Err(E::MixedCase { network: Litecoin })
        );
    }

    #[test]
    fn testnet_addresses_are_refused_on_mainnet() {
        let cases = [
            (Bitcoin, "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"),
            (
                Bitcoin,
                "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
            ),
            (Bitcoin, "bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080"),
            (Bitcoin, "mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn"),
            (Bitcoin, "n3GNqMveyvaPvUbH469vDRadqpJMPc84JA"),
            (Bitcoin, "2MzQwSSnBHWHqSAqtTVQ6v47XtaisrJa1Vc"),
            (Litecoin, "tltc1qea8gdr057k9gyjnurk7v3d9enha8qgds58ajt0"),
            (Litecoin, "mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn"),
            (Litecoin, "QcnzawrPeFkhsBXQNoLZPYCPetESetRQso"),
            (Litecoin, "2N2JD6wb56AfK4tfmM6PwdVmoYk2dCKf4Br"),
        ];
        for (network, address) in cases {
            let error = check(network, address).unwrap_err();
            assert_eq!(error, E::Testnet { network }, "{address}");
            assert!(error.to_string().contains("testnet"), "{error}");
        }
    }

    #[test]
    fn a_mistyped_testnet_address_fails_the_checksum_first() {
        let address = mistype("mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn", 20, 'z');
        assert_eq!(
            check(Bitcoin, &address),
            Err(E::Checksum { network: Bitcoin })
        );
    }

    #[test]
    fn a_checksummed_address_of_an_unknown_kind_is_refused() {
        // Version 0x06 encodes to a leading 3, version 0x42 to a leading T,
        // the same first characters as real addresses.
        let mut payload = [0u8; 21];
        payload[0] = 0x06;
        let bitcoin = base58check_of(&payload);
        assert!(bitcoin.starts_with('3'), "{bitcoin}");
        assert_eq!(
            check(Bitcoin, &bitcoin),
            Err(E::UnknownKind { network: Bitcoin })
        );
        payload[0] = 0x42;
        let tron = base58check_of(&payload);
        assert!(tron.starts_with('T'), "{tron}");
        assert_eq!(check(Tron, &tron), Err(E::UnknownKind { network: Tron }));
        // BIP-350's witness version 17, whose checksum holds.
        assert_eq!(
            check(
                Bitcoin,
                "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R"
            ),
            Err(E::UnknownKind { network: Bitcoin })
        );
    }

    #[test]
    fn empty_and_padded_input_is_refused_not_trimmed() {
        assert_eq!(check(Bitcoin, ""), Err(E::Empty { network: Bitcoin }));
        for padded in [
            format!(" {GENESIS}"),
            format!("{GENESIS}\n"),
            format!("\t{EIP55} "),
        ] {
            assert_eq!(
                check(Bitcoin, &padded),
                Err(E::SurroundingWhitespace { network: Bitcoin }),
                "{padded:?}"
            );
        }
    }

    #[test]
    fn messages_name_the_network() {
        let typo = mistype(USDT_TRC20, 8, 'E');
        assert_eq!(
            check(Tron, &typo).unwrap_err().to_string(),
            "the TRON address's checksum does not match: a character is mistyped"
        );
        assert_eq!(
            check(Ethereum, &flip_case(EIP55, 3))
                .unwrap_err()
                .to_string(),
            "the mixed-case letters of this Ethereum address do not match the EIP-55 checksum: \
             a character is mistyped"
        );
        assert_eq!(
            check(Bitcoin, "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx")
                .unwrap_err()
                .to_string(),
            "this is a Bitcoin testnet address, which holds no real coins: use a mainnet address"
        );
    }

    #[test]
    fn assets_map_to_the_network_they_pay_on() {
        let cases = [
            ("BTC", Some(Bitcoin)),
            ("ltc", Some(Litecoin)),
            ("ETH", Some(Ethereum)),
            ("UsdtErc20", Some(Ethereum)),
            ("USDTBEP20", Some(Bsc)),
            ("BNB", Some(Bsc)),
            ("bnbbsc", Some(Bsc)),
            ("USDTTRC20", Some(Tron)),
            ("TRX", Some(Tron)),
            ("DOGE", None),
            ("", None),
        ];
        for (code, network) in cases {
            assert_eq!(Network::of_asset(code), network, "{code}");
        }
    }

    #[test]
    fn networks_have_readable_names_and_lowercase_wire_names() {
        assert_eq!(Bsc.name(), "BNB Smart Chain");
        assert_eq!(Tron.name(), "TRON");
        assert_eq!(serde_json::to_string(&Bsc).unwrap(), "\"bsc\"");
        assert_eq!(serde_json::to_string(&Litecoin).unwrap(), "\"litecoin\"");
    }
}

//! Money as entered at the counter and as quoted by gateways.
//!
//! Every amount is a `rust_decimal::Decimal` parsed from text; nothing passes
//! through a float. Each fiat and each crypto asset has a scale (how many
//! decimals it can carry) and a sale has a ceiling, so a slip of the finger
//! is caught before a gateway is asked for an invoice.

use rust_decimal::Decimal;
use std::fmt;
use std::str::FromStr;

/// The largest fiat amount one sale may carry, in whole units of the fiat.
pub const MAX_FIAT_AMOUNT: u64 = 100_000_000;

/// Digits allowed before the decimal point; longer input is refused before
/// it is parsed, so nothing can overflow.
const MAX_INTEGER_DIGITS: usize = 15;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AmountError {
    #[error("enter an amount, like 12.50")]
    Empty,
    #[error("\"{0}\" is not an amount: use digits with one decimal point, like 12.50")]
    NotANumber(String),
    #[error("\"{0}\" uses a comma: use a decimal point and no thousands separators, like 1250.50")]
    Comma(String),
    #[error("the amount cannot be negative")]
    Negative,
    #[error("the amount must be more than zero")]
    Zero,
    #[error("{code} amounts have at most {scale} decimals")]
    TooManyDecimals { code: String, scale: u32 },
    #[error("{amount} {code} is more than one sale can take (at most {max} {code})")]
    TooLarge {
        amount: String,
        code: String,
        max: u64,
    },
    #[error("\"{0}\" is not a currency code: use three letters, like USD")]
    BadFiat(String),
    #[error("\"{0}\" is not an asset code: use letters and digits, like USDTTRC20 or BTC")]
    BadAsset(String),
}

impl AmountError {
    /// The same words for the screens' catalogue.
    pub fn said(&self) -> crate::Said {
        use crate::said::arg;
        let (id, args) = match self {
            AmountError::Empty => ("error-amount-empty", vec![]),
            AmountError::NotANumber(text) => {
                ("error-amount-not-a-number", vec![("text", arg(text))])
            }
            AmountError::Comma(text) => ("error-amount-comma", vec![("text", arg(text))]),
            AmountError::Negative => ("error-amount-negative", vec![]),
            AmountError::Zero => ("error-amount-zero", vec![]),
            AmountError::TooManyDecimals { code, scale } => (
                "error-amount-decimals",
                vec![("code", arg(code)), ("scale", arg(scale))],
            ),
            AmountError::TooLarge { amount, code, max } => (
                "error-amount-too-large",
                vec![
                    ("amount", arg(amount)),
                    ("code", arg(code)),
                    ("max", arg(max)),
                ],
            ),
            AmountError::BadFiat(text) => ("error-fiat", vec![("text", arg(text))]),
            AmountError::BadAsset(text) => ("error-asset", vec![("text", arg(text))]),
        };
        crate::Said::new(id, self.to_string(), args)
    }
}

/// An ISO 4217 fiat code with its number of decimals.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fiat(String);

impl Fiat {
    pub fn parse(code: &str) -> Result<Self, AmountError> {
        let code = code.trim();
        if code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) {
            Ok(Fiat(code.to_ascii_uppercase()))
        } else {
            Err(AmountError::BadFiat(code.to_string()))
        }
    }

    pub fn code(&self) -> &str {
        &self.0
    }

    /// Minor units per ISO 4217 for the currencies that differ from 2.
    pub fn scale(&self) -> u32 {
        match self.0.as_str() {
            "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF"
            | "UGX" | "UYI" | "VND" | "VUV" | "XAF" | "XOF" | "XPF" => 0,
            "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
            _ => 2,
        }
    }

    /// Parses an amount typed by staff and brings it to this fiat's scale
    /// (`12.5` USD becomes `12.50`).
    pub fn parse_amount(&self, text: &str) -> Result<Decimal, AmountError> {
        let value = parse_plain_decimal(text, &self.0, self.scale())?;
        if value > Decimal::from(MAX_FIAT_AMOUNT) {
            return Err(AmountError::TooLarge {
                amount: text.trim().to_string(),
                code: self.0.clone(),
                max: MAX_FIAT_AMOUNT,
            });
        }
        Ok(with_scale(value, self.scale()))
    }

    /// Rounds a computed figure (tax, a share, a value) to this fiat's
    /// minor unit, half away from zero.
    pub fn round(&self, value: Decimal) -> Decimal {
        with_scale(
            value.round_dp_with_strategy(
                self.scale(),
                rust_decimal::RoundingStrategy::MidpointAwayFromZero,
            ),
            self.scale(),
        )
    }

    /// Brings a valid amount to this fiat's scale, for display and storage.
    pub fn normalize(&self, value: Decimal) -> Decimal {
        with_scale(value, self.scale())
    }
}

impl fmt::Display for Fiat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A crypto asset as gateways name it (`BTC`, `USDTTRC20`, `USDTERC20`...).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Asset(String);

impl Asset {
    pub fn parse(code: &str) -> Result<Self, AmountError> {
        let code = code.trim();
        if !code.is_empty()
            && code.len() <= 20
            && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            Ok(Asset(code.to_ascii_uppercase()))
        } else {
            Err(AmountError::BadAsset(code.to_string()))
        }
    }

    pub fn code(&self) -> &str {
        &self.0
    }

    /// The number of decimals the asset's chain can carry for a transfer.
    pub fn scale(&self) -> u32 {
        let c = self.0.as_str();
        if c.starts_with("USDT") || c.starts_with("USDC") {
            // BEP-20 stablecoins carry 18 decimals on chain, the others 6.
            return if c.ends_with("BEP20") || c.ends_with("BSC") {
                18
            } else {
                6
            };
        }
        match c {
            "ETH" | "BNB" | "BNBBSC" | "MATIC" | "POL" | "ETHARB" | "ETHBASE" => 18,
            "XMR" => 12,
            "SOL" | "TON" => 9,
            "TRX" | "XRP" | "ADA" => 6,
            _ => 8,
        }
    }

    /// Parses a crypto amount (a payer's transfer, a withdrawal).
    pub fn parse_amount(&self, text: &str) -> Result<Decimal, AmountError> {
        parse_plain_decimal(text, &self.0, self.scale())
    }

    /// What a customer calls the asset, and the network a token travels
    /// on: the code `USDTTRC20` is "USDT" on "Tron (TRC-20)", and sending
    /// it on another network loses it. A coin on its own chain has none.
    pub fn label(&self) -> AssetLabel {
        let c = self.0.as_str();
        let token = |name: &str, network: &str| AssetLabel {
            name: name.to_string(),
            network: Some(network.to_string()),
        };
        for stable in ["USDT", "USDC"] {
            if let Some(chain) = c.strip_prefix(stable) {
                let network = match chain {
                    "TRC20" | "TRX" => "Tron (TRC-20)",
                    "ERC20" | "ETH" => "Ethereum (ERC-20)",
                    "BEP20" | "BSC" => "BNB Smart Chain (BEP-20)",
                    "SOL" => "Solana (SPL)",
                    "TON" => "TON",
                    "POLYGON" | "MATIC" => "Polygon",
                    "ARB" | "ARBITRUM" => "Arbitrum One",
                    _ => continue,
                };
                return token(stable, network);
            }
        }
        let coin = match c {
            "BTC" => "Bitcoin",
            "ETH" => "Ether",
            "LTC" => "Litecoin",
            "TRX" => "TRON (TRX)",
            "BNB" | "BNBBSC" => return token("BNB", "BNB Smart Chain (BEP-20)"),
            "SOL" => "Solana (SOL)",
            "TON" => "Toncoin",
            "XMR" => "Monero",
            "XRP" => "XRP",
            "ADA" => "Cardano (ADA)",
            "DOGE" => "Dogecoin",
            "MATIC" | "POL" => "Polygon (POL)",
            "DASH" => "Dash",
            "BCH" => "Bitcoin Cash",
            _ => c,
        };
        AssetLabel {
            name: coin.to_string(),
            network: None,
        }
    }
}

/// An asset as a customer reads it: its name, and the network when that
/// name alone travels on several.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AssetLabel {
    pub name: String,
    pub network: Option<String>,
}

impl AssetLabel {
    /// The label of an asset code; none for text that is not one.
    pub fn of(code: &str) -> Option<AssetLabel> {
        Asset::parse(code).ok().map(|a| a.label())
    }
}

impl fmt::Display for Asset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Plain positional decimals only: digits, at most one point, no sign, no
/// exponent, no NaN or infinity, no more decimals than `scale`.
fn parse_plain_decimal(text: &str, code: &str, scale: u32) -> Result<Decimal, AmountError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(AmountError::Empty);
    }
    if let Some(rest) = t.strip_prefix('-') {
        return match parse_plain_decimal(rest, code, scale) {
            Ok(_) | Err(AmountError::Zero) => Err(AmountError::Negative),
            Err(e) => Err(e),
        };
    }
    if t.contains(',') {
        return Err(AmountError::Comma(t.to_string()));
    }
    let (int_part, frac_part) = match t.split_once('.') {
        Some((i, f)) => (i, f),
        None => (t, ""),
    };
    let digits_only = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if (int_part.is_empty() && frac_part.is_empty())
        || !digits_only(int_part)
        || !digits_only(frac_part)
    {
        return Err(AmountError::NotANumber(t.to_string()));
    }
    let significant_int = int_part.trim_start_matches('0');
    if significant_int.len() > MAX_INTEGER_DIGITS {
        return Err(AmountError::TooLarge {
            amount: t.to_string(),
            code: code.to_string(),
            max: MAX_FIAT_AMOUNT,
        });
    }
    let frac_trimmed = frac_part.trim_end_matches('0');
    if frac_trimmed.len() > scale as usize {
        return Err(AmountError::TooManyDecimals {
            code: code.to_string(),
            scale,
        });
    }
    let canonical = format!(
        "{}.{}",
        if significant_int.is_empty() {
            "0"
        } else {
            significant_int
        },
        if frac_trimmed.is_empty() {
            "0"
        } else {
            frac_trimmed
        }
    );
    let value =
        Decimal::from_str(&canonical).map_err(|_| AmountError::NotANumber(t.to_string()))?;
    if value.is_zero() {
        return Err(AmountError::Zero);
    }
    Ok(value.normalize())
}

fn with_scale(mut value: Decimal, scale: u32) -> Decimal {
    value.rescale(scale);
    value
}

/// Parses a decimal that a gateway sent as text or as a JSON number's text:
/// exponents are allowed here (`1e-8`), signs too, since this is data, not
/// staff input.
pub fn parse_wire_decimal(text: &str) -> Option<Decimal> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    Decimal::from_str(t)
        .ok()
        .or_else(|| Decimal::from_scientific(t).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_named_with_its_network_and_a_coin_alone() {
        let label = |c: &str| Asset::parse(c).unwrap().label();
        assert_eq!(
            (
                label("USDTTRC20").name,
                label("USDTTRC20").network.as_deref()
            ),
            ("USDT".to_string(), Some("Tron (TRC-20)"))
        );
        assert_eq!(
            label("usdterc20").network.as_deref(),
            Some("Ethereum (ERC-20)")
        );
        assert_eq!(
            label("USDCBSC").network.as_deref(),
            Some("BNB Smart Chain (BEP-20)")
        );
        assert_eq!(
            (label("BTC").name.as_str(), label("BTC").network),
            ("Bitcoin", None)
        );
        // An asset not known here keeps its code, and names no network.
        assert_eq!(
            (label("ABC").name.as_str(), label("ABC").network),
            ("ABC", None)
        );
    }

    fn usd() -> Fiat {
        Fiat::parse("usd").unwrap()
    }

    #[test]
    fn fiat_amounts_take_the_fiat_scale() {
        assert_eq!(usd().parse_amount("12.5").unwrap().to_string(), "12.50");
        assert_eq!(usd().parse_amount(" 12.50 ").unwrap().to_string(), "12.50");
        assert_eq!(usd().parse_amount("007").unwrap().to_string(), "7.00");
        assert_eq!(usd().parse_amount(".5").unwrap().to_string(), "0.50");
        assert_eq!(usd().parse_amount("3.").unwrap().to_string(), "3.00");
        let jpy = Fiat::parse("JPY").unwrap();
        assert_eq!(jpy.parse_amount("1500").unwrap().to_string(), "1500");
        assert_eq!(
            jpy.parse_amount("1500.5"),
            Err(AmountError::TooManyDecimals {
                code: "JPY".into(),
                scale: 0
            })
        );
        let kwd = Fiat::parse("KWD").unwrap();
        assert_eq!(kwd.parse_amount("1.234").unwrap().to_string(), "1.234");
    }

    #[test]
    fn bad_input_is_refused_with_its_reason() {
        let f = usd();
        assert_eq!(f.parse_amount(""), Err(AmountError::Empty));
        assert_eq!(f.parse_amount("   "), Err(AmountError::Empty));
        assert_eq!(f.parse_amount("-5"), Err(AmountError::Negative));
        assert_eq!(f.parse_amount("-0"), Err(AmountError::Negative));
        assert_eq!(f.parse_amount("0"), Err(AmountError::Zero));
        assert_eq!(f.parse_amount("0.00"), Err(AmountError::Zero));
        for bad in [
            "NaN", "nan", "inf", "1e3", "1E3", "+5", "12.5.0", "12 50", "$12", "0x10", ".", "١٢",
        ] {
            assert!(
                matches!(f.parse_amount(bad), Err(AmountError::NotANumber(_))),
                "{bad} was accepted"
            );
        }
        assert!(matches!(
            f.parse_amount("1,000.00"),
            Err(AmountError::Comma(_))
        ));
        assert!(matches!(
            f.parse_amount("12.505"),
            Err(AmountError::TooManyDecimals { scale: 2, .. })
        ));
        assert_eq!(f.parse_amount("12.500").unwrap().to_string(), "12.50");
    }

    #[test]
    fn absurd_sizes_are_refused() {
        let f = usd();
        assert!(f.parse_amount("100000000").is_ok());
        assert!(matches!(
            f.parse_amount("100000000.01"),
            Err(AmountError::TooLarge { .. })
        ));
        assert!(matches!(
            f.parse_amount("99999999999999999999999999999999999"),
            Err(AmountError::TooLarge { .. })
        ));
        let msg = f.parse_amount("100000001").unwrap_err().to_string();
        assert!(msg.contains("at most 100000000 USD"), "{msg}");
    }

    #[test]
    fn fiat_and_asset_codes_are_checked() {
        assert!(Fiat::parse("US").is_err());
        assert!(Fiat::parse("U5D").is_err());
        assert_eq!(Fiat::parse("eur").unwrap().code(), "EUR");
        assert!(Asset::parse("").is_err());
        assert!(Asset::parse("USDT TRC20").is_err());
        assert_eq!(Asset::parse("usdttrc20").unwrap().code(), "USDTTRC20");
    }

    #[test]
    fn assets_have_chain_scales() {
        let scale = |c: &str| Asset::parse(c).unwrap().scale();
        assert_eq!(scale("BTC"), 8);
        assert_eq!(scale("ETH"), 18);
        assert_eq!(scale("USDTTRC20"), 6);
        assert_eq!(scale("USDTBEP20"), 18);
        let btc = Asset::parse("BTC").unwrap();
        assert_eq!(
            btc.parse_amount("0.00000001").unwrap().to_string(),
            "0.00000001"
        );
        assert!(matches!(
            btc.parse_amount("0.000000001"),
            Err(AmountError::TooManyDecimals { scale: 8, .. })
        ));
    }

    #[test]
    fn wire_decimals_accept_what_gateways_send() {
        assert_eq!(parse_wire_decimal("10.54").unwrap().to_string(), "10.54");
        assert_eq!(
            parse_wire_decimal("1e-8").unwrap().to_string(),
            "0.00000001"
        );
        assert_eq!(parse_wire_decimal("-1.5").unwrap().to_string(), "-1.5");
        assert!(parse_wire_decimal("abc").is_none());
        assert!(parse_wire_decimal("").is_none());
    }
}

//! The text a wallet reads from the QR code: BIP21 for Bitcoin-like chains,
//! EIP-681 for Ethereum and its tokens, and the bare address where no URI
//! scheme is standard (TRON among them). The amount is always also shown as
//! text beside the QR, so a wallet that ignores the amount loses nothing.

use crate::money::Asset;
use rust_decimal::Decimal;

struct Evm {
    chain_id: u32,
    /// `None` for the chain's native coin.
    token: Option<&'static str>,
    decimals: u32,
}

fn evm(asset: &str) -> Option<Evm> {
    let e = |chain_id, token, decimals| {
        Some(Evm {
            chain_id,
            token,
            decimals,
        })
    };
    match asset {
        "ETH" => e(1, None, 18),
        "BNBBSC" | "BNB" => e(56, None, 18),
        "USDTERC20" => e(1, Some("0xdAC17F958D2ee523a2206206994597C13D831ec7"), 6),
        "USDCERC20" => e(1, Some("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"), 6),
        "USDTBEP20" | "USDTBSC" => e(56, Some("0x55d398326f99059fF775485246999027B3197955"), 18),
        "USDCBEP20" | "USDCBSC" => e(56, Some("0x8AC76a51cc950d9822D68b83fE1Ad97B32Cd580d"), 18),
        _ => None,
    }
}

fn bip21_scheme(asset: &str) -> Option<&'static str> {
    match asset {
        "BTC" => Some("bitcoin"),
        "LTC" => Some("litecoin"),
        "DOGE" => Some("dogecoin"),
        "BCH" => Some("bitcoincash"),
        _ => None,
    }
}

/// `amount * 10^decimals` as an integer string, if it is whole.
fn base_units(amount: Decimal, decimals: u32) -> Option<String> {
    let mut scaled = amount.checked_mul(Decimal::from(10u64.checked_pow(decimals.min(19))?))?;
    if decimals > 19 {
        scaled = scaled.checked_mul(Decimal::from(10u64.pow(decimals - 19)))?;
    }
    if scaled.fract().is_zero() && scaled.is_sign_positive() {
        Some(scaled.trunc().normalize().to_string())
    } else {
        None
    }
}

pub fn payment_uri(asset: &Asset, address: &str, amount: Option<Decimal>) -> String {
    let code = asset.code();
    if let Some(scheme) = bip21_scheme(code) {
        return match amount {
            Some(a) => format!("{scheme}:{address}?amount={}", a.normalize()),
            None => format!("{scheme}:{address}"),
        };
    }
    if let Some(chain) = evm(code) {
        let units = amount.and_then(|a| base_units(a, chain.decimals));
        return match (chain.token, units) {
            (None, Some(v)) => format!("ethereum:{address}@{}?value={v}", chain.chain_id),
            (None, None) => format!("ethereum:{address}@{}", chain.chain_id),
            (Some(token), Some(v)) => format!(
                "ethereum:{token}@{}/transfer?address={address}&uint256={v}",
                chain.chain_id
            ),
            (Some(token), None) => format!(
                "ethereum:{token}@{}/transfer?address={address}",
                chain.chain_id
            ),
        };
    }
    address.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn uri(asset: &str, amount: &str) -> String {
        payment_uri(
            &Asset::parse(asset).unwrap(),
            "ADDR",
            Some(Decimal::from_str(amount).unwrap()),
        )
    }

    #[test]
    fn bitcoin_like_chains_use_bip21() {
        assert_eq!(uri("BTC", "0.00120000"), "bitcoin:ADDR?amount=0.0012");
        assert_eq!(uri("LTC", "1.5"), "litecoin:ADDR?amount=1.5");
    }

    #[test]
    fn ethereum_uses_eip681_in_wei() {
        assert_eq!(
            uri("ETH", "0.05"),
            "ethereum:ADDR@1?value=50000000000000000"
        );
        assert_eq!(
            uri("USDTERC20", "12.5"),
            "ethereum:0xdAC17F958D2ee523a2206206994597C13D831ec7@1/transfer?address=ADDR&uint256=12500000"
        );
        assert_eq!(
            uri("USDTBEP20", "1"),
            "ethereum:0x55d398326f99059fF775485246999027B3197955@56/transfer?address=ADDR&uint256=1000000000000000000"
        );
    }

    #[test]
    fn tron_and_unknown_assets_show_the_plain_address() {
        assert_eq!(uri("USDTTRC20", "12.5"), "ADDR");
        assert_eq!(uri("XYZ", "1"), "ADDR");
    }

    #[test]
    fn amounts_finer_than_the_chain_leave_the_amount_out() {
        assert_eq!(
            uri("USDTERC20", "0.0000001"),
            "ethereum:0xdAC17F958D2ee523a2206206994597C13D831ec7@1/transfer?address=ADDR"
        );
    }
}

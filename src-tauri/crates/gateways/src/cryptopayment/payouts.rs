//! CryptoPayment balances and withdrawals. Its documents give the fee
//! table, the $500 review rule and `POST /withdrawals`, but no way to list
//! withdrawals or read one back: a withdrawal whose answer was lost cannot
//! be looked up here, and its progress after the answer is not reported.
//! Both are said to the owner rather than guessed.

use super::{coin_of, withdrawal_terms, Cryptopayment, MANUAL_REVIEW_USD};
use crate::{payout_wire, wire};
use async_trait::async_trait;
use counterpay_core::payout::{Balance, GatewayWithdrawal, Payouts, Quote, Withdrawal};
use counterpay_core::retry::Operation;
use counterpay_core::GatewayError;
use reqwest::Method;
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::value::RawValue;

#[derive(Serialize)]
struct WithdrawBody<'a> {
    coin: &'a str,
    amount: Box<RawValue>,
    address: &'a str,
}

fn coin(asset: &str) -> Result<&'static str, GatewayError> {
    coin_of(asset)
        .ok_or_else(|| GatewayError::Unsupported(format!("CryptoPayment pays out no {asset}")))
}

#[async_trait]
impl Payouts for Cryptopayment {
    async fn balances(&self) -> Result<Vec<Balance>, GatewayError> {
        let body = self
            .call(
                Operation::Read,
                "balances",
                Method::GET,
                "/balances",
                &[],
                None,
            )
            .await?;
        super::parse_balances(&body)
    }

    async fn quote(&self, asset: &str, amount: Decimal) -> Result<Quote, GatewayError> {
        let coin = coin(asset)?;
        let (minimum, fee) = withdrawal_terms(coin).ok_or_else(|| {
            GatewayError::Unsupported(format!(
                "CryptoPayment lists no withdrawal terms for {coin}"
            ))
        })?;
        Ok(Quote {
            asset: asset.to_string(),
            amount,
            fee,
            receive: amount.saturating_sub(fee),
            minimum: Some(minimum),
            review_over_usd: Some(MANUAL_REVIEW_USD),
            usd_value: None,
            manual_review: false,
            notes: vec![counterpay_core::said!(
                "payout-note-fee-table",
                "Network fee {fee} {coin} from {gateway}'s table, taken out of the amount.",
                fee = fee,
                coin = coin,
                gateway = "CryptoPayment"
            )],
        })
    }

    async fn withdraw(&self, w: &Withdrawal) -> Result<GatewayWithdrawal, GatewayError> {
        let body = serde_json::to_vec(&WithdrawBody {
            coin: coin(&w.asset)?,
            amount: wire::number(w.amount.normalize()),
            address: &w.address,
        })
        .map_err(|e| GatewayError::Protocol(e.to_string()))?;
        let answer = self
            .call(
                Operation::Create,
                "withdrawal",
                Method::POST,
                "/withdrawals",
                &[],
                Some(body),
            )
            .await?;
        payout_wire::parse(&answer)
    }

    async fn find(&self, _: &Withdrawal) -> Result<Option<GatewayWithdrawal>, GatewayError> {
        Err(GatewayError::Unsupported(
            "CryptoPayment's API cannot list withdrawals: look for it in the CryptoPayment dashboard before sending another".into(),
        ))
    }

    async fn status(&self, _: &Withdrawal) -> Result<GatewayWithdrawal, GatewayError> {
        Err(GatewayError::Unsupported(
            "CryptoPayment's API does not report a withdrawal's progress; its dashboard does"
                .into(),
        ))
    }
}

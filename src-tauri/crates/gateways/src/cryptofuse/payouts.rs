//! Cryptofuse balances and withdrawals (`/user/balances/`, `/withdrawal/…`).
//! They go with the OAuth client in either mode: the API key only creates
//! payments.
//! Our withdrawal id goes out as `custom_id`, the list's documented filter,
//! so a withdrawal whose answer was lost is found again by listing.

use super::{Cryptofuse, MinAmount};
use crate::payout_wire::{self, WireWithdrawal};
use crate::wire;
use async_trait::async_trait;
use counterpay_core::payout::{Balance, GatewayWithdrawal, Payouts, Quote, Withdrawal};
use counterpay_core::retry::Operation;
use counterpay_core::GatewayError;
use reqwest::Method;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct WireAmount {
    #[serde(default, deserialize_with = "wire::decimal")]
    amount: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::decimal")]
    pending_amount: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::decimal")]
    available_balance: Option<Decimal>,
    account_name: Option<String>,
    account_id: Option<String>,
}

#[derive(Deserialize)]
struct WireSubAccounts {
    #[serde(default)]
    accounts: Vec<WireAmount>,
}

#[derive(Deserialize)]
struct WireBalances {
    #[serde(default)]
    account: BTreeMap<String, WireAmount>,
    #[serde(default)]
    sub_accounts: BTreeMap<String, WireSubAccounts>,
}

pub(crate) fn parse_balances(body: &[u8]) -> Result<Vec<Balance>, GatewayError> {
    let b: WireBalances = serde_json::from_slice(body)
        .map_err(|e| GatewayError::Protocol(format!("balances: {e}")))?;
    let one = |account: String, asset: &str, a: &WireAmount| Balance {
        account,
        asset: asset.to_string(),
        available: a.available_balance.or(a.amount).unwrap_or_default(),
        pending: a.pending_amount.unwrap_or_default(),
    };
    let mut out: Vec<Balance> = b
        .account
        .iter()
        .map(|(asset, a)| one("main".into(), asset, a))
        .collect();
    for (asset, subs) in &b.sub_accounts {
        for a in &subs.accounts {
            let name = a
                .account_name
                .clone()
                .or(a.account_id.clone())
                .unwrap_or_else(|| "sub-account".into());
            out.push(one(name, asset, a));
        }
    }
    Ok(out)
}

#[derive(Deserialize)]
struct WireEstimate {
    #[serde(default, deserialize_with = "wire::decimal")]
    requested_amount: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::decimal")]
    fee: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::decimal")]
    amount: Option<Decimal>,
}

#[derive(Deserialize)]
struct WireValidation {
    is_valid: Option<bool>,
    valid: Option<bool>,
    message: Option<String>,
}

#[derive(Deserialize)]
struct WireList {
    #[serde(default)]
    withdrawals: Vec<WireWithdrawal>,
    #[serde(default)]
    results: Vec<WireWithdrawal>,
}

#[derive(Serialize)]
struct AmountBody<'a> {
    amount: Box<RawValue>,
    currency: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    final_amount: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    custom_id: Option<&'a str>,
}

impl Cryptofuse {
    async fn post(
        &self,
        op: Operation,
        what: &str,
        path: &str,
        body: &impl Serialize,
    ) -> Result<Vec<u8>, GatewayError> {
        self.call(op, what, Method::POST, path, &[], Some(Self::json(body)))
            .await
    }
}

#[async_trait]
impl Payouts for Cryptofuse {
    async fn balances(&self) -> Result<Vec<Balance>, GatewayError> {
        let body = self
            .call(
                Operation::Read,
                "balances",
                Method::GET,
                "/user/balances/",
                &[],
                None,
            )
            .await?;
        parse_balances(&body)
    }

    async fn validate_address(&self, asset: &str, address: &str) -> Result<(), GatewayError> {
        let body = self
            .post(
                Operation::Read,
                "address check",
                "/withdrawal/validate-address/",
                &serde_json::json!({ "address": address, "currency": asset }),
            )
            .await?;
        let v: WireValidation = serde_json::from_slice(&body)
            .map_err(|e| GatewayError::Protocol(format!("validate-address: {e}")))?;
        match v.is_valid.or(v.valid) {
            Some(true) => Ok(()),
            Some(false) => Err(GatewayError::Rejected {
                message: v
                    .message
                    .unwrap_or_else(|| format!("Cryptofuse says this is not a {asset} address")),
                fields: vec![],
            }),
            None => Err(GatewayError::Protocol(
                "validate-address answered without is_valid".into(),
            )),
        }
    }

    async fn quote(&self, asset: &str, amount: Decimal) -> Result<Quote, GatewayError> {
        let minimum: MinAmount = serde_json::from_slice(
            &self
                .post(
                    Operation::Read,
                    "withdrawal minimum",
                    "/withdrawal/min-amount/",
                    &serde_json::json!({ "currency": asset }),
                )
                .await?,
        )
        .map_err(|e| GatewayError::Protocol(format!("withdrawal min-amount: {e}")))?;
        let body = self
            .post(
                Operation::Read,
                "withdrawal estimate",
                "/withdrawal/estimate/",
                &AmountBody {
                    amount: wire::number(amount),
                    currency: asset,
                    address: None,
                    final_amount: Some(false),
                    custom_id: None,
                },
            )
            .await?;
        let e: WireEstimate = serde_json::from_slice(&body)
            .map_err(|e| GatewayError::Protocol(format!("withdrawal estimate: {e}")))?;
        let fee = e
            .fee
            .ok_or_else(|| GatewayError::Protocol("withdrawal estimate without a fee".into()))?;
        let amount = e.requested_amount.unwrap_or(amount);
        Ok(Quote {
            asset: asset.to_string(),
            amount,
            fee,
            receive: e.amount.unwrap_or(amount.saturating_sub(fee)),
            minimum: Some(minimum.min_amount),
            review_over_usd: None,
            usd_value: None,
            manual_review: false,
            notes: vec![counterpay_core::said!(
                "payout-note-estimate",
                "Fee and amount from {gateway}'s withdrawal estimate.",
                gateway = "Cryptofuse"
            )],
        })
    }

    async fn withdraw(&self, w: &Withdrawal) -> Result<GatewayWithdrawal, GatewayError> {
        let body = self
            .post(
                Operation::Create,
                "withdrawal",
                "/withdrawal/",
                &AmountBody {
                    amount: wire::number(w.amount.normalize()),
                    currency: &w.asset,
                    address: Some(&w.address),
                    final_amount: None,
                    custom_id: Some(&w.id),
                },
            )
            .await?;
        payout_wire::parse(&body)
    }

    async fn find(&self, w: &Withdrawal) -> Result<Option<GatewayWithdrawal>, GatewayError> {
        let body = self
            .call(
                Operation::Read,
                "withdrawal list",
                Method::GET,
                "/withdrawal/",
                &[("custom_id", w.id.clone()), ("limit", "100".into())],
                None,
            )
            .await?;
        let list: WireList = serde_json::from_slice(&body)
            .map_err(|e| GatewayError::Protocol(format!("withdrawal list: {e}")))?;
        // The filter is trusted only as far as the id it echoes back.
        list.withdrawals
            .into_iter()
            .chain(list.results)
            .find(|x| x.custom_id.as_deref() == Some(w.id.as_str()))
            .map(WireWithdrawal::into_withdrawal)
            .transpose()
    }

    async fn status(&self, w: &Withdrawal) -> Result<GatewayWithdrawal, GatewayError> {
        let reference = w
            .provider_ref
            .as_deref()
            .ok_or_else(|| GatewayError::NotFound(format!("withdrawal {}", w.id)))?;
        let body = self
            .call(
                Operation::Read,
                "withdrawal status",
                Method::GET,
                &format!("/withdrawal/{reference}/"),
                &[],
                None,
            )
            .await?;
        payout_wire::parse(&body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_and_sub_account_balances_are_read_exactly() {
        let body =
            br#"{"account":{"USDTTRC20":{"amount":"1000.00000000","pending_amount":"0.00000000"}},
            "sub_accounts":{"USDTTRC20":{"total_amount":"500.00000000","total_pending":"0.00000000",
            "accounts":[{"account_name":"Wallet 1","account_id":"123abc","amount":"300.00000000",
            "pending_amount":"0.00000000","available_balance":"300.00000000"}]}},
            "statistics":{"currencies_count":5,"subaccounts_count":3}}"#;
        let b = parse_balances(body).unwrap();
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].account, "main");
        assert_eq!(b[0].available.to_string(), "1000.00000000");
        assert_eq!(b[1].account, "Wallet 1");
        assert_eq!(b[1].available.to_string(), "300.00000000");
    }
}

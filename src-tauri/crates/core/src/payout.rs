//! Money leaving the shop: balances, withdrawal quotes, and withdrawals as
//! the journal records them. The port `Payouts` is what a gateway offers;
//! the rules here decide, before any request, what may be sent at all.

use crate::address::{self, Network};
use crate::gateway::GatewayError;
use crate::money::Asset;
use crate::said;
use crate::said::Said;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What one account of a gateway holds of one asset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Balance {
    /// `main`, or a sub-account's name.
    pub account: String,
    pub asset: String,
    pub available: Decimal,
    pub pending: Decimal,
}

/// What a withdrawal would cost and deliver, before it is sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    pub asset: String,
    /// What leaves the balance.
    pub amount: Decimal,
    pub fee: Decimal,
    /// What arrives at the address.
    pub receive: Decimal,
    pub minimum: Option<Decimal>,
    /// The gateway reviews withdrawals worth more than this many USD by hand.
    pub review_over_usd: Option<Decimal>,
    /// What the amount is worth in USD, where we know it.
    pub usd_value: Option<Decimal>,
    /// The gateway will review it by hand before sending it.
    pub manual_review: bool,
    /// Sentences for the owner: the review rule, the source of the fee.
    pub notes: Vec<Said>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PayoutStatus {
    /// Journaled; the request is on its way.
    Requested,
    /// The answer was lost: the gateway may or may not have it. Only a
    /// lookup decides; it is never sent again.
    Unknown,
    /// Waiting for the gateway's manual review.
    Review,
    Pending,
    Completed,
    Failed,
}

impl PayoutStatus {
    pub fn is_final(self) -> bool {
        matches!(self, PayoutStatus::Completed | PayoutStatus::Failed)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            PayoutStatus::Requested => "requested",
            PayoutStatus::Unknown => "unknown",
            PayoutStatus::Review => "review",
            PayoutStatus::Pending => "pending",
            PayoutStatus::Completed => "completed",
            PayoutStatus::Failed => "failed",
        }
    }
}

/// One withdrawal as the journal keeps it. `id` is ours and travels to the
/// gateway where it can carry one, so a lost answer can be found again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Withdrawal {
    pub id: String,
    pub provider: String,
    pub provider_ref: Option<String>,
    pub asset: String,
    pub amount: Decimal,
    pub fee: Option<Decimal>,
    pub receive: Option<Decimal>,
    pub address: String,
    pub status: PayoutStatus,
    pub txid: Option<String>,
    pub failure: Option<String>,
    /// The invoice whose customer this money goes back to, for a refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_of: Option<String>,
    /// How it came to be, when not sent from here (a refund made in the
    /// gateway's dashboard and recorded by the owner).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(with = "crate::invoice::timestamp")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "crate::invoice::timestamp")]
    pub updated_at: DateTime<Utc>,
}

/// A gateway's answer about one withdrawal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GatewayWithdrawal {
    pub reference: String,
    pub status: PayoutStatus,
    pub fee: Option<Decimal>,
    pub receive: Option<Decimal>,
    pub txid: Option<String>,
}

impl Withdrawal {
    /// A new withdrawal, not sent yet, under a fresh id of ours.
    pub fn request(provider: &str, asset: &str, amount: Decimal, address: &str) -> Withdrawal {
        let now = crate::invoice::timestamp::now();
        Withdrawal {
            id: format!("W{}", crate::till::new_id()),
            provider: provider.to_string(),
            provider_ref: None,
            asset: asset.to_string(),
            amount,
            fee: None,
            receive: None,
            address: address.to_string(),
            status: PayoutStatus::Requested,
            txid: None,
            failure: None,
            refund_of: None,
            note: None,
            created_at: now,
            updated_at: now,
        }
    }

    /// Takes what the gateway says; a final status never reopens.
    pub fn apply(&mut self, answer: &GatewayWithdrawal) -> bool {
        let before = self.clone();
        if !self.status.is_final() {
            self.status = answer.status;
        }
        self.provider_ref = Some(answer.reference.clone());
        self.fee = answer.fee.or(self.fee);
        self.receive = answer.receive.or(self.receive);
        self.txid = answer.txid.clone().or(self.txid.take());
        let changed = *self != before;
        if changed {
            self.updated_at = crate::invoice::timestamp::now();
        }
        changed
    }
}

/// A gateway's balances and withdrawals. A gateway without withdrawals
/// says why in `withdrawals_unsupported` and implements `balances` only:
/// the rest then refuse with that reason.
#[async_trait]
pub trait Payouts: Send + Sync {
    async fn balances(&self) -> Result<Vec<Balance>, GatewayError>;

    /// Why this gateway takes no withdrawals from us, if it takes none.
    fn withdrawals_unsupported(&self) -> Option<Said> {
        None
    }

    /// The gateway's own check of an address, where it has one.
    async fn validate_address(&self, _asset: &str, _address: &str) -> Result<(), GatewayError> {
        Ok(())
    }

    async fn quote(&self, _asset: &str, _amount: Decimal) -> Result<Quote, GatewayError> {
        Err(unsupported(self))
    }

    /// Sends the withdrawal once; no retry can repeat it.
    async fn withdraw(&self, _w: &Withdrawal) -> Result<GatewayWithdrawal, GatewayError> {
        Err(unsupported(self))
    }

    /// The gateway's record of a withdrawal whose answer was lost, found by
    /// our id; `None` when the gateway has none.
    async fn find(&self, _w: &Withdrawal) -> Result<Option<GatewayWithdrawal>, GatewayError> {
        Err(unsupported(self))
    }

    /// The current state of a withdrawal the gateway acknowledged.
    async fn status(&self, _w: &Withdrawal) -> Result<GatewayWithdrawal, GatewayError> {
        Err(unsupported(self))
    }
}

fn unsupported<P: Payouts + ?Sized>(p: &P) -> GatewayError {
    GatewayError::Unsupported(p.withdrawals_unsupported().map_or_else(
        || "this gateway does not offer that".into(),
        |s| s.to_string(),
    ))
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PayoutError {
    #[error("{0} has no payout network we can check addresses for")]
    UnknownNetwork(String),
    #[error(transparent)]
    Address(#[from] address::AddressError),
    #[error(transparent)]
    Amount(Said),
    #[error("the amount is below the gateway's minimum withdrawal of {minimum} {asset}")]
    BelowMinimum { minimum: Decimal, asset: String },
    #[error("only {available} {asset} is available")]
    MoreThanAvailable { available: Decimal, asset: String },
    #[error("after the fee of {fee} {asset} nothing would arrive")]
    NothingArrives { fee: Decimal, asset: String },
}

impl PayoutError {
    /// The same words for the screens' catalogue.
    pub fn said(&self) -> Said {
        match self {
            PayoutError::UnknownNetwork(asset) => said!(
                "error-payout-network",
                "{asset} has no payout network we can check addresses for",
                asset = asset
            ),
            PayoutError::Address(e) => e.said(),
            PayoutError::Amount(said) => said.clone(),
            PayoutError::BelowMinimum { minimum, asset } => said!(
                "error-payout-minimum",
                "the amount is below the gateway's minimum withdrawal of {minimum} {asset}",
                minimum = minimum,
                asset = asset
            ),
            PayoutError::MoreThanAvailable { available, asset } => said!(
                "error-payout-available",
                "only {available} {asset} is available",
                available = available,
                asset = asset
            ),
            PayoutError::NothingArrives { fee, asset } => said!(
                "error-payout-nothing-arrives",
                "after the fee of {fee} {asset} nothing would arrive",
                fee = fee,
                asset = asset
            ),
        }
    }
}

/// The checks made before any request about a withdrawal leaves: the
/// address's format and checksum for the asset's network, and the amount's
/// form. Returns the amount.
pub fn check_request(asset: &str, amount: &str, address: &str) -> Result<Decimal, PayoutError> {
    let network =
        Network::of_asset(asset).ok_or_else(|| PayoutError::UnknownNetwork(asset.to_string()))?;
    address::check(network, address)?;
    let asset = Asset::parse(asset).map_err(|e| PayoutError::Amount(e.said()))?;
    asset
        .parse_amount(amount)
        .map_err(|e| PayoutError::Amount(e.said()))
}

impl Quote {
    /// How a fresh quote is worse for the owner than the one they were
    /// shown (another amount, a higher fee, less arriving), in words.
    pub fn changed_from(&self, shown: &Quote) -> Option<String> {
        let mut changes = Vec::new();
        if self.asset != shown.asset || self.amount != shown.amount {
            changes.push(format!(
                "{} {} leaves the balance, not {} {}",
                self.amount.normalize(),
                self.asset,
                shown.amount.normalize(),
                shown.asset
            ));
        }
        if self.fee > shown.fee {
            changes.push(format!(
                "the fee is {}, not {}",
                self.fee.normalize(),
                shown.fee.normalize()
            ));
        }
        if self.receive < shown.receive {
            changes.push(format!(
                "{} arrives, not {}",
                self.receive.normalize(),
                shown.receive.normalize()
            ));
        }
        (!changes.is_empty()).then(|| changes.join("; "))
    }

    /// Applies the gateway's review rule once the USD value is known: a
    /// stablecoin is worth its amount; another asset is priced by the
    /// caller (at the shop's latest sale, say) or stays unknown.
    pub fn with_usd_value(mut self, usd_per_unit: Option<Decimal>) -> Quote {
        let stable = self.asset.to_ascii_uppercase().starts_with("USDT")
            || self.asset.to_ascii_uppercase().starts_with("USDC");
        let per_unit = if stable {
            Some(Decimal::ONE)
        } else {
            usd_per_unit
        };
        self.usd_value = per_unit
            .and_then(|p| self.amount.checked_mul(p))
            .map(|v| v.round_dp(2));
        if let Some(limit) = self.review_over_usd {
            match self.usd_value {
                Some(v) => {
                    self.manual_review = v > limit;
                    if self.manual_review {
                        self.notes.push(said!(
                            "payout-note-review",
                            "Worth about {v} USD, over {limit} USD: the gateway reviews it by hand before sending it.",
                            v = v,
                            limit = limit
                        ));
                    }
                }
                None => self.notes.push(said!(
                    "payout-note-review-unknown",
                    "The gateway reviews withdrawals worth over {limit} USD by hand; this one's USD value is not known here.",
                    limit = limit
                )),
            }
        }
        self
    }
}

/// Checks a quote against the balance: above the minimum, within what is
/// available, and something left after the fee.
pub fn check_quote(quote: &Quote, available: Option<Decimal>) -> Result<(), PayoutError> {
    let asset = quote.asset.clone();
    if let Some(minimum) = quote.minimum {
        if quote.amount < minimum {
            return Err(PayoutError::BelowMinimum {
                minimum: minimum.normalize(),
                asset,
            });
        }
    }
    if let Some(available) = available {
        if quote.amount > available {
            return Err(PayoutError::MoreThanAvailable {
                available: available.normalize(),
                asset,
            });
        }
    }
    if quote.receive <= Decimal::ZERO {
        return Err(PayoutError::NothingArrives {
            fee: quote.fee.normalize(),
            asset,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn quote(amount: &str, fee: &str, minimum: Option<&str>) -> Quote {
        Quote {
            asset: "USDTTRC20".into(),
            amount: d(amount),
            fee: d(fee),
            receive: d(amount) - d(fee),
            minimum: minimum.map(d),
            review_over_usd: None,
            usd_value: None,
            manual_review: false,
            notes: vec![],
        }
    }

    #[test]
    fn a_mistyped_address_or_amount_is_refused_before_anything_is_sent() {
        let good = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
        assert_eq!(check_request("USDTTRC20", "12.5", good).unwrap(), d("12.5"));
        let typo = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u";
        assert!(matches!(
            check_request("USDTTRC20", "12.5", typo),
            Err(PayoutError::Address(_))
        ));
        assert!(matches!(
            check_request("BTC", "0.1", good),
            Err(PayoutError::Address(_))
        ));
        assert!(matches!(
            check_request("USDTTRC20", "-1", good),
            Err(PayoutError::Amount(_))
        ));
        assert!(matches!(
            check_request("DOGE", "1", good),
            Err(PayoutError::UnknownNetwork(_))
        ));
    }

    #[test]
    fn a_quote_below_the_minimum_names_it() {
        let e = check_quote(&quote("4", "1", Some("5")), None).unwrap_err();
        assert_eq!(
            e.to_string(),
            "the amount is below the gateway's minimum withdrawal of 5 USDTTRC20"
        );
        assert!(matches!(
            check_quote(&quote("50", "1", Some("5")), Some(d("20"))),
            Err(PayoutError::MoreThanAvailable { .. })
        ));
        assert!(matches!(
            check_quote(&quote("1", "1", None), None),
            Err(PayoutError::NothingArrives { .. })
        ));
        assert!(check_quote(&quote("20", "1", Some("5")), Some(d("20"))).is_ok());
    }

    #[test]
    fn the_review_rule_applies_to_the_usd_value() {
        let mut q = quote("600", "1", None);
        q.review_over_usd = Some(d("500"));
        let q = q.with_usd_value(None);
        assert!(q.manual_review);
        assert_eq!(q.usd_value, Some(d("600")));
        let mut btc = quote("0.01", "0.00005", None);
        btc.asset = "BTC".into();
        btc.review_over_usd = Some(d("500"));
        let unknown = btc.clone().with_usd_value(None);
        assert!(!unknown.manual_review && unknown.usd_value.is_none());
        assert!(unknown.notes[0].to_string().contains("not known"));
        let priced = btc.with_usd_value(Some(d("60000")));
        assert!(priced.manual_review);
        assert_eq!(priced.usd_value, Some(d("600.00")));
    }

    struct BalanceOnly;

    #[async_trait]
    impl Payouts for BalanceOnly {
        async fn balances(&self) -> Result<Vec<Balance>, GatewayError> {
            Ok(vec![])
        }

        fn withdrawals_unsupported(&self) -> Option<Said> {
            Some(said!(
                "payout-no-api",
                "withdraw from its dashboard",
                gateway = "Scan"
            ))
        }
    }

    #[tokio::test]
    async fn a_gateway_without_withdrawals_refuses_each_with_its_reason() {
        let p = BalanceOnly;
        let w = Withdrawal::request("scan", "BTC", d("0.01"), "bc1q");
        let refusals = [
            p.quote("BTC", d("1")).await.unwrap_err(),
            p.withdraw(&w).await.unwrap_err(),
            p.find(&w).await.unwrap_err(),
            p.status(&w).await.unwrap_err(),
        ];
        for e in refusals {
            assert_eq!(
                e,
                GatewayError::Unsupported("withdraw from its dashboard".into())
            );
        }
    }

    #[test]
    fn a_final_status_never_reopens() {
        let mut w = Withdrawal {
            status: PayoutStatus::Unknown,
            ..Withdrawal::request("fuse", "BTC", d("0.01"), "bc1q")
        };
        let mut answer = GatewayWithdrawal {
            reference: "r1".into(),
            status: PayoutStatus::Completed,
            fee: Some(d("0.0001")),
            receive: Some(d("0.0099")),
            txid: Some("tx".into()),
        };
        assert!(w.apply(&answer));
        assert_eq!(w.status, PayoutStatus::Completed);
        answer.status = PayoutStatus::Pending;
        w.apply(&answer);
        assert_eq!(w.status, PayoutStatus::Completed);
        assert_eq!(w.provider_ref.as_deref(), Some("r1"));
    }

    #[test]
    fn a_fresh_quote_worse_than_the_one_shown_says_how() {
        let shown = Quote {
            asset: "USDTTRC20".into(),
            amount: Decimal::from(50),
            fee: Decimal::ONE,
            receive: Decimal::from(49),
            minimum: None,
            review_over_usd: None,
            usd_value: None,
            manual_review: false,
            notes: vec![],
        };
        assert_eq!(shown.changed_from(&shown), None);
        let cheaper = Quote {
            fee: Decimal::ZERO,
            receive: Decimal::from(50),
            ..shown.clone()
        };
        assert_eq!(cheaper.changed_from(&shown), None);
        let dearer = Quote {
            fee: Decimal::TWO,
            receive: Decimal::from(48),
            ..shown.clone()
        };
        let said = dearer.changed_from(&shown).unwrap();
        assert!(
            said.contains("the fee is 2, not 1") && said.contains("48 arrives, not 49"),
            "{said}"
        );
        let other = Quote {
            amount: Decimal::from(60),
            ..shown.clone()
        };
        assert!(other.changed_from(&shown).unwrap().contains("60 USDTTRC20"));
    }
}

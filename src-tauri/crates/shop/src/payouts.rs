//! Money leaving the shop, for the CLI and the owner's screen alike: the
//! balances of every gateway, a withdrawal's quote, sending it once, and
//! looking up the ones whose outcome is not known yet.
//!
//! The order of a withdrawal is fixed: the address and amount are checked
//! here before any request; the quote and minimum come from the gateway;
//! the withdrawal is journaled (and claimed, so no other process looks it
//! up meanwhile) before it is sent; an answer that is lost is never
//! answered by sending again, only by asking the gateway for our id.

use crate::shop::Shop;
use chrono::{Duration, Utc};
use counterpay_core::invoice::timestamp;
use counterpay_core::payout::{
    check_quote, check_request, Balance, PayoutError, PayoutStatus, Quote, Withdrawal,
};
use counterpay_core::{said, Said};
use counterpay_core::{Actor, AuditEntry, GatewayError, Ledger, ProviderKind, TillError};
use rust_decimal::Decimal;
use serde::Serialize;

/// How long after the request a lookup that finds nothing is worth telling
/// the owner about; sooner, it may just not be listed yet.
const NOT_LISTED_AFTER: Duration = Duration::minutes(2);
const NOT_LISTED: &str =
    "the gateway does not list it: check its dashboard, then mark it sent or not sent";

#[derive(Debug, thiserror::Error)]
pub enum PayoutFailure {
    #[error(transparent)]
    Refused(#[from] PayoutError),
    #[error(transparent)]
    Gateway(#[from] GatewayError),
    #[error(transparent)]
    Till(#[from] TillError),
    #[error(transparent)]
    Journal(#[from] counterpay_journal::JournalError),
    #[error("withdrawal {id} of {amount} {asset} has an unknown outcome: look it up first (`counterpay withdrawals`, or the Withdrawals screen) so nothing is sent twice")]
    Unresolved {
        id: String,
        amount: Decimal,
        asset: String,
    },
    #[error(transparent)]
    Unsupported(Said),
    /// Another process is sending or looking up that withdrawal.
    #[error("{0}")]
    Busy(String),
    #[error(transparent)]
    Invalid(#[from] Said),
}

impl PayoutFailure {
    pub fn code(&self) -> &'static str {
        match self {
            PayoutFailure::Refused(_) => "payout_refused",
            PayoutFailure::Gateway(e) => e.code(),
            PayoutFailure::Till(e) => e.code(),
            PayoutFailure::Journal(_) => "journal",
            PayoutFailure::Unresolved { .. } => "payout_unresolved",
            PayoutFailure::Unsupported(_) => "payout_unsupported",
            PayoutFailure::Busy(_) => "busy",
            PayoutFailure::Invalid(_) => "invalid",
        }
    }
}

/// One gateway's balances, or why they could not be read.
#[derive(Debug, Clone, Serialize)]
pub struct ProviderBalances {
    pub provider: String,
    pub kind: ProviderKind,
    pub balances: Vec<Balance>,
    pub error: Option<Said>,
    /// Why this gateway takes no withdrawals from us, if it takes none.
    pub no_withdrawals: Option<Said>,
}

/// What the owner asks for: `amount` is a decimal or `all`.
#[derive(Debug, Clone)]
pub struct PayoutRequest {
    pub provider: Option<String>,
    pub asset: String,
    pub amount: String,
    pub address: String,
}

/// A quote checked against the balance, ready to confirm.
#[derive(Debug, Clone, Serialize)]
pub struct Checked {
    pub provider: String,
    pub address: String,
    pub available: Option<Decimal>,
    #[serde(flatten)]
    pub quote: Quote,
}

/// Why a gateway's balances could not be read: the gateway's refusal in
/// the catalogue's words where it has them.
fn unread(e: &PayoutFailure) -> Said {
    let said = match e {
        PayoutFailure::Gateway(g) => g.said(),
        PayoutFailure::Till(t) => t.said(),
        _ => None,
    };
    said.unwrap_or_else(|| Said::detail("payout-balances-unread", e))
}

impl Shop {
    pub async fn balances(
        &self,
        provider: Option<&str>,
    ) -> Result<Vec<ProviderBalances>, PayoutFailure> {
        let configs = match provider {
            Some(name) => vec![self.provider(Some(name))?],
            None => self.journal.providers()?,
        };
        let mut out = Vec::new();
        for cfg in configs {
            let (balances, error, no_withdrawals) = match self.payouts(&cfg.name).await {
                Ok(p) => match p.balances().await {
                    Ok(b) => (b, None, p.withdrawals_unsupported()),
                    Err(e) => (vec![], Some(unread(&e.into())), p.withdrawals_unsupported()),
                },
                Err(e) => (vec![], Some(unread(&e.into())), None),
            };
            out.push(ProviderBalances {
                provider: cfg.name,
                kind: cfg.kind,
                balances,
                error,
                no_withdrawals,
            });
        }
        Ok(out)
    }

    /// Everything checked that can be before a withdrawal is sent: the
    /// address (here, then by the gateway where it can), the amount, the
    /// minimum, the balance, the fee.
    pub async fn payout_quote(&self, req: &PayoutRequest) -> Result<Checked, PayoutFailure> {
        let asset = req.asset.trim().to_ascii_uppercase();
        let address = req.address.trim().to_string();
        let all = req.amount.trim().eq_ignore_ascii_case("all");
        let typed = check_request(&asset, if all { "1" } else { &req.amount }, &address)?;
        let cfg = self.provider(req.provider.as_deref())?;
        let payouts = self.payouts(&cfg.name).await?;
        if let Some(why) = payouts.withdrawals_unsupported() {
            return Err(PayoutFailure::Unsupported(why));
        }
        let available = payouts
            .balances()
            .await?
            .into_iter()
            .find(|b| b.account == "main" && b.asset.eq_ignore_ascii_case(&asset))
            .map(|b| b.available);
        let amount = if all {
            available.filter(|a| *a > Decimal::ZERO).ok_or_else(|| {
                PayoutError::Amount(said!(
                    "error-nothing-available",
                    "no {asset} is available",
                    asset = &asset
                ))
            })?
        } else {
            typed
        };
        payouts.validate_address(&asset, &address).await?;
        let quote = payouts
            .quote(&asset, amount)
            .await?
            .with_usd_value(self.usd_per_unit(&asset));
        check_quote(&quote, available)?;
        Ok(Checked {
            provider: cfg.name,
            address,
            available,
            quote,
        })
    }

    /// What one unit of `asset` sold for at the shop's latest USD sale.
    fn usd_per_unit(&self, asset: &str) -> Option<Decimal> {
        let inv = self.journal.latest_priced(asset, "USD").ok()??;
        let crypto = inv.amount_crypto.filter(|c| *c > Decimal::ZERO)?;
        inv.amount_fiat.checked_div(crypto)
    }

    /// Sends a withdrawal once, as the owner saw it checked: the gateway is
    /// asked for its quote again, and a different amount, a higher fee or
    /// less arriving is refused rather than sent.
    pub async fn withdraw(
        &self,
        shown: &Checked,
        actor: &Actor,
    ) -> Result<Withdrawal, PayoutFailure> {
        self.send(shown, None, actor).await
    }

    /// `withdraw`, for a withdrawal that is a refund of `refund_of` when
    /// given: journaled with the link, which caps it at what arrived.
    pub(crate) async fn send(
        &self,
        shown: &Checked,
        refund_of: Option<&str>,
        actor: &Actor,
    ) -> Result<Withdrawal, PayoutFailure> {
        let checked = self
            .payout_quote(&PayoutRequest {
                provider: Some(shown.provider.clone()),
                asset: shown.quote.asset.clone(),
                amount: shown.quote.amount.to_string(),
                address: shown.address.clone(),
            })
            .await?;
        if let Some(change) = checked.quote.changed_from(&shown.quote) {
            return Err(said!(
                "error-quote-changed",
                "the gateway's quote changed since it was checked ({change}): nothing was sent; check again",
                change = change
            )
            .into());
        }
        let checked = &checked;
        let payouts = self.payouts(&checked.provider).await?;
        let mut w = Withdrawal {
            fee: Some(checked.quote.fee),
            receive: Some(checked.quote.receive),
            refund_of: refund_of.map(str::to_string),
            ..Withdrawal::request(
                &checked.provider,
                &checked.quote.asset,
                checked.quote.amount,
                &checked.address,
            )
        };
        let _claim = self.journal.claim(&w.id).map_err(TillError::from)?;
        let requested = AuditEntry::new(
            actor,
            "withdrawal_requested",
            serde_json::json!({ "id": w.id, "provider": w.provider, "asset": w.asset,
                                "amount": w.amount, "fee": w.fee, "receive": w.receive,
                                "address": w.address, "refund_of": w.refund_of }),
        );
        if let Some(open) = self.journal.begin_withdrawal(&w, &requested)? {
            return Err(PayoutFailure::Unresolved {
                id: open.id,
                amount: open.amount.normalize(),
                asset: open.asset,
            });
        }
        match payouts.withdraw(&w).await {
            Ok(answer) => {
                w.apply(&answer);
            }
            Err(e) if e.outcome_unknown() => {
                w.status = PayoutStatus::Unknown;
                w.failure = Some(format!(
                    "the answer was lost ({e}); it is looked up, never sent again"
                ));
                w.updated_at = timestamp::now();
                self.journal.record_withdrawal(&w, None)?;
                self.look_up(&mut w, &*payouts).await?;
                return Ok(w);
            }
            Err(e) => {
                w.status = PayoutStatus::Failed;
                w.failure = Some(e.to_string());
                w.updated_at = timestamp::now();
            }
        }
        self.journal.record_withdrawal(&w, None)?;
        Ok(w)
    }

    /// Brings every withdrawal that is not final up to date; returns the
    /// ones that changed.
    pub async fn refresh_withdrawals(&self) -> Result<Vec<Withdrawal>, PayoutFailure> {
        let mut changed = Vec::new();
        for listed in self.journal.open_withdrawals()? {
            // Another process (or task) is sending or looking it up: its
            // record will be newer than ours.
            let Some(_claim) = self
                .journal
                .try_claim(&listed.id)
                .map_err(TillError::from)?
            else {
                continue;
            };
            let Some(mut w) = self.journal.withdrawal(&listed.id)? else {
                continue;
            };
            if w.status.is_final() {
                continue;
            }
            let payouts = match self.payouts(&w.provider).await {
                Ok(p) => p,
                Err(e) => {
                    tracing::warn!(withdrawal = %w.id, error = %e, "cannot reach its gateway");
                    continue;
                }
            };
            let before = w.clone();
            match w.status {
                PayoutStatus::Requested | PayoutStatus::Unknown => {
                    self.look_up(&mut w, &*payouts).await?;
                }
                _ => match payouts.status(&w).await {
                    Ok(answer) => {
                        if w.apply(&answer) {
                            self.journal.record_withdrawal(&w, None)?;
                        }
                    }
                    Err(e) => tracing::info!(withdrawal = %w.id, error = %e, "status not read"),
                },
            }
            if w != before {
                changed.push(w);
            }
        }
        Ok(changed)
    }

    /// The owner's word on a withdrawal the gateway cannot tell us about
    /// (a lost answer it cannot look up, or progress it does not report),
    /// after checking the gateway's dashboard.
    pub fn resolve_withdrawal(
        &self,
        id: &str,
        sent: bool,
        actor: &Actor,
    ) -> Result<Withdrawal, PayoutFailure> {
        let busy = || {
            PayoutFailure::Busy(format!(
                "withdrawal {id} is being sent or looked up right now: try again in a moment"
            ))
        };
        let _claim = self
            .journal
            .try_claim(id)
            .map_err(TillError::from)?
            .ok_or_else(busy)?;
        let mut w = self.journal.withdrawal(id)?.ok_or_else(|| {
            said!(
                "error-no-withdrawal",
                "there is no withdrawal {id}",
                id = id
            )
        })?;
        if w.status.is_final() {
            return Err(said!(
                "error-withdrawal-final",
                "withdrawal {id} is already {state}",
                id = id,
                state = w.status.as_str()
            )
            .into());
        }
        let (status, word) = if sent {
            (PayoutStatus::Completed, "sent")
        } else {
            (PayoutStatus::Failed, "not sent")
        };
        w.status = status;
        w.failure = Some(format!(
            "marked {word} by the owner after checking the gateway"
        ));
        w.updated_at = timestamp::now();
        let marked = AuditEntry::new(
            actor,
            "withdrawal_marked",
            serde_json::json!({ "id": w.id, "sent": sent }),
        );
        self.journal.record_withdrawal(&w, Some(&marked))?;
        Ok(w)
    }

    /// Asks the gateway for a withdrawal whose answer was lost, by our id.
    async fn look_up(
        &self,
        w: &mut Withdrawal,
        payouts: &dyn counterpay_core::payout::Payouts,
    ) -> Result<(), PayoutFailure> {
        let found = payouts.find(w).await;
        let changed = match found {
            Ok(Some(answer)) => {
                w.failure = None;
                w.apply(&answer);
                true
            }
            // Not listed may still mean not listed yet: only the owner,
            // with the gateway's dashboard, can say it was never sent.
            Ok(None) if Utc::now() - w.created_at >= NOT_LISTED_AFTER => {
                let new = w.failure.as_deref() != Some(NOT_LISTED);
                if new {
                    w.status = PayoutStatus::Unknown;
                    w.failure = Some(NOT_LISTED.into());
                    w.updated_at = timestamp::now();
                }
                new
            }
            Ok(None) => false,
            Err(GatewayError::Unsupported(why)) => {
                let note = format!("its outcome cannot be looked up here: {why}");
                let new = w.failure.as_deref() != Some(note.as_str());
                if new {
                    w.status = PayoutStatus::Unknown;
                    w.failure = Some(note);
                    w.updated_at = timestamp::now();
                }
                new
            }
            Err(e) => {
                tracing::info!(withdrawal = %w.id, error = %e, "lookup failed; tried again later");
                false
            }
        };
        if changed {
            self.journal.record_withdrawal(w, None)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unread_balances_are_said_in_the_gateways_words_or_the_apps() {
        let down = PayoutFailure::Gateway(GatewayError::Unavailable("HTTP 503".into()));
        let said = unread(&down);
        assert_eq!(said.id, "error-gateway-unavailable");
        assert_eq!(said.to_string(), down.to_string());
        let busy = PayoutFailure::Busy("another till is sending it".into());
        let said = unread(&busy);
        assert_eq!(said.id, "payout-balances-unread");
        assert_eq!(said.args["detail"], "another till is sending it");
    }
}

//! The till: takes a sale from typed amount to a live invoice and keeps the
//! journal in step with the gateway.

use crate::gateway::{CreateRequest, Currency, Gateway, GatewayError, GatewayInvoice};
use crate::invoice::{Applied, Invoice};
use crate::ledger::{EventKind, Ledger, LedgerError};
use crate::money::{AmountError, Asset, Fiat};
use crate::said;
use crate::said::{arg, Said};
use crate::status::{Flag, Status};
use async_trait::async_trait;
use rand::Rng;
use rust_decimal::Decimal;
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum TillError {
    #[error(transparent)]
    Amount(#[from] AmountError),
    #[error("{0}")]
    Invalid(String),
    /// Bad input, said also in the catalogue's words.
    #[error(transparent)]
    Refused(#[from] crate::Said),
    #[error(transparent)]
    Gateway(#[from] GatewayError),
    #[error(transparent)]
    Ledger(#[from] LedgerError),
    #[error("no invoice {0} in the journal")]
    UnknownInvoice(String),
    /// A provider that cannot be used (its name, and why).
    #[error("{1}")]
    Provider(String, String),
    #[error("order {order_id} already has invoice {id} for {amount} {fiat}; use another order id for a different sale")]
    OrderMismatch {
        order_id: String,
        id: String,
        amount: Decimal,
        fiat: String,
    },
    #[error("the gateway did not confirm invoice {id} ({cause}); the sale is kept and is checked again by `counterpay watch`")]
    Unresolved { id: String, cause: GatewayError },
}

impl TillError {
    /// The same words for the screens' catalogue, where it has them.
    pub fn said(&self) -> Option<Said> {
        let english = self.to_string();
        match self {
            TillError::Amount(a) => Some(a.said()),
            TillError::Refused(said) => Some(said.clone()),
            TillError::Gateway(g) => g.said(),
            TillError::Ledger(e) => Some(Said::detail("error-storage", e)),
            TillError::UnknownInvoice(id) => Some(Said::new(
                "error-unknown-invoice",
                english,
                [("id", arg(id))],
            )),
            TillError::Unresolved { id, .. } => {
                Some(Said::new("error-unresolved", english, [("id", arg(id))]))
            }
            TillError::Invalid(_) | TillError::Provider(..) | TillError::OrderMismatch { .. } => {
                None
            }
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            TillError::Amount(_) => "bad_amount",
            TillError::Invalid(_) | TillError::Refused(_) => "invalid",
            TillError::Gateway(e) => e.code(),
            TillError::Ledger(_) => "journal",
            TillError::UnknownInvoice(_) => "unknown_invoice",
            TillError::Provider(..) => "provider",
            TillError::OrderMismatch { .. } => "order_mismatch",
            TillError::Unresolved { .. } => "unresolved",
        }
    }
}

/// Hands the till a client for a configured provider by name.
#[async_trait]
pub trait GatewayDirectory: Send + Sync {
    async fn gateway(&self, provider: &str) -> Result<Arc<dyn Gateway>, TillError>;
}

#[derive(Debug, Clone)]
pub struct ChargeRequest {
    pub provider: String,
    pub amount: String,
    pub fiat: String,
    pub currency: String,
    pub order_id: Option<String>,
    pub note: Option<String>,
    /// How long the customer has to pay; `None` leaves it to the gateway.
    pub expiry_minutes: Option<u32>,
    /// Who takes the sale: their name.
    pub cashier: Option<String>,
    /// And their staff id, where the till has staff accounts.
    pub staff_id: Option<String>,
    /// The priced cart, when the sale was rung up from lines: `amount`
    /// must be its total.
    pub sale: Option<crate::sale::Sale>,
}

pub struct Till {
    ledger: Arc<dyn Ledger>,
    gateways: Arc<dyn GatewayDirectory>,
    /// What this till's order ids start with (see `reconcile`).
    order_prefix: String,
}

/// Reads of an order after a lost create answer: a few, since the gateway
/// may list a fresh invoice a moment late.
const RECONCILE_ATTEMPTS: u32 = 3;
const RECONCILE_PAUSE: Duration = Duration::from_millis(300);
const MAX_NOTE_CHARS: usize = 200;
const MAX_ORDER_ID_CHARS: usize = 64;
const MAX_CASHIER_CHARS: usize = 32;

impl Till {
    pub fn new(ledger: Arc<dyn Ledger>, gateways: Arc<dyn GatewayDirectory>) -> Self {
        Till {
            ledger,
            gateways,
            order_prefix: "cp-".into(),
        }
    }

    /// Order ids made from now on name this till, so that a gateway
    /// account shared by several tills can be reconciled.
    pub fn for_till(mut self, till_id: &str) -> Self {
        self.order_prefix = crate::reconcile::order_prefix(till_id);
        self
    }

    pub fn ledger(&self) -> &Arc<dyn Ledger> {
        &self.ledger
    }

    /// Validates, journals the intent, creates the invoice at the gateway
    /// and journals the answer. One order id never yields two invoices.
    pub async fn charge(&self, req: ChargeRequest) -> Result<Invoice, TillError> {
        let fiat = Fiat::parse(&req.fiat)?;
        let amount = fiat.parse_amount(&req.amount)?;
        let asset = Asset::parse(&req.currency)?;
        let note = clean_text(req.note.as_deref(), "note", MAX_NOTE_CHARS)?;
        let cashier = clean_text(req.cashier.as_deref(), "cashier", MAX_CASHIER_CHARS)?;
        let order_id = match clean_text(req.order_id.as_deref(), "order id", MAX_ORDER_ID_CHARS)? {
            Some(o) => o,
            None => format!("{}{}", self.order_prefix, new_id().to_ascii_lowercase()),
        };
        if let Some(existing) = self.ledger.live_by_order(&order_id)? {
            return same_sale(existing, &order_id, amount, &fiat);
        }
        let gateway = self.gateways.gateway(&req.provider).await?;
        check_limits(gateway.as_ref(), &asset, amount, &fiat).await?;

        let mut invoice = Invoice::intent(
            new_id(),
            req.provider.clone(),
            order_id.clone(),
            fiat.code().to_string(),
            amount,
            asset.code().to_string(),
            note.clone(),
        );
        invoice.cashier = cashier;
        invoice.staff_id = req.staff_id.clone();
        if let Some(sale) = req.sale.clone() {
            if sale.total != amount {
                return Err(said!(
                    "error-items-total",
                    "the items come to {total} {fiat}, not {amount} {fiat}: leave the amount out or correct it",
                    total = sale.total,
                    amount = amount,
                    fiat = fiat.code()
                )
                .into());
            }
            invoice.ring_up(sale);
        }
        let retrying = self.ledger.has_failed_attempt(&order_id)?;
        // Held until the answer is journaled, so no watcher reconciles an
        // intent whose create is still on its way.
        let _claim = self.ledger.claim(&invoice.id)?;
        match self.ledger.append(EventKind::Intent, &invoice) {
            Err(LedgerError::DuplicateOrder(_)) => {
                // Another till process won the race for this order.
                let existing = self
                    .ledger
                    .live_by_order(&order_id)?
                    .ok_or_else(|| TillError::Invalid(format!("order {order_id} is busy")))?;
                return same_sale(existing, &order_id, amount, &fiat);
            }
            other => other?,
        }
        if retrying {
            if let Ok(Some(found)) = gateway.find_by_order_id(&order_id).await {
                return self.adopt(invoice, &found);
            }
        }
        let create = CreateRequest {
            order_id: order_id.clone(),
            fiat: fiat.code().to_string(),
            amount_fiat: amount,
            currency: asset.code().to_string(),
            description: note,
            expiry_minutes: req.expiry_minutes,
        };
        match gateway.create(&create).await {
            Ok(answer) => {
                invoice.apply(&answer);
                self.ledger.append(EventKind::Created, &invoice)?;
                tracing::info!(invoice = %invoice.id, provider = %invoice.provider,
                    amount = %invoice.amount_fiat, fiat = %invoice.fiat, "invoice created");
                Ok(invoice)
            }
            Err(cause) if cause.outcome_unknown() => {
                self.reconcile(gateway.as_ref(), invoice, cause).await
            }
            Err(cause) => {
                tracing::warn!(invoice = %invoice.id, provider = %invoice.provider,
                    error = %cause, "the gateway refused the invoice");
                invoice.fail(cause.to_string());
                self.ledger.append(EventKind::Failed, &invoice)?;
                Err(cause.into())
            }
        }
    }

    /// Heals an intent whose create answer was lost: adopt what the gateway
    /// has for the order, or mark the attempt failed when it has nothing.
    async fn reconcile(
        &self,
        gateway: &dyn Gateway,
        mut invoice: Invoice,
        cause: GatewayError,
    ) -> Result<Invoice, TillError> {
        let mut last_error = cause.clone();
        for attempt in 1..=RECONCILE_ATTEMPTS {
            match gateway.find_by_order_id(&invoice.order_id).await {
                Ok(Some(found)) => return self.adopt(invoice, &found),
                Ok(None) if attempt == RECONCILE_ATTEMPTS => {
                    invoice.fail(format!("the gateway did not create the invoice ({cause})"));
                    self.ledger.append(EventKind::Failed, &invoice)?;
                    return Err(cause.into());
                }
                Ok(None) => {}
                Err(e) => last_error = e,
            }
            tokio::time::sleep(RECONCILE_PAUSE).await;
        }
        Err(TillError::Unresolved {
            id: invoice.id,
            cause: last_error,
        })
    }

    /// Journals what the gateway holds for an intent of this till whose
    /// create answer never came, found by the end-of-day reconciliation.
    pub fn adopt_found(&self, id: &str, found: &GatewayInvoice) -> Result<Invoice, TillError> {
        let _claim = self.ledger.claim(id)?;
        let mut invoice = self.invoice(id)?;
        if invoice.provider_ref.is_some() {
            // Adopted already, by this run or another.
            return Ok(invoice);
        }
        if invoice.status == Status::Failed {
            invoice.status = Status::Pending;
            invoice.failure = None;
        }
        invoice.flags.insert(Flag::FoundByReconciliation);
        self.adopt(invoice, found)
    }

    fn adopt(&self, mut invoice: Invoice, found: &GatewayInvoice) -> Result<Invoice, TillError> {
        invoice.apply(found);
        self.ledger.append(EventKind::Adopted, &invoice)?;
        Ok(invoice)
    }

    /// What the provider's gateway takes, with limits.
    pub async fn currencies(&self, provider: &str) -> Result<Vec<Currency>, TillError> {
        let gateway = self.gateways.gateway(provider).await?;
        Ok(gateway.currencies().await?)
    }

    pub fn invoice(&self, id: &str) -> Result<Invoice, TillError> {
        self.ledger
            .invoice(id)?
            .ok_or_else(|| TillError::UnknownInvoice(id.to_string()))
    }

    /// Asks the gateway about one invoice and journals what changed.
    /// Returns the invoice and whether it changed.
    pub async fn refresh(&self, id: &str) -> Result<(Invoice, bool), TillError> {
        let mut invoice = self.invoice(id)?;
        let gateway = self.gateways.gateway(&invoice.provider).await?;
        let Some(reference) = invoice.provider_ref.clone() else {
            if !invoice.is_open() || self.ledger.is_claimed(id) {
                return Ok((invoice, false));
            }
            let cause = GatewayError::Unavailable("the create answer was lost".into());
            return match self.reconcile(gateway.as_ref(), invoice, cause).await {
                Ok(inv) => Ok((inv, true)),
                Err(TillError::Gateway(_)) => Ok((self.invoice(id)?, true)),
                Err(e) => Err(e),
            };
        };
        let answer = gateway.status(&reference).await?;
        match invoice.apply(&answer) {
            Applied::Changed => {
                self.ledger.append(EventKind::Updated, &invoice)?;
                Ok((invoice, true))
            }
            Applied::Unchanged => Ok((invoice, false)),
            Applied::Refused { from, to } => {
                tracing::warn!(id, %from, %to, "gateway reported an illegal status move; kept ours");
                Ok((invoice, false))
            }
        }
    }

    /// Marks an underpaid or expired invoice paid by hand at its gateway,
    /// with the transaction that paid it (money the gateway did not match,
    /// such as a payment from an exchange in two parts). Journaled with the
    /// `confirmed_manually` flag; who and why go on the audit trail.
    pub async fn confirm_manually(&self, id: &str, txid: &str) -> Result<Invoice, TillError> {
        let mut invoice = self.invoice(id)?;
        if !matches!(invoice.status, Status::Underpaid | Status::Expired) {
            return Err(said!(
                "error-confirm-status",
                "invoice {id} is {status}: only an underpaid or expired invoice is confirmed by hand",
                id = id,
                status = invoice.status
            )
            .into());
        }
        let txid = txid.trim();
        if txid.is_empty() || txid.len() > 200 || txid.chars().any(char::is_control) {
            return Err(said!(
                "error-txid",
                "give the transaction id (txid) that paid the invoice"
            )
            .into());
        }
        let reference = invoice
            .provider_ref
            .clone()
            .ok_or_else(|| TillError::Invalid(format!("invoice {id} never reached its gateway")))?;
        let gateway = self.gateways.gateway(&invoice.provider).await?;
        let _claim = self.ledger.claim(&invoice.id)?;
        let answer = gateway.confirm_manually(&reference, txid).await?;
        let before = invoice.flags.clone();
        invoice.apply(&answer);
        // Paid by the owner's word, not by money seen late or in parts.
        invoice
            .flags
            .retain(|f| before.contains(f) || !matches!(f, Flag::PaidLate | Flag::PaidInParts));
        invoice.flags.insert(Flag::ConfirmedManually);
        invoice.txid.get_or_insert_with(|| txid.to_string());
        self.ledger.append(EventKind::Updated, &invoice)?;
        Ok(invoice)
    }

    /// The cashier calls off a sale that is still waiting for money. The
    /// gateway is not told (none of ours can cancel); money that arrives
    /// anyway still reaches the invoice, flagged paid late.
    pub fn cancel(&self, id: &str) -> Result<Invoice, TillError> {
        let mut invoice = self.invoice(id)?;
        if invoice.status != Status::Pending {
            return Err(said!(
                "error-cancel-status",
                "invoice {id} is {status} and can no longer be cancelled",
                id = id,
                status = invoice.status
            )
            .into());
        }
        invoice.status = Status::Cancelled;
        invoice.updated_at = crate::invoice::timestamp::now();
        self.ledger.append(EventKind::Updated, &invoice)?;
        Ok(invoice)
    }

    /// Closes an invoice the gateway still shows as waiting although its
    /// expiry time has passed: the customer can no longer be expected to
    /// pay it. A payment that arrives later still reaches it (paid late).
    pub fn expire_locally(&self, id: &str) -> Result<Invoice, TillError> {
        let mut invoice = self.invoice(id)?;
        if invoice.status != Status::Pending {
            return Ok(invoice);
        }
        invoice.status = Status::Expired;
        invoice.updated_at = crate::invoice::timestamp::now();
        self.ledger.append(EventKind::Updated, &invoice)?;
        Ok(invoice)
    }

    pub fn open_count(&self) -> Result<usize, TillError> {
        Ok(self.ledger.open_invoices()?.len())
    }
}

fn same_sale(
    existing: Invoice,
    order_id: &str,
    amount: Decimal,
    fiat: &Fiat,
) -> Result<Invoice, TillError> {
    if existing.amount_fiat == amount && existing.fiat == fiat.code() {
        Ok(existing)
    } else {
        Err(TillError::OrderMismatch {
            order_id: order_id.to_string(),
            id: existing.id,
            amount: existing.amount_fiat,
            fiat: existing.fiat,
        })
    }
}

/// Checks the amount against the gateway's limits for the asset. When the
/// list cannot be had, the sale goes on and the gateway decides.
async fn check_limits(
    gateway: &dyn Gateway,
    asset: &Asset,
    amount: Decimal,
    fiat: &Fiat,
) -> Result<(), TillError> {
    if let Some(fiats) = gateway.pricing_fiats() {
        if !fiats.contains(&fiat.code()) {
            return Err(said!(
                "error-gateway-fiat",
                "this gateway prices in {only} only, not {fiat}: charge in {either} or use another provider",
                only = fiats.join(", "),
                fiat = fiat.code(),
                either = fiats.join(" or ")
            )
            .into());
        }
    }
    let currencies = match gateway.currencies().await {
        Ok(c) => c,
        Err(e) => {
            tracing::warn!(error = %e, "currency list unavailable; the gateway will check limits");
            return Ok(());
        }
    };
    let Some(currency) = currencies.iter().find(|c| c.code == asset.code()) else {
        let offered: Vec<&str> = currencies.iter().map(|c| c.code.as_str()).collect();
        return Err(said!(
            "error-asset-not-offered",
            "{asset} is not offered by this gateway; it offers {offered}",
            asset = asset.code(),
            offered = offered.join(", ")
        )
        .into());
    };
    if currency.limits_fiat.as_deref() != Some(fiat.code()) {
        return Ok(());
    }
    if let Some(min) = currency.min_amount_fiat {
        if amount < min {
            return Err(said!(
                "error-below-minimum",
                "{amount} {fiat} is below the smallest {asset} payment this gateway takes ({min} {fiat})",
                amount = amount,
                fiat = fiat.code(),
                asset = asset.code(),
                min = fiat.normalize(min)
            )
            .into());
        }
    }
    if let Some(max) = currency.max_amount_fiat {
        if amount > max {
            return Err(said!(
                "error-above-maximum",
                "{amount} {fiat} is above the largest {asset} payment this gateway takes ({max} {fiat})",
                amount = amount,
                fiat = fiat.code(),
                asset = asset.code(),
                max = fiat.normalize(max)
            )
            .into());
        }
    }
    Ok(())
}

/// `what`: `note`, `cashier` or `order id`, which the catalogue's messages
/// choose by.
fn clean_text(
    text: Option<&str>,
    what: &'static str,
    max: usize,
) -> Result<Option<String>, TillError> {
    let Some(t) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    // The catalogue's messages choose by a key without spaces.
    let key = arg(&what.replace(' ', "-"));
    if t.chars().count() > max {
        return Err(Said::new(
            "error-text-long",
            format!("the {what} is too long (at most {max} characters)"),
            [("what", key), ("max", arg(&max))],
        )
        .into());
    }
    if t.chars().any(char::is_control) {
        return Err(Said::new(
            "error-text-control",
            format!("the {what} contains control characters"),
            [("what", key)],
        )
        .into());
    }
    Ok(Some(t.to_string()))
}

/// A short id read out over the counter: 10 characters of Crockford base32
/// (no I, L, O, U), about 50 random bits.
pub fn new_id() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut rng = rand::rng();
    (0..10)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_and_unambiguous() {
        let id = new_id();
        assert_eq!(id.len(), 10);
        assert!(id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() && !"ILOU".contains(c)));
        assert_ne!(new_id(), new_id());
    }

    #[test]
    fn notes_and_order_ids_are_checked() {
        assert_eq!(clean_text(Some("  "), "note", 10).unwrap(), None);
        assert_eq!(
            clean_text(Some(" table 4 "), "note", 10)
                .unwrap()
                .as_deref(),
            Some("table 4")
        );
        assert!(clean_text(Some("x".repeat(11).as_str()), "note", 10).is_err());
        assert!(clean_text(Some("a\u{7}b"), "note", 10).is_err());
    }
}

//! The invoice as the till knows it, and how a gateway's view of it is
//! folded in.

use crate::gateway::GatewayInvoice;
use crate::money::Asset;
use crate::payment_uri::payment_uri;
use crate::sale::{Sale, SaleLine};
use crate::status::{Flag, Status};
use chrono::{DateTime, SecondsFormat, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Timestamps are kept to the millisecond and always written in one fixed
/// RFC 3339 form, so that text order is time order in the journal's indexes.
pub mod timestamp {
    use super::*;
    use serde::{Deserializer, Serializer};

    pub fn format(t: &DateTime<Utc>) -> String {
        t.to_rfc3339_opts(SecondsFormat::Millis, true)
    }

    pub fn parse(s: &str) -> Option<DateTime<Utc>> {
        DateTime::parse_from_rfc3339(s)
            .ok()
            .map(|t| truncate(t.with_timezone(&Utc)))
    }

    pub fn truncate(t: DateTime<Utc>) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(t.timestamp_millis()).unwrap_or(t)
    }

    pub fn now() -> DateTime<Utc> {
        truncate(Utc::now())
    }

    pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format(t))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        let text = String::deserialize(d)?;
        parse(&text).ok_or_else(|| serde::de::Error::custom(format!("bad timestamp {text}")))
    }

    pub mod option {
        use super::*;

        pub fn serialize<S: Serializer>(
            t: &Option<DateTime<Utc>>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            match t {
                Some(t) => s.serialize_some(&format(t)),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<DateTime<Utc>>, D::Error> {
            match Option::<String>::deserialize(d)? {
                None => Ok(None),
                Some(text) => parse(&text)
                    .map(Some)
                    .ok_or_else(|| serde::de::Error::custom(format!("bad timestamp {text}"))),
            }
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confirmations {
    pub received: u32,
    pub required: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invoice {
    /// Our own id, short enough to read out over the counter.
    pub id: String,
    /// The configured provider's name (not its kind).
    pub provider: String,
    /// The gateway's id; `None` while the intent has no answer yet.
    pub provider_ref: Option<String>,
    pub order_id: String,
    pub status: Status,
    pub flags: BTreeSet<Flag>,
    pub fiat: String,
    pub amount_fiat: Decimal,
    pub currency: String,
    pub amount_crypto: Option<Decimal>,
    pub paid_crypto: Decimal,
    pub address: Option<String>,
    pub payment_uri: Option<String>,
    pub checkout_url: Option<String>,
    pub confirmations: Confirmations,
    pub txid: Option<String>,
    pub note: Option<String>,
    /// The cart, when the sale was rung up from lines (`sale.rs` has the
    /// rules); `amount_fiat` is then its total, tip included. Absent on a
    /// typed amount.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<SaleLine>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtotal: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount: Option<Decimal>,
    /// The customer's tip: in `amount_fiat`, never in a sales total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tip: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prices_include_tax: Option<bool>,
    /// Who took the sale at the counter: their name at the time.
    #[serde(default)]
    pub cashier: Option<String>,
    /// The staff member who took it, once the till has staff accounts.
    #[serde(default)]
    pub staff_id: Option<String>,
    /// When the money was settled (paid or underpaid): takings count on
    /// this day, even for a payment that came after expiry.
    #[serde(default, with = "timestamp::option")]
    pub paid_at: Option<DateTime<Utc>>,
    /// Why a failed invoice failed, in words a cashier can act on.
    pub failure: Option<String>,
    #[serde(with = "timestamp")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "timestamp::option")]
    pub expires_at: Option<DateTime<Utc>>,
    #[serde(with = "timestamp")]
    pub updated_at: DateTime<Utc>,
}

/// What folding a gateway's answer into an invoice did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    Unchanged,
    Changed,
    /// The gateway claimed a move our state machine forbids (say paid back
    /// to pending); the invoice kept its status and took nothing else.
    Refused {
        from: Status,
        to: Status,
    },
}

impl Invoice {
    /// An intent: written to the journal before the gateway is asked.
    pub fn intent(
        id: String,
        provider: String,
        order_id: String,
        fiat: String,
        amount_fiat: Decimal,
        currency: String,
        note: Option<String>,
    ) -> Self {
        let now = timestamp::now();
        Invoice {
            id,
            provider,
            provider_ref: None,
            order_id,
            status: Status::Pending,
            flags: BTreeSet::new(),
            fiat,
            amount_fiat,
            currency,
            amount_crypto: None,
            paid_crypto: Decimal::ZERO,
            address: None,
            payment_uri: None,
            checkout_url: None,
            confirmations: Confirmations::default(),
            txid: None,
            note,
            lines: Vec::new(),
            subtotal: None,
            tax: None,
            discount: None,
            tip: None,
            prices_include_tax: None,
            cashier: None,
            staff_id: None,
            paid_at: None,
            failure: None,
            created_at: now,
            expires_at: None,
            updated_at: now,
        }
    }

    pub fn is_open(&self) -> bool {
        self.status.is_open()
    }

    /// Takes a priced cart's lines and figures; its total is the amount.
    pub fn ring_up(&mut self, sale: Sale) {
        self.amount_fiat = sale.total;
        self.lines = sale.lines;
        self.subtotal = Some(sale.subtotal);
        self.tax = Some(sale.tax);
        self.discount = Some(sale.discount);
        self.tip = Some(sale.tip);
        self.prices_include_tax = Some(sale.prices_include_tax);
    }

    /// The crypto the customer was asked for; what arrived, when the
    /// gateway never said.
    pub fn asked_crypto(&self) -> Decimal {
        self.amount_crypto.unwrap_or(self.paid_crypto)
    }

    /// What the sale itself brought in: the amount without the tip, which
    /// is the staff's, not takings.
    pub fn sales_amount(&self) -> Decimal {
        self.amount_fiat - self.tip.unwrap_or_default()
    }

    /// Folds the gateway's view in. Returns what changed so the caller
    /// journals only real changes.
    pub fn apply(&mut self, gw: &GatewayInvoice) -> Applied {
        if self.no_money_yet(gw.status) {
            return Applied::Unchanged;
        }
        if !self.status.can_become(gw.status) {
            return Applied::Refused {
                from: self.status,
                to: gw.status,
            };
        }
        let before = self.clone();
        let was_closed_unpaid = matches!(self.status, Status::Expired | Status::Cancelled);
        self.provider_ref = Some(gw.provider_ref.clone());
        self.status = gw.status;
        self.flags.extend(gw.flags.iter().copied());
        if was_closed_unpaid && gw.status != before.status {
            self.flags.insert(Flag::PaidLate);
        }
        // Money had arrived before (an underpaid answer set `paid_at`, which
        // a confirming step in between keeps): the rest made it whole.
        if gw.status == Status::Paid && before.status != Status::Paid && before.paid_at.is_some() {
            self.flags.insert(Flag::PaidInParts);
        }
        if let Some(currency) = &gw.currency {
            self.currency = currency.clone();
        }
        if gw.amount_crypto.is_some() {
            self.amount_crypto = gw.amount_crypto;
        }
        if let Some(paid) = gw.paid_crypto {
            self.paid_crypto = paid;
        }
        if gw.address.is_some() {
            self.address = gw.address.clone();
        }
        if gw.checkout_url.is_some() {
            self.checkout_url = gw.checkout_url.clone();
        }
        if let Some(c) = gw.confirmations {
            self.confirmations = c;
        }
        if gw.txid.is_some() {
            self.txid = gw.txid.clone();
        }
        if gw.expires_at.is_some() {
            self.expires_at = gw.expires_at;
        }
        if let (Some(address), Ok(asset)) = (&self.address, Asset::parse(&self.currency)) {
            self.payment_uri = Some(payment_uri(&asset, address, self.amount_crypto));
        }
        if *self == before {
            Applied::Unchanged
        } else {
            self.updated_at = timestamp::now();
            if matches!(self.status, Status::Paid | Status::Underpaid)
                && self.status != before.status
            {
                self.paid_at = Some(self.updated_at);
            }
            Applied::Changed
        }
    }

    /// An invoice closed here without money (expired, or cancelled at the
    /// counter) that the gateway still shows waiting or expired, or an
    /// underpaid one whose window the gateway has since closed: nothing
    /// new has arrived, which is no conflict worth a warning.
    fn no_money_yet(&self, gateway_says: Status) -> bool {
        let closed_unpaid = matches!(self.status, Status::Expired | Status::Cancelled)
            && gateway_says != self.status
            && matches!(
                gateway_says,
                Status::Pending | Status::Expired | Status::Cancelled
            );
        closed_unpaid || (self.status == Status::Underpaid && gateway_says == Status::Expired)
    }

    /// When the invoice last changed status, for a closed one: the start
    /// of its monitoring window.
    pub fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.status.is_monitored().then_some(self.updated_at)
    }

    /// Marks an attempt that never became a live invoice at the gateway.
    pub fn fail(&mut self, reason: impl Into<String>) {
        self.status = Status::Failed;
        self.failure = Some(reason.into());
        self.updated_at = timestamp::now();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn intent() -> Invoice {
        Invoice::intent(
            "ABC".into(),
            "demo".into(),
            "o-1".into(),
            "USD".into(),
            Decimal::from_str("12.50").unwrap(),
            "BTC".into(),
            None,
        )
    }

    fn answer(status: Status) -> GatewayInvoice {
        GatewayInvoice {
            order_id: Some("o-1".into()),
            currency: Some("BTC".into()),
            amount_crypto: Some(Decimal::from_str("0.0002").unwrap()),
            address: Some("bc1qaddr".into()),
            ..GatewayInvoice::bare("tx-1", status)
        }
    }

    #[test]
    fn applying_the_create_answer_fills_the_payment_details() {
        let mut inv = intent();
        assert_eq!(inv.apply(&answer(Status::Pending)), Applied::Changed);
        assert_eq!(inv.provider_ref.as_deref(), Some("tx-1"));
        assert_eq!(
            inv.payment_uri.as_deref(),
            Some("bitcoin:bc1qaddr?amount=0.0002")
        );
        assert_eq!(inv.apply(&answer(Status::Pending)), Applied::Unchanged);
    }

    #[test]
    fn a_gateway_cannot_unpay_an_invoice() {
        let mut inv = intent();
        inv.apply(&answer(Status::Paid));
        let before = inv.clone();
        assert_eq!(
            inv.apply(&answer(Status::Pending)),
            Applied::Refused {
                from: Status::Paid,
                to: Status::Pending
            }
        );
        assert_eq!(inv, before);
    }

    #[test]
    fn the_day_money_settles_is_kept() {
        let mut inv = intent();
        inv.apply(&answer(Status::Confirming));
        assert_eq!(inv.paid_at, None);
        inv.apply(&answer(Status::Underpaid));
        assert!(inv.paid_at.is_some());
        // The rest arrives a day later: the money settles that day.
        let yesterday = inv.updated_at - chrono::Duration::days(1);
        (inv.paid_at, inv.updated_at) = (Some(yesterday), yesterday);
        inv.apply(&answer(Status::Paid));
        assert!(inv.paid_at.unwrap() > yesterday);
        assert_eq!(inv.paid_at, Some(inv.updated_at));
    }

    #[test]
    fn money_after_expiry_is_flagged_paid_late() {
        let mut inv = intent();
        inv.apply(&answer(Status::Expired));
        inv.apply(&answer(Status::Confirming));
        assert!(inv.flags.contains(&Flag::PaidLate));
        inv.apply(&answer(Status::Paid));
        assert_eq!(inv.status, Status::Paid);
        assert!(inv.flags.contains(&Flag::PaidLate));
    }

    #[test]
    fn the_rest_of_an_underpaid_invoice_completes_it_in_parts() {
        let mut inv = intent();
        inv.apply(&answer(Status::Underpaid));
        assert!(!inv.flags.contains(&Flag::PaidInParts));
        // A second payment that is still short, seen confirming first.
        assert_eq!(inv.apply(&answer(Status::Confirming)), Applied::Changed);
        assert_eq!(inv.apply(&answer(Status::Underpaid)), Applied::Changed);
        assert!(
            !inv.flags.contains(&Flag::PaidInParts),
            "still short is not paid in parts"
        );
        assert_eq!(inv.apply(&answer(Status::Confirming)), Applied::Changed);
        assert_eq!(inv.apply(&answer(Status::Paid)), Applied::Changed);
        assert_eq!(inv.status, Status::Paid);
        assert!(inv.flags.contains(&Flag::PaidInParts));
        assert!(!inv.flags.contains(&Flag::PaidLate));
    }

    #[test]
    fn a_closed_invoice_the_gateway_still_shows_waiting_has_no_money_yet() {
        for closed in [Status::Expired, Status::Cancelled] {
            let mut inv = intent();
            inv.apply(&answer(Status::Pending));
            inv.status = closed;
            let before = inv.clone();
            assert_eq!(inv.apply(&answer(Status::Pending)), Applied::Unchanged);
            assert_eq!(inv.apply(&answer(Status::Expired)), Applied::Unchanged);
            assert_eq!(inv, before);
            assert_eq!(inv.closed_at(), Some(inv.updated_at));
        }
        let mut short = intent();
        short.apply(&answer(Status::Underpaid));
        let before = short.clone();
        assert_eq!(short.apply(&answer(Status::Expired)), Applied::Unchanged);
        assert_eq!(short, before, "an underpaid invoice stays underpaid");
        let mut paid = intent();
        paid.apply(&answer(Status::Paid));
        assert_eq!(paid.closed_at(), None);
        assert!(matches!(
            paid.apply(&answer(Status::Pending)),
            Applied::Refused { .. }
        ));
    }

    #[test]
    fn amounts_serialize_as_decimal_strings() {
        let json = serde_json::to_value(intent()).unwrap();
        assert_eq!(json["amount_fiat"], "12.50");
        assert_eq!(json["paid_crypto"], "0");
        assert!(json["created_at"].as_str().unwrap().ends_with('Z'));
        let back: Invoice = serde_json::from_value(json).unwrap();
        assert_eq!(back, intent_with_times(&back));
    }

    fn intent_with_times(other: &Invoice) -> Invoice {
        let mut inv = intent();
        inv.created_at = other.created_at;
        inv.updated_at = other.updated_at;
        inv
    }
}

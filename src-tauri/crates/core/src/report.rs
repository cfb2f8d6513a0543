//! Takings over a set of invoices: what was paid, in which fiat and asset,
//! through which gateway, and how many invoices ended in each status.

use crate::invoice::Invoice;
use crate::status::{Flag, Status};
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Total {
    pub amount: Decimal,
    pub count: u64,
}

impl Total {
    /// Adds one amount. Gateway amounts are bounded where they enter, so
    /// no real sum overflows; one that would is left out and logged,
    /// never a panic in a report or a shift close.
    pub fn add(&mut self, amount: Decimal) {
        match self.amount.checked_add(amount) {
            Some(sum) => {
                self.amount = sum;
                self.count += 1;
            }
            None => {
                tracing::error!(%amount, total = %self.amount, "an amount too large to add was left out")
            }
        }
    }

    /// Adds another total's amount and count.
    pub fn merge(&mut self, other: &Total) {
        match self.amount.checked_add(other.amount) {
            Some(sum) => {
                self.amount = sum;
                self.count += other.count;
            }
            None => {
                tracing::error!(amount = %other.amount, total = %self.amount, "a total too large to add was left out")
            }
        }
    }
}

/// The takings of a period. `invoices` and `counts` cover the invoices
/// created in it; the money (`totals` and the rest) covers the invoices
/// whose money settled in it, so a payment that arrives after its invoice
/// expired counts on the day it arrived. Totals count paid invoices only;
/// underpaid ones are in `underpaid` (what actually arrived), since the
/// shop must settle them with the customer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Summary {
    pub invoices: u64,
    pub counts: BTreeMap<Status, u64>,
    /// Settled invoices carrying each flag (overpaid, paid late, by hand).
    pub flags: BTreeMap<Flag, u64>,
    /// Paid fiat per fiat code.
    pub totals: BTreeMap<String, Total>,
    /// Crypto received for paid invoices, per asset.
    pub by_asset: BTreeMap<String, Total>,
    /// Paid fiat per provider, then per fiat code.
    pub by_provider: BTreeMap<String, BTreeMap<String, Total>>,
    /// Paid fiat per cashier (`-` when none was set), then per fiat code.
    pub by_cashier: BTreeMap<String, BTreeMap<String, Total>>,
    /// Crypto that arrived on underpaid invoices, per asset.
    pub underpaid: BTreeMap<String, Total>,
    /// Tax collected on paid sales rung up from lines, per rate in percent
    /// (`8.875`), in the shop's fiat; one count per line.
    #[serde(default)]
    pub tax: BTreeMap<String, Total>,
    /// Tips on paid sales per staff member (`-` when none was set): kept
    /// out of every sales total above.
    #[serde(default)]
    pub tips: BTreeMap<String, Total>,
    /// Paid catalogue items per SKU.
    #[serde(default)]
    pub items: BTreeMap<String, ItemTotal>,
    /// Money sent back to customers in the period, per fiat, valued at
    /// the price each was asked (`refund_value`).
    #[serde(default)]
    pub refunds: BTreeMap<String, Total>,
    /// The paid totals less what the period's refunds took back of them,
    /// per fiat: what the period kept.
    #[serde(default)]
    pub net: BTreeMap<String, Decimal>,
    /// What the refunds took back of paid totals, per fiat, for `net`.
    #[serde(skip)]
    refunded_sales: BTreeMap<String, Decimal>,
}

/// What `crypto` sent back on `inv` is worth in its fiat: at the rate the
/// customer was asked (`amount_fiat` for `amount_crypto`), rounded to the
/// fiat's minor unit, half away from zero.
pub fn refund_value(inv: &Invoice, crypto: Decimal) -> Option<Decimal> {
    let asked = Some(inv.asked_crypto()).filter(|c| !c.is_zero())?;
    let fiat = crate::money::Fiat::parse(&inv.fiat).ok()?;
    Some(fiat.round(crypto.checked_mul(inv.amount_fiat)?.checked_div(asked)?))
}

/// How much of one item sold, and for what before tax.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ItemTotal {
    pub qty: u64,
    pub net: Decimal,
}

/// Adds a paid invoice's fiat to `totals`, per fiat code; an invoice in
/// any other status adds nothing, and a tip is not a sale. The one rule
/// for every "paid" total.
pub fn add_paid(totals: &mut BTreeMap<String, Total>, inv: &Invoice) {
    if inv.status == Status::Paid {
        totals
            .entry(inv.fiat.clone())
            .or_default()
            .add(inv.sales_amount());
    }
}

impl Summary {
    /// Counts an invoice created in the period.
    pub fn add_created(&mut self, inv: &Invoice) {
        self.invoices += 1;
        *self.counts.entry(inv.status).or_default() += 1;
    }

    /// Adds the money of an invoice that settled in the period.
    pub fn add_settled(&mut self, inv: &Invoice) {
        if matches!(inv.status, Status::Paid | Status::Underpaid) {
            for flag in &inv.flags {
                *self.flags.entry(*flag).or_default() += 1;
            }
        }
        match inv.status {
            Status::Paid => {
                add_paid(&mut self.totals, inv);
                self.by_asset
                    .entry(inv.currency.clone())
                    .or_default()
                    .add(inv.paid_crypto);
                self.by_provider
                    .entry(inv.provider.clone())
                    .or_default()
                    .entry(inv.fiat.clone())
                    .or_default()
                    .add(inv.sales_amount());
                let cashier = inv.cashier.clone().unwrap_or_else(|| "-".into());
                self.by_cashier
                    .entry(cashier.clone())
                    .or_default()
                    .entry(inv.fiat.clone())
                    .or_default()
                    .add(inv.sales_amount());
                self.add_cart(inv, cashier);
            }
            Status::Underpaid => self
                .underpaid
                .entry(inv.currency.clone())
                .or_default()
                .add(inv.paid_crypto),
            _ => {}
        }
    }

    /// The tax, tip and items of a paid sale rung up from lines.
    fn add_cart(&mut self, inv: &Invoice, cashier: String) {
        for line in &inv.lines {
            self.tax
                .entry(line.tax_rate.normalize().to_string())
                .or_default()
                .add(line.tax);
            if let Some(sku) = &line.sku {
                let item = self.items.entry(sku.clone()).or_default();
                item.qty += u64::from(line.qty);
                item.net += line.total - line.tax;
            }
        }
        if let Some(tip) = inv.tip.filter(|t| !t.is_zero()) {
            self.tips.entry(cashier).or_default().add(tip);
        }
    }

    /// A refund of `crypto` sent in the period on `inv`, after `prior` of
    /// its earlier refunds. All of it is a refund line; only what it takes
    /// back of the paid total comes off `net`: an overpayment, a tip and an
    /// underpaid sale never were takings, and refunds use them up first.
    pub fn add_refund(&mut self, inv: &Invoice, crypto: Decimal, prior: Decimal) {
        let Some(value) = refund_value(inv, crypto) else {
            tracing::error!(invoice = %inv.id, "a refund of an invoice with nothing paid was left out");
            return;
        };
        self.refunds.entry(inv.fiat.clone()).or_default().add(value);
        if inv.status != Status::Paid {
            return;
        }
        let asked = inv.asked_crypto();
        let tip_share = match inv.tip {
            Some(tip) if !inv.amount_fiat.is_zero() => asked * tip / inv.amount_fiat,
            _ => Decimal::ZERO,
        };
        let uncounted = (inv.paid_crypto - asked).max(Decimal::ZERO) + tip_share;
        let counted = (prior + crypto - uncounted).max(Decimal::ZERO)
            - (prior - uncounted).max(Decimal::ZERO);
        if let Some(v) = refund_value(inv, counted) {
            *self.refunded_sales.entry(inv.fiat.clone()).or_default() += v;
        }
    }

    /// A period in which every invoice given was both created and settled.
    pub fn of<'a>(invoices: impl IntoIterator<Item = &'a Invoice>) -> Self {
        let mut s = Summary::default();
        for inv in invoices {
            s.add_created(inv);
            s.add_settled(inv);
        }
        s.with_every_status()
    }

    /// Lists every status in `counts`, zero or not, so readers need not
    /// guess which are missing.
    pub fn with_every_status(mut self) -> Self {
        for status in Status::ALL {
            self.counts.entry(status).or_default();
        }
        self.net = self
            .totals
            .keys()
            .chain(self.refunds.keys())
            .map(|fiat| {
                let paid = self.totals.get(fiat).map_or(Decimal::ZERO, |t| t.amount);
                let back = self.refunded_sales.get(fiat).copied().unwrap_or_default();
                (fiat.clone(), paid - back)
            })
            .collect();
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn inv(status: Status, fiat: &str, amount: &str, asset: &str, paid: &str) -> Invoice {
        let mut i = Invoice::intent(
            crate::till::new_id(),
            "demo".into(),
            "o".into(),
            fiat.into(),
            Decimal::from_str(amount).unwrap(),
            asset.into(),
            None,
        );
        i.status = status;
        i.paid_crypto = Decimal::from_str(paid).unwrap();
        i
    }

    #[test]
    fn totals_count_paid_invoices_to_the_cent() {
        let list = vec![
            inv(Status::Paid, "USD", "12.50", "USDTTRC20", "12.5"),
            inv(Status::Paid, "USD", "0.10", "USDTTRC20", "0.1"),
            inv(Status::Paid, "USD", "0.20", "BTC", "0.0000031"),
            inv(Status::Paid, "EUR", "5.00", "BTC", "0.0001"),
            inv(Status::Underpaid, "USD", "100.00", "BTC", "0.001"),
            inv(Status::Expired, "USD", "9.99", "BTC", "0"),
            inv(Status::Pending, "USD", "1.00", "BTC", "0"),
        ];
        let s = Summary::of(&list);
        assert_eq!(s.invoices, 7);
        assert_eq!(s.totals["USD"].amount.to_string(), "12.80");
        assert_eq!(s.totals["USD"].count, 3);
        assert_eq!(s.totals["EUR"].amount.to_string(), "5.00");
        assert_eq!(s.by_asset["BTC"].amount.to_string(), "0.0001031");
        assert_eq!(s.by_provider["demo"]["USD"].amount.to_string(), "12.80");
        assert_eq!(s.underpaid["BTC"].amount.to_string(), "0.001");
        assert_eq!(s.counts[&Status::Paid], 4);
        assert_eq!(s.counts[&Status::Cancelled], 0);
        assert_eq!(s.by_cashier["-"]["USD"].amount.to_string(), "12.80");
    }

    #[test]
    fn money_counts_where_it_settled_and_per_cashier() {
        let mut late = inv(Status::Paid, "USD", "20.00", "BTC", "0.0003");
        late.flags.insert(Flag::PaidLate);
        late.cashier = Some("ana".into());
        let mut other_day = Summary::default();
        other_day.add_created(&late);
        let mut today = Summary::default();
        today.add_settled(&late);
        assert!(other_day.totals.is_empty());
        assert_eq!(other_day.invoices, 1);
        assert_eq!(today.totals["USD"].amount.to_string(), "20.00");
        assert_eq!(today.invoices, 0);
        assert_eq!(today.by_cashier["ana"]["USD"].count, 1);
        assert_eq!(today.flags[&Flag::PaidLate], 1);
    }

    #[test]
    fn a_sum_that_would_overflow_leaves_the_amount_out_instead_of_panicking() {
        let mut t = Total::default();
        t.add(Decimal::MAX);
        t.add(Decimal::ONE);
        assert_eq!((t.amount, t.count), (Decimal::MAX, 1));
    }

    #[test]
    fn amounts_serialize_as_strings() {
        let s = Summary::of(&[inv(Status::Paid, "USD", "12.50", "BTC", "0.1")]);
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["totals"]["USD"]["amount"], "12.50");
        assert_eq!(json["counts"]["paid"], 1);
    }
}

/// An invoice a shift report calls out: money that did not go as asked,
/// or a sale that ended without money.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Exception {
    pub id: String,
    pub order_id: String,
    pub status: Status,
    pub flags: Vec<Flag>,
    pub fiat: String,
    pub amount_fiat: Decimal,
    pub currency: String,
    pub paid_crypto: Decimal,
}

impl Exception {
    /// Underpaid, expired, or settled with a flag (overpaid, paid late,
    /// confirmed by hand).
    pub fn of(inv: &Invoice) -> Option<Exception> {
        let notable = matches!(inv.status, Status::Underpaid | Status::Expired)
            || (inv.status == Status::Paid && !inv.flags.is_empty());
        notable.then(|| Exception {
            id: inv.id.clone(),
            order_id: inv.order_id.clone(),
            status: inv.status,
            flags: inv.flags.iter().copied().collect(),
            fiat: inv.fiat.clone(),
            amount_fiat: inv.amount_fiat,
            currency: inv.currency.clone(),
            paid_crypto: inv.paid_crypto,
        })
    }
}

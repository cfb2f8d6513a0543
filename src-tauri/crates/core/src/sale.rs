//! What a cart costs: lines, a whole-sale discount, tax and a tip, each
//! figure rounded to the fiat's minor unit, half away from zero.
//!
//! - A line is its unit price times its quantity, less its own discount
//!   (an amount, or a percentage of the line rounded to the minor unit).
//! - A whole-sale discount is spread over the lines in proportion to their
//!   amounts after their own discounts, before tax: each share rounded down to the minor unit, then
//!   the units left one each to the lines with the largest remainders
//!   (the larger line first on a tie), so the shares add up to the
//!   discount exactly and none is below zero or above its line.
//! - Prices exclude tax: `tax = line × rate`, added on top. Prices include
//!   tax: `tax = line − line / (1 + rate)`, already inside.
//! - A tip in percent is taken of the total after discount and tax.

use crate::money::Fiat;
use crate::said;
use crate::said::Said;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// An amount off or on top: a figure in the fiat, or a percentage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Adjustment {
    Amount(Decimal),
    Percent(Decimal),
}

impl Adjustment {
    /// `2.50`, or `10%` (`%10` too, as Turkish writes it).
    pub fn parse(text: &str, fiat: &Fiat) -> Result<Adjustment, Said> {
        let t = text.trim();
        match t.strip_suffix('%').or_else(|| t.strip_prefix('%')) {
            Some(p) => crate::catalog::parse_percent(p)
                .map(Adjustment::Percent)
                .map_err(|_| {
                    said!(
                        "error-adjustment-percent",
                        "{text}: give a percentage from 0 to 100, such as 10%",
                        text = t
                    )
                }),
            // No tip, no discount: as good a way to say it as leaving it out.
            None if t.parse::<Decimal>().ok() == Some(Decimal::ZERO) && !t.starts_with('-') => {
                Ok(Adjustment::Amount(fiat.normalize(Decimal::ZERO)))
            }
            None => fiat
                .parse_amount(t)
                .map(Adjustment::Amount)
                .map_err(|e| e.said().prefixed(format!("{t}: "))),
        }
    }

    fn of(self, base: Decimal, fiat: &Fiat) -> Decimal {
        match self {
            Adjustment::Amount(a) => a,
            Adjustment::Percent(p) => fiat.round(base * p / Decimal::ONE_HUNDRED),
        }
    }
}

/// A line as the cashier put it in the cart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineInput {
    /// `None` for an amount keyed for what is not in the catalogue.
    pub sku: Option<String>,
    pub name: String,
    pub qty: u32,
    pub unit_price: Decimal,
    /// Percent.
    pub tax_rate: Decimal,
    /// Off this line alone, before the whole-sale discount.
    pub discount: Option<Adjustment>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaleLine {
    pub sku: Option<String>,
    pub name: String,
    pub qty: u32,
    pub unit_price: Decimal,
    pub tax_rate: Decimal,
    /// Its own discount and its share of the whole-sale discount.
    pub discount: Decimal,
    pub tax: Decimal,
    /// What the customer pays for the line, tax included.
    pub total: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sale {
    pub lines: Vec<SaleLine>,
    pub prices_include_tax: bool,
    /// The lines before discount, as priced.
    pub subtotal: Decimal,
    /// Every discount: the lines' own and the whole sale's.
    pub discount: Decimal,
    pub tax: Decimal,
    pub tip: Decimal,
    /// What the customer pays: the lines after discount, with tax, and
    /// the tip.
    pub total: Decimal,
}

impl Sale {
    /// The tip `tip` would be on this sale, and what the sale would then
    /// come to: what a customer choosing among tips is shown.
    pub fn with_tip(&self, tip: Adjustment, fiat: &Fiat) -> (Decimal, Decimal) {
        let before_tip = self.total - self.tip;
        let tip = fiat.normalize(tip.of(before_tip, fiat));
        (tip, fiat.normalize(before_tip + tip))
    }
}

/// Prices a cart by the rules above.
pub fn price(
    lines: &[LineInput],
    discount: Option<Adjustment>,
    tip: Option<Adjustment>,
    prices_include_tax: bool,
    fiat: &Fiat,
) -> Result<Sale, Said> {
    if lines.is_empty() {
        return Err(said!("error-cart-empty", "the cart is empty"));
    }
    let mut amounts = Vec::with_capacity(lines.len());
    let mut own = Vec::with_capacity(lines.len());
    for l in lines {
        if l.qty == 0 {
            return Err(said!(
                "error-quantity-zero",
                "{name}: the quantity must be at least 1",
                name = &l.name
            ));
        }
        let amount = l
            .unit_price
            .checked_mul(Decimal::from(l.qty))
            .ok_or_else(|| {
                said!(
                    "error-quantity-large",
                    "{name}: the quantity is too large",
                    name = &l.name
                )
            })?;
        let amount = fiat.normalize(amount);
        let off = l.discount.map_or(Decimal::ZERO, |d| d.of(amount, fiat));
        if off > amount {
            return Err(said!(
                "error-discount-line",
                "the discount {off} {fiat} on {name} is more than the line ({amount} {fiat})",
                off = fiat.normalize(off),
                fiat = fiat.code(),
                name = &l.name,
                amount = amount
            ));
        }
        amounts.push(amount);
        own.push(fiat.normalize(off));
    }
    let subtotal = fiat.normalize(amounts.iter().sum());
    let after: Vec<Decimal> = amounts.iter().zip(&own).map(|(a, o)| a - o).collect();
    let left: Decimal = after.iter().sum();
    let off = discount.map_or(Decimal::ZERO, |d| d.of(left, fiat));
    if off > left {
        return Err(said!(
            "error-discount-sale",
            "the discount {off} {fiat} is more than the sale ({left} {fiat})",
            off = fiat.normalize(off),
            fiat = fiat.code(),
            left = fiat.normalize(left)
        ));
    }
    let shares = spread(off, &after, fiat);

    let mut priced = Vec::with_capacity(lines.len());
    for (((l, amount), own), share) in lines.iter().zip(&after).zip(&own).zip(&shares) {
        let net = amount - share;
        let rate = l.tax_rate / Decimal::ONE_HUNDRED;
        let (tax, total) = if prices_include_tax {
            let tax = fiat.round(net - net / (Decimal::ONE + rate));
            (tax, net)
        } else {
            let tax = fiat.round(net * rate);
            (tax, fiat.normalize(net + tax))
        };
        priced.push(SaleLine {
            sku: l.sku.clone(),
            name: l.name.clone(),
            qty: l.qty,
            unit_price: l.unit_price,
            tax_rate: l.tax_rate,
            discount: fiat.normalize(own + share),
            tax,
            total,
        });
    }
    let tax = fiat.normalize(priced.iter().map(|l| l.tax).sum());
    let before_tip = fiat.normalize(priced.iter().map(|l| l.total).sum());
    let tip = tip.map_or(Decimal::ZERO, |t| t.of(before_tip, fiat));
    Ok(Sale {
        lines: priced,
        prices_include_tax,
        subtotal,
        discount: fiat.normalize(own.iter().sum::<Decimal>() + off),
        tax,
        tip: fiat.normalize(tip),
        total: fiat.normalize(before_tip + tip),
    })
}

/// `off` (at most the sum of `amounts`) in shares proportional to
/// `amounts`, by largest remainder: they add up to `off` exactly.
fn spread(off: Decimal, amounts: &[Decimal], fiat: &Fiat) -> Vec<Decimal> {
    let total: Decimal = amounts.iter().sum();
    if off.is_zero() || total.is_zero() {
        return vec![fiat.normalize(Decimal::ZERO); amounts.len()];
    }
    let unit = Decimal::new(1, fiat.scale());
    let exact: Vec<Decimal> = amounts.iter().map(|a| off * a / total).collect();
    let mut shares: Vec<Decimal> = exact
        .iter()
        .map(|e| e.round_dp_with_strategy(fiat.scale(), RoundingStrategy::ToZero))
        .collect();
    let mut order: Vec<usize> = (0..amounts.len()).collect();
    order.sort_by(|&i, &j| {
        (exact[j] - shares[j])
            .cmp(&(exact[i] - shares[i]))
            .then(amounts[j].cmp(&amounts[i]))
            .then(i.cmp(&j))
    });
    let mut left = off - shares.iter().sum::<Decimal>();
    for i in order.into_iter().cycle().take(amounts.len() * 2) {
        if left < unit {
            break;
        }
        if shares[i] + unit <= amounts[i] {
            shares[i] += unit;
            left -= unit;
        }
    }
    shares.into_iter().map(|s| fiat.normalize(s)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usd() -> Fiat {
        Fiat::parse("USD").unwrap()
    }

    fn line(price: &str, qty: u32, tax: &str) -> LineInput {
        LineInput {
            sku: Some(format!("S{price}")),
            name: format!("item at {price}"),
            qty,
            unit_price: price.parse().unwrap(),
            tax_rate: tax.parse().unwrap(),
            discount: None,
        }
    }

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn tax_on_top_is_per_line_and_rounded_half_away_from_zero() {
        // 3 × 1.15 = 3.45 at 8.875 % is 0.30619 -> 0.31; 2.00 at 20 % is 0.40.
        let sale = price(
            &[line("1.15", 3, "8.875"), line("2.00", 1, "20")],
            None,
            None,
            false,
            &usd(),
        )
        .unwrap();
        assert_eq!(sale.subtotal, d("5.45"));
        assert_eq!(sale.lines[0].tax, d("0.31"));
        assert_eq!(sale.lines[1].tax, d("0.40"));
        assert_eq!(sale.tax, d("0.71"));
        assert_eq!(sale.total, d("6.16"));
        assert_eq!(sale.total.to_string(), "6.16");
        // Exactly half a cent rounds away from zero: 0.10 at 5 % is 0.005.
        let half = price(&[line("0.10", 1, "5")], None, None, false, &usd()).unwrap();
        assert_eq!(half.tax, d("0.01"));
    }

    #[test]
    fn tax_inside_the_price_is_taken_out_of_it() {
        // 4.20 at 20 % holds 4.20 - 4.20 / 1.2 = 0.70; 1.00 at 7 % holds 0.0654 -> 0.07.
        let sale = price(
            &[line("4.20", 1, "20"), line("1.00", 1, "7")],
            None,
            None,
            true,
            &usd(),
        )
        .unwrap();
        assert_eq!(
            (sale.lines[0].tax, sale.lines[1].tax),
            (d("0.70"), d("0.07"))
        );
        assert_eq!(sale.total, d("5.20"), "the tax is inside the prices");
    }

    #[test]
    fn a_discount_is_spread_before_tax_and_adds_up_exactly() {
        // 10 % of 10.00 off three lines of 3.33, 3.33 and 3.34.
        let sale = price(
            &[
                line("3.33", 1, "10"),
                line("3.33", 1, "10"),
                line("3.34", 1, "0"),
            ],
            Some(Adjustment::Percent(d("10"))),
            None,
            false,
            &usd(),
        )
        .unwrap();
        let shares: Vec<Decimal> = sale.lines.iter().map(|l| l.discount).collect();
        assert_eq!(shares, [d("0.33"), d("0.33"), d("0.34")]);
        assert_eq!(sale.discount, d("1.00"));
        // Tax on what is left: 3.00 at 10 % is 0.30 on each of the first two.
        assert_eq!(sale.tax, d("0.60"));
        assert_eq!(sale.total, d("9.60"));
        // An amount that does not divide evenly still adds up.
        let odd = price(
            &[
                line("1.00", 1, "0"),
                line("1.00", 1, "0"),
                line("1.00", 1, "0"),
            ],
            Some(Adjustment::Amount(d("1.00"))),
            None,
            false,
            &usd(),
        )
        .unwrap();
        let sum: Decimal = odd.lines.iter().map(|l| l.discount).sum();
        assert_eq!(sum, d("1.00"));
        assert_eq!(odd.total, d("2.00"));
    }

    #[test]
    fn no_share_of_a_discount_is_below_zero_or_above_its_line() {
        let lines: Vec<LineInput> = ["1.00", "1.01", "1.02", "1.03"]
            .iter()
            .map(|p| line(p, 1, "0"))
            .collect();
        let sale = price(
            &lines,
            Some(Adjustment::Amount(d("0.02"))),
            None,
            false,
            &usd(),
        )
        .unwrap();
        let shares: Vec<Decimal> = sale.lines.iter().map(|l| l.discount).collect();
        assert!(shares.iter().all(|s| *s >= Decimal::ZERO), "{shares:?}");
        assert_eq!(shares.iter().sum::<Decimal>(), d("0.02"));
        let mut many = vec![line("0.10", 1, "0")];
        many.extend((0..10).map(|_| line("0.09", 1, "0")));
        let steep = price(
            &many,
            Some(Adjustment::Percent(d("94"))),
            None,
            false,
            &usd(),
        )
        .unwrap();
        for l in &steep.lines {
            assert!(
                l.discount <= l.unit_price && l.total >= Decimal::ZERO,
                "{l:?}"
            );
        }
        assert_eq!(steep.discount, d("0.94"));
        assert_eq!(
            steep.lines.iter().map(|l| l.discount).sum::<Decimal>(),
            d("0.94")
        );
    }

    #[test]
    fn a_lines_own_discount_comes_before_the_whole_sales() {
        let mut coffee = line("4.00", 3, "10");
        coffee.discount = Some(Adjustment::Percent(d("50")));
        let mut mug = line("9.99", 1, "20");
        mug.discount = Some(Adjustment::Amount(d("1.99")));
        // 12.00 - 6.00 = 6.00 and 9.99 - 1.99 = 8.00: 14.00 left, of which
        // 10 % (1.40) is spread 0.60 and 0.80.
        let sale = price(
            &[coffee, mug],
            Some(Adjustment::Percent(d("10"))),
            None,
            false,
            &usd(),
        )
        .unwrap();
        assert_eq!(sale.subtotal, d("21.99"));
        let discounts: Vec<Decimal> = sale.lines.iter().map(|l| l.discount).collect();
        assert_eq!(discounts, [d("6.60"), d("2.79")]);
        assert_eq!(sale.discount, d("9.39"));
        // Tax on 5.40 at 10 % is 0.54; on 7.20 at 20 % it is 1.44.
        assert_eq!(sale.tax, d("1.98"));
        assert_eq!(sale.total, d("14.58"));
        let mut too_much = line("1.00", 1, "0");
        too_much.discount = Some(Adjustment::Amount(d("1.01")));
        let e = price(&[too_much], None, None, false, &usd()).unwrap_err();
        assert!(e.to_string().contains("more than the line"), "{e}");
    }

    #[test]
    fn a_tip_in_percent_is_of_the_total_after_discount_and_tax() {
        let sale = price(
            &[line("10.00", 2, "8.875")],
            Some(Adjustment::Amount(d("5.00"))),
            Some(Adjustment::Percent(d("15"))),
            false,
            &usd(),
        )
        .unwrap();
        // 20.00 - 5.00 = 15.00; tax 1.33125 -> 1.33; 16.33 × 15 % = 2.4495 -> 2.45.
        assert_eq!(sale.tax, d("1.33"));
        assert_eq!(sale.tip, d("2.45"));
        assert_eq!(sale.total, d("18.78"));
        // Another tip on the same sale, as a customer choosing one sees it.
        assert_eq!(
            sale.with_tip(Adjustment::Percent(d("20")), &usd()),
            (d("3.27"), d("19.60"))
        );
    }

    #[test]
    fn figures_follow_the_fiats_minor_unit() {
        let jpy = Fiat::parse("JPY").unwrap();
        let sale = price(
            &[LineInput {
                sku: None,
                name: "ramen".into(),
                qty: 1,
                unit_price: d("950"),
                tax_rate: d("10"),
                discount: None,
            }],
            None,
            Some(Adjustment::Percent(d("10"))),
            false,
            &jpy,
        )
        .unwrap();
        assert_eq!(
            (sale.tax, sale.tip, sale.total),
            (d("95"), d("105"), d("1150"))
        );
        assert_eq!(sale.total.to_string(), "1150");
    }

    #[test]
    fn what_cannot_be_priced_is_said() {
        assert!(price(&[], None, None, false, &usd()).is_err());
        assert!(price(&[line("1.00", 0, "0")], None, None, false, &usd()).is_err());
        let e = price(
            &[line("1.00", 1, "0")],
            Some(Adjustment::Amount(d("2.00"))),
            None,
            false,
            &usd(),
        )
        .unwrap_err();
        assert!(e.to_string().contains("more than the sale"), "{e}");
        assert_eq!(
            Adjustment::parse("10%", &usd()),
            Ok(Adjustment::Percent(d("10")))
        );
        assert_eq!(
            Adjustment::parse("%10", &usd()),
            Ok(Adjustment::Percent(d("10"))),
            "the sign first, as Turkish writes it"
        );
        assert_eq!(
            Adjustment::parse("2.5", &usd()),
            Ok(Adjustment::Amount(d("2.50")))
        );
        assert!(Adjustment::parse("150%", &usd()).is_err());
        assert_eq!(
            Adjustment::parse("100.0%", &usd()),
            Ok(Adjustment::Percent(Decimal::ONE_HUNDRED))
        );
        assert_eq!(
            Adjustment::parse("0", &usd()),
            Ok(Adjustment::Amount(Decimal::ZERO))
        );
        assert!(Adjustment::parse("-1", &usd()).is_err());
    }
}

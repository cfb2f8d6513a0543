//! The takings-by-hour bar chart, drawn here as SVG so the screen needs no
//! chart library and nothing from the network, and so it can be tested.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::fmt::Write;

const WIDTH: u32 = 1000;
const HEIGHT: u32 = 170;
const LEFT: u32 = 8;
const TOP: u32 = 22;
const BOTTOM: u32 = 24;
const BAR_GAP: u32 = 4;

/// One bar per hour, labelled every three hours, the busiest hour's
/// amount written above its bar. Heights are exact proportions rounded to
/// whole pixels; money never passes through a float.
pub fn hourly_svg(hourly: &[Decimal], fiat: &str) -> String {
    let plot = Decimal::from(HEIGHT - TOP - BOTTOM);
    let max = hourly.iter().copied().max().unwrap_or_default();
    let slot = (WIDTH - 2 * LEFT) / hourly.len().max(1) as u32;
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="Takings by hour in {fiat}" class="chart">"#
    );
    let base = HEIGHT - BOTTOM;
    let _ = write!(
        svg,
        r##"<line x1="{LEFT}" y1="{base}" x2="{}" y2="{base}" stroke="#cdd8d2"/>"##,
        WIDTH - LEFT
    );
    for (hour, amount) in hourly.iter().enumerate() {
        let x = LEFT + hour as u32 * slot;
        let height = if max > Decimal::ZERO {
            (*amount * plot / max).round().to_u32().unwrap_or(0)
        } else {
            0
        };
        if height > 0 {
            let _ = write!(
                svg,
                r##"<rect x="{}" y="{}" width="{}" height="{height}" rx="2" fill="#0f7b4a"><title>{hour:02}:00 {} {fiat}</title></rect>"##,
                x + BAR_GAP / 2,
                base - height,
                slot - BAR_GAP,
                amount
            );
        }
        if hour % 3 == 0 {
            let _ = write!(
                svg,
                r##"<text x="{}" y="{}" font-size="12" text-anchor="middle" fill="#5b6b63">{hour:02}</text>"##,
                x + slot / 2,
                HEIGHT - 6
            );
        }
        if max > Decimal::ZERO && *amount == max {
            let _ = write!(
                svg,
                r##"<text x="{}" y="{}" font-size="12" text-anchor="middle" fill="#14221b">{} {fiat}</text>"##,
                (x + slot / 2).clamp(LEFT + 40, WIDTH - LEFT - 40),
                base - height - 6,
                amount
            );
        }
    }
    if max == Decimal::ZERO {
        let _ = write!(
            svg,
            r##"<text class="empty" x="{}" y="{}" font-size="14" text-anchor="middle" fill="#5b6b63">Nothing paid in {fiat} yet</text>"##,
            WIDTH / 2,
            HEIGHT / 2
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn bars(svg: &str) -> Vec<(u32, u32)> {
        svg.split("<rect ")
            .skip(1)
            .map(|r| {
                let attr = |name: &str| -> u32 {
                    let start = r.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
                    r[start..].split('"').next().unwrap().parse().unwrap()
                };
                (attr("x"), attr("height"))
            })
            .collect()
    }

    #[test]
    fn bars_are_proportional_and_only_where_money_arrived() {
        let mut hourly = vec![Decimal::ZERO; 24];
        hourly[9] = Decimal::from_str("50.00").unwrap();
        hourly[13] = Decimal::from_str("200.00").unwrap();
        hourly[18] = Decimal::from_str("0.01").unwrap();
        let svg = hourly_svg(&hourly, "EUR");
        let b = bars(&svg);
        assert_eq!(b.len(), 2, "a cent is less than half a pixel: {svg}");
        assert_eq!(b[1].1, 124);
        assert_eq!(b[0].1, 31);
        assert!(b[0].0 < b[1].0);
        assert!(svg.contains(">200.00 EUR</text>"));
        assert!(svg.contains("<title>09:00 50.00 EUR</title>"));
    }

    #[test]
    fn an_empty_day_says_so() {
        let svg = hourly_svg(&[Decimal::ZERO; 24], "USD");
        assert!(bars(&svg).is_empty());
        assert!(svg.contains("Nothing paid in USD yet"));
    }
}

//! Reading what gateways send: amounts as JSON numbers or strings (read
//! from the number's own text, never through a float), counts as numbers
//! or strings, times as RFC 3339 or unix seconds.

use chrono::{DateTime, Utc};
use counterpay_core::money::parse_wire_decimal;
use rust_decimal::Decimal;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::value::RawValue;

/// The raw text of a JSON scalar: strings unquoted, numbers as written.
fn scalar_text(raw: &RawValue) -> Result<Option<String>, String> {
    let t = raw.get().trim();
    if t == "null" {
        return Ok(None);
    }
    if t.starts_with('"') {
        let s: String = serde_json::from_str(t).map_err(|e| e.to_string())?;
        let s = s.trim().to_string();
        return Ok(if s.is_empty() { None } else { Some(s) });
    }
    if t.starts_with(['{', '[']) || t == "true" || t == "false" {
        return Err(format!("expected a number or string, got {t}"));
    }
    Ok(Some(t.to_string()))
}

/// A JSON string or number as text: gateways send ids both ways (`"12589"`
/// and `32`). Empty is none.
pub fn text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    match Option::<Box<RawValue>>::deserialize(d)? {
        Some(raw) => scalar_text(&raw).map_err(D::Error::custom),
        None => Ok(None),
    }
}

/// No invoice, balance, fee or rate a gateway sends comes near this; an
/// amount past it (or below zero) is refused where it enters, so no sum in
/// a report or a shift close can ever overflow.
pub const LARGEST_AMOUNT: Decimal = Decimal::from_parts(0xA4C6_8000, 0x0003_8D7E, 0, false, 0);

pub fn decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
    let Some(raw) = Option::<Box<RawValue>>::deserialize(d)? else {
        return Ok(None);
    };
    match scalar_text(&raw).map_err(D::Error::custom)? {
        None => Ok(None),
        Some(t) => match parse_wire_decimal(&t) {
            Some(v) if (Decimal::ZERO..=LARGEST_AMOUNT).contains(&v) => Ok(Some(v)),
            Some(_) => {
                tracing::warn!(amount = %t, "a gateway sent an amount that cannot be right; refused");
                Err(D::Error::custom(format!(
                    "\"{t}\" is not a believable amount (negative, or over {LARGEST_AMOUNT})"
                )))
            }
            None => Err(D::Error::custom(format!("\"{t}\" is not an amount"))),
        },
    }
}

pub fn count<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    match decimal(d)? {
        None => Ok(None),
        Some(v) if v.fract().is_zero() && v >= Decimal::ZERO => {
            u32::try_from(v.mantissa() / 10i128.pow(v.scale()))
                .map(Some)
                .map_err(|_| D::Error::custom(format!("{v} is out of range")))
        }
        Some(v) => Err(D::Error::custom(format!("{v} is not a count"))),
    }
}

pub fn time<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    let Some(raw) = Option::<Box<RawValue>>::deserialize(d)? else {
        return Ok(None);
    };
    let Some(t) = scalar_text(&raw).map_err(D::Error::custom)? else {
        return Ok(None);
    };
    if let Ok(secs) = t.parse::<i64>() {
        return DateTime::from_timestamp(secs, 0)
            .map(Some)
            .ok_or_else(|| D::Error::custom(format!("{t} is not a time")));
    }
    DateTime::parse_from_rfc3339(&t)
        .map(|x| Some(x.with_timezone(&Utc)))
        .or_else(|_| {
            // Some gateways drop the zone: read it as UTC.
            chrono::NaiveDateTime::parse_from_str(&t, "%Y-%m-%dT%H:%M:%S%.f")
                .map(|n| Some(n.and_utc()))
        })
        .map_err(|_| D::Error::custom(format!("\"{t}\" is not a time")))
}

/// A decimal written into a request as a JSON number with exactly its
/// digits, as the gateways' documents show amounts (`"amount": 12.50`).
pub fn number(value: Decimal) -> Box<RawValue> {
    RawValue::from_string(value.to_string()).expect("a decimal's text is a JSON number")
}

/// Error bodies come in many shapes; this finds the words meant for a person.
#[derive(Debug, Default, Deserialize, Serialize)]
pub struct ErrorBody {
    #[serde(default)]
    pub error: Option<serde_json::Value>,
    #[serde(default)]
    pub error_description: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub detail: Option<String>,
    #[serde(default)]
    pub errors: Option<serde_json::Value>,
}

/// One page of a list: the items read, and how many the gateway sent.
/// Paging stops at a short page, and an item left out must not make a
/// full page look short.
#[derive(Debug)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub sent: usize,
}

/// The items of a list each read on its own: one with a status or network
/// this client does not know is left out (and logged), never the reason
/// the rest go unread.
pub fn each_item<T>(
    items: &[Box<RawValue>],
    what: &str,
    parse: impl Fn(&RawValue) -> Result<T, counterpay_core::GatewayError>,
) -> Page<T> {
    let read = items
        .iter()
        .filter_map(|raw| match parse(raw) {
            Ok(item) => Some(item),
            Err(e) => {
                tracing::warn!(error = %e, "{what}: an item left out");
                None
            }
        })
        .collect();
    Page {
        items: read,
        sent: items.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absurd_or_negative_amounts_are_refused_where_they_enter() {
        #[derive(Deserialize, Debug)]
        struct A {
            #[serde(default, deserialize_with = "decimal")]
            #[allow(dead_code)]
            a: Option<Decimal>,
        }
        assert_eq!(LARGEST_AMOUNT.to_string(), "1000000000000000");
        for bad in [
            r#"{"a": -1}"#,
            r#"{"a": "1e16"}"#,
            r#"{"a": 79228162514264337593543950335}"#,
        ] {
            let e = serde_json::from_str::<A>(bad).unwrap_err().to_string();
            assert!(e.contains("not a believable amount"), "{bad}: {e}");
        }
        assert!(serde_json::from_str::<A>(r#"{"a": "999999999999999.99"}"#).is_ok());
    }

    #[derive(Deserialize)]
    struct T {
        #[serde(default, deserialize_with = "decimal")]
        a: Option<Decimal>,
        #[serde(default, deserialize_with = "count")]
        c: Option<u32>,
        #[serde(default, deserialize_with = "time")]
        t: Option<DateTime<Utc>>,
    }

    #[derive(Deserialize)]
    struct Id {
        #[serde(default, deserialize_with = "text")]
        id: Option<String>,
    }

    #[test]
    fn ids_are_text_whether_sent_as_strings_or_numbers() {
        let id = |json: &str| serde_json::from_str::<Id>(json).map(|i| i.id);
        assert_eq!(id(r#"{"id": "12589"}"#).unwrap().as_deref(), Some("12589"));
        assert_eq!(id(r#"{"id": 32}"#).unwrap().as_deref(), Some("32"));
        assert_eq!(id(r#"{"id": " "}"#).unwrap(), None);
        assert_eq!(id(r#"{"id": null}"#).unwrap(), None);
        assert_eq!(id("{}").unwrap(), None);
        assert!(id(r#"{"id": true}"#).is_err());
        assert!(id(r#"{"id": {"n": 1}}"#).is_err());
    }

    fn parse(json: &str) -> Result<T, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn amounts_arrive_as_numbers_or_strings_exactly() {
        assert_eq!(
            parse(r#"{"a":10.54}"#).unwrap().a.unwrap().to_string(),
            "10.54"
        );
        assert_eq!(
            parse(r#"{"a":"133.23"}"#).unwrap().a.unwrap().to_string(),
            "133.23"
        );
        assert_eq!(
            parse(r#"{"a":0.123456789012345678}"#)
                .unwrap()
                .a
                .unwrap()
                .to_string(),
            "0.123456789012345678"
        );
        assert_eq!(parse(r#"{"a":null}"#).unwrap().a, None);
        assert_eq!(parse(r#"{"a":""}"#).unwrap().a, None);
        assert_eq!(parse(r#"{}"#).unwrap().a, None);
        assert!(parse(r#"{"a":"ten"}"#).is_err());
        assert!(parse(r#"{"a":[1]}"#).is_err());
    }

    #[test]
    fn counts_and_times_take_both_forms() {
        assert_eq!(parse(r#"{"c":"3"}"#).unwrap().c, Some(3));
        assert_eq!(parse(r#"{"c":3}"#).unwrap().c, Some(3));
        assert!(parse(r#"{"c":-1}"#).is_err());
        assert!(parse(r#"{"c":1.5}"#).is_err());
        let t = parse(r#"{"t":1700000000}"#).unwrap().t.unwrap();
        assert_eq!(t.timestamp(), 1_700_000_000);
        let t = parse(r#"{"t":"1700000000"}"#).unwrap().t.unwrap();
        assert_eq!(t.timestamp(), 1_700_000_000);
        let t = parse(r#"{"t":"2025-04-30T14:30:25.123Z"}"#)
            .unwrap()
            .t
            .unwrap();
        assert_eq!(t.timestamp_millis(), 1_746_023_425_123);
        assert!(parse(r#"{"t":"2025-04-30T14:30:25"}"#).unwrap().t.is_some());
        assert!(parse(r#"{"t":"yesterday"}"#).is_err());
    }

    #[test]
    fn request_numbers_keep_their_digits() {
        #[derive(Serialize)]
        struct Body {
            amount: Box<RawValue>,
        }
        let s = serde_json::to_string(&Body {
            amount: number("12.50".parse().unwrap()),
        })
        .unwrap();
        assert_eq!(s, r#"{"amount":12.50}"#);
    }
}

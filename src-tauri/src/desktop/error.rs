//! Every command fails with `{code, message, l10n}`: a code the UI can
//! branch on, a sentence a cashier can act on (in English, as the command
//! line says it), and where the screens' catalogue has the sentence, its
//! message id and arguments, so the screens say it in the shop's language.

use counterpay_core::{Said, TillError};
use serde::Serialize;
use serde_json::Value;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CommandError {
    pub code: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub l10n: Option<Localized>,
}

/// A catalogue message (`ui/locales/*/counter.ftl`, `error-…`) and its
/// arguments: numbers as numbers, so the catalogue picks plural forms.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Localized {
    pub id: &'static str,
    pub args: Value,
}

impl CommandError {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        CommandError {
            code: code.into(),
            message: message.into(),
            l10n: None,
        }
    }

    /// The same error, said by the catalogue's message `id` with `args`.
    pub fn said(self, id: &'static str, args: Value) -> Self {
        self.said_as(Some(Localized { id, args }))
    }

    /// The same error, said by the catalogue where it has a message for it.
    fn said_as(mut self, l10n: Option<Localized>) -> Self {
        self.l10n = l10n;
        self
    }

    /// A refusal under `code`, in the catalogue's words too.
    pub fn refused(code: &str, said: Said) -> Self {
        CommandError::new(code, said.to_string()).said_as(Some((&said).into()))
    }
}

/// A refusal with its words for the catalogue: bad input, `invalid`.
impl From<Said> for CommandError {
    fn from(said: Said) -> Self {
        CommandError::refused("invalid", said)
    }
}

impl From<&Said> for Localized {
    fn from(said: &Said) -> Self {
        Localized {
            id: said.id,
            args: Value::Object(said.args.clone()),
        }
    }
}

/// Sentences the app says beside its figures (a quote's notes, a
/// reconciliation's), in the catalogue's words, in order.
pub fn localized(said: &[Said]) -> Vec<Localized> {
    said.iter().map(Localized::from).collect()
}

impl From<TillError> for CommandError {
    fn from(e: TillError) -> Self {
        let l10n = e.said().as_ref().map(Localized::from);
        CommandError::new(e.code(), e.to_string()).said_as(l10n)
    }
}

impl From<crate::staff::PinError> for CommandError {
    fn from(e: crate::staff::PinError) -> Self {
        let l10n = e.said().as_ref().map(Localized::from);
        CommandError::new(e.code(), e.to_string()).said_as(l10n)
    }
}

/// A failure of the till's own storage: its words (a database locked, a
/// disk full) kept as they came, in the catalogue's sentence.
fn storage(code: &str, e: impl std::fmt::Display) -> CommandError {
    CommandError::refused(code, Said::detail("error-storage", e))
}

impl From<crate::shop::ShopError> for CommandError {
    fn from(e: crate::shop::ShopError) -> Self {
        storage("storage", e)
    }
}

impl From<counterpay_journal::JournalError> for CommandError {
    fn from(e: counterpay_journal::JournalError) -> Self {
        match e {
            counterpay_journal::JournalError::Refused(said) => said.into(),
            e => storage("storage", e),
        }
    }
}

impl From<counterpay_core::LedgerError> for CommandError {
    fn from(e: counterpay_core::LedgerError) -> Self {
        storage("journal", e)
    }
}

impl From<crate::takings::TakingsError> for CommandError {
    fn from(e: crate::takings::TakingsError) -> Self {
        CommandError::refused(e.code(), e.said())
    }
}

pub type CommandResult<T> = Result<T, CommandError>;

#[cfg(test)]
mod tests {
    use super::*;
    use counterpay_core::gateway::FieldError;
    use counterpay_core::{AmountError, GatewayError};
    use serde_json::json;
    use std::time::Duration;

    fn said(e: TillError) -> Option<Localized> {
        CommandError::from(e).l10n
    }

    #[test]
    fn a_gateways_refusals_are_said_with_its_own_words_kept() {
        let slow = said(TillError::Gateway(GatewayError::RateLimited {
            retry_after: Some(Duration::from_millis(2500)),
        }))
        .unwrap();
        assert_eq!(
            (slow.id, slow.args),
            ("error-gateway-rate-limited", json!({ "seconds": 2 }))
        );
        let down = said(TillError::Gateway(GatewayError::Unavailable(
            "HTTP 500".into(),
        )))
        .unwrap();
        assert_eq!(
            (down.id, down.args),
            ("error-gateway-unavailable", json!({ "detail": "HTTP 500" }))
        );
        let garbled = said(TillError::Gateway(GatewayError::Protocol(
            "not JSON".into(),
        )))
        .unwrap();
        assert_eq!(
            (garbled.id, garbled.args),
            ("error-gateway-protocol", json!({ "detail": "not JSON" }))
        );
        // An answer lost: the sale is kept, and said so with its id.
        let lost = said(TillError::Unresolved {
            id: "K7".into(),
            cause: GatewayError::Unavailable("timed out".into()),
        })
        .unwrap();
        assert_eq!(
            (lost.id, lost.args),
            ("error-unresolved", json!({ "id": "K7" }))
        );
        let refused = said(TillError::Gateway(GatewayError::Rejected {
            message: "amount too small".into(),
            fields: vec![FieldError {
                field: "amount".into(),
                message: "at least 1".into(),
            }],
        }))
        .unwrap();
        assert_eq!(
            (refused.id, refused.args),
            (
                "error-gateway-rejected",
                json!({ "detail": "amount too small (amount: at least 1)" })
            )
        );
        // Where to do it instead is the app's own sentence: no message.
        assert!(said(TillError::Gateway(GatewayError::Unsupported(
            "use the dashboard".into()
        )))
        .is_none());
    }

    #[test]
    fn a_bad_amount_is_said_with_its_figures_and_the_english_stays() {
        let e = CommandError::from(TillError::Amount(AmountError::TooLarge {
            amount: "200000000".into(),
            code: "USD".into(),
            max: 100_000_000,
        }));
        assert_eq!(e.code, "bad_amount");
        assert!(
            e.message.contains("more than one sale can take"),
            "{}",
            e.message
        );
        let l10n = e.l10n.unwrap();
        assert_eq!(
            (l10n.id, l10n.args),
            (
                "error-amount-too-large",
                json!({ "amount": "200000000", "code": "USD", "max": 100_000_000 })
            )
        );
        assert_eq!(
            said(TillError::Invalid("anything".into())),
            None,
            "a sentence the catalogue has no message for stays the app's"
        );
        // Every other way an amount is wrong, with what was typed.
        for (e, id, args) in [
            (AmountError::Empty, "error-amount-empty", json!({})),
            (
                AmountError::NotANumber("12,5x".into()),
                "error-amount-not-a-number",
                json!({ "text": "12,5x" }),
            ),
            (
                AmountError::Comma("1,5".into()),
                "error-amount-comma",
                json!({ "text": "1,5" }),
            ),
            (AmountError::Negative, "error-amount-negative", json!({})),
            (AmountError::Zero, "error-amount-zero", json!({})),
            (
                AmountError::TooManyDecimals {
                    code: "USD".into(),
                    scale: 2,
                },
                "error-amount-decimals",
                json!({ "code": "USD", "scale": 2 }),
            ),
            (
                AmountError::BadFiat("US".into()),
                "error-fiat",
                json!({ "text": "US" }),
            ),
            (
                AmountError::BadAsset("?".into()),
                "error-asset",
                json!({ "text": "?" }),
            ),
        ] {
            let english = e.to_string();
            let e = CommandError::from(TillError::Amount(e));
            assert_eq!((e.code.as_str(), e.message), ("bad_amount", english));
            let l10n = e.l10n.unwrap();
            assert_eq!((l10n.id, l10n.args), (id, args));
        }
    }

    #[test]
    fn a_refusal_keeps_its_code_and_english_and_brings_its_message() {
        // A cart's discount past its line: invalid, with the figures.
        let fiat = counterpay_core::Fiat::parse("EUR").unwrap();
        let line = counterpay_core::sale::LineInput {
            sku: None,
            name: "Tea".into(),
            qty: 1,
            unit_price: "2.00".parse().unwrap(),
            tax_rate: 0.into(),
            discount: Some(counterpay_core::sale::Adjustment::Amount(
                "3".parse().unwrap(),
            )),
        };
        let refused = counterpay_core::sale::price(&[line], None, None, false, &fiat).unwrap_err();
        let e = CommandError::from(TillError::from(refused));
        assert_eq!(e.code, "invalid");
        assert!(e.message.contains("more than the line"), "{}", e.message);
        let l10n = e.l10n.unwrap();
        assert_eq!(l10n.id, "error-discount-line");
        assert_eq!(
            l10n.args,
            json!({ "off": "3.00", "fiat": "EUR", "name": "Tea", "amount": "2.00" })
        );

        // An address with a typo: refused as a payout, said with its network.
        let typo = "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU8";
        let bad = counterpay_core::payout::check_request("USDTTRC20", "1", typo).unwrap_err();
        let e = CommandError::from(crate::payouts::PayoutFailure::Refused(bad));
        assert_eq!(e.code, "payout_refused");
        let l10n = e.l10n.unwrap();
        assert_eq!(l10n.id, "error-address-checksum");
        assert_eq!(l10n.args["network"], "TRON");
    }
}

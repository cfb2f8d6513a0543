//! Reading a withdrawal as Cryptofuse and CryptoPayment describe one. Their
//! documents show the requests but hardly the answers, so every name either
//! could use is read: the object bare or under `withdrawal`/`data`, ids as
//! `withdrawal_id` or `id` (string or number), the amount that arrives as
//! `net_amount`, `receive_amount` or (next to `requested_amount`) `amount`,
//! the transaction as `transaction_hash`, `txid` or `tx_hash`.

use crate::wire;
use counterpay_core::payout::{GatewayWithdrawal, PayoutStatus};
use counterpay_core::GatewayError;
use rust_decimal::Decimal;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub(crate) struct WireWithdrawal {
    #[serde(default, deserialize_with = "wire::text")]
    withdrawal_id: Option<String>,
    #[serde(default, deserialize_with = "wire::text")]
    id: Option<String>,
    pub(crate) custom_id: Option<String>,
    status: Option<String>,
    #[serde(default, deserialize_with = "wire::decimal")]
    fee: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::decimal")]
    net_amount: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::decimal")]
    receive_amount: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::decimal")]
    requested_amount: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::decimal")]
    amount: Option<Decimal>,
    transaction_hash: Option<String>,
    txid: Option<String>,
    tx_hash: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Envelope {
    withdrawal: Option<WireWithdrawal>,
    data: Option<WireWithdrawal>,
}

/// Our status for a gateway's word. Neither document lists the words, so
/// the usual ones are read; an unknown word is a protocol error, not a
/// guess about money.
pub(crate) fn status(word: &str) -> Option<PayoutStatus> {
    Some(match word.trim().to_ascii_lowercase().as_str() {
        "pending" | "new" | "created" | "waiting" | "queued" | "processing" | "confirming"
        | "sending" | "sent" | "in_progress" => PayoutStatus::Pending,
        "pending_review" | "review" | "manual_review" | "on_hold" | "awaiting_approval" => {
            PayoutStatus::Review
        }
        "completed" | "complete" | "success" | "succeeded" | "done" | "confirmed" | "finished" => {
            PayoutStatus::Completed
        }
        "failed" | "rejected" | "cancelled" | "canceled" | "error" | "declined" | "expired" => {
            PayoutStatus::Failed
        }
        _ => return None,
    })
}

impl WireWithdrawal {
    pub(crate) fn into_withdrawal(self) -> Result<GatewayWithdrawal, GatewayError> {
        let reference = self
            .withdrawal_id
            .or(self.id)
            .ok_or_else(|| GatewayError::Protocol("a withdrawal without an id".into()))?;
        let word = self.status.unwrap_or_default();
        let status = status(&word).ok_or_else(|| {
            GatewayError::Protocol(format!("withdrawal {reference}: unknown status {word:?}"))
        })?;
        let receive = self
            .net_amount
            .or(self.receive_amount)
            .or(self.requested_amount.and(self.amount));
        Ok(GatewayWithdrawal {
            reference,
            status,
            fee: self.fee,
            receive,
            txid: self
                .transaction_hash
                .or(self.txid)
                .or(self.tx_hash)
                .filter(|t| !t.is_empty()),
        })
    }
}

/// One withdrawal, bare or in an envelope.
pub(crate) fn parse(body: &[u8]) -> Result<GatewayWithdrawal, GatewayError> {
    let protocol = |e: serde_json::Error| GatewayError::Protocol(format!("withdrawal: {e}"));
    if let Ok(Envelope {
        withdrawal: Some(w),
        ..
    })
    | Ok(Envelope { data: Some(w), .. }) = serde_json::from_slice::<Envelope>(body)
    {
        return w.into_withdrawal();
    }
    serde_json::from_slice::<WireWithdrawal>(body)
        .map_err(protocol)?
        .into_withdrawal()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_gateways_shapes_are_read() {
        let fuse =
            br#"{"withdrawal_id":"w-1","status":"completed","requested_amount":"100.00000000",
            "amount":"98.50000000","fee":"1.50000000","transaction_hash":"abc"}"#;
        let w = parse(fuse).unwrap();
        assert_eq!(w.reference, "w-1");
        assert_eq!(w.status, PayoutStatus::Completed);
        assert_eq!(w.receive.unwrap().to_string(), "98.50000000");
        assert_eq!(w.txid.as_deref(), Some("abc"));
        let pay = br#"{"success":true,"withdrawal":{"id":42,"coin":"BTC","amount":0.01,
            "fee":0.00005,"net_amount":0.00995,"status":"pending_review","txid":null}}"#;
        let w = parse(pay).unwrap();
        assert_eq!(w.reference, "42");
        assert_eq!(w.status, PayoutStatus::Review);
        assert_eq!(w.receive.unwrap().to_string(), "0.00995");
        assert_eq!(w.txid, None);
    }

    #[test]
    fn an_unknown_status_or_missing_id_is_not_guessed() {
        assert!(parse(br#"{"id":"1","status":"teleported"}"#).is_err());
        assert!(parse(br#"{"status":"pending"}"#).is_err());
        assert!(parse(b"not json").is_err());
    }
}

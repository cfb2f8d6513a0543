//! OS notifications for the changes a cashier must not miss. Showing one
//! can fail (no notification daemon, a locked session): that is logged and
//! the till goes on.

use counterpay_core::{Flag, Invoice, Status};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub title: String,
    pub body: String,
}

/// Whether a change deserves a notification: final outcomes only.
pub fn worth_telling(inv: &Invoice) -> bool {
    note_for(inv).is_some()
}

/// The notification a change deserves, if any, in the command line's
/// English; the app's window says the same in the shop's language.
pub fn note_for(inv: &Invoice) -> Option<Note> {
    let crypto = |amount: Option<rust_decimal::Decimal>| {
        amount
            .map(|a| format!("{} {}", a.normalize(), inv.currency))
            .unwrap_or_else(|| inv.currency.clone())
    };
    let late = if inv.flags.contains(&Flag::PaidLate) {
        " (paid late)"
    } else if inv.flags.contains(&Flag::PaidInParts) {
        " (completed)"
    } else {
        ""
    };
    let (title, body) = match inv.status {
        Status::Paid => (
            format!("Paid{late}: {} {}", inv.amount_fiat, inv.fiat),
            format!(
                "{} received for order {}",
                crypto(Some(inv.paid_crypto)),
                inv.order_id
            ),
        ),
        Status::Underpaid => (
            format!("UNDERPAID{late}: {} {}", inv.amount_fiat, inv.fiat),
            format!(
                "Only {} of {} arrived for order {}",
                crypto(Some(inv.paid_crypto)),
                crypto(inv.amount_crypto),
                inv.order_id
            ),
        ),
        Status::Expired => (
            format!("Expired: {} {}", inv.amount_fiat, inv.fiat),
            format!("Nothing was paid for order {}", inv.order_id),
        ),
        _ => return None,
    };
    Some(Note { title, body })
}

pub fn show(note: &Note) {
    let shown = notify_rust::Notification::new()
        .appname("Counterpay")
        .summary(&note.title)
        .body(&note.body)
        .show();
    if let Err(e) = shown {
        tracing::warn!(error = %e, "could not show a notification");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn inv(status: Status, paid: &str) -> Invoice {
        let mut i = Invoice::intent(
            "ABC".into(),
            "demo".into(),
            "order-7".into(),
            "USD".into(),
            Decimal::from_str("10.00").unwrap(),
            "USDTTRC20".into(),
            None,
        );
        i.status = status;
        i.amount_crypto = Some(Decimal::from_str("10.000000").unwrap());
        i.paid_crypto = Decimal::from_str(paid).unwrap();
        i
    }

    #[test]
    fn final_outcomes_say_amount_asset_and_order() {
        let paid = note_for(&inv(Status::Paid, "10")).unwrap();
        assert_eq!(paid.title, "Paid: 10.00 USD");
        assert_eq!(paid.body, "10 USDTTRC20 received for order order-7");
        let short = note_for(&inv(Status::Underpaid, "4")).unwrap();
        assert_eq!(
            short.body,
            "Only 4 USDTTRC20 of 10 USDTTRC20 arrived for order order-7"
        );
        assert!(note_for(&inv(Status::Expired, "0"))
            .unwrap()
            .body
            .contains("order-7"));
        let mut late = inv(Status::Paid, "10");
        late.flags.insert(Flag::PaidLate);
        assert_eq!(
            note_for(&late).unwrap().title,
            "Paid (paid late): 10.00 USD"
        );
        let mut rest = inv(Status::Paid, "10");
        rest.flags.insert(Flag::PaidInParts);
        assert_eq!(
            note_for(&rest).unwrap().title,
            "Paid (completed): 10.00 USD"
        );
    }

    #[test]
    fn steps_on_the_way_are_not_notified() {
        for s in [
            Status::Pending,
            Status::Confirming,
            Status::Failed,
            Status::Cancelled,
        ] {
            assert_eq!(note_for(&inv(s, "0")), None, "{s}");
        }
    }
}

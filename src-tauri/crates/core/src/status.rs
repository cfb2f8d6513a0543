//! One status vocabulary for every gateway, and the moves between statuses
//! that are legal. Facts that do not change what a cashier must do next
//! (overpaid, paid late, confirmed by hand) are flags, not statuses.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pending,
    Confirming,
    Paid,
    Underpaid,
    Expired,
    Failed,
    Cancelled,
}

impl Status {
    pub const ALL: [Status; 7] = [
        Status::Pending,
        Status::Confirming,
        Status::Paid,
        Status::Underpaid,
        Status::Expired,
        Status::Failed,
        Status::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Confirming => "confirming",
            Status::Paid => "paid",
            Status::Underpaid => "underpaid",
            Status::Expired => "expired",
            Status::Failed => "failed",
            Status::Cancelled => "cancelled",
        }
    }

    /// Open invoices wait for the customer's money.
    pub fn is_open(self) -> bool {
        matches!(self, Status::Pending | Status::Confirming)
    }

    /// Closed without all the money: the rest, or a late payment, may
    /// still arrive, so the watcher keeps reading these for the shop's
    /// monitoring window.
    pub fn is_monitored(self) -> bool {
        matches!(
            self,
            Status::Underpaid | Status::Expired | Status::Cancelled
        )
    }

    /// Whether a move from `self` to `next` is legal. Staying put is always
    /// legal (confirmations and flags change within a status). Money that
    /// arrives after expiry or cancellation is still taken (the invoice is
    /// flagged paid late), the rest of an underpaid invoice completes it
    /// (flagged paid in parts); nothing moves a paid or failed invoice, and
    /// nothing goes back to waiting.
    pub fn can_become(self, next: Status) -> bool {
        use Status::*;
        if self == next {
            return true;
        }
        match self {
            Pending => true,
            Confirming => matches!(next, Paid | Underpaid | Expired | Failed),
            Underpaid => matches!(next, Confirming | Paid),
            Expired | Cancelled => matches!(next, Confirming | Paid | Underpaid),
            Paid | Failed => false,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Status::ALL
            .into_iter()
            .find(|st| st.as_str() == s.trim().to_ascii_lowercase())
            .ok_or_else(|| {
                format!(
                    "\"{s}\" is not a status: use one of {}",
                    Status::ALL.map(Status::as_str).join(", ")
                )
            })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    Overpaid,
    PaidLate,
    ConfirmedManually,
    /// Completed by money sent after the invoice was underpaid.
    PaidInParts,
    /// A sale whose create answer was lost, found at the gateway by the
    /// end-of-day reconciliation.
    FoundByReconciliation,
}

impl Flag {
    pub const ALL: [Flag; 5] = [
        Flag::Overpaid,
        Flag::PaidLate,
        Flag::ConfirmedManually,
        Flag::PaidInParts,
        Flag::FoundByReconciliation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Flag::Overpaid => "overpaid",
            Flag::PaidLate => "paid_late",
            Flag::ConfirmedManually => "confirmed_manually",
            Flag::PaidInParts => "paid_in_parts",
            Flag::FoundByReconciliation => "found_by_reconciliation",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Status::*;

    #[test]
    fn final_statuses_do_not_reopen() {
        for next in Status::ALL {
            if next != Paid {
                assert!(!Paid.can_become(next), "paid -> {next}");
            }
            if next != Failed {
                assert!(!Failed.can_become(next), "failed -> {next}");
            }
        }
        assert!(!Expired.can_become(Pending));
        assert!(!Confirming.can_become(Pending));
        assert!(!Underpaid.can_become(Expired));
    }

    #[test]
    fn money_can_still_arrive_late_or_topped_up() {
        assert!(Expired.can_become(Paid));
        assert!(Cancelled.can_become(Underpaid));
        assert!(Underpaid.can_become(Paid));
        assert!(Pending.can_become(Confirming));
        assert!(Confirming.can_become(Paid));
    }

    /// Every pair of statuses, against the one table of legal moves.
    #[test]
    fn the_state_machine_allows_exactly_these_moves() {
        let legal = [
            (Pending, Confirming),
            (Pending, Paid),
            (Pending, Underpaid),
            (Pending, Expired),
            (Pending, Failed),
            (Pending, Cancelled),
            (Confirming, Paid),
            (Confirming, Underpaid),
            (Confirming, Expired),
            (Confirming, Failed),
            (Underpaid, Confirming),
            (Underpaid, Paid),
            (Expired, Confirming),
            (Expired, Paid),
            (Expired, Underpaid),
            (Cancelled, Confirming),
            (Cancelled, Paid),
            (Cancelled, Underpaid),
        ];
        for from in Status::ALL {
            for to in Status::ALL {
                let expected = from == to || legal.contains(&(from, to));
                assert_eq!(from.can_become(to), expected, "{from} -> {to}");
            }
        }
    }

    #[test]
    fn closed_invoices_without_all_the_money_are_monitored() {
        let watched: Vec<_> = Status::ALL
            .into_iter()
            .filter(|s| s.is_monitored())
            .collect();
        assert_eq!(watched, vec![Underpaid, Expired, Cancelled]);
    }

    #[test]
    fn flag_names_match_their_json() {
        for f in Flag::ALL {
            assert_eq!(serde_json::to_value(f).unwrap(), f.as_str());
        }
    }

    #[test]
    fn only_pending_and_confirming_are_open() {
        let open: Vec<_> = Status::ALL.into_iter().filter(|s| s.is_open()).collect();
        assert_eq!(open, vec![Pending, Confirming]);
    }

    #[test]
    fn statuses_parse_from_their_names() {
        for s in Status::ALL {
            assert_eq!(s.as_str().parse::<Status>().unwrap(), s);
        }
        assert_eq!("PAID".parse::<Status>().unwrap(), Paid);
        let err = "done".parse::<Status>().unwrap_err();
        assert!(err.contains("pending, confirming"), "{err}");
    }
}

//! The end-of-day reconciliation: a day of the journal against the
//! gateway's own list, every difference named. Order ids made by Counterpay
//! carry their till's id (`cp-<till>-<random>`), so an invoice another
//! till made on a shared gateway account is told apart from one made
//! behind the till's back.

use crate::gateway::GatewayInvoice;
use crate::invoice::Invoice;
use crate::status::Status;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// At the gateway, not in the journal (or only as an intent whose
    /// create answer never came).
    MissingLocally,
    /// In the journal with a gateway id the gateway does not list.
    MissingAtGateway,
    Status,
    Amount,
    /// Made by another Counterpay till on the same account: not a difference.
    OtherTill,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::MissingLocally => "missing_locally",
            Kind::MissingAtGateway => "missing_at_gateway",
            Kind::Status => "status",
            Kind::Amount => "amount",
            Kind::OtherTill => "other_till",
        }
    }
}

/// One side of a difference, as that side holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Side {
    pub status: Status,
    pub order_id: Option<String>,
    pub amount_crypto: Option<Decimal>,
    pub paid_crypto: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Difference {
    pub kind: Kind,
    pub provider: String,
    /// The journal's invoice id, when there is one.
    pub id: Option<String>,
    pub provider_ref: Option<String>,
    pub local: Option<Side>,
    pub gateway: Option<Side>,
    /// What `--adopt` may do about it: a status further along, or a lost
    /// create of this till's. Foreign invoices never are.
    pub adoptable: bool,
    pub adopted: bool,
}

/// The prefix of the order ids this till makes.
pub fn order_prefix(till_id: &str) -> String {
    format!("cp-{}-", till_id.to_ascii_lowercase())
}

/// The till an order id was made by, when Counterpay made it.
fn maker(order_id: &str) -> Option<&str> {
    let rest = order_id.strip_prefix("cp-")?;
    let (till, random) = rest.split_once('-')?;
    (till.starts_with('t') && !random.is_empty()).then_some(till)
}

fn local_side(inv: &Invoice) -> Side {
    Side {
        status: inv.status,
        order_id: Some(inv.order_id.clone()),
        amount_crypto: inv.amount_crypto,
        paid_crypto: Some(inv.paid_crypto),
    }
}

fn gateway_side(gw: &GatewayInvoice) -> Side {
    Side {
        status: gw.status,
        order_id: gw.order_id.clone(),
        amount_crypto: gw.amount_crypto,
        paid_crypto: gw.paid_crypto,
    }
}

/// Every difference between `local` (the journal's invoices of the day at
/// this gateway, and any intent of this till the gateway's orders name)
/// and `listed` (the gateway's own list of the day). `complete` says the
/// list is the gateway's whole day, so what it lacks is missing there.
pub fn compare(
    provider: &str,
    local: &[Invoice],
    listed: &[GatewayInvoice],
    till_id: &str,
    complete: bool,
) -> Vec<Difference> {
    let by_ref: HashMap<&str, &Invoice> = local
        .iter()
        .filter_map(|i| i.provider_ref.as_deref().map(|r| (r, i)))
        .collect();
    // Intents whose create answer never came, by order id.
    let lost: HashMap<&str, &Invoice> = local
        .iter()
        .filter(|i| i.provider_ref.is_none())
        .map(|i| (i.order_id.as_str(), i))
        .collect();
    let ours = till_id.to_ascii_lowercase();
    let mut out = Vec::new();
    for gw in listed {
        let difference = |kind, inv: Option<&Invoice>, adoptable| Difference {
            kind,
            provider: provider.to_string(),
            id: inv.map(|i| i.id.clone()),
            provider_ref: Some(gw.provider_ref.clone()),
            local: inv.map(local_side),
            gateway: Some(gateway_side(gw)),
            adoptable,
            adopted: false,
        };
        if let Some(inv) = by_ref.get(gw.provider_ref.as_str()) {
            if inv.status != gw.status {
                let further = inv.status.can_become(gw.status);
                out.push(difference(Kind::Status, Some(inv), further));
            } else if gw
                .amount_crypto
                .is_some_and(|a| Some(a) != inv.amount_crypto)
            {
                out.push(difference(Kind::Amount, Some(inv), false));
            }
            continue;
        }
        let order = gw.order_id.as_deref().unwrap_or_default();
        match (lost.get(order), maker(order)) {
            (Some(intent), _) => out.push(difference(Kind::MissingLocally, Some(intent), true)),
            (None, Some(till)) if till != ours => {
                out.push(difference(Kind::OtherTill, None, false))
            }
            _ => out.push(difference(Kind::MissingLocally, None, false)),
        }
    }
    if complete {
        let listed_refs: std::collections::HashSet<&str> =
            listed.iter().map(|g| g.provider_ref.as_str()).collect();
        for inv in local {
            if let Some(r) = inv.provider_ref.as_deref() {
                if !listed_refs.contains(r) {
                    out.push(Difference {
                        kind: Kind::MissingAtGateway,
                        provider: provider.to_string(),
                        id: Some(inv.id.clone()),
                        provider_ref: Some(r.to_string()),
                        local: Some(local_side(inv)),
                        gateway: None,
                        adoptable: false,
                        adopted: false,
                    });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn local(id: &str, order: &str, reference: Option<&str>, status: Status) -> Invoice {
        let mut inv = Invoice::intent(
            id.into(),
            "gw".into(),
            order.into(),
            "USD".into(),
            Decimal::from(10),
            "USDTTRC20".into(),
            None,
        );
        inv.provider_ref = reference.map(str::to_string);
        inv.amount_crypto = Some(Decimal::from(10));
        inv.status = status;
        inv
    }

    fn listed(reference: &str, order: &str, status: Status, amount: &str) -> GatewayInvoice {
        GatewayInvoice {
            order_id: Some(order.into()),
            amount_crypto: Some(Decimal::from_str(amount).unwrap()),
            ..GatewayInvoice::bare(reference, status)
        }
    }

    #[test]
    fn each_kind_of_difference_is_named_and_only_ours_are_adoptable() {
        let me = "TME0000001";
        let mine = |n: &str| format!("{}{n}", order_prefix(me));
        let journal = vec![
            local("A", &mine("a"), Some("r-a"), Status::Paid),
            local("B", &mine("b"), Some("r-b"), Status::Pending),
            local("C", &mine("c"), Some("r-c"), Status::Pending),
            local("D", &mine("d"), None, Status::Failed),
            local("E", &mine("e"), Some("r-e"), Status::Pending),
        ];
        let gateway = vec![
            listed("r-a", &mine("a"), Status::Paid, "10"),
            listed("r-b", &mine("b"), Status::Paid, "10"),
            listed("r-c", &mine("c"), Status::Pending, "12"),
            listed("r-d", &mine("d"), Status::Pending, "10"),
            listed("r-x", "cp-tother00001-zz", Status::Paid, "5"),
            listed("r-f", "web-order-77", Status::Paid, "5"),
        ];
        let found = compare("gw", &journal, &gateway, me, true);
        let kinds: Vec<(Kind, Option<&str>, bool)> = found
            .iter()
            .map(|d| (d.kind, d.provider_ref.as_deref(), d.adoptable))
            .collect();
        assert_eq!(
            kinds,
            [
                (Kind::Status, Some("r-b"), true),
                (Kind::Amount, Some("r-c"), false),
                (Kind::MissingLocally, Some("r-d"), true),
                (Kind::OtherTill, Some("r-x"), false),
                (Kind::MissingLocally, Some("r-f"), false),
                (Kind::MissingAtGateway, Some("r-e"), false),
            ]
        );
        // A status the journal is already past is a difference, not news.
        let behind = compare(
            "gw",
            &[local("A", &mine("a"), Some("r-a"), Status::Paid)],
            &[listed("r-a", &mine("a"), Status::Pending, "10")],
            me,
            false,
        );
        assert_eq!(behind.len(), 1);
        assert!(!behind[0].adoptable);
        // Without the whole day, nothing is called missing at the gateway.
        assert!(compare("gw", &journal[4..], &[], me, false).is_empty());
    }
}

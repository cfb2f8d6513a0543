//! `reconcile`: a day of this till's journal against each gateway's own
//! records (see `core::reconcile` for the comparison). Where a gateway
//! lists no day (CryptoScan), each of this till's invoices is read from it
//! instead, and invoices made elsewhere on the account cannot be seen.
//! `--adopt` applies what the gateway knows better: a status further
//! along, and a lost create of this till's, each once.

use crate::shop::Shop;
use crate::takings::Days;
use counterpay_core::reconcile::{compare, Difference, Kind};
use counterpay_core::{
    Actor, AuditEntry, Gateway, GatewayError, GatewayInvoice, Invoice, TillError,
};
use serde::Serialize;
use std::collections::HashMap;
use std::time::Duration;

/// Between two single reads where a gateway lists no day: within the
/// budget of 120 reads a minute.
const READ_PAUSE: Duration = Duration::from_millis(500);

#[derive(Debug, Clone, Serialize)]
pub struct Reconciliation {
    pub date: String,
    pub differences: Vec<Difference>,
    /// Gateways that list no day, with what was compared instead.
    pub notes: Vec<counterpay_core::Said>,
}

impl Reconciliation {
    /// Differences left after any adoption; another till's invoices are not.
    pub fn unresolved(&self) -> usize {
        self.differences
            .iter()
            .filter(|d| d.kind != Kind::OtherTill && !d.adopted)
            .count()
    }
}

/// The gateway's side of the day, and whether it is the whole day.
async fn gateway_day(
    gateway: &dyn Gateway,
    days: Days,
    local: &[Invoice],
) -> Result<(Vec<GatewayInvoice>, bool), GatewayError> {
    match gateway.list_created(days.from, days.to).await {
        Ok(list) => return Ok((list, true)),
        Err(GatewayError::Unsupported(_)) => {}
        Err(e) => return Err(e),
    }
    let mut found = Vec::new();
    for (n, inv) in local.iter().enumerate() {
        if n > 0 {
            tokio::time::sleep(READ_PAUSE).await;
        }
        let read = match &inv.provider_ref {
            Some(r) => gateway.status(r).await.map(Some),
            None => gateway.find_by_order_id(&inv.order_id).await,
        };
        match read {
            Ok(Some(gw)) => found.push(gw),
            Ok(None) | Err(GatewayError::NotFound(_)) => {}
            Err(e) => return Err(e),
        }
    }
    Ok((found, false))
}

impl Shop {
    pub async fn reconcile(
        &self,
        days: Days,
        provider: Option<&str>,
        adopt: bool,
    ) -> Result<Reconciliation, TillError> {
        let providers = match provider {
            Some(name) => vec![self.provider(Some(name))?],
            None => self
                .journal
                .providers()
                .map_err(|e| TillError::Invalid(e.to_string()))?,
        };
        let till_id = self
            .journal
            .till_id()
            .map_err(|e| TillError::Invalid(e.to_string()))?;
        let day = self
            .journal
            .invoices_between(days.from, days.to, None)
            .map_err(|e| TillError::Invalid(e.to_string()))?;
        let mut report = Reconciliation {
            date: days.first.to_string(),
            differences: Vec::new(),
            notes: Vec::new(),
        };
        let till = self.till();
        for cfg in providers {
            let local: Vec<Invoice> = day
                .iter()
                .filter(|i| i.provider == cfg.name)
                .cloned()
                .collect();
            let gateway = self.gateway(&cfg.name).await?;
            let (listed, complete) = gateway_day(gateway.as_ref(), days, &local).await?;
            if !complete {
                report.notes.push(counterpay_core::said!(
                    "takings-reconcile-no-list",
                    "{provider}: its API lists no day, so each of this till's invoices was read instead; \
                     invoices made elsewhere on the account cannot be seen",
                    provider = &cfg.name
                ));
            }
            let by_ref: HashMap<&str, &GatewayInvoice> = listed
                .iter()
                .map(|g| (g.provider_ref.as_str(), g))
                .collect();
            let mut found = compare(&cfg.name, &local, &listed, &till_id, complete);
            if adopt {
                for d in found.iter_mut().filter(|d| d.adoptable) {
                    d.adopted = match (d.kind, &d.id, d.provider_ref.as_deref()) {
                        (Kind::Status, Some(id), _) => till.refresh(id).await?.1,
                        (Kind::MissingLocally, Some(id), Some(r)) => match by_ref.get(r) {
                            Some(gw) => {
                                till.adopt_found(id, gw)?;
                                true
                            }
                            None => false,
                        },
                        _ => false,
                    };
                }
            }
            report.differences.extend(found);
        }
        let adopted = report.differences.iter().filter(|d| d.adopted).count();
        if adopted > 0 {
            self.journal
                .record_audit(
                    "",
                    &AuditEntry::new(
                        &Actor::command_line(),
                        "reconciled",
                        serde_json::json!({ "date": report.date, "adopted": adopted }),
                    ),
                )
                .map_err(|e| TillError::Invalid(e.to_string()))?;
        }
        Ok(report)
    }
}

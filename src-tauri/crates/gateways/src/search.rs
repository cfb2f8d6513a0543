//! Paging through a gateway's list: finding the invoice of an order (how a
//! lost create answer is healed where the gateway has no lookup by order),
//! and reading a day's invoices for the end-of-day reconciliation.

use crate::wire::Page;
use chrono::{DateTime, Utc};
use counterpay_core::{GatewayError, GatewayInvoice};
use std::future::Future;
use std::time::Duration;

/// Between two pages of a day's list: at most 120 reads a minute, the
/// budget a gateway gets from the watcher too.
const PAGE_PAUSE: Duration = Duration::from_millis(500);

/// Reads pages `0..max_pages` (`fetch(n)`, newest first as the gateways
/// list them) and keeps the invoices made in `[from, to)`. Stops after a
/// short page, or a page whose invoices are all older than `from`.
pub async fn list_between<F, Fut>(
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    page_size: usize,
    max_pages: usize,
    mut fetch: F,
) -> Result<Vec<GatewayInvoice>, GatewayError>
where
    F: FnMut(usize) -> Fut,
    Fut: Future<Output = Result<Page<GatewayInvoice>, GatewayError>>,
{
    let mut found = Vec::new();
    for page in 0..max_pages {
        if page > 0 {
            tokio::time::sleep(PAGE_PAUSE).await;
        }
        let Page {
            items: invoices,
            sent: count,
        } = fetch(page).await?;
        // A page whose items were all left out tells nothing of their age.
        let all_older = !invoices.is_empty()
            && invoices
                .iter()
                .all(|i| i.created_at.is_some_and(|t| t < from));
        found.extend(
            invoices
                .into_iter()
                .filter(|i| i.created_at.is_none_or(|t| t >= from && t < to)),
        );
        if count < page_size || all_older {
            return Ok(found);
        }
    }
    Err(GatewayError::Unavailable(format!(
        "the list is longer than {max_pages} pages; reconcile one gateway at a time later"
    )))
}

/// Reads pages `0..max_pages` (`fetch(n)`) until one holds `order_id` or
/// a page comes back shorter than `page_size` (the last one).
pub async fn find_order<F, Fut>(
    order_id: &str,
    page_size: usize,
    max_pages: usize,
    mut fetch: F,
) -> Result<Option<GatewayInvoice>, GatewayError>
where
    F: FnMut(usize) -> Fut,
    Fut: Future<Output = Result<Page<GatewayInvoice>, GatewayError>>,
{
    for page in 0..max_pages {
        let Page {
            items: invoices,
            sent: count,
        } = fetch(page).await?;
        if let Some(found) = invoices
            .into_iter()
            .find(|i| i.order_id.as_deref() == Some(order_id))
        {
            return Ok(Some(found));
        }
        if count < page_size {
            break;
        }
    }
    Ok(None)
}

//! Finding the invoice of an order by paging through a gateway's list: how
//! a lost create answer is healed where the gateway has no lookup by order.

use counterpay_core::{GatewayError, GatewayInvoice};
use std::future::Future;

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
    Fut: Future<Output = Result<Vec<GatewayInvoice>, GatewayError>>,
{
    for page in 0..max_pages {
        let invoices = fetch(page).await?;
        let count = invoices.len();
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

//! The desktop shell: thin Tauri commands over the shop, the watcher's
//! changes forwarded to the windows as events, and the customer display.

mod back_office;
mod cart;
mod commands;
mod customer;
mod error;
mod gateway_health;
mod hq;
mod payouts;
mod people;
mod refunds;
mod reports;
mod session;
#[cfg(test)]
mod tests;
mod updates;
mod view;

pub use customer::{CustomerScreen, CustomerView};
pub use error::CommandError;
pub use view::InvoiceView;

use crate::notify;
use crate::shop::Shop;
use counterpay_core::{Invoice, ProviderKind, Till, Watcher};
use std::sync::{Arc, Mutex};
use tauri::ipc::Channel;
use tauri::{AppHandle, Emitter, Manager, Runtime};

/// The label of the customer-facing window.
pub const CUSTOMER: &str = "customer";
/// The label of the counter window.
pub const COUNTER: &str = "main";

/// What a notification is about, for the counter window to put in words.
#[derive(serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Notice<'a> {
    Sale {
        invoice: &'a InvoiceView,
    },
    Withdrawal {
        withdrawal: &'a counterpay_core::payout::Withdrawal,
    },
}

pub struct Desktop {
    shop: Shop,
    till: Arc<Till>,
    watcher: Arc<Watcher>,
    sessions: session::Sessions,
    updates: updates::Updates,
    /// Charges hold it shared; installing an update takes it alone.
    sales: tokio::sync::RwLock<()>,
    /// The customer display's own channel: it hears nothing else.
    customer: Mutex<Option<Channel<CustomerScreen>>>,
    /// The cart on the customer display, with the tips it offers, until
    /// an invoice takes its place.
    cart_shown: Mutex<Option<customer::CartView>>,
    /// The withdrawal the owner checked last: what Send sends.
    checked: Mutex<Option<crate::payouts::Checked>>,
    /// The refund the owner checked last, with its invoice's id.
    refund_checked: Mutex<Option<(String, crate::payouts::Checked)>>,
    /// How shipping to HQ went last.
    hq: Mutex<hq::HqIndicator>,
    /// Wakes the shipper when the journal took a change.
    hq_wanted: tokio::sync::Notify,
}

impl Desktop {
    pub fn new(shop: Shop) -> Desktop {
        let till = Arc::new(shop.till());
        let cfg = shop
            .settings()
            .map(|s| s.watch_config())
            .unwrap_or_default();
        let watcher = Watcher::new(till.clone(), cfg);
        Desktop {
            shop,
            till,
            watcher,
            sessions: session::Sessions::default(),
            updates: updates::Updates::new(),
            sales: tokio::sync::RwLock::new(()),
            customer: Mutex::new(None),
            cart_shown: Mutex::new(None),
            checked: Mutex::new(None),
            refund_checked: Mutex::new(None),
            hq: Mutex::new(hq::HqIndicator::Off),
            hq_wanted: tokio::sync::Notify::new(),
        }
    }

    fn is_sandbox(&self, invoice: &Invoice) -> bool {
        self.shop
            .provider(Some(&invoice.provider))
            .is_ok_and(|p| p.kind == ProviderKind::Sandbox)
    }

    pub fn view(&self, invoice: Invoice) -> InvoiceView {
        let sandbox = self.is_sandbox(&invoice);
        InvoiceView::of(invoice, sandbox)
    }

    /// Puts an invoice on the customer display (and reads it at the fast pace).
    fn display<R: Runtime>(&self, _app: &AppHandle<R>, view: Option<&InvoiceView>) {
        let id = view.map(|v| v.invoice.id.clone());
        self.watcher.show(id.as_deref());
        *self.cart_shown.lock().unwrap_or_else(|p| p.into_inner()) = None;
        self.to_customer(view.map_or(CustomerScreen::Welcome, |v| {
            CustomerScreen::Invoice(Box::new(CustomerView::of(v)))
        }));
    }

    /// A change from the watcher or a command: to the counter, to the
    /// customer display when it shows that invoice, and as a notification.
    fn changed<R: Runtime>(&self, app: &AppHandle<R>, invoice: Invoice, notify_os: bool) {
        self.hq_wanted.notify_one();
        let view = self.view(invoice);
        let _ = app.emit_to(COUNTER, "invoice", &view);
        if self.watcher.shown().as_deref() == Some(view.invoice.id.as_str()) {
            self.to_customer(CustomerScreen::Invoice(Box::new(CustomerView::of(&view))));
        }
        if notify_os && notify::worth_telling(&view.invoice) {
            self.notify(app, &Notice::Sale { invoice: &view });
        }
    }

    /// Whether the owner wants OS notifications.
    fn notifications_wanted(&self) -> bool {
        self.shop
            .settings()
            .map(|s| s.notifications)
            .unwrap_or(true)
    }

    /// Asks the counter window to word a notification in the staff's
    /// language; it hands the words back to `notify`, which shows them.
    fn notify<R: Runtime>(&self, app: &AppHandle<R>, notice: &Notice) {
        if self.notifications_wanted() {
            let _ = app.emit_to(COUNTER, "notify", notice);
        }
    }
}

/// The app's builder, generic over the runtime so tests can use
/// `tauri::test::mock_builder`.
pub fn builder<R: Runtime>(builder: tauri::Builder<R>, shop: Shop) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_updater::Builder::new().build())
        .manage(Desktop::new(shop))
        .invoke_handler(commands::handler())
        .setup(|app| {
            start_watching(app.handle().clone());
            updates::check_at_start(app.handle().clone());
            payouts::track(app.handle().clone());
            keep_head(app.handle().clone());
            keep_daily_backups(app.handle().clone());
            hq::keep_shipping(app.handle().clone());
            gateway_health::keep_watching(app.handle().clone());
            Ok(())
        })
}

/// How often the journal's newest event is recorded off the file while the
/// app runs (it is recorded on exit and at each Z-report too).
const HEAD_EVERY: std::time::Duration = std::time::Duration::from_secs(10);

fn keep_head<R: Runtime>(app: AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        let mut tick = tokio::time::interval(HEAD_EVERY);
        loop {
            tick.tick().await;
            app.state::<Desktop>().shop.record_head();
        }
    });
}

/// How often the app looks whether today's backup is made yet.
const BACKUP_EVERY: std::time::Duration = std::time::Duration::from_secs(30 * 60);

/// The owner's daily copy of the journal, made at start and then once a
/// day while the app runs (see `Shop::daily_backup`).
fn keep_daily_backups<R: Runtime>(app: AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        let mut tick = tokio::time::interval(BACKUP_EVERY);
        loop {
            tick.tick().await;
            let app = app.clone();
            let made = tauri::async_runtime::spawn_blocking(move || {
                let shop = &app.state::<Desktop>().shop;
                shop.daily_backup(shop.zone().today())
            })
            .await;
            match made {
                Ok(Ok(Some(m))) => {
                    tracing::info!(file = %m.file.display(), events = m.events, "daily backup made")
                }
                Ok(Ok(None)) => {}
                Ok(Err(e)) => tracing::warn!(error = %e, "the daily backup failed"),
                Err(e) => tracing::warn!(error = %e, "the daily backup stopped"),
            }
        }
    });
}

/// What the app does as it ends: the newest event recorded off the file.
pub fn on_exit<R: Runtime>(app: &AppHandle<R>) {
    app.state::<Desktop>().shop.record_head();
}

/// Runs the watcher for the app's life and forwards its changes.
fn start_watching<R: Runtime>(app: AppHandle<R>) {
    let desktop = app.state::<Desktop>();
    let watcher = desktop.watcher.clone();
    let mut changes = watcher.subscribe();
    tauri::async_runtime::spawn(watcher.run());
    tauri::async_runtime::spawn(async move {
        use tokio::sync::broadcast::error::RecvError;
        loop {
            match changes.recv().await {
                Ok(invoice) => app.state::<Desktop>().changed(&app, invoice, true),
                Err(RecvError::Lagged(n)) => {
                    tracing::warn!(missed = n, "the counter fell behind the watcher")
                }
                Err(RecvError::Closed) => break,
            }
        }
    });
}

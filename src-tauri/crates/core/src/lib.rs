//! Counterpay's core: money, the invoice state machine, the till and
//! reports. It knows no database, no HTTP and no window; those are behind
//! the `Ledger` and `Gateway` ports.

pub mod address;
pub mod audit;
pub mod catalog;
pub mod export;
pub mod gateway;
pub mod health;
pub mod invoice;
pub mod ledger;
pub mod money;
pub mod payment_uri;
pub mod payout;
pub mod provider;
pub mod reconcile;
pub mod report;
pub mod retry;
pub mod said;
pub mod sale;
pub mod settings;
pub mod shift;
pub mod staff;
pub mod status;
pub mod till;
pub mod watcher;
pub mod zone;

pub use audit::{Actor, AuditEntry};
pub use gateway::{CreateRequest, Currency, Gateway, GatewayError, GatewayInvoice};
pub use health::{GatewayHealth, Health, HealthBoard, Observed};
pub use invoice::{Confirmations, Invoice};
pub use ledger::{Claim, EventKind, Ledger, LedgerError, Watched};
pub use money::{AmountError, Asset, Fiat};
pub use provider::{ProviderConfig, ProviderKind};
pub use said::Said;
pub use staff::{Permission, Role, StaffMember, StaffRecord};
pub use status::{Flag, Status};
pub use till::{ChargeRequest, GatewayDirectory, Till, TillError};
pub use watcher::{WatchConfig, Watcher};
pub use zone::TillZone;

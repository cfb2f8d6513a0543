//! The simulated gateway's state, kept in an SQLite file so that separate
//! processes (the app, `counterpay watch`, `counterpay sandbox pay`) see one
//! gateway. Statuses are computed from timestamps when read, so nothing has
//! to run in the background for confirmations to climb or invoices to expire.

use chrono::{DateTime, Utc};
use counterpay_core::money::Asset;
use rand::Rng;
use rusqlite::{params, Connection, OptionalExtension};
use rust_decimal::{Decimal, RoundingStrategy};
use std::path::Path;
use std::str::FromStr;
use std::sync::Mutex;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct SimConfig {
    pub client_id: String,
    pub client_secret: String,
    pub api_key: String,
    pub token_ttl: Duration,
    /// Time from one confirmation to the next after a transfer is seen.
    pub confirmation_interval: Duration,
    pub required_confirmations: u32,
    pub default_expiry_minutes: u32,
    /// CryptoPayment's api key and secret, CryptoScan's public and private key.
    pub merchant_key: String,
    pub merchant_secret: String,
    /// How long after its expiry time an unpaid payment still shows as
    /// waiting: a gateway that is slow to expire.
    pub expiry_lag: Duration,
}

impl SimConfig {
    /// The built-in sandbox: fixed credentials that are not secrets.
    pub fn sandbox() -> Self {
        SimConfig {
            client_id: "sandbox".into(),
            client_secret: "sandbox".into(),
            api_key: "sandbox".into(),
            token_ttl: Duration::from_secs(3600),
            confirmation_interval: Duration::from_secs(1),
            required_confirmations: 2,
            default_expiry_minutes: 15,
            merchant_key: "sandbox".into(),
            merchant_secret: "sandbox".into(),
            expiry_lag: Duration::ZERO,
        }
    }
}

/// A payable asset of the simulator: its price in USD and its limits.
pub struct SimCurrency {
    pub code: &'static str,
    pub name: &'static str,
    pub token: &'static str,
    pub blockchain: &'static str,
    pub usd_price: &'static str,
    pub min_usd: &'static str,
    pub max_usd: &'static str,
}

pub const CURRENCIES: &[SimCurrency] = &[
    SimCurrency {
        code: "USDTTRC20",
        name: "Tether USD (TRC-20)",
        token: "usdt",
        blockchain: "trx",
        usd_price: "1",
        min_usd: "1.00",
        max_usd: "100000.00",
    },
    SimCurrency {
        code: "USDTERC20",
        name: "Tether USD (ERC-20)",
        token: "usdt",
        blockchain: "eth",
        usd_price: "1",
        min_usd: "5.00",
        max_usd: "100000.00",
    },
    SimCurrency {
        code: "USDTBEP20",
        name: "Tether USD (BEP-20)",
        token: "usdt",
        blockchain: "bsc",
        usd_price: "1",
        min_usd: "1.00",
        max_usd: "100000.00",
    },
    SimCurrency {
        code: "BTC",
        name: "Bitcoin",
        token: "btc",
        blockchain: "btc",
        usd_price: "65000",
        min_usd: "2.00",
        max_usd: "250000.00",
    },
    SimCurrency {
        code: "ETH",
        name: "Ethereum",
        token: "eth",
        blockchain: "eth",
        usd_price: "3000",
        min_usd: "2.00",
        max_usd: "250000.00",
    },
    SimCurrency {
        code: "LTC",
        name: "Litecoin",
        token: "ltc",
        blockchain: "ltc",
        usd_price: "80",
        min_usd: "1.00",
        max_usd: "50000.00",
    },
];

/// Value of one unit of a fiat in USD.
pub fn fiat_usd(code: &str) -> Option<Decimal> {
    let v = match code {
        "USD" => "1",
        "EUR" => "1.08",
        "GBP" => "1.27",
        "CHF" => "1.13",
        "CAD" => "0.73",
        "AUD" => "0.66",
        "JPY" => "0.0067",
        _ => return None,
    };
    Decimal::from_str(v).ok()
}

pub fn currency(code: &str) -> Option<&'static SimCurrency> {
    CURRENCIES.iter().find(|c| c.code == code)
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).expect("simulator constants are decimals")
}

/// Amounts are quoted to 8 decimals, or fewer where the chain has fewer.
fn quote_scale(code: &str) -> u32 {
    Asset::parse(code).map(|a| a.scale().min(8)).unwrap_or(8)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// 429 with this Retry-After in seconds.
    RateLimit(u64),
    ServerError(u16),
    Hang,
    Reset,
    Malformed,
    /// The create is made, then answered with 500.
    CreateThen500,
    /// The create is made, then the answer never comes.
    CreateThenHang,
    /// A 302 to another host, as a hijacked or moved endpoint answers.
    Redirect,
    /// A 200 whose body is larger than any gateway answer.
    Huge,
}

impl Fault {
    fn encode(&self) -> (String, i64) {
        match self {
            Fault::RateLimit(s) => ("429".into(), *s as i64),
            Fault::ServerError(code) => ("status".into(), *code as i64),
            Fault::Hang => ("hang".into(), 0),
            Fault::Reset => ("reset".into(), 0),
            Fault::Malformed => ("malformed".into(), 0),
            Fault::CreateThen500 => ("create_then_500".into(), 0),
            Fault::CreateThenHang => ("create_then_hang".into(), 0),
            Fault::Redirect => ("redirect".into(), 0),
            Fault::Huge => ("huge".into(), 0),
        }
    }

    fn decode(kind: &str, arg: i64) -> Option<Fault> {
        Some(match kind {
            "429" => Fault::RateLimit(arg as u64),
            "status" => Fault::ServerError(arg as u16),
            "hang" => Fault::Hang,
            "reset" => Fault::Reset,
            "malformed" => Fault::Malformed,
            "create_then_500" => Fault::CreateThen500,
            "create_then_hang" => Fault::CreateThenHang,
            "redirect" => Fault::Redirect,
            "huge" => Fault::Huge,
            _ => return None,
        })
    }

    /// Faults that let the request take effect before they strike.
    pub fn after_effect(&self) -> bool {
        matches!(self, Fault::CreateThen500 | Fault::CreateThenHang)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimPayment {
    pub id: String,
    pub order_id: String,
    pub description: Option<String>,
    pub currency: String,
    pub price_currency: String,
    pub amount_fiat: Decimal,
    pub amount_crypto: Decimal,
    pub address: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub paid: Decimal,
    pub last_paid_at: Option<DateTime<Utc>>,
    pub txid: Option<String>,
    pub via_api_key: bool,
    /// The row number: CryptoScan's integer invoice id.
    pub number: i64,
    pub metadata: Option<String>,
    /// `cancelled` or `paid_manually`, set by the merchant, beats the clock.
    pub overridden: Option<String>,
}

/// Where a payment stands at a moment, in no gateway's words: each
/// protocol's router says it in its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SimStatus {
    Waiting,
    Confirming,
    /// Enough confirmations; `partial` when less than asked arrived.
    Completed {
        partial: bool,
    },
    Expired,
    Cancelled,
    /// Confirmed by hand in the merchant's dashboard.
    PaidManually,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SimView {
    pub status: SimStatus,
    pub confirmations: u32,
}

impl SimPayment {
    pub fn view(&self, now: DateTime<Utc>, cfg: &SimConfig) -> SimView {
        let at = |status, confirmations| SimView {
            status,
            confirmations,
        };
        match self.overridden.as_deref() {
            Some("cancelled") => return at(SimStatus::Cancelled, 0),
            Some("paid_manually") => {
                return at(SimStatus::PaidManually, cfg.required_confirmations)
            }
            _ => {}
        }
        let Some(paid_at) = self.last_paid_at.filter(|_| self.paid > Decimal::ZERO) else {
            let lag = chrono::Duration::from_std(cfg.expiry_lag).unwrap_or_default();
            let status = if now >= self.expires_at + lag {
                SimStatus::Expired
            } else {
                SimStatus::Waiting
            };
            return at(status, 0);
        };
        let elapsed = (now - paid_at).to_std().unwrap_or_default();
        let interval = cfg.confirmation_interval.max(Duration::from_millis(1));
        let confirmations =
            ((elapsed.as_millis() / interval.as_millis()) as u32).min(cfg.required_confirmations);
        if confirmations < cfg.required_confirmations {
            return at(SimStatus::Confirming, confirmations);
        }
        at(
            SimStatus::Completed {
                partial: self.paid < self.amount_crypto,
            },
            confirmations,
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimRejection {
    pub http_status: u16,
    pub code: &'static str,
    pub message: String,
}

fn reject(http_status: u16, code: &'static str, message: String) -> SimRejection {
    SimRejection {
        http_status,
        code,
        message,
    }
}

fn supported(code: &str) -> Result<&'static SimCurrency, SimRejection> {
    currency(code).ok_or_else(|| {
        reject(
            422,
            "currency_invalid",
            format!("currency {code} is not supported"),
        )
    })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimBalance {
    pub asset: String,
    pub available: Decimal,
    pub pending: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimWithdrawal {
    pub id: i64,
    pub asset: String,
    /// What leaves the balance; the fee comes out of it.
    pub amount: Decimal,
    pub fee: Decimal,
    pub address: String,
    /// Waiting for the gateway's manual review.
    pub review: bool,
    pub custom_id: Option<String>,
    pub completed: bool,
    pub created_at: DateTime<Utc>,
}

/// How long a simulated withdrawal takes to complete, review or not.
const PAYOUT_SETTLES_AFTER_MS: i64 = 3_000;

/// What a create asks for.
pub struct NewPayment<'a> {
    pub order_id: &'a str,
    pub description: Option<&'a str>,
    pub metadata: Option<&'a str>,
    pub currency: &'a str,
    pub price: Price<'a>,
    pub expiry_minutes: Option<u32>,
    pub via_api_key: bool,
}

impl<'a> NewPayment<'a> {
    /// A plain create priced in fiat, the common case.
    pub fn priced(order_id: &'a str, currency: &'a str, fiat: &'a str, amount: Decimal) -> Self {
        NewPayment {
            order_id,
            description: None,
            metadata: None,
            currency,
            price: Price::Fiat { code: fiat, amount },
            expiry_minutes: None,
            via_api_key: false,
        }
    }
}

pub enum Price<'a> {
    Fiat { code: &'a str, amount: Decimal },
    Crypto(Decimal),
}

fn check_limits(c: &SimCurrency, usd: Decimal, amount: Decimal) -> Result<(), SimRejection> {
    if amount <= Decimal::ZERO {
        return Err(reject(
            400,
            "invalid_request",
            "amount must be positive".into(),
        ));
    }
    if usd < dec(c.min_usd) || usd > dec(c.max_usd) {
        return Err(reject(
            400,
            "invalid_request",
            format!(
                "amount must be between {} and {} USD for {}",
                c.min_usd, c.max_usd, c.code
            ),
        ));
    }
    Ok(())
}

pub struct SimState {
    conn: Mutex<Connection>,
    pub config: SimConfig,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS payments (
    id TEXT PRIMARY KEY, order_id TEXT NOT NULL, description TEXT, currency TEXT NOT NULL,
    price_currency TEXT NOT NULL, amount_fiat TEXT NOT NULL, amount_crypto TEXT NOT NULL,
    address TEXT NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,
    paid TEXT NOT NULL, last_paid_at INTEGER, txid TEXT, via_api_key INTEGER NOT NULL,
    metadata TEXT, overridden TEXT);
CREATE TABLE IF NOT EXISTS payouts (
    id INTEGER PRIMARY KEY, asset TEXT NOT NULL, amount TEXT NOT NULL, fee TEXT NOT NULL,
    address TEXT NOT NULL, review INTEGER NOT NULL, custom_id TEXT, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (token TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS faults (id INTEGER PRIMARY KEY, route TEXT NOT NULL, kind TEXT NOT NULL, arg INTEGER NOT NULL, remaining INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS requests (route TEXT PRIMARY KEY, count INTEGER NOT NULL);
";

fn ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

fn from_ms(v: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(v).unwrap_or_default()
}

fn random_string(alphabet: &[u8], len: usize) -> String {
    let mut rng = rand::rng();
    (0..len)
        .map(|_| alphabet[rng.random_range(0..alphabet.len())] as char)
        .collect()
}

fn address_for(blockchain: &str) -> String {
    const BASE58: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    const BECH32: &[u8] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    const HEX: &[u8] = b"0123456789abcdef";
    match blockchain {
        "trx" => format!("T{}", random_string(BASE58, 33)),
        "btc" => format!("bc1q{}", random_string(BECH32, 38)),
        "ltc" => format!("ltc1q{}", random_string(BECH32, 38)),
        _ => format!("0x{}", random_string(HEX, 40)),
    }
}

fn new_uuid() -> String {
    let h = random_string(b"0123456789abcdef", 32);
    format!(
        "{}-{}-4{}-a{}-{}",
        &h[0..8],
        &h[8..12],
        &h[13..16],
        &h[17..20],
        &h[20..32]
    )
}

impl SimState {
    pub fn open(path: &Path, config: SimConfig) -> rusqlite::Result<Self> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.execute_batch(SCHEMA)?;
        Ok(SimState {
            conn: Mutex::new(conn),
            config,
        })
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Creates a payment. A fiat price is quoted in the asset at the
    /// simulator's fixed prices, rounded up.
    pub fn create(&self, new: NewPayment<'_>) -> Result<SimPayment, SimRejection> {
        let c = supported(new.currency)?;
        let (price_currency, amount_fiat, crypto) = match new.price {
            Price::Fiat { code, amount } => {
                let to_usd = fiat_usd(code).ok_or_else(|| {
                    reject(
                        400,
                        "invalid_request",
                        format!("currency {code} is not supported"),
                    )
                })?;
                let usd = amount * to_usd;
                check_limits(c, usd, amount)?;
                let crypto = (usd / dec(c.usd_price))
                    .round_dp_with_strategy(quote_scale(c.code), RoundingStrategy::AwayFromZero);
                (code, amount, crypto)
            }
            Price::Crypto(amount) => {
                let usd = amount * dec(c.usd_price);
                check_limits(c, usd, amount)?;
                ("USD", usd.round_dp(2), amount)
            }
        };
        let now = Utc::now();
        let minutes = new
            .expiry_minutes
            .unwrap_or(self.config.default_expiry_minutes)
            .clamp(1, 24 * 60);
        let expires_at = now + chrono::Duration::minutes(minutes.into());
        let id = new_uuid();
        let conn = self.conn();
        conn.execute(
            "INSERT INTO payments (id, order_id, description, currency, price_currency, amount_fiat, amount_crypto,
               address, created_at, expires_at, paid, last_paid_at, txid, via_api_key, metadata, overridden)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, '0', NULL, NULL, ?11, ?12, NULL)",
            params![
                id, new.order_id, new.description, c.code, price_currency,
                amount_fiat.to_string(), crypto.to_string(), address_for(c.blockchain),
                ms(now), ms(expires_at), new.via_api_key, new.metadata
            ],
        )
        .map_err(|e| reject(500, "server_error", e.to_string()))?;
        drop(conn);
        self.payment(&id)
            .ok_or_else(|| reject(500, "server_error", "the payment was not stored".into()))
    }

    fn read(row: &rusqlite::Row<'_>) -> rusqlite::Result<SimPayment> {
        let d = |i: usize| -> rusqlite::Result<Decimal> {
            let s: String = row.get(i)?;
            Decimal::from_str(&s).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    i,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            })
        };
        Ok(SimPayment {
            id: row.get(0)?,
            order_id: row.get(1)?,
            description: row.get(2)?,
            currency: row.get(3)?,
            price_currency: row.get(4)?,
            amount_fiat: d(5)?,
            amount_crypto: d(6)?,
            address: row.get(7)?,
            created_at: from_ms(row.get(8)?),
            expires_at: from_ms(row.get(9)?),
            paid: d(10)?,
            last_paid_at: row.get::<_, Option<i64>>(11)?.map(from_ms),
            txid: row.get(12)?,
            via_api_key: row.get(13)?,
            number: row.get(14)?,
            metadata: row.get(15)?,
            overridden: row.get(16)?,
        })
    }

    const COLUMNS: &'static str = "id, order_id, description, currency, price_currency, amount_fiat, amount_crypto, address, created_at, expires_at, paid, last_paid_at, txid, via_api_key, rowid, metadata, overridden";

    /// A payment by its id, or by its number (the id CryptoScan shows).
    pub fn payment(&self, reference: &str) -> Option<SimPayment> {
        self.conn()
            .query_row(
                &format!(
                    "SELECT {} FROM payments WHERE id = ?1 OR CAST(rowid AS TEXT) = ?1",
                    Self::COLUMNS
                ),
                [reference],
                Self::read,
            )
            .optional()
            .ok()
            .flatten()
    }

    /// Newest first, as a gateway's list usually is; with the total count.
    pub fn list(&self, limit: usize, offset: usize) -> (usize, Vec<SimPayment>) {
        let conn = self.conn();
        let total: i64 = conn
            .query_row("SELECT count(*) FROM payments", [], |r| r.get(0))
            .unwrap_or(0);
        let mut stmt = match conn.prepare(&format!(
            "SELECT {} FROM payments ORDER BY created_at DESC, rowid DESC LIMIT ?1 OFFSET ?2",
            Self::COLUMNS
        )) {
            Ok(s) => s,
            Err(_) => return (0, Vec::new()),
        };
        let rows = stmt
            .query_map(params![limit as i64, offset as i64], Self::read)
            .map(|r| r.filter_map(Result::ok).collect())
            .unwrap_or_default();
        (total as usize, rows)
    }

    pub fn count_for_order(&self, order_id: &str) -> usize {
        self.conn()
            .query_row(
                "SELECT count(*) FROM payments WHERE order_id = ?1",
                [order_id],
                |r| r.get::<_, i64>(0),
            )
            .unwrap_or(0) as usize
    }

    pub fn payment_count(&self) -> usize {
        self.conn()
            .query_row("SELECT count(*) FROM payments", [], |r| r.get::<_, i64>(0))
            .unwrap_or(0) as usize
    }

    /// The simulated payer sends `amount` (the full amount when `None`).
    /// Paying after expiry is allowed: that is a late payment.
    pub fn pay(&self, id: &str, amount: Option<Decimal>) -> Result<SimPayment, String> {
        let p = self
            .payment(id)
            .ok_or_else(|| format!("the sandbox has no payment {id}"))?;
        let amount = amount.unwrap_or(p.amount_crypto - p.paid.min(p.amount_crypto));
        if amount <= Decimal::ZERO {
            return Err("the payment is already paid in full; give an --amount to pay more".into());
        }
        let txid = format!("0x{}", random_string(b"0123456789abcdef", 64));
        self.update(
            &p.id,
            "paid = ?2, last_paid_at = ?3, txid = ?4",
            &[&(p.paid + amount).to_string(), &ms(Utc::now()), &txid],
        )
    }

    /// Makes the payment's expiry time now.
    pub fn expire(&self, reference: &str) -> Result<SimPayment, String> {
        self.update(reference, "expires_at = ?2", &[&ms(Utc::now())])
    }

    /// The merchant confirms a payment by hand, naming its transaction; the
    /// gateway then counts it as paid in full.
    pub fn confirm_manually(&self, reference: &str, txid: &str) -> Result<SimPayment, String> {
        let p = self
            .payment(reference)
            .ok_or_else(|| format!("the sandbox has no payment {reference}"))?;
        let paid = p.paid.max(p.amount_crypto).to_string();
        self.update(
            reference,
            "overridden = 'paid_manually', txid = ?2, paid = ?3",
            &[&txid, &paid],
        )
    }

    /// The merchant cancels a payment.
    pub fn cancel(&self, reference: &str) -> Result<SimPayment, String> {
        self.update(reference, "overridden = 'cancelled'", &[])
    }

    /// Applies `set` (an SQL SET clause whose values are `?2`...) to the
    /// payment `reference` names.
    fn update(
        &self,
        reference: &str,
        set: &str,
        values: &[&dyn rusqlite::ToSql],
    ) -> Result<SimPayment, String> {
        let p = self
            .payment(reference)
            .ok_or_else(|| format!("the sandbox has no payment {reference}"))?;
        let mut all: Vec<&dyn rusqlite::ToSql> = vec![&p.id];
        all.extend_from_slice(values);
        self.conn()
            .execute(
                &format!("UPDATE payments SET {set} WHERE id = ?1"),
                all.as_slice(),
            )
            .map_err(|e| e.to_string())?;
        self.payment(&p.id)
            .ok_or_else(|| format!("the sandbox lost payment {reference}"))
    }

    /// Payments whose id, order id, address or transaction equals `query`.
    pub fn search(&self, query: &str) -> Vec<SimPayment> {
        let conn = self.conn();
        let Ok(mut stmt) = conn.prepare(&format!(
            "SELECT {} FROM payments WHERE id = ?1 OR order_id = ?1 OR address = ?1 OR txid = ?1 OR CAST(rowid AS TEXT) = ?1 ORDER BY rowid DESC",
            Self::COLUMNS
        )) else {
            return Vec::new();
        };
        stmt.query_map([query], Self::read)
            .map(|r| r.filter_map(Result::ok).collect())
            .unwrap_or_default()
    }

    /// Per asset: what completed payments credited less what was
    /// withdrawn (fees included), and what is still confirming.
    pub fn balances(&self) -> Vec<SimBalance> {
        let now = Utc::now();
        let mut out: std::collections::BTreeMap<String, SimBalance> = Default::default();
        let (_, payments) = self.list(usize::MAX >> 1, 0);
        for p in payments {
            let b = out.entry(p.currency.clone()).or_insert_with(|| SimBalance {
                asset: p.currency.clone(),
                available: Decimal::ZERO,
                pending: Decimal::ZERO,
            });
            match p.view(now, &self.config).status {
                SimStatus::Completed { .. } | SimStatus::PaidManually => b.available += p.paid,
                SimStatus::Confirming => b.pending += p.paid,
                _ => {}
            }
        }
        for w in self.withdrawals() {
            if let Some(b) = out.get_mut(&w.asset) {
                b.available -= w.amount;
            }
        }
        out.into_values().collect()
    }

    pub fn withdraw(
        &self,
        asset: &str,
        amount: Decimal,
        fee: Decimal,
        address: &str,
        review: bool,
        custom_id: Option<&str>,
    ) -> Result<SimWithdrawal, String> {
        let conn = self.conn();
        conn.execute(
            "INSERT INTO payouts (asset, amount, fee, address, review, custom_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![asset, amount.to_string(), fee.to_string(), address, review, custom_id, ms(Utc::now())],
        )
        .map_err(|e| e.to_string())?;
        let id = conn.last_insert_rowid();
        drop(conn);
        self.withdrawals()
            .into_iter()
            .find(|w| w.id == id)
            .ok_or_else(|| "the withdrawal was not stored".to_string())
    }

    /// Every withdrawal, oldest first, completed once its time has come.
    pub fn withdrawals(&self) -> Vec<SimWithdrawal> {
        let now = ms(Utc::now());
        let conn = self.conn();
        let Ok(mut stmt) = conn.prepare(
            "SELECT id, asset, amount, fee, address, review, custom_id, created_at FROM payouts ORDER BY id",
        ) else {
            return Vec::new();
        };
        stmt.query_map([], |r| {
            let d = |i: usize| -> rusqlite::Result<Decimal> {
                Decimal::from_str(&r.get::<_, String>(i)?).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        i,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })
            };
            let created: i64 = r.get(7)?;
            Ok(SimWithdrawal {
                id: r.get(0)?,
                asset: r.get(1)?,
                amount: d(2)?,
                fee: d(3)?,
                address: r.get(4)?,
                review: r.get(5)?,
                custom_id: r.get(6)?,
                completed: now - created >= PAYOUT_SETTLES_AFTER_MS,
                created_at: from_ms(created),
            })
        })
        .map(|rows| rows.filter_map(Result::ok).collect())
        .unwrap_or_default()
    }

    /// The next `times` requests to `route` meet `fault`.
    pub fn inject(&self, route: &str, fault: Fault, times: u32) {
        let (kind, arg) = fault.encode();
        let _ = self.conn().execute(
            "INSERT INTO faults (route, kind, arg, remaining) VALUES (?1, ?2, ?3, ?4)",
            params![route, kind, arg, times],
        );
    }

    pub fn clear_faults(&self) {
        let _ = self.conn().execute("DELETE FROM faults", []);
    }

    /// Counts the request and returns the fault it meets, if any.
    pub fn arrive(&self, route: &str) -> Option<Fault> {
        let conn = self.conn();
        let _ = conn.execute(
            "INSERT INTO requests (route, count) VALUES (?1, 1) ON CONFLICT (route) DO UPDATE SET count = count + 1",
            [route],
        );
        let found: Option<(i64, String, i64)> = conn
            .query_row(
                "SELECT id, kind, arg FROM faults WHERE (route = ?1 OR route = '*') AND remaining > 0 ORDER BY id LIMIT 1",
                [route],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .ok()
            .flatten();
        let (id, kind, arg) = found?;
        let _ = conn.execute(
            "UPDATE faults SET remaining = remaining - 1 WHERE id = ?1",
            [id],
        );
        Fault::decode(&kind, arg)
    }

    pub fn requests(&self, route: &str) -> u64 {
        self.conn()
            .query_row(
                "SELECT count FROM requests WHERE route = ?1",
                [route],
                |r| r.get::<_, i64>(0),
            )
            .unwrap_or(0) as u64
    }

    pub fn issue_token(&self) -> String {
        let token = random_string(b"abcdefghijklmnopqrstuvwxyz0123456789", 40);
        let expires =
            Utc::now() + chrono::Duration::from_std(self.config.token_ttl).unwrap_or_default();
        let _ = self.conn().execute(
            "INSERT INTO tokens (token, expires_at) VALUES (?1, ?2)",
            params![token, ms(expires)],
        );
        token
    }

    pub fn token_valid(&self, token: &str) -> bool {
        self.conn()
            .query_row(
                "SELECT expires_at FROM tokens WHERE token = ?1",
                [token],
                |r| r.get::<_, i64>(0),
            )
            .map(|exp| exp > ms(Utc::now()))
            .unwrap_or(false)
    }

    /// Invalidates every token, as a gateway does on a key rotation.
    pub fn revoke_tokens(&self) {
        let _ = self.conn().execute("DELETE FROM tokens", []);
    }
}

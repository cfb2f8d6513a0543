//! A gateway simulator serving one protocol on 127.0.0.1, and tills
//! configured for it with credentials in env vars, as a shop would.

use super::*;
use counterpay_sandbox::{Protocol, SimConfig, Simulator};
use std::time::Duration;

pub const SECRET: &str = "s3cret-Very-Distinctive-9f1";

pub struct Gateway {
    runtime: tokio::runtime::Runtime,
    sim: Option<Simulator>,
    pub protocol: Protocol,
    _dir: TempDir,
}

impl Gateway {
    pub fn start(protocol: Protocol) -> Gateway {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let config = SimConfig {
            client_id: "shop-1".into(),
            client_secret: SECRET.into(),
            merchant_key: "pk-shop".into(),
            merchant_secret: SECRET.into(),
            confirmation_interval: Duration::from_millis(200),
            ..SimConfig::sandbox()
        };
        let sim = runtime
            .block_on(Simulator::start(
                &dir.path().join("gw.sqlite3"),
                config,
                protocol,
            ))
            .unwrap();
        Gateway {
            runtime,
            sim: Some(sim),
            protocol,
            _dir: dir,
        }
    }

    /// The simulator's own database, for changing what it holds behind
    /// its API's back.
    pub fn db(&self) -> rusqlite::Connection {
        let conn = rusqlite::Connection::open(self._dir.path().join("gw.sqlite3")).unwrap();
        conn.busy_timeout(Duration::from_secs(5)).unwrap();
        conn
    }

    pub fn sim(&self) -> &Simulator {
        self.sim.as_ref().unwrap()
    }

    /// The env vars holding this protocol's credentials for provider `shop`.
    pub fn credentials(&self, secret: &str) -> Vec<(&'static str, String)> {
        match self.protocol {
            Protocol::Cryptofuse => vec![
                ("COUNTERPAY_SHOP_CLIENT_ID", "shop-1".into()),
                ("COUNTERPAY_SHOP_CLIENT_SECRET", secret.into()),
            ],
            Protocol::Cryptopayment => vec![
                ("COUNTERPAY_SHOP_API_KEY", "pk-shop".into()),
                ("COUNTERPAY_SHOP_API_SECRET", secret.into()),
            ],
            Protocol::Cryptoscan => vec![
                ("COUNTERPAY_SHOP_PUBLIC_KEY", "pk-shop".into()),
                ("COUNTERPAY_SHOP_PRIVATE_KEY", secret.into()),
            ],
        }
    }

    /// A till whose provider `shop` is this gateway.
    pub fn till(&self, secret: &str) -> Till {
        let mut t = Till::new();
        for (k, v) in self.credentials(secret) {
            t = t.with_env(k, &v);
        }
        t.ok(&[
            "provider",
            "add",
            "shop",
            "--kind",
            self.protocol.as_str(),
            "--base-url",
            &self.sim().base_url(),
            "--option",
            "timeout_secs=2",
        ]);
        t
    }
}

impl Drop for Gateway {
    fn drop(&mut self) {
        let _guard = self.runtime.enter();
        self.sim.take();
    }
}

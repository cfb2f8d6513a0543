//! End-to-end: the `counterpay` binary as a shop or a script runs it, on a
//! real journal file, against the simulator over real HTTP.

mod cli_cart;
mod cli_catalog;
mod cli_gateways;
mod cli_hq;
mod cli_inputs;
mod cli_keyring;
mod cli_monitoring;
mod cli_payouts;
mod cli_recovery;
mod cli_sandbox;
mod cli_shop_ops;
mod cli_staff;
mod cli_tamper;
mod gateway;
mod locales;
mod watcher;
mod window;

use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use tempfile::TempDir;

#[derive(Default)]
pub struct Till {
    dir: DataDir,
    env: Vec<(String, String)>,
}

/// A till seen with other env vars.
#[derive(Clone)]
pub struct TillView<'a> {
    till: &'a Till,
    env: Vec<(String, String)>,
}

impl TillView<'_> {
    pub fn run(&self, args: &[&str]) -> Ran {
        self.till.run_env(args, &self.env, None)
    }

    pub fn ok(&self, args: &[&str]) -> Ran {
        let r = self.run(args);
        assert_eq!(r.code, 0, "{args:?} failed: {}", r.stderr);
        r
    }

    /// The same view with one more env var.
    pub fn and(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }
}

/// Every file below `dir`.
pub fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// A fresh data dir per till, with a log dir of its own beside it.
pub struct DataDir(TempDir, TempDir);

impl Default for DataDir {
    fn default() -> Self {
        DataDir(tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap())
    }
}

impl DataDir {
    fn path(&self) -> &Path {
        self.0.path()
    }

    pub fn logs(&self) -> &Path {
        self.1.path()
    }
}

/// Two catalogue items at two tax rates, as `catalog add` arguments.
pub const COFFEE_AND_MUG: [[&str; 9]; 2] = [
    [
        "catalog", "add", "Coffee", "--price", "3.45", "--sku", "COF", "--tax", "8.875",
    ],
    [
        "catalog", "add", "Mug", "--price", "12.00", "--sku", "MUG", "--tax", "20",
    ],
];

/// A real Tron address, checksum and all.
pub const TRON: &str = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";

pub fn d(v: &Value) -> Decimal {
    v.as_str()
        .unwrap_or_else(|| panic!("{v} is not a decimal string"))
        .parse()
        .unwrap()
}

pub fn cents(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// (unit price, qty, rate %) per line, a percentage off the whole sale and
/// a tip in percent: (line taxes, line totals, discount, tip, total).
pub fn by_the_rules(
    lines: &[(&str, u32, &str)],
    off_percent: &str,
    tip_percent: &str,
    inclusive: bool,
) -> (Vec<Decimal>, Vec<Decimal>, Decimal, Decimal, Decimal) {
    let hundred = Decimal::from(100);
    let amounts: Vec<Decimal> = lines
        .iter()
        .map(|(p, q, _)| p.parse::<Decimal>().unwrap() * Decimal::from(*q))
        .collect();
    let subtotal: Decimal = amounts.iter().sum();
    let off = cents(subtotal * off_percent.parse::<Decimal>().unwrap() / hundred);
    // Largest remainder: each share in whole cents rounded down, the cents
    // left to the biggest remainders.
    let exact: Vec<Decimal> = amounts.iter().map(|a| off * a / subtotal).collect();
    let mut shares: Vec<Decimal> = exact.iter().map(|e| e.trunc_with_scale(2)).collect();
    let mut by_remainder: Vec<usize> = (0..amounts.len()).collect();
    by_remainder.sort_by(|&i, &j| (exact[j] - shares[j]).cmp(&(exact[i] - shares[i])));
    let cent = Decimal::new(1, 2);
    let mut left = off - shares.iter().sum::<Decimal>();
    for i in by_remainder {
        if left >= cent {
            shares[i] += cent;
            left -= cent;
        }
    }
    let (mut taxes, mut totals) = (Vec::new(), Vec::new());
    for (i, (_, _, rate)) in lines.iter().enumerate() {
        let net = amounts[i] - shares[i];
        let r = rate.parse::<Decimal>().unwrap() / hundred;
        let tax = if inclusive {
            cents(net - net / (Decimal::ONE + r))
        } else {
            cents(net * r)
        };
        taxes.push(tax);
        totals.push(if inclusive { net } else { net + tax });
    }
    let before_tip: Decimal = totals.iter().sum();
    let tip = cents(before_tip * tip_percent.parse::<Decimal>().unwrap() / hundred);
    (taxes, totals, off, tip, before_tip + tip)
}

pub struct Ran {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Ran {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout))
    }

    /// The one line a failed command prints.
    pub fn error_line(&self) -> &str {
        assert_ne!(self.code, 0, "expected a failure, got: {}", self.stdout);
        let lines: Vec<&str> = self.stderr.lines().collect();
        assert_eq!(
            lines.len(),
            1,
            "expected one line on stderr: {}",
            self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        lines[0]
    }

    /// Asserts the command failed with one line that says `says`.
    pub fn fails_with(&self, says: &str) {
        let line = self.error_line();
        assert!(line.contains(says), "expected {says:?} in: {line}");
    }
}

impl Till {
    pub fn new() -> Till {
        Till::default()
    }

    pub fn with_env(mut self, key: &str, value: &str) -> Till {
        self.env.push((key.into(), value.into()));
        self
    }

    pub fn data_dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn log_dir(&self) -> &Path {
        self.dir.logs()
    }

    pub fn journal_path(&self) -> PathBuf {
        self.dir.path().join("journal.sqlite3")
    }

    /// The same till (same data dir) with one more env var.
    pub fn clone_with_env(&self, key: &str, value: &str) -> TillView<'_> {
        let mut env = self.env.clone();
        env.push((key.into(), value.into()));
        TillView { till: self, env }
    }

    pub fn run(&self, args: &[&str]) -> Ran {
        self.run_env(args, &self.env, None)
    }

    pub fn run_with_input(&self, args: &[&str], input: &str) -> Ran {
        self.run_env(args, &self.env, Some(input))
    }

    /// The command for `args` on this till, with only its own env vars.
    fn command(&self, args: &[&str], env: &[(String, String)]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_counterpay"));
        for (k, _) in std::env::vars() {
            if k.starts_with("COUNTERPAY_") {
                cmd.env_remove(k);
            }
        }
        cmd.env("COUNTERPAY_DATA_DIR", self.dir.path())
            .env("COUNTERPAY_LOG_DIR", self.dir.logs())
            .args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd
    }

    /// Starts `args` in the background, its output thrown away.
    pub fn spawn(&self, args: &[&str]) -> std::process::Child {
        self.command(args, &self.env)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("counterpay runs")
    }

    fn run_env(&self, args: &[&str], env: &[(String, String)], input: Option<&str>) -> Ran {
        use std::io::Write;
        let mut cmd = self.command(args, env);
        cmd.stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = cmd.spawn().expect("counterpay runs");
        let mut stdin = child.stdin.take().expect("stdin is piped");
        stdin
            .write_all(input.unwrap_or_default().as_bytes())
            .expect("input is written");
        drop(stdin);
        let Output {
            status,
            stdout,
            stderr,
        } = child.wait_with_output().expect("counterpay runs");
        Ran {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
        }
    }

    pub fn ok(&self, args: &[&str]) -> Ran {
        let r = self.run(args);
        assert_eq!(r.code, 0, "{args:?} failed: {}", r.stderr);
        r
    }

    pub fn charge(&self, args: &[&str]) -> Value {
        let mut all = vec!["charge"];
        all.extend_from_slice(args);
        all.push("--json");
        self.ok(&all).json()
    }

    pub fn invoices(&self) -> Vec<Value> {
        self.ok(&["invoices", "--json"]).json()["invoices"]
            .as_array()
            .unwrap()
            .clone()
    }

    /// Every action on today's audit trail, oldest first.
    pub fn audit_actions(&self) -> Vec<String> {
        self.ok(&["audit", "--json"]).json()["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap().to_string())
            .collect()
    }

    /// Runs `watch --until-settled` and returns the last change it printed.
    pub fn settle(&self) -> Value {
        let r = self.ok(&["watch", "--until-settled", "--timeout", "30", "--json"]);
        let last = r.stdout.lines().last().expect("watch printed a change");
        serde_json::from_str(last).unwrap()
    }
}

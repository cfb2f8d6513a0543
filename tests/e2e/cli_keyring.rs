//! Credentials in a real OS keyring: a private D-Bus session with
//! gnome-keyring's Secret Service, as on a Linux desktop.

use super::gateway::{Gateway, SECRET};
use super::*;
use counterpay_sandbox::Protocol;
use std::io::Write;
use std::process::Stdio;

/// A session bus and an unlocked keyring that live as long as this value.
pub struct Keyring {
    pub address: String,
    pids: Vec<u32>,
    _home: TempDir,
}

impl Keyring {
    pub fn start() -> Keyring {
        // Its own data and runtime dirs: no keyring file of a past run, no
        // socket shared with another test.
        let home = tempfile::tempdir().unwrap();
        let out = Command::new("dbus-daemon")
            .args(["--session", "--fork", "--print-address=1", "--print-pid=1"])
            .output()
            .expect("dbus-daemon is installed (.ci/setup installs it)");
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        let mut lines = text.lines();
        let address = lines.next().expect("a bus address").to_string();
        let bus_pid: u32 = lines
            .next()
            .and_then(|p| p.trim().parse().ok())
            .expect("a pid");
        let mut daemon = Command::new("gnome-keyring-daemon")
            .args(["--unlock", "--components=secrets"])
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .env("XDG_DATA_HOME", home.path())
            .env("XDG_RUNTIME_DIR", home.path())
            .env("HOME", home.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("gnome-keyring-daemon is installed (.ci/setup installs it)");
        daemon
            .stdin
            .take()
            .unwrap()
            .write_all(b"unlock-password")
            .unwrap();
        let started = daemon.wait_with_output().unwrap();
        let keyring_pid = String::from_utf8_lossy(&started.stdout)
            .lines()
            .find_map(|l| {
                l.strip_prefix("GNOME_KEYRING_PID=")
                    .and_then(|p| p.parse().ok())
            });
        Keyring {
            address,
            pids: [Some(bus_pid), keyring_pid].into_iter().flatten().collect(),
            _home: home,
        }
    }
}

impl Drop for Keyring {
    fn drop(&mut self) {
        for pid in &self.pids {
            let _ = Command::new("kill").arg(pid.to_string()).status();
        }
    }
}

fn login(t: &Till, input: &str) -> Ran {
    t.run_with_input(&["provider", "login", "shop"], input)
}

#[test]
fn credentials_live_in_the_keyring_and_env_vars_win() {
    let keyring = Keyring::start();
    let gw = Gateway::start(Protocol::Cryptofuse);
    let t = Till::new().with_env("DBUS_SESSION_BUS_ADDRESS", &keyring.address);
    t.ok(&[
        "provider",
        "add",
        "shop",
        "--kind",
        "cryptofuse",
        "--base-url",
        &gw.sim().base_url(),
    ]);
    t.run(&["charge", "5", "--currency", "USDTTRC20"])
        .fails_with("COUNTERPAY_SHOP_CLIENT_ID");

    let stored = login(&t, &format!("shop-1\n{SECRET}\n"));
    assert_eq!(stored.code, 0, "{}", stored.stderr);
    assert!(!stored.stdout.contains(SECRET) && !stored.stderr.contains(SECRET));
    let inv = t.charge(&["5", "--currency", "USDTTRC20"]);
    assert_eq!(inv["status"], "pending");
    // Even the most talkative logs keep the secret to themselves.
    let traced = t.clone_with_env("COUNTERPAY_LOG", "trace").run(&[
        "status",
        inv["id"].as_str().unwrap(),
        "--refresh",
    ]);
    assert_eq!(traced.code, 0, "{}", traced.stderr);
    assert!(traced.stderr.len() > 1000, "trace logs were expected");
    assert!(!traced.stderr.contains(SECRET) && !traced.stdout.contains(SECRET));

    let overridden = t.clone_with_env("COUNTERPAY_SHOP_CLIENT_SECRET", "from-env-and-wrong");
    overridden
        .run(&["charge", "6", "--currency", "USDTTRC20"])
        .fails_with("refused the credentials");

    let out = t.ok(&["provider", "logout", "shop"]);
    assert!(out.stdout.contains("Removed 2"), "{}", out.stdout);
    t.run(&["charge", "7", "--currency", "USDTTRC20"])
        .fails_with("COUNTERPAY_SHOP_CLIENT_ID");
    for file in walk(t.data_dir()) {
        let bytes = std::fs::read(&file).unwrap();
        assert!(
            !bytes.windows(SECRET.len()).any(|w| w == SECRET.as_bytes()),
            "the secret was written to {}",
            file.display()
        );
    }
}

#[test]
fn without_a_keyring_login_says_how_to_use_env_vars() {
    let t = Till::new()
        .with_env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .with_env("DISPLAY", "");
    t.ok(&["provider", "add", "shop", "--kind", "cryptopayment"]);
    let r = login(&t, "pk\nsk-secret\n");
    r.fails_with("no OS keyring is available here");
    r.fails_with("COUNTERPAY_SHOP_API_KEY, COUNTERPAY_SHOP_API_SECRET");
    assert!(!r.stderr.contains("sk-secret"));
    login(&t, "pk\n\n").fails_with("no api_secret was given; nothing was stored");
    let sandbox = Till::new();
    sandbox.ok(&["provider", "add", "demo", "--kind", "sandbox"]);
    sandbox
        .run_with_input(&["provider", "login", "demo"], "")
        .fails_with("needs no credentials");
}

#[test]
fn a_provider_added_again_under_its_old_name_inherits_no_credentials() {
    let keyring = Keyring::start();
    let gw = Gateway::start(Protocol::Cryptofuse);
    let t = Till::new().with_env("DBUS_SESSION_BUS_ADDRESS", &keyring.address);
    let add = || {
        t.ok(&[
            "provider",
            "add",
            "shop",
            "--kind",
            "cryptofuse",
            "--base-url",
            &gw.sim().base_url(),
        ])
    };
    add();
    assert_eq!(login(&t, &format!("shop-1\n{SECRET}\n")).code, 0);
    t.charge(&["5", "--currency", "USDTTRC20"]);
    let removed = t.ok(&["provider", "remove", "shop"]);
    assert!(
        removed.stdout.contains("2 keyring credential(s)"),
        "{}",
        removed.stdout
    );
    // Someone adds a provider of the same name pointing anywhere: the
    // owner's credentials do not go with it.
    add();
    t.run(&["charge", "6", "--currency", "USDTTRC20"])
        .fails_with("COUNTERPAY_SHOP_CLIENT_ID");
    let out = t.ok(&["provider", "logout", "shop"]);
    assert!(out.stdout.contains("Removed 0"), "{}", out.stdout);
}

//! A throwaway PostgreSQL server for tests and benchmarks: `initdb` in a
//! temporary dir, a free port on 127.0.0.1, password authentication over
//! TCP, started and stopped with `pg_ctl`, as the `postgres` user when run
//! as root (PostgreSQL refuses to run as root). Never a server that was
//! already running.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The password of the cluster's `postgres` user.
pub const PASSWORD: &str = "counterpay-test";

pub struct Cluster {
    dir: tempfile::TempDir,
    bin: PathBuf,
    pub port: u16,
    as_postgres: bool,
}

/// The newest server installed by Debian's packages, else whatever is on
/// the PATH.
fn server_bin() -> PathBuf {
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let version = e.file_name().to_string_lossy().parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((version, bin))
        })
        .collect();
    found.sort();
    found.pop().map(|(_, b)| b).unwrap_or_default()
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on 127.0.0.1")
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

impl Cluster {
    /// A new cluster, started, with a database `hq`.
    pub fn start() -> Cluster {
        let dir = tempfile::tempdir().expect("a temporary dir");
        let as_postgres = is_root();
        if as_postgres {
            let owner = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(dir.path())
                .status()
                .expect("chown runs");
            assert!(
                owner.success(),
                "the temporary dir cannot be given to postgres"
            );
        }
        let c = Cluster {
            dir,
            bin: server_bin(),
            port: free_port(),
            as_postgres,
        };
        std::fs::write(c.path("pw"), PASSWORD).expect("the password file is written");
        if c.as_postgres {
            c.run("chown", &["postgres:postgres", &c.arg("pw")]);
        }
        c.run(
            &c.tool("initdb"),
            &[
                "-D",
                &c.arg("data"),
                "-U",
                "postgres",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                &format!("--pwfile={}", c.arg("pw")),
                "-E",
                "UTF8",
                "--no-sync",
            ],
        );
        c.up();
        c.run(
            &c.tool("createdb"),
            &[
                "-h",
                &c.arg("data"),
                "-p",
                &c.port.to_string(),
                "-U",
                "postgres",
                "hq",
            ],
        );
        c
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn arg(&self, name: &str) -> String {
        self.path(name).display().to_string()
    }

    fn tool(&self, name: &str) -> String {
        let path = self.bin.join(name);
        if path.as_os_str() == name {
            name.to_string()
        } else {
            path.display().to_string()
        }
    }

    /// Runs a command, as `postgres` when this process is root.
    fn run(&self, program: &str, args: &[&str]) {
        let mut cmd = if self.as_postgres && program != "chown" {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--", program]);
            c
        } else {
            Command::new(program)
        };
        let out = cmd
            .args(args)
            .env_remove("PGPASSWORD")
            .output()
            .unwrap_or_else(|e| panic!("{program} runs (Debian's postgresql package): {e}"));
        assert!(
            out.status.success(),
            "{program} {args:?} failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Starts the server (again) and waits until it takes connections.
    pub fn up(&self) {
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off",
            self.port,
            self.arg("data")
        );
        self.run(
            &self.tool("pg_ctl"),
            &[
                "-D",
                &self.arg("data"),
                "-l",
                &self.arg("log"),
                "-o",
                &options,
                "-w",
                "start",
            ],
        );
        let deadline = Instant::now() + Duration::from_secs(30);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "PostgreSQL did not start: {}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Stops the server at once, as a crash or a pulled cable would.
    pub fn down(&self) {
        self.run(
            &self.tool("pg_ctl"),
            &["-D", &self.arg("data"), "-m", "immediate", "stop"],
        );
    }

    /// The server's log, for a test's failure message.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.path("log")).unwrap_or_default()
    }

    /// The URL of database `hq`, without the password.
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/hq", self.port)
    }

    pub fn data_dir(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let mut cmd = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--", &self.tool("pg_ctl")]);
            c
        } else {
            Command::new(self.tool("pg_ctl"))
        };
        let _ = cmd
            .args(["-D", &self.arg("data"), "-m", "immediate", "stop"])
            .output();
    }
}

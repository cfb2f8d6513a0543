//! Counterpay's command line without the window: the same commands and
//! output as `counterpay`, built without GTK or WebKit, for servers (HQ
//! syncing) and scripts.

use clap::Parser;
use counterpay_shop::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
    counterpay_shop::init_logging();
    match args.command {
        Some(command) => cli::run(args.data_dir, command),
        None => {
            eprintln!(
                "counterpay-headless: this build has no window; give a command (try --help), or run counterpay"
            );
            ExitCode::from(2)
        }
    }
}

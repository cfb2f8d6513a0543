use clap::Parser;
use counterpay::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
    counterpay::init_logging();
    match args.command {
        Some(command) => cli::run(args.data_dir, command),
        None => match counterpay::run(args.data_dir) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("counterpay: {e}");
                ExitCode::FAILURE
            }
        },
    }
}

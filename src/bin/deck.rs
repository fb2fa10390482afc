//! The deck tool for authors.
//!
//! ```text
//! cargo run --bin deck -- build questions.json out/
//! ```
//!
//! `build IN DIR` checks a deck (every rule of `docs/deck-format.md`, each problem
//! with its path) and writes it as the built-in deck ships: a small index and
//! chunks of questions, with content-hashed names (`deck::pack`). Embed the index
//! as the widget's deck (`data-deck=".../deck-index-<hash>.json"`): a reader then
//! downloads the index and the chunks a run needs, not the whole deck.

use llm_quiz::deck::{self, pack};
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage: deck build <deck.json> <out-dir> [--chunk <questions per chunk>]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["build", input, dir] => build(input, dir, pack::CHUNK_QUESTIONS),
        ["build", input, dir, "--chunk", n] => match n.parse::<usize>() {
            Ok(n) if n > 0 => build(input, dir, n),
            _ => {
                eprintln!("deck: --chunk needs a number of questions (1 or more)\n{USAGE}");
                ExitCode::from(2)
            }
        },
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn build(input: &str, dir: &str, chunk: usize) -> ExitCode {
    let json = match std::fs::read_to_string(input) {
        Ok(json) => json,
        Err(e) => {
            eprintln!("deck: cannot read {input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(errors) = deck::parse(&json) {
        for e in &errors {
            eprintln!("{input}: {e}");
        }
        eprintln!("deck: {} problem(s); nothing written", errors.len());
        return ExitCode::FAILURE;
    }
    let packed = match pack::pack(&json, chunk) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("deck: {input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let dir = Path::new(dir);
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("deck: cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    if let Err(e) = packed.write_to(dir) {
        eprintln!("deck: {e}");
        return ExitCode::FAILURE;
    }
    println!(
        "{} ({} bytes) and {} chunks of up to {chunk} questions in {}",
        packed.index_file,
        packed.index_json.len(),
        packed.chunks.len(),
        dir.display()
    );
    ExitCode::SUCCESS
}

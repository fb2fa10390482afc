//! Writes the first screen of the embedded deck into a built `index.html` (the
//! `<!-- llm-quiz:first-screen -->` marker), so it shows before the WASM arrives.
//! Run by Trunk's post-build hook (`scripts/post-build.mjs`):
//!
//! ```text
//! cargo run --bin prerender -- dist/index.html
//! ```

use llm_quiz::deck::{self, EMBEDDED_DECK};
use llm_quiz::embed::prerender;
use llm_quiz::ui::i18n::Locale;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <dist/index.html>");
        return ExitCode::FAILURE;
    };
    let deck = match deck::parse(EMBEDDED_DECK) {
        Ok(deck) => deck,
        Err(errors) => {
            for e in errors {
                eprintln!("prerender: questions.json: {e}");
            }
            return ExitCode::FAILURE;
        }
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(e) => {
            eprintln!("prerender: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let fragment = prerender::first_screen(&deck, Locale::En, llm_quiz::WIDGET_CSS);
    let Some(filled) = prerender::fill(&page, &fragment) else {
        eprintln!("prerender: {path} has no <!-- llm-quiz:first-screen --> marker");
        return ExitCode::FAILURE;
    };
    if let Err(e) = std::fs::write(&path, filled) {
        eprintln!("prerender: cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

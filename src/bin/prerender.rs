//! Finishes a built `dist/` for the built-in deck (`questions.json`):
//! - writes the deck as data files beside `index.html`: its index and chunks,
//!   with content-hashed names (`deck::pack`);
//! - preloads the index from `index.html`, so it downloads beside the WASM;
//! - writes the first screen into `index.html` (the `<!-- llm-quiz:first-screen -->`
//!   marker), so it shows before the WASM arrives, and into
//!   `first-screen-<hash>.html`, which `embed.js` shows on blog pages.
//!
//! Run by Trunk's post-build hook (`scripts/post-build.mjs`):
//!
//! ```text
//! cargo run --bin prerender -- dist/index.html
//! ```

use llm_quiz::deck::{self, EMBEDDED_DECK, pack};
use llm_quiz::embed::prerender;
use llm_quiz::i18n::Locale;
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
    let packed = match pack::pack(EMBEDDED_DECK, pack::CHUNK_QUESTIONS) {
        Ok(p) if p.index_file == deck::INDEX_FILE => p,
        Ok(p) => {
            eprintln!(
                "prerender: the WASM expects {} but the deck packs to {}: rebuild",
                deck::INDEX_FILE,
                p.index_file
            );
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("prerender: questions.json: {e}");
            return ExitCode::FAILURE;
        }
    };
    let dir = std::path::Path::new(&path)
        .parent()
        .unwrap_or(std::path::Path::new("."));
    if let Err(e) = packed.write_to(dir) {
        eprintln!("prerender: {e}");
        return ExitCode::FAILURE;
    }
    // Only the index: a quiz is shuffled by default, so the first question's
    // chunk is known once the app has drawn the run's seed (it fetches it then,
    // before *Start*).
    let first_files = [packed.index_file.as_str()];
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(e) => {
            eprintln!("prerender: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let fragment = prerender::first_screen(&deck, Locale::En, llm_quiz::WIDGET_CSS);
    // The same screen for embed.js, which shows it on blog pages.
    let body = prerender::first_screen_body(&deck, Locale::En, llm_quiz::WIDGET_CSS);
    let screen = format!(
        "first-screen-{}.html",
        llm_quiz::hash::content_hash(body.as_bytes())
    );
    if let Err(e) = std::fs::write(dir.join(&screen), body) {
        eprintln!("prerender: cannot write {screen}: {e}");
        return ExitCode::FAILURE;
    }
    let Some(filled) =
        prerender::fill(&page, &fragment).and_then(|p| prerender::preload(&p, &first_files))
    else {
        eprintln!("prerender: {path} has no <!-- llm-quiz:first-screen --> marker or no </head>");
        return ExitCode::FAILURE;
    };
    if let Err(e) = std::fs::write(&path, filled) {
        eprintln!("prerender: cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

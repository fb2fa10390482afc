//! Two things from `questions.json`, the built-in deck's source:
//! - its minified text (whitespace outside strings dropped), `deck::EMBEDDED_DECK`,
//!   which the host-side tools and tests read (the WASM does not carry it);
//! - the name of its index file (`deck::pack`), which the WASM fetches: the build
//!   writes the index and chunks into `dist/` under the same content-hashed names
//!   (`src/bin/prerender.rs`), and `tests/pack.rs` checks that the two agree.

use std::{env, fs, path::Path};

#[path = "src/hash.rs"]
mod hash;
#[path = "src/deck/pack.rs"]
#[allow(dead_code)]
mod pack;

/// `json` without the whitespace between tokens (strings untouched). Invalid JSON
/// passes through as it is, so the deck's own parser reports it with a path.
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, ' ' | '\n' | '\r' | '\t') {
            out.push(c);
        }
    }
    out
}

fn main() {
    for f in ["questions.json", "src/hash.rs", "src/deck/pack.rs"] {
        println!("cargo::rerun-if-changed={f}");
    }
    let deck = minify(&fs::read_to_string("questions.json").unwrap_or_default());
    // A deck that cannot be split gets no index name: the app then says the
    // built-in deck is missing, and `cargo test` names the problem.
    let index_file = pack::pack(&deck, pack::CHUNK_QUESTIONS)
        .map(|p| p.index_file)
        .unwrap_or_default();
    let Ok(out) = env::var("OUT_DIR") else {
        println!("cargo::error=OUT_DIR is not set");
        return;
    };
    let files = [
        ("questions.min.json", deck),
        (
            "deck_files.rs",
            format!(
                "/// The built-in deck's index file, beside the WASM.\npub const INDEX_FILE: &str = {index_file:?};\n"
            ),
        ),
    ];
    for (name, contents) in files {
        let path = Path::new(&out).join(name);
        if let Err(e) = fs::write(&path, contents) {
            println!("cargo::error=cannot write {}: {e}", path.display());
        }
    }
}

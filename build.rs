//! Ships `questions.json` minified: whitespace outside strings is dropped before
//! the deck is compiled into the binary (`deck::EMBEDDED_DECK`). The repository
//! keeps the readable file; the WASM carries ~15 KB less and parses it faster.

use std::{env, fs, path::Path};

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
    println!("cargo::rerun-if-changed=questions.json");
    let deck = fs::read_to_string("questions.json").unwrap_or_default();
    let out = env::var("OUT_DIR").map(|d| Path::new(&d).join("questions.min.json"));
    match out {
        Ok(path) => {
            if let Err(e) = fs::write(&path, minify(&deck)) {
                println!("cargo::error=cannot write {}: {e}", path.display());
            }
        }
        Err(e) => println!("cargo::error=OUT_DIR is not set: {e}"),
    }
}

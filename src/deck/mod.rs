//! The deck: content schema, validation with precise error paths, and the embedded deck.

mod index;
pub mod pack;
mod schema;
mod text;
mod validate;

pub use index::{Outline, fill_chunk, read_index};
pub use schema::{Choice, Deck, Question, Topic};
pub use text::{Segment, paragraphs, segments};
pub use validate::{DeckError, is_slug, limits, validate, validate_question};

include!(concat!(env!("OUT_DIR"), "/deck_files.rs"));

/// `questions.json` at the repository root, minified by `build.rs` (whitespace
/// between tokens dropped). For the host-side tools and tests: the WASM loads the
/// built-in deck as data files ([`INDEX_FILE`] and its chunks), not this text.
pub const EMBEDDED_DECK: &str = include_str!(concat!(env!("OUT_DIR"), "/questions.min.json"));

/// Parses and validates deck JSON. A syntax error is reported at the path `deck`
/// as "not valid JSON" with serde's line and column, a wrong type or missing field
/// with serde's message; validation errors carry their own paths.
pub fn parse(json: &str) -> Result<Deck, Vec<DeckError>> {
    if json.len() > limits::MAX_DECK_BYTES {
        return Err(vec![DeckError::new(
            "deck",
            format!(
                "file too large ({} bytes, at most {})",
                json.len(),
                limits::MAX_DECK_BYTES
            ),
        )]);
    }
    let deck: Deck = serde_json::from_str(json).map_err(|e| {
        let message = match e.classify() {
            serde_json::error::Category::Data => e.to_string(),
            _ => format!("not valid JSON ({e})"),
        };
        vec![DeckError::new("deck", message)]
    })?;
    validate(&deck)?;
    Ok(deck)
}

/// The built-in deck, parsed from its source (host-side tools and tests).
pub fn embedded() -> Result<Deck, Vec<DeckError>> {
    parse(EMBEDDED_DECK)
}

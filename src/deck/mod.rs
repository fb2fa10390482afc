//! The deck: content schema, validation with precise error paths, and the embedded deck.

mod schema;
mod text;
mod validate;

pub use schema::{Choice, Deck, Question, Topic};
pub use text::{Segment, segments};
pub use validate::{DeckError, is_slug, limits, validate};

/// `questions.json` at the repository root, compiled into the binary.
pub const EMBEDDED_DECK: &str = include_str!("../../questions.json");

/// Parses and validates deck JSON. A parse error is reported at the path `deck`
/// with serde's line and column; validation errors carry their own paths.
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
    let deck: Deck =
        serde_json::from_str(json).map_err(|e| vec![DeckError::new("deck", e.to_string())])?;
    validate(&deck)?;
    Ok(deck)
}

/// The deck compiled into the binary.
pub fn embedded() -> Result<Deck, Vec<DeckError>> {
    parse(EMBEDDED_DECK)
}

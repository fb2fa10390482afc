//! The versioned envelope progress is saved in (pure: no browser APIs).

use crate::deck::Deck;
use crate::quiz::{QuizState, reconcile};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The envelope schema this build writes.
pub const SCHEMA: u32 = 1;

/// What is stored under [`storage_key`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub schema: u32,
    pub deck_id: String,
    pub deck_version: u32,
    /// Milliseconds since the Unix epoch.
    #[serde(default)]
    pub saved_at: f64,
    pub state: QuizState,
}

/// The key a deck's progress lives under: namespaced and versioned, so the host
/// page's own keys are never touched.
pub fn storage_key(deck_id: &str) -> String {
    format!("llm-quiz:v1:{deck_id}")
}

/// Why a stored value could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum DecodeError {
    /// Not JSON, or not an envelope.
    Unreadable(String),
    /// Written by a newer version of the widget.
    NewerSchema(u32),
    /// Progress of another deck.
    OtherDeck(String),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable(e) => write!(f, "saved progress is unreadable ({e})"),
            Self::NewerSchema(n) => write!(
                f,
                "saved progress comes from a newer version (schema {n}, this one reads {SCHEMA})"
            ),
            Self::OtherDeck(id) => write!(f, "saved progress belongs to deck `{id}`"),
        }
    }
}

pub fn encode(deck: &Deck, state: &QuizState, saved_at: f64) -> Result<String, String> {
    let envelope = Envelope {
        schema: SCHEMA,
        deck_id: deck.id.clone(),
        deck_version: deck.version,
        saved_at,
        state: state.clone(),
    };
    serde_json::to_string(&envelope).map_err(|e| e.to_string())
}

/// Reads a stored envelope and fits its state to `deck` (see [`reconcile`]).
pub fn decode(raw: &str, deck: &Deck) -> Result<QuizState, DecodeError> {
    let envelope: Envelope =
        serde_json::from_str(raw).map_err(|e| DecodeError::Unreadable(e.to_string()))?;
    if envelope.schema > SCHEMA {
        return Err(DecodeError::NewerSchema(envelope.schema));
    }
    if envelope.deck_id != deck.id {
        return Err(DecodeError::OtherDeck(envelope.deck_id));
    }
    let mut state = envelope.state;
    reconcile(&mut state, deck);
    Ok(state)
}

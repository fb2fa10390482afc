//! The versioned envelope progress is saved in, and its migration chain (pure: no
//! browser APIs).
//!
//! | schema | what changed |
//! | --- | --- |
//! | 1 | `{schema, deck_id, deck_version, saved_at, state}` |
//! | 2 | `deck_hash` replaces `deck_version`; every answer carries `at` and the state `updated_at` (for merging tabs) |

use crate::deck::Deck;
use crate::quiz::{QuizState, reconcile};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fmt;

/// The envelope schema this build writes.
pub const SCHEMA: u32 = 2;

/// What is stored under [`storage_key`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub schema: u32,
    pub deck_id: String,
    /// [`deck_hash`] of the deck the progress was saved with.
    #[serde(default)]
    pub deck_hash: String,
    /// Milliseconds since the Unix epoch.
    #[serde(default)]
    pub saved_at: f64,
    #[serde(default)]
    pub state: QuizState,
    /// Fields written by other versions, kept as they are.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The key a deck's progress lives under: namespaced and versioned, so the host
/// page's own keys are never touched.
pub fn storage_key(deck_id: &str) -> String {
    format!("llm-quiz:v1:{deck_id}")
}

/// A short fingerprint of deck JSON (FNV-1a, 64 bit, hex): tells whether the deck
/// changed since progress was saved.
pub fn deck_hash(json: &str) -> String {
    let hash = json.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// Why a stored value could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum DecodeError {
    /// Not JSON, or not an envelope.
    Unreadable(String),
    /// Progress of another deck.
    OtherDeck(String),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable(e) => write!(f, "saved progress is unreadable ({e})"),
            Self::OtherDeck(id) => write!(f, "this progress belongs to another deck (`{id}`)"),
        }
    }
}

/// A stored envelope, read and fitted to the deck.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub state: QuizState,
    pub saved_at: f64,
    /// Written by a newer version of the widget (this schema number): what could
    /// be read is used, but it must not be overwritten.
    pub newer: Option<u32>,
    /// Top-level fields this version does not know, to be written back as they are.
    pub extra: Map<String, Value>,
}

fn unreadable(e: impl fmt::Display) -> DecodeError {
    DecodeError::Unreadable(e.to_string())
}

/// Schema 1 → 2: answers get the save time as their own time; `deck_version`
/// is dropped (the hash replaces it).
fn v1_to_v2(envelope: &mut Map<String, Value>) {
    let saved_at = envelope
        .get("saved_at")
        .and_then(Value::as_f64)
        .unwrap_or(0.0);
    envelope.remove("deck_version");
    if let Some(Value::Object(state)) = envelope.get_mut("state") {
        state.insert("updated_at".into(), saved_at.into());
        if let Some(Value::Object(answers)) = state.get_mut("answers") {
            for answer in answers.values_mut() {
                if let Value::Object(a) = answer {
                    a.insert("at".into(), saved_at.into());
                }
            }
        }
    }
    envelope.insert("schema".into(), 2.into());
}

/// Brings any stored envelope to the current schema. Returns the envelope and the
/// schema it was written with.
pub fn migrate(raw: &str) -> Result<(Envelope, u32), DecodeError> {
    let value: Value = serde_json::from_str(raw).map_err(unreadable)?;
    let Value::Object(mut map) = value else {
        return Err(unreadable("not an object"));
    };
    let written = map
        .get("schema")
        .and_then(Value::as_u64)
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| unreadable("no schema number"))?;
    if written == 0 {
        return Err(unreadable("schema 0"));
    }
    if written == 1 {
        v1_to_v2(&mut map);
    }
    if written > SCHEMA {
        // A newer writer: keep what this version understands. Whatever fails to
        // read falls back to a fresh state rather than losing the whole value.
        let state = map
            .remove("state")
            .and_then(|s| serde_json::from_value::<QuizState>(s).ok())
            .unwrap_or_default();
        map.insert(
            "state".into(),
            serde_json::to_value(state).map_err(unreadable)?,
        );
    }
    let envelope: Envelope = serde_json::from_value(Value::Object(map)).map_err(unreadable)?;
    Ok((envelope, written))
}

pub fn encode(deck: &Deck, hash: &str, state: &QuizState, saved_at: f64) -> Result<String, String> {
    encode_with(deck, hash, state, saved_at, Map::new())
}

/// [`encode`], keeping top-level fields a newer or older writer left (`extra`).
pub fn encode_with(
    deck: &Deck,
    hash: &str,
    state: &QuizState,
    saved_at: f64,
    extra: Map<String, Value>,
) -> Result<String, String> {
    let envelope = Envelope {
        schema: SCHEMA,
        deck_id: deck.id.clone(),
        deck_hash: hash.to_owned(),
        saved_at,
        state: state.clone(),
        extra,
    };
    serde_json::to_string(&envelope).map_err(|e| e.to_string())
}

/// Reads a stored envelope of any schema and fits its state to `deck` (see
/// [`reconcile`]).
pub fn decode(raw: &str, deck: &Deck) -> Result<Decoded, DecodeError> {
    let (envelope, written) = migrate(raw)?;
    if envelope.deck_id != deck.id {
        return Err(DecodeError::OtherDeck(envelope.deck_id));
    }
    let mut state = envelope.state;
    reconcile(&mut state, deck);
    Ok(Decoded {
        state,
        saved_at: envelope.saved_at,
        newer: (written > SCHEMA).then_some(written),
        extra: envelope.extra,
    })
}

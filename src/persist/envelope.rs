//! The versioned envelope progress is saved in, and its migration chain (pure: no
//! browser APIs).
//!
//! | schema | what changed |
//! | --- | --- |
//! | 1 | `{schema, deck_id, deck_version, saved_at, state}` |
//! | 2 | `deck_hash` replaces `deck_version`; every answer carries `at` and the state `updated_at` (for merging tabs) |
//! | 3 | compact `state` (about 5× smaller; see `compact.rs`): defaults left out, whole milliseconds as integers, `answers`, `tally` and `schedule` in one table by column (`questions`), `run` as row indices, FSRS stability and difficulty to 5 significant digits |
//!
//! An older build reading a newer schema shows what it can and never overwrites it
//! (so a schema-2 build leaves schema-3 progress alone).

use super::compact::{self, Compact};
use crate::deck::Deck;
use crate::quiz::{QuizState, reconcile};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};
use std::fmt;

/// The envelope schema this build writes.
pub const SCHEMA: u32 = 3;

/// What is stored under [`storage_key`]. Read with any schema's `state`
/// ([`migrate`]); written with this schema's (compact) one.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Envelope {
    pub schema: u32,
    pub deck_id: String,
    /// [`deck_hash`] of the deck the progress was saved with.
    #[serde(default)]
    pub deck_hash: String,
    /// Milliseconds since the Unix epoch.
    #[serde(default)]
    pub saved_at: f64,
    /// Read separately ([`migrate`]): its shape depends on the schema.
    #[serde(skip)]
    pub state: QuizState,
    /// Fields written by other versions, kept as they are.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The envelope as it is written: borrows everything, clones nothing.
#[derive(Serialize)]
struct Written<'a> {
    schema: u32,
    deck_id: &'a str,
    deck_hash: &'a str,
    #[serde(serialize_with = "compact::whole_ms")]
    saved_at: f64,
    state: Compact<'a>,
    #[serde(flatten)]
    extra: &'a Map<String, Value>,
}

impl Serialize for Envelope {
    /// The current schema, whatever `schema` says.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Written {
            schema: SCHEMA,
            deck_id: &self.deck_id,
            deck_hash: &self.deck_hash,
            saved_at: self.saved_at,
            state: Compact(&self.state),
            extra: &self.extra,
        }
        .serialize(s)
    }
}

/// The key a deck's progress lives under: namespaced and versioned, so the host
/// page's own keys are never touched.
pub fn storage_key(deck_id: &str) -> String {
    format!("llm-quiz:v1:{deck_id}")
}

/// A short fingerprint of deck JSON (64-bit hex): tells whether the deck changed
/// since progress was saved. A changed hash only means "the deck may have
/// changed": progress is fitted to the deck, never dropped.
pub fn deck_hash(json: &str) -> String {
    crate::hash::content_hash(json.as_bytes())
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

/// Schema 2 → 3: only the shape of `state` changed, so a schema 1–2 state is
/// read with the old field names (see `compact::read_v2`) instead of being
/// rewritten first.
fn read_state(state: Option<Value>, written: u32) -> Result<QuizState, String> {
    match state {
        None => Ok(QuizState::default()),
        Some(state) if written <= 2 => compact::read_v2(state),
        Some(state) => compact::read(state),
    }
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
    let state = read_state(map.remove("state"), written);
    let state = if written > SCHEMA {
        // A newer writer: keep what this version understands. Whatever fails to
        // read falls back to a fresh state rather than losing the whole value.
        state.unwrap_or_default()
    } else {
        state.map_err(unreadable)?
    };
    map.insert("schema".into(), written.max(SCHEMA).into());
    let mut envelope: Envelope = serde_json::from_value(Value::Object(map)).map_err(unreadable)?;
    envelope.state = state;
    Ok((envelope, written))
}

/// The envelope of `state`, in the current schema.
pub fn encode(deck: &Deck, hash: &str, state: &QuizState, saved_at: f64) -> Result<String, String> {
    encode_with(deck, hash, state, saved_at, &Map::new())
}

/// [`encode`], keeping top-level fields a newer or older writer left (`extra`).
pub fn encode_with(
    deck: &Deck,
    hash: &str,
    state: &QuizState,
    saved_at: f64,
    extra: &Map<String, Value>,
) -> Result<String, String> {
    let written = Written {
        schema: SCHEMA,
        deck_id: &deck.id,
        deck_hash: hash,
        saved_at,
        state: Compact(state),
        extra,
    };
    serde_json::to_string(&written).map_err(|e| e.to_string())
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

//! Saved progress: a versioned envelope with migrations (pure), and a small
//! storage adapter behind a trait, with an in-memory store for tests and for when
//! browser storage is unavailable.

mod compact;
mod envelope;
mod local_storage;
mod store;

pub use envelope::{
    DecodeError, Decoded, Envelope, SCHEMA, deck_hash, decode, encode, migrate, storage_key,
};
pub use local_storage::BrowserStore;
pub use store::{MemoryStore, Store, StoreError};

use crate::deck::Deck;
use crate::quiz::QuizState;
use std::cell::{Cell, RefCell};

/// Imported files larger than this are refused before parsing.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// Something about saved progress the learner should know.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// Storage could not be read: progress is not saved this time.
    Unreachable(StoreError),
    /// The saved value could not be read. It was moved to `backup_key`, or, when
    /// even that failed, left in place with saving turned off (`backup_key: None`).
    Unreadable {
        reason: String,
        backup_key: Option<String>,
    },
    /// Written by a newer version: shown, never overwritten.
    Newer(u32),
}

/// What loading found.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub state: QuizState,
    pub problem: Option<Problem>,
}

/// The progress of one deck in one store.
pub struct Progress {
    store: Box<dyn Store>,
    key: String,
    hash: String,
    read_only: Cell<bool>,
    /// Unknown top-level fields of the loaded envelope, written back on save.
    extra: RefCell<serde_json::Map<String, serde_json::Value>>,
}

impl Progress {
    /// `hash` is the deck's fingerprint ([`deck_hash`] of the text it was read
    /// from), saved along; `instance` (a slug) keeps separate progress for
    /// widgets of the same deck.
    pub fn new(store: Box<dyn Store>, deck: &Deck, hash: String, instance: Option<&str>) -> Self {
        let key = match instance {
            Some(i) => format!("{}:{i}", storage_key(&deck.id)),
            None => storage_key(&deck.id),
        };
        Self {
            store,
            key,
            hash,
            read_only: Cell::new(false),
            extra: RefCell::new(serde_json::Map::new()),
        }
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    /// True when saving is off (the stored value must not be overwritten).
    pub fn read_only(&self) -> bool {
        self.read_only.get()
    }

    /// Loads saved progress. Anything unusable starts fresh, after the stored value
    /// is moved to a backup key (`<key>:backup:<now>`) so that nothing is lost.
    pub fn load(&self, deck: &Deck, now_ms: f64) -> Loaded {
        let fresh = |problem| Loaded {
            state: QuizState::default(),
            problem: Some(problem),
        };
        let raw = match self.store.get(&self.key) {
            Ok(Some(raw)) => raw,
            Ok(None) => {
                return Loaded {
                    state: QuizState::default(),
                    problem: None,
                };
            }
            Err(e) => return fresh(Problem::Unreachable(e)),
        };
        match decode(&raw, deck) {
            Ok(Decoded {
                state,
                newer: None,
                extra,
                ..
            }) => {
                *self.extra.borrow_mut() = extra;
                Loaded {
                    state,
                    problem: None,
                }
            }
            Ok(Decoded {
                state,
                newer: Some(schema),
                ..
            }) => {
                self.read_only.set(true);
                Loaded {
                    state,
                    problem: Some(Problem::Newer(schema)),
                }
            }
            Err(e) => {
                let backup = format!("{}:backup:{}", self.key, now_ms as u64);
                let moved =
                    self.store.set(&backup, &raw).is_ok() && self.store.remove(&self.key).is_ok();
                if !moved {
                    self.read_only.set(true);
                }
                fresh(Problem::Unreadable {
                    reason: e.to_string(),
                    backup_key: moved.then_some(backup),
                })
            }
        }
    }

    /// Saves the state now (nothing when read-only).
    pub fn save(&self, deck: &Deck, state: &QuizState, now_ms: f64) -> Result<(), StoreError> {
        if self.read_only() {
            return Ok(());
        }
        let value = envelope::encode_with(deck, &self.hash, state, now_ms, &self.extra.borrow())
            .map_err(StoreError::Other)?;
        self.store.set(&self.key, &value)
    }

    /// The stored text of any key of this progress (e.g. a backup), for download.
    pub fn raw(&self, key: &str) -> Option<String> {
        if !key.starts_with(&self.key) {
            return None;
        }
        self.store.get(key).ok().flatten()
    }

    /// What *Export* downloads: the current envelope.
    pub fn export(&self, deck: &Deck, state: &QuizState, now_ms: f64) -> Result<String, String> {
        encode(deck, &self.hash, state, now_ms)
    }
}

/// Why an imported file was refused. The interface words it (see `i18n`);
/// `Display` is the English wording, for logs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`]: the size in bytes.
    TooLarge(usize),
    /// Written by a newer version of the quiz: its schema.
    Newer(u32),
    /// Progress of another deck: its id.
    OtherDeck(String),
    /// Not a progress file at all: why (English, technical).
    NotProgress(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::TooLarge(bytes) => write!(
                f,
                "The file is too large ({bytes} bytes; progress files are far smaller than {MAX_IMPORT_BYTES})."
            ),
            Self::Newer(schema) => write!(
                f,
                "The file was made by a newer version of this quiz (schema {schema}); update the page first."
            ),
            Self::OtherDeck(id) => write!(f, "The file holds progress for another deck (`{id}`)."),
            Self::NotProgress(e) => write!(f, "This is not a progress file: {e}."),
        }
    }
}

impl std::error::Error for ImportError {}

/// Reads an exported file of this deck. The caller merges the state in; a bad file
/// changes nothing.
pub fn import(raw: &str, deck: &Deck) -> Result<QuizState, ImportError> {
    if raw.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(raw.len()));
    }
    match decode(raw, deck) {
        Ok(Decoded {
            newer: Some(schema),
            ..
        }) => Err(ImportError::Newer(schema)),
        Ok(d) => Ok(d.state),
        Err(DecodeError::OtherDeck(id)) => Err(ImportError::OtherDeck(id)),
        Err(DecodeError::Unreadable(e)) => Err(ImportError::NotProgress(e)),
    }
}

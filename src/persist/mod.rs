//! Saved progress: a versioned envelope (pure) and a small storage adapter behind a
//! trait, with an in-memory store for tests and for when browser storage is unavailable.

mod browser;
mod envelope;
mod store;

pub use browser::BrowserStore;
pub use envelope::{DecodeError, Envelope, SCHEMA, decode, encode, storage_key};
pub use store::{MemoryStore, Store, StoreError};

use crate::deck::Deck;
use crate::quiz::QuizState;

/// What loading found.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub state: QuizState,
    /// Set when saved progress existed but could not be used; the value was
    /// copied to [`Progress::backup_key`] first.
    pub problem: Option<String>,
}

/// The progress of one deck in one store.
pub struct Progress {
    store: Box<dyn Store>,
    key: String,
}

impl Progress {
    pub fn new(store: Box<dyn Store>, deck: &Deck) -> Self {
        Self {
            store,
            key: storage_key(&deck.id),
        }
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    /// Where an unusable saved value is kept so that nothing is lost.
    pub fn backup_key(&self) -> String {
        format!("{}:backup", self.key)
    }

    /// Loads saved progress; anything unusable starts fresh, after the stored
    /// value is copied to the backup key.
    pub fn load(&self, deck: &Deck) -> Loaded {
        let raw = match self.store.get(&self.key) {
            Ok(Some(raw)) => raw,
            Ok(None) => {
                return Loaded {
                    state: QuizState::default(),
                    problem: None,
                };
            }
            Err(e) => {
                return Loaded {
                    state: QuizState::default(),
                    problem: Some(e.to_string()),
                };
            }
        };
        match decode(&raw, deck) {
            Ok(state) => Loaded {
                state,
                problem: None,
            },
            Err(e) => {
                let _ = self.store.set(&self.backup_key(), &raw);
                Loaded {
                    state: QuizState::default(),
                    problem: Some(format!("{e}; it was kept under `{}`", self.backup_key())),
                }
            }
        }
    }

    /// Saves the state now.
    pub fn save(&self, deck: &Deck, state: &QuizState, now_ms: f64) -> Result<(), StoreError> {
        let value = encode(deck, state, now_ms).map_err(StoreError::Other)?;
        self.store.set(&self.key, &value)
    }
}

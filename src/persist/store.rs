//! A small key–value store trait over browser storage, and its in-memory implementation.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;

/// Why a storage call failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// Storage cannot be reached (sandboxed iframe, private mode, disabled).
    Unavailable(String),
    /// A write did not fit.
    Full(String),
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unavailable(e) => write!(f, "storage unavailable: {e}"),
            Self::Full(e) => write!(f, "storage full: {e}"),
            Self::Other(e) => write!(f, "storage error: {e}"),
        }
    }
}

/// What the widget needs from storage: get, set and remove one key. Never
/// `clear()`, never iterate keys: the host page's keys are not ours.
pub trait Store {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
}

/// Storage in memory: for tests, and for when browser storage is unavailable.
/// Tests can make its writes fail.
#[derive(Debug, Default)]
pub struct MemoryStore {
    map: RefCell<BTreeMap<String, String>>,
    fail_writes: RefCell<Option<StoreError>>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// Every key and value, for tests.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.map.borrow().clone()
    }

    /// From now on every `set` fails with `error` (`None`: writes work again).
    pub fn fail_writes(&self, error: Option<StoreError>) {
        *self.fail_writes.borrow_mut() = error;
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.map.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(e) = self.fail_writes.borrow().clone() {
            return Err(e);
        }
        self.map
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.map.borrow_mut().remove(key);
        Ok(())
    }
}

/// A shared store (e.g. one `MemoryStore` seen by two widgets in a test).
impl<S: Store + ?Sized> Store for std::rc::Rc<S> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }
}

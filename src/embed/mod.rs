//! Embedding: the options an author sets on a widget.

mod options;

pub use options::{EmbedOptions, NAMES, Theme, deep_link_question, parse};

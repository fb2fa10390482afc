//! Embedding: the options an author sets on a widget, and the prerendered first
//! screen of the standalone page.

mod options;
pub mod prerender;

pub use options::{EmbedOptions, NAMES, Theme, deep_link_question, parse};

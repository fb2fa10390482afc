//! The quiz engine: pure Rust (no leptos, web-sys or gloo), tested on the host.
//! The state is plain data; `apply` is the only way it changes.

mod engine;
mod scoring;
mod state;

pub use engine::{answer, apply, current, in_progress, is_correct, merge, reconcile, verdict};
pub use scoring::{Score, TopicScore, missed, score, topic_scores};
pub use state::{Answer, Event, QuizState, Screen};

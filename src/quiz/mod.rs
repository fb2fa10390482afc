//! The quiz engine: pure Rust (no leptos, web-sys or gloo), tested on the host.
//! The state is plain data; `apply` is the only way it changes.
//!
//! Its files depend only downward (`tests/layers.rs` checks it):
//! `engine` (transitions) → `select` → `scoring` → `queries` → `state` → `fsrs`;
//! `sync` (merge, reconcile) and `engine` share `clock`; `keys` and
//! `host_events` read `queries`, `select` and `scoring`.

#![warn(missing_docs)]

mod clock;
mod engine;
pub mod fsrs;
pub mod host_events;
mod keys;
mod queries;
mod scoring;
mod select;
mod state;
mod sync;

pub use engine::apply;
pub use fsrs::Rating;
pub use keys::key_event;
pub use queries::{
    answer, current, current_id, has_run, in_progress, is_correct, preview_intervals, remaining_ms,
    verdict,
};
pub use scoring::{
    OpenAnswerRow, SavedRun, Score, TopicOverview, TopicScore, answered_in_run, missed,
    open_answer_rows, overview, rating_counts, saved_runs, score, topic_scores, unanswered_others,
    weakest_topics,
};
pub use select::{build_run, candidates, choice_order, due_count, next_reviews, run_seed, shuffle};
pub use state::{
    Answer, Event, Mode, Options, Parked, QuizState, RUN_LENGTHS, Screen, Source, Tally,
};
pub use sync::{merge, reconcile};

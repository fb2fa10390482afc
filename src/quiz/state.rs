//! The quiz state that is saved, and the events that change it.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Which screen the learner is on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Screen {
    #[default]
    Start,
    Question,
    Summary,
}

/// The learner's latest attempt at one question.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answer {
    /// Indices of the selected options, ascending.
    pub selected: Vec<usize>,
    /// Checked answers are locked and show their verdict.
    pub checked: bool,
    /// When this answer last changed (ms since the epoch): merges keep the newest.
    pub at: f64,
}

/// Everything the engine knows; serialized as the `state` of the saved envelope.
/// Unknown or missing fields take their defaults, so old saves keep loading.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuizState {
    pub screen: Screen,
    /// Question ids of the current run, in the order they are asked.
    pub run: Vec<String>,
    /// Index into `run` of the question on screen.
    pub position: usize,
    /// Latest attempt per question id (kept across runs and deck versions).
    pub answers: BTreeMap<String, Answer>,
    /// The current run reached its summary.
    pub completed: bool,
    /// When anything last changed (ms since the epoch): merges take the run and
    /// position of the newer side.
    pub updated_at: f64,
    /// Fields written by other versions, kept as they are.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What the learner does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// A new run over the whole deck; forgets the answers it will ask again.
    Start,
    /// Back to the question the learner left.
    Resume,
    /// Select (single-answer) or toggle (select-all-that-apply) option `i`.
    Toggle(usize),
    /// Lock the selection and show the verdict.
    Check,
    /// Next question, or the summary after the last one.
    Next,
    Previous,
    /// Straight to the summary.
    Finish,
    /// A new run over the questions answered wrongly or skipped.
    RetryMissed,
    /// Back to the start screen, keeping the run.
    Home,
}

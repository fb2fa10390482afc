//! The quiz state that is saved, and the events that change it.

use super::fsrs::{Memory, Rating};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// Which screen the learner is on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Screen {
    #[default]
    /// The deck's title, the ways to practise, Resume, options.
    Start,
    /// A question of the run.
    Question,
    /// The run's results.
    Summary,
}

/// How a run asks its questions.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Multiple choice: pick, check, see why.
    #[default]
    Quiz,
    /// Open-answer cards: outline an answer, reveal, tick the key points, rate
    /// (spaced repetition schedules the next review).
    Practice,
    /// A timed mock interview: open answers against a countdown, then a self-check.
    Mock,
}

impl Mode {
    /// Every mode, in the order the start screen offers them.
    pub const ALL: [Mode; 3] = [Mode::Quiz, Mode::Practice, Mode::Mock];

    /// The mode's name in saved progress, host events, `data-mode` and
    /// `data-lq-start` (`quiz`, `practice`, `mock`).
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Quiz => "quiz",
            Mode::Practice => "practice",
            Mode::Mock => "mock",
        }
    }

    /// The mode named `name` ([`Mode::as_str`]).
    pub fn named(name: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.as_str() == name)
    }
}

/// Which questions a run draws from, before filters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    #[default]
    /// Every question (that the filters keep).
    All,
    /// Practice cards whose review is due.
    Due,
    /// The starred questions.
    Bookmarked,
    /// Answered wrongly or skipped in the last run.
    Missed,
}

/// The run lengths offered beside *Start* (and "all"); the first is the default.
pub const RUN_LENGTHS: [usize; 2] = [10, 20];

/// The learner's choices for the next run (kept between runs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// Topic ids to include; empty = all.
    pub topics: Vec<String>,
    /// Difficulties to include (1–3); empty = all.
    pub difficulties: Vec<u8>,
    /// A random pool of at most this many questions; `None` = all that match.
    pub count: Option<usize>,
    /// Shuffle questions and options (seeded: stable across reloads).
    pub shuffle: bool,
    /// Questions in a mock interview.
    pub mock_count: usize,
    /// Seconds per question in a mock interview.
    pub mock_seconds: u32,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            topics: Vec::new(),
            difficulties: Vec::new(),
            // A short, varied quiz by default (issue #18); seeded, so a reload
            // keeps the order.
            count: Some(RUN_LENGTHS[0]),
            shuffle: true,
            mock_count: 5,
            mock_seconds: 120,
        }
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_zero(x: &f64) -> bool {
    *x == 0.0
}

/// The learner's latest attempt at one question in the current run (fields at
/// their defaults are not written).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answer {
    /// Indices of the selected options (deck order), ascending.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub selected: Vec<usize>,
    /// Checked answers are locked and show their verdict.
    #[serde(skip_serializing_if = "is_false")]
    pub checked: bool,
    /// Practice and mock: the model answer and key points are shown.
    #[serde(skip_serializing_if = "is_false")]
    pub revealed: bool,
    /// Key points (indices) the learner says their answer covered.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub covered: Vec<usize>,
    /// Practice: the self-rating given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    /// Mock: milliseconds spent on this question so far.
    #[serde(skip_serializing_if = "is_zero")]
    pub spent_ms: f64,
    /// When this answer last changed (ms since the epoch): merges keep the newest.
    pub at: f64,
}

/// A run of another mode, set aside while the learner does something else: a
/// quiz, a practice run and a mock interview can each be resumed (issue #18).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Parked {
    /// The mode of the run set aside.
    pub mode: Mode,
    /// Question ids, in the order they are asked.
    pub run: Vec<String>,
    /// Index into `run` of the question the learner left.
    pub position: usize,
    /// Seeds the run's shuffles.
    pub seed: u64,
    /// The run's answers as they were when it was set aside (another run may ask
    /// the same questions meanwhile).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, Answer>,
}

impl Answer {
    /// No attempt, stamped `at` (kept rather than removed, so that a merge with
    /// an older copy does not bring an old answer back).
    pub fn blank(at: f64) -> Self {
        Self {
            at,
            ..Self::default()
        }
    }

    /// Nothing done yet, whatever its time.
    pub fn is_blank(&self) -> bool {
        *self == Self::blank(self.at)
    }
}

/// All-time counts for one question (the progress overview).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Tally {
    /// Times the question was checked (quiz) or rated (practice).
    pub attempts: u32,
    /// Of those, checked right or rated Good/Easy.
    pub correct: u32,
}

impl Tally {
    /// Counts one attempt (saturating: saved data may hold any number).
    pub fn record(&mut self, right: bool) {
        self.attempts = self.attempts.saturating_add(1);
        self.correct = self.correct.saturating_add(u32::from(right));
    }
}

/// Everything the engine knows; serialized as the `state` of the saved envelope.
/// Unknown or missing fields take their defaults, so old saves keep loading.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuizState {
    /// The screen on show.
    pub screen: Screen,
    /// How the current run asks.
    pub mode: Mode,
    /// Question ids of the current run, in the order they are asked.
    pub run: Vec<String>,
    /// Index into `run` of the question on screen.
    pub position: usize,
    /// Latest attempt per question id (kept across runs and deck versions).
    pub answers: BTreeMap<String, Answer>,
    /// The current run reached its summary.
    pub completed: bool,
    /// Seeds the shuffles of the current run.
    pub seed: u64,
    /// Options for the next run.
    pub options: Options,
    /// Runs in progress of the other modes (one per mode), resumable with
    /// [`Event::Resume`]. A list, not a map: it holds at most two.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parked: Vec<Parked>,
    /// Starred questions.
    pub bookmarks: BTreeSet<String>,
    /// Typed or outlined answers, per question (kept across runs).
    pub drafts: BTreeMap<String, String>,
    /// Spaced-repetition memory per question.
    pub schedule: BTreeMap<String, Memory>,
    /// All-time attempts and correct answers per question.
    pub tally: BTreeMap<String, Tally>,
    /// Mock interview: when the clock of the question on screen started
    /// running (ms since the epoch); `None` while paused.
    pub clock_since: Option<f64>,
    /// When anything last changed (ms since the epoch): merges take the run and
    /// position of the newer side.
    pub updated_at: f64,
    /// When progress was last reset: older copies from elsewhere are ignored.
    pub reset_at: f64,
    /// Fields written by other versions, kept as they are.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl QuizState {
    /// The run's question ids in run order, each once: a practice card rated
    /// *Again* is asked again later in the run, but counts once.
    pub fn run_once(&self) -> impl Iterator<Item = &str> {
        let mut seen = std::collections::HashSet::new();
        self.run
            .iter()
            .map(String::as_str)
            .filter(move |id| seen.insert(*id))
    }

    /// The id of the question the run is at (on screen when the screen is the
    /// question screen): the one place that reads `run[position]`.
    pub fn at_position(&self) -> Option<&str> {
        self.run.get(self.position).map(String::as_str)
    }

    /// Keeps the position inside the run.
    pub fn clamp_position(&mut self) {
        if self.position >= self.run.len() {
            self.position = self.run.len().saturating_sub(1);
        }
    }
}

/// What the learner does (and the clock).
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A new run in `mode` over `source`, filtered by the saved options; forgets
    /// the answers it will ask again. `seed` orders shuffles. A run of another
    /// mode in progress is set aside; one of the same mode is replaced.
    Start {
        /// How the run asks.
        mode: Mode,
        /// Which questions it draws from.
        source: Source,
        /// Orders shuffles (0: deck order, unless the mode always shuffles).
        seed: u64,
    },
    /// A new run over the questions answered wrongly or skipped (same mode).
    RetryMissed,
    /// Back to the question the learner left in the run of this mode (the run
    /// on screen is set aside if it is of another mode).
    Resume(Mode),
    /// Select (single-answer) or toggle (select-all-that-apply) option `i`
    /// (deck order).
    Toggle(usize),
    /// Lock the selection and show the verdict.
    Check,
    /// Next question, or the summary after the last one.
    Next,
    /// The question before, in the run.
    Previous,
    /// Straight to the summary.
    Finish,
    /// Back to the start screen, keeping the run.
    Home,
    /// The typed answer of the question on screen.
    Draft(String),
    /// Show the model answer and key points (practice, mock).
    Reveal,
    /// Tick or untick key point `i` as covered.
    ToggleKeyPoint(usize),
    /// Rate recall of the question on screen (practice): schedules the next
    /// review and moves on.
    Rate(Rating),
    /// Star or unstar a question.
    ToggleBookmark(String),
    /// Replace the options for the next run.
    SetOptions(Options),
    /// The mock clock: start the clock of the question on screen (page visible).
    ClockRun,
    /// Pause it (page hidden), adding the time to the question on screen.
    ClockPause,
    /// The clock ticks (the UI sends it a few times a second during a mock
    /// question): when the question's time is up, its self-check opens.
    Tick,
    /// Forget all progress (the options stay).
    ResetProgress,
    /// A practice run of this one card (from a results screen). Refused while
    /// a practice run can be resumed: that would be lost.
    PractiseOne(String),
    /// Show this question (a deep link): within the run in progress if it has
    /// it, else in a new quiz run over the whole deck, in deck order.
    Open(String),
}

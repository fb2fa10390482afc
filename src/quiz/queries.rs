//! Questions asked of the state, changing nothing: the question on screen, a
//! verdict, whether a run is in progress, the mock clock's time left.

use super::fsrs::{self, Rating};
use super::state::{Answer, Mode, QuizState, Screen};
use crate::deck::{Deck, Question};

/// The id of the question on screen, if any.
pub fn current_id(state: &QuizState) -> Option<&str> {
    (state.screen == Screen::Question)
        .then(|| state.at_position())
        .flatten()
}

/// The question on screen, if any.
pub fn current<'a>(state: &QuizState, deck: &'a Deck) -> Option<&'a Question> {
    current_id(state).and_then(|id| deck.question(id))
}

/// The learner's attempt at `id` in this run.
pub fn answer<'a>(state: &'a QuizState, id: &str) -> Option<&'a Answer> {
    state.answers.get(id)
}

/// True when the selected options are exactly the correct ones.
pub fn is_correct(question: &Question, answer: &Answer) -> bool {
    let correct: Vec<usize> = question
        .choices
        .iter()
        .enumerate()
        .filter(|(_, c)| c.correct)
        .map(|(i, _)| i)
        .collect();
    correct == answer.selected
}

/// `Some(right)` once the question has been checked.
pub fn verdict(state: &QuizState, question: &Question) -> Option<bool> {
    state
        .answers
        .get(&question.id)
        .filter(|a| a.checked)
        .map(|a| is_correct(question, a))
}

/// A run is in progress when it has questions and has not reached its summary.
pub fn in_progress(state: &QuizState) -> bool {
    !state.run.is_empty() && !state.completed
}

/// Mock interview: milliseconds left on the clock of question `id` at `now`
/// (negative when over time).
pub fn remaining_ms(state: &QuizState, id: &str, now: f64) -> f64 {
    let limit = f64::from(state.options.mock_seconds) * 1000.0;
    let spent = state.answers.get(id).map_or(0.0, |a| a.spent_ms);
    let on_screen = state.at_position() == Some(id);
    let running = match state.clock_since {
        Some(since) if on_screen => (now - since).max(0.0),
        _ => 0.0,
    };
    limit - spent - running
}

/// Practice: the interval (days) each rating would schedule for `id` at `now`.
pub fn preview_intervals(state: &QuizState, id: &str, now: f64) -> [(Rating, f64); 4] {
    let next = fsrs::preview(state.schedule.get(id), now);
    let mut out = Rating::ALL.map(|r| (r, 1.0));
    for ((_, days), memory) in out.iter_mut().zip(next) {
        *days = ((memory.due - now) / fsrs::DAY_MS).round().max(1.0);
    }
    out
}

/// Whether a run of `mode` can be resumed: the one on screen or one set aside.
pub fn has_run(state: &QuizState, mode: Mode) -> bool {
    if state.mode == mode && in_progress(state) {
        return true;
    }
    state.parked.iter().any(|p| p.mode == mode)
}

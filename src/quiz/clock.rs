//! The mock interview's clock: it runs only while a question is being answered
//! on a visible page; time spent is added to the question's answer.

use super::state::{Mode, QuizState, Screen};

/// Adds the running clock to the question on screen and stops it.
pub(super) fn pause_clock(state: &mut QuizState, now: f64) -> bool {
    stop_clock(state, now, true)
}

/// Stops the clock at `at`, adding the time to the question on screen; `stamp`
/// marks the answer as changed then (not when fitting a loaded state).
pub(super) fn stop_clock(state: &mut QuizState, at: f64, stamp: bool) -> bool {
    let Some(since) = state.clock_since.take() else {
        return false;
    };
    if let Some(id) = state.at_position().map(str::to_owned) {
        let a = state.answers.entry(id).or_default();
        a.spent_ms += (at - since).max(0.0);
        if stamp {
            a.at = at;
        }
    }
    true
}

/// Starts the clock when a mock question that is still being answered is on screen.
pub(super) fn run_clock(state: &mut QuizState, now: f64) -> bool {
    if state.mode != Mode::Mock || state.screen != Screen::Question || state.clock_since.is_some() {
        return false;
    }
    let answering = state
        .at_position()
        .is_some_and(|id| !state.answers.get(id).is_some_and(|a| a.revealed));
    if answering {
        state.clock_since = Some(now);
    }
    answering
}

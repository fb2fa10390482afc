//! Copies from elsewhere (another tab, another widget, an import) merged into
//! the state, and a saved state fitted to the deck it is loaded with.

use super::clock::stop_clock;
use super::queries::in_progress;
use super::state::{Answer, QuizState, Screen};
use crate::deck::{Deck, Question};
use std::collections::HashSet;

/// Merges progress from elsewhere (another tab, another widget, an imported file)
/// into `state`: per question the newer answer and schedule win; the run,
/// position, screen, bookmarks, drafts and options come from whichever side
/// changed last. A side reset after the other's last change wins outright.
/// Returns whether `state` changed.
pub fn merge(state: &mut QuizState, other: &QuizState, deck: &Deck) -> bool {
    let before = state.clone();
    if other.updated_at < state.reset_at {
        reconcile(state, deck);
        return *state != before;
    }
    if other.reset_at > state.updated_at {
        *state = other.clone();
        reconcile(state, deck);
        return *state != before;
    }
    for (id, theirs) in &other.answers {
        if state.answers.get(id).is_none_or(|mine| theirs.at > mine.at) {
            state.answers.insert(id.clone(), theirs.clone());
        }
    }
    for (id, theirs) in &other.schedule {
        if state
            .schedule
            .get(id)
            .is_none_or(|mine| theirs.last_review > mine.last_review)
        {
            state.schedule.insert(id.clone(), theirs.clone());
        }
    }
    for (id, theirs) in &other.tally {
        if state
            .tally
            .get(id)
            .is_none_or(|mine| theirs.attempts > mine.attempts)
        {
            state.tally.insert(id.clone(), *theirs);
        }
    }
    if other.updated_at > state.updated_at {
        state.screen = other.screen;
        state.mode = other.mode;
        state.run.clone_from(&other.run);
        state.position = other.position;
        state.completed = other.completed;
        state.seed = other.seed;
        state.parked.clone_from(&other.parked);
        state.clock_since = None;
        state.options.clone_from(&other.options);
        state.bookmarks.clone_from(&other.bookmarks);
        state.drafts.clone_from(&other.drafts);
        state.updated_at = other.updated_at;
    }
    reconcile(state, deck);
    *state != before
}

/// Fits a saved state to the deck it is loaded with: run ids the deck no longer has
/// are dropped from the run, the position is clamped, selections and key points
/// past the end of a question are dropped. Answers to removed questions are kept,
/// in case they come back. A mock clock left running (the page closed without
/// pausing it) is stopped at the last recorded change.
pub fn reconcile(state: &mut QuizState, deck: &Deck) {
    if let Some(since) = state.clock_since {
        let at = if state.updated_at.is_finite() {
            state.updated_at
        } else {
            since
        };
        stop_clock(state, at.max(since), false);
    }
    // A set, not `Deck::question` (a linear search) per run id: O(n²) at 10,000.
    let ids: HashSet<&str> = deck.questions.iter().map(|q| q.id.as_str()).collect();
    state.run.retain(|id| ids.contains(id.as_str()));
    if state.run.is_empty() {
        state.position = 0;
        state.completed = false;
        state.screen = Screen::Start;
    }
    state.clamp_position();
    // A mode has one run: one set aside with the mode on screen is dropped.
    let on_screen = in_progress(state).then_some(state.mode);
    let mut seen = Vec::new();
    state.parked.retain_mut(|p| {
        p.run.retain(|id| ids.contains(id.as_str()));
        p.position = p.position.min(p.run.len().saturating_sub(1));
        let keep = Some(p.mode) != on_screen && !p.run.is_empty() && !seen.contains(&p.mode);
        seen.push(p.mode);
        keep
    });
    for q in &deck.questions {
        let parked = state
            .parked
            .iter_mut()
            .filter_map(|p| p.answers.get_mut(&q.id));
        for a in state.answers.get_mut(&q.id).into_iter().chain(parked) {
            fit_answer(a, q);
        }
    }
}

/// Drops selections and key points past the end of `q`; a negative or endless
/// time spent becomes 0.
fn fit_answer(a: &mut Answer, q: &Question) {
    a.selected.retain(|&i| i < q.choices.len());
    a.selected.sort_unstable();
    a.selected.dedup();
    if a.selected.is_empty() {
        a.checked = false;
    }
    a.covered.retain(|&i| i < q.key_points.len());
    a.covered.sort_unstable();
    a.covered.dedup();
    if !a.spent_ms.is_finite() || a.spent_ms < 0.0 {
        a.spent_ms = 0.0;
    }
}

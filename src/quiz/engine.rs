//! `apply(&mut state, deck, event, now)`: every transition of the quiz.

use super::fsrs::{self, Rating};
use super::scoring::missed_ids;
use super::select::{build_run, run_seed};
use super::state::{Answer, Event, Mode, Parked, QuizState, Screen};
use crate::deck::{Deck, Question};
use std::collections::HashSet;

/// The question on screen, if any.
pub fn current<'a>(state: &QuizState, deck: &'a Deck) -> Option<&'a Question> {
    if state.screen != Screen::Question {
        return None;
    }
    state
        .run
        .get(state.position)
        .and_then(|id| deck.question(id))
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
    let on_screen = state.run.get(state.position).is_some_and(|c| c == id);
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

/// Adds the running clock to the question on screen and stops it.
fn pause_clock(state: &mut QuizState, now: f64) -> bool {
    stop_clock(state, now, true)
}

/// Stops the clock at `at`, adding the time to the question on screen; `stamp`
/// marks the answer as changed then (not when fitting a loaded state).
fn stop_clock(state: &mut QuizState, at: f64, stamp: bool) -> bool {
    let Some(since) = state.clock_since.take() else {
        return false;
    };
    if let Some(id) = state.run.get(state.position).cloned() {
        let a = state.answers.entry(id).or_default();
        a.spent_ms += (at - since).max(0.0);
        if stamp {
            a.at = at;
        }
    }
    true
}

/// Starts the clock when a mock question that is still being answered is on screen.
fn run_clock(state: &mut QuizState, now: f64) -> bool {
    if state.mode != Mode::Mock || state.screen != Screen::Question || state.clock_since.is_some() {
        return false;
    }
    let answering = state
        .run
        .get(state.position)
        .is_some_and(|id| !state.answers.get(id).is_some_and(|a| a.revealed));
    if answering {
        state.clock_since = Some(now);
    }
    answering
}

/// Whether a run of `mode` can be resumed: the one on screen or one set aside.
pub fn has_run(state: &QuizState, mode: Mode) -> bool {
    if state.mode == mode && in_progress(state) {
        return true;
    }
    state.parked.iter().any(|p| p.mode == mode)
}

/// Removes and returns the run of `mode` set aside.
fn take_parked(state: &mut QuizState, mode: Mode) -> Option<Parked> {
    let at = state.parked.iter().position(|p| p.mode == mode)?;
    Some(state.parked.remove(at))
}

/// Sets the run of the current mode aside, if one is in progress, so that a run
/// of another mode can take the screen.
fn park(state: &mut QuizState) {
    if !in_progress(state) {
        return;
    }
    // Only what was done: a blank answer comes back blank anyway.
    let answers = state
        .run
        .iter()
        .filter_map(|id| state.answers.get(id).map(|a| (id, a)))
        .filter(|(_, a)| {
            **a != Answer {
                at: a.at,
                ..Answer::default()
            }
        })
        .map(|(id, a)| (id.clone(), a.clone()))
        .collect();
    let parked = Parked {
        mode: state.mode,
        run: std::mem::take(&mut state.run),
        position: state.position,
        seed: state.seed,
        answers,
    };
    take_parked(state, state.mode);
    state.parked.push(parked);
    state.completed = false;
    state.position = 0;
}

fn begin_run(state: &mut QuizState, mode: Mode, run: Vec<String>, seed: u64, now: f64) -> bool {
    if run.is_empty() {
        return false;
    }
    pause_clock(state, now);
    if mode != state.mode {
        park(state);
    }
    take_parked(state, mode);
    // A cleared answer is kept with its time, so that a merge with an older copy
    // (another tab) does not bring the old answer back.
    for id in &run {
        state.answers.insert(
            id.clone(),
            Answer {
                at: now,
                ..Answer::default()
            },
        );
    }
    state.mode = mode;
    state.run = run;
    state.position = 0;
    state.completed = false;
    state.seed = seed;
    state.screen = Screen::Question;
    run_clock(state, now);
    true
}

/// How many times one session asks a card that keeps being rated *Again*.
const AGAIN_REPEATS: usize = 3;

fn go_to(state: &mut QuizState, position: usize, now: f64) {
    pause_clock(state, now);
    if position < state.run.len() {
        state.position = position;
        // A practice card asked again this session: a fresh card, not the
        // rating it was given the first time.
        if let Some(id) = state.run.get(position)
            && state.mode == Mode::Practice
            && state.run.iter().take(position).any(|r| r == id)
            && let Some(a) = state.answers.get_mut(id)
            && a.rating == Some(Rating::Again)
        {
            *a = Answer {
                at: now,
                ..Answer::default()
            };
        }
        run_clock(state, now);
    } else {
        state.screen = Screen::Summary;
        state.completed = true;
    }
}

/// Shows the model answer and key points of the question on screen (practice,
/// mock), stopping a mock clock; false when there is nothing to reveal.
fn reveal(state: &mut QuizState, deck: &Deck, now: f64) -> bool {
    if state.mode == Mode::Quiz {
        return false;
    }
    let Some(id) = current(state, deck).map(|q| q.id.clone()) else {
        return false;
    };
    if state.answers.get(&id).is_some_and(|a| a.revealed) {
        return false;
    }
    pause_clock(state, now);
    let a = state.answers.entry(id).or_default();
    a.revealed = true;
    a.at = now;
    true
}

/// Applies one event at time `now` (ms since the epoch). Returns whether anything
/// changed; events that make no sense in the current state (checking an empty
/// selection, an option out of range, rating before revealing…) change nothing.
pub fn apply(state: &mut QuizState, deck: &Deck, event: Event, now: f64) -> bool {
    let changed = transition(state, deck, event, now);
    if changed {
        state.updated_at = now;
    }
    changed
}

/// The answer on screen, if `allowed` says the event may change it; only then
/// is it created or stamped with `now`.
fn on_screen_answer<'s>(
    state: &'s mut QuizState,
    deck: &Deck,
    now: f64,
    allowed: impl FnOnce(&Answer, &Question) -> bool,
) -> Option<(&'s mut Answer, Question)> {
    let q = current(state, deck)?.clone();
    if !allowed(state.answers.get(&q.id).unwrap_or(&Answer::default()), &q) {
        return None;
    }
    let a = state.answers.entry(q.id.clone()).or_default();
    a.at = now;
    Some((a, q))
}

fn transition(state: &mut QuizState, deck: &Deck, event: Event, now: f64) -> bool {
    match event {
        Event::Start { mode, source, seed } => {
            let seed = run_seed(state, mode, seed);
            let run = build_run(state, deck, mode, source, seed, now);
            begin_run(state, mode, run, seed, now)
        }
        Event::RetryMissed => {
            let run = missed_ids(state, deck);
            begin_run(state, state.mode, run, state.seed, now)
        }
        Event::Resume(mode) => {
            if mode == state.mode && in_progress(state) {
                if state.screen == Screen::Question {
                    return false;
                }
                state.screen = Screen::Question;
                run_clock(state, now);
                return true;
            }
            let Some(parked) = take_parked(state, mode) else {
                return false;
            };
            pause_clock(state, now);
            park(state);
            // Its answers come back as they were; stamped now, so that a merge
            // with a copy where the other run changed them keeps these.
            for id in &parked.run {
                let a = parked.answers.get(id).cloned().unwrap_or_default();
                state.answers.insert(id.clone(), Answer { at: now, ..a });
            }
            state.mode = mode;
            state.run = parked.run;
            state.position = parked.position;
            state.seed = parked.seed;
            state.completed = false;
            state.screen = Screen::Question;
            reconcile_position(state);
            run_clock(state, now);
            true
        }
        Event::Home => {
            if state.screen == Screen::Start {
                return false;
            }
            pause_clock(state, now);
            state.screen = Screen::Start;
            true
        }
        Event::Toggle(i) => {
            let Some(q) = current(state, deck) else {
                return false;
            };
            if i >= q.choices.len() || state.mode != Mode::Quiz {
                return false;
            }
            let multi = q.is_multi();
            let entry = state.answers.entry(q.id.clone()).or_default();
            if entry.checked {
                return false;
            }
            if multi {
                match entry.selected.binary_search(&i) {
                    Ok(at) => {
                        entry.selected.remove(at);
                    }
                    Err(at) => entry.selected.insert(at, i),
                }
            } else {
                if entry.selected == [i] {
                    return false;
                }
                entry.selected = vec![i];
            }
            entry.at = now;
            true
        }
        Event::Check => {
            let Some(q) = current(state, deck) else {
                return false;
            };
            let id = q.id.clone();
            let right = match state.answers.get_mut(&id) {
                Some(a) if !a.checked && !a.selected.is_empty() => {
                    a.checked = true;
                    a.at = now;
                    is_correct(q, a)
                }
                _ => return false,
            };
            state.tally.entry(id).or_default().record(right);
            true
        }
        Event::Next => {
            if state.screen != Screen::Question {
                return false;
            }
            go_to(state, state.position + 1, now);
            true
        }
        Event::Previous => {
            if state.screen != Screen::Question || state.position == 0 {
                return false;
            }
            go_to(state, state.position - 1, now);
            true
        }
        Event::Finish => {
            if state.run.is_empty() || state.screen == Screen::Summary {
                return false;
            }
            pause_clock(state, now);
            state.screen = Screen::Summary;
            state.completed = true;
            true
        }
        Event::Draft(text) => {
            let Some(id) = current(state, deck).map(|q| q.id.clone()) else {
                return false;
            };
            if state
                .drafts
                .get(&id)
                .map_or(text.is_empty(), |d| *d == text)
            {
                return false;
            }
            if text.is_empty() {
                state.drafts.remove(&id);
            } else {
                state.drafts.insert(id, text);
            }
            true
        }
        Event::Reveal => reveal(state, deck, now),
        Event::Tick => {
            // Time's up: the self-check opens by itself (the clock stops at the
            // limit, so the time used reads exactly the limit).
            let up = state.mode == Mode::Mock
                && current(state, deck).is_some_and(|q| remaining_ms(state, &q.id, now) <= 0.0);
            up && reveal(state, deck, now)
        }
        Event::ToggleKeyPoint(i) => {
            let Some((a, _)) = on_screen_answer(state, deck, now, |a, q| {
                a.revealed && i < q.key_points.len() && a.rating.is_none()
            }) else {
                return false;
            };
            match a.covered.binary_search(&i) {
                Ok(at) => {
                    a.covered.remove(at);
                }
                Err(at) => a.covered.insert(at, i),
            }
            true
        }
        Event::Rate(rating) => {
            if state.mode != Mode::Practice {
                return false;
            }
            let Some((a, q)) =
                on_screen_answer(state, deck, now, |a, _| a.revealed && a.rating.is_none())
            else {
                return false;
            };
            a.rating = Some(rating);
            let memory = fsrs::review(state.schedule.get(&q.id), rating, now);
            state.schedule.insert(q.id.clone(), memory);
            state
                .tally
                .entry(q.id.clone())
                .or_default()
                .record(matches!(rating, Rating::Good | Rating::Easy));
            // Forgotten: it comes back at the end of this session (a few times
            // at most), as in any spaced-repetition session.
            let asked = state.run.iter().filter(|id| **id == q.id).count();
            let later = state
                .run
                .iter()
                .skip(state.position + 1)
                .any(|id| *id == q.id);
            if rating == Rating::Again && asked < AGAIN_REPEATS && !later {
                state.run.push(q.id);
            }
            go_to(state, state.position + 1, now);
            true
        }
        Event::ToggleBookmark(id) => {
            if deck.question(&id).is_none() {
                return false;
            }
            if !state.bookmarks.remove(&id) {
                state.bookmarks.insert(id);
            }
            true
        }
        Event::SetOptions(options) => {
            if state.options == options {
                return false;
            }
            state.options = options;
            true
        }
        Event::ClockRun => run_clock(state, now),
        Event::ClockPause => pause_clock(state, now),
        Event::PractiseOne(id) => {
            if deck.question(&id).is_none() || has_run(state, Mode::Practice) {
                return false;
            }
            begin_run(state, Mode::Practice, vec![id], 0, now)
        }
        Event::Open(id) => {
            if deck.question(&id).is_none() {
                return false;
            }
            // A quiz set aside that asks it is resumed there.
            let in_parked = state
                .parked
                .iter()
                .any(|p| p.mode == Mode::Quiz && p.run.contains(&id));
            let resumed = in_parked && transition(state, deck, Event::Resume(Mode::Quiz), now);
            let in_run = in_progress(state)
                .then(|| state.run.iter().position(|r| *r == id))
                .flatten();
            match in_run {
                Some(at) => {
                    if state.screen == Screen::Question && state.position == at {
                        return resumed;
                    }
                    state.screen = Screen::Question;
                    go_to(state, at, now);
                }
                None => {
                    let run: Vec<String> = deck.questions.iter().map(|q| q.id.clone()).collect();
                    let at = run.iter().position(|r| *r == id).unwrap_or(0);
                    begin_run(state, Mode::Quiz, run, 0, now);
                    go_to(state, at, now);
                }
            }
            true
        }
        Event::ResetProgress => {
            let options = std::mem::take(&mut state.options);
            let extra = std::mem::take(&mut state.extra);
            *state = QuizState {
                options,
                extra,
                reset_at: now,
                ..QuizState::default()
            };
            true
        }
    }
}

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

/// Keeps the position inside the run.
fn reconcile_position(state: &mut QuizState) {
    if state.position >= state.run.len() {
        state.position = state.run.len().saturating_sub(1);
    }
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
    reconcile_position(state);
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

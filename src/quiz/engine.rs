//! `apply(&mut state, deck, event, now)`: every transition of the quiz.

use super::clock::{pause_clock, run_clock};
use super::fsrs::{self, Rating};
use super::queries::{current, has_run, in_progress, is_correct, remaining_ms};
use super::scoring::missed_ids;
use super::select::{build_run, run_seed};
use super::state::{Answer, Event, Mode, Parked, QuizState, Screen};
use crate::deck::{Deck, Question};

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
        .filter(|(_, a)| !a.is_blank())
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
    for id in &run {
        state.answers.insert(id.clone(), Answer::blank(now));
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
            *a = Answer::blank(now);
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
            state.clamp_position();
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

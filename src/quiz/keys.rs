//! Keyboard shortcuts of the question screen, as engine events.

use super::fsrs::Rating;
use super::queries::current;
use super::select::choice_order;
use super::state::{Event, Mode, QuizState};
use crate::deck::Deck;

/// The event a key press on the question screen means, if any. `key` is the DOM
/// `KeyboardEvent.key`. Digits pick options in the order they are shown (quiz)
/// or rate after revealing (practice); Enter checks and moves on; Space reveals;
/// B bookmarks.
pub fn key_event(state: &QuizState, deck: &Deck, key: &str) -> Option<Event> {
    let q = current(state, deck)?;
    let a = state.answers.get(&q.id);
    let checked = a.is_some_and(|a| a.checked);
    let revealed = a.is_some_and(|a| a.revealed);
    let selected = a.is_some_and(|a| !a.selected.is_empty());
    let digit = key.parse::<usize>().ok().filter(|d| (1..=9).contains(d));
    match (state.mode, key, digit) {
        (_, "b" | "B", _) => Some(Event::ToggleBookmark(q.id.clone())),
        (Mode::Quiz, _, Some(d)) if !checked => choice_order(state.seed, &q.id, q.choices.len())
            .get(d - 1)
            .map(|&i| Event::Toggle(i)),
        (Mode::Quiz, "Enter", _) if checked => Some(Event::Next),
        (Mode::Quiz, "Enter", _) if selected => Some(Event::Check),
        (Mode::Practice, _, Some(d)) if revealed => {
            [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy]
                .get(d - 1)
                .map(|&r| Event::Rate(r))
        }
        (Mode::Practice | Mode::Mock, " ", _) if !revealed => Some(Event::Reveal),
        (Mode::Mock, "Enter", _) if revealed => Some(Event::Next),
        _ => None,
    }
}

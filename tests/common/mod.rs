//! Shared by the integration tests: the example deck of `tests/fixtures/`.
#![allow(dead_code)]

use llm_quiz::deck::{self, Deck};

pub const EXAMPLE: &str = include_str!("../fixtures/example-deck.json");

pub fn example() -> Deck {
    match deck::parse(EXAMPLE) {
        Ok(d) => d,
        Err(e) => panic!("example deck invalid: {e:?}"),
    }
}

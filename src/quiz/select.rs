//! Which questions a run asks, in which order, and in which order their options
//! appear: filters, a random pool, and seeded shuffles (stable across reloads).

use super::fsrs::{DAY_MS, is_due};
use super::scoring::missed_ids;
use super::state::{Mode, QuizState, Source};
use crate::deck::{Deck, Question};
use std::collections::HashSet;

/// SplitMix64: a tiny, good-enough generator for shuffles.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// Fisher–Yates with a seeded generator: the same seed gives the same order.
pub fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut rng = SplitMix(seed);
    for i in (1..items.len()).rev() {
        let j = (rng.next() % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

fn hash_str(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The order in which a question's `n` options are shown: deck order when the
/// run is not shuffled (`seed == 0`), else a permutation fixed by seed and id.
pub fn choice_order(seed: u64, question_id: &str, n: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    if seed != 0 {
        shuffle(&mut order, seed ^ hash_str(question_id));
    }
    order
}

fn matches(state: &QuizState, q: &Question) -> bool {
    let o = &state.options;
    (o.topics.is_empty() || o.topics.contains(&q.topic))
        && (o.difficulties.is_empty() || o.difficulties.contains(&q.difficulty))
}

/// Questions that `source` and the saved filters allow, in deck order (due
/// reviews: most overdue first).
pub fn candidates(state: &QuizState, deck: &Deck, source: Source, now: f64) -> Vec<String> {
    let missed: HashSet<String> = match source {
        Source::Missed => missed_ids(state, deck).into_iter().collect(),
        _ => HashSet::new(),
    };
    let mut picked: Vec<&Question> = deck
        .questions
        .iter()
        .filter(|q| matches(state, q))
        .filter(|q| match source {
            Source::All => true,
            Source::Due => state.schedule.get(&q.id).is_some_and(|m| is_due(m, now)),
            Source::Bookmarked => state.bookmarks.contains(&q.id),
            Source::Missed => missed.contains(&q.id),
        })
        .collect();
    if source == Source::Due {
        // Looked up once per question, not once per comparison.
        let mut by_due: Vec<(f64, &Question)> = picked
            .into_iter()
            .map(|q| (state.schedule.get(&q.id).map_or(0.0, |m| m.due), q))
            .collect();
        by_due.sort_by(|a, b| a.0.total_cmp(&b.0));
        picked = by_due.into_iter().map(|(_, q)| q).collect();
    }
    picked.into_iter().map(|q| q.id.clone()).collect()
}

/// The run a `Start` event begins: candidates, shuffled when asked (mock
/// interviews always draw at random), cut to the pool size.
pub fn build_run(
    state: &QuizState,
    deck: &Deck,
    mode: Mode,
    source: Source,
    seed: u64,
    now: f64,
) -> Vec<String> {
    let mut run = candidates(state, deck, source, now);
    let (shuffled, count) = match mode {
        Mode::Mock => (true, Some(state.options.mock_count.max(1))),
        _ => (state.options.shuffle, state.options.count),
    };
    if shuffled {
        shuffle(&mut run, seed);
    }
    // After the shuffle, which it keeps among the unseen: due cards still first.
    if mode == Mode::Practice && source == Source::All {
        run = due_then_unseen(state, run, now);
    }
    if let Some(n) = count {
        run.truncate(n.max(1));
    }
    run
}

/// Practice goes on where the learner is: the cards due now (most overdue
/// first), then the ones never rated, in the order given; cards scheduled for later
/// wait. When every card waits, all of them, so *Practise* always has a run.
fn due_then_unseen(state: &QuizState, ids: Vec<String>, now: f64) -> Vec<String> {
    let mut due: Vec<(f64, String)> = Vec::new();
    let mut unseen = Vec::new();
    for id in &ids {
        match state.schedule.get(id) {
            Some(m) if is_due(m, now) => due.push((m.due, id.clone())),
            Some(_) => {}
            None => unseen.push(id.clone()),
        }
    }
    if due.is_empty() && unseen.is_empty() {
        return ids;
    }
    due.sort_by(|a, b| a.0.total_cmp(&b.0));
    due.into_iter().map(|(_, id)| id).chain(unseen).collect()
}

/// The seed a run of `mode` is shuffled with, from a random `seed`: 0 (deck
/// order) unless it is shuffled; never 0 when it is.
pub fn run_seed(state: &QuizState, mode: Mode, seed: u64) -> u64 {
    if mode == Mode::Mock || state.options.shuffle {
        seed.max(1)
    } else {
        0
    }
}

/// The next day with reviews after `by` (the end of today, ms since the
/// epoch): how many days after today, and how many cards are due that day.
/// `None` when no card waits.
pub fn next_reviews(state: &QuizState, deck: &Deck, by: f64) -> Option<(u32, usize)> {
    let days: Vec<u32> = deck
        .questions
        .iter()
        .filter_map(|q| state.schedule.get(&q.id))
        .filter(|m| !is_due(m, by))
        .map(|m| ((m.due - by) / DAY_MS).ceil().max(1.0) as u32)
        .collect();
    let first = days.iter().copied().min()?;
    Some((first, days.iter().filter(|&&d| d == first).count()))
}

/// How many practice reviews are due by `by` (ms since the epoch).
pub fn due_count(state: &QuizState, deck: &Deck, by: f64) -> usize {
    deck.questions
        .iter()
        .filter(|q| state.schedule.get(&q.id).is_some_and(|m| is_due(m, by)))
        .count()
}

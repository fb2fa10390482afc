//! Scores of the current run, overall and per topic.

use super::engine::verdict;
use super::state::QuizState;
use crate::deck::{Deck, Question};

/// Counts over the current run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    pub correct: usize,
    /// Checked questions (right or wrong).
    pub answered: usize,
    /// Questions in the run.
    pub total: usize,
}

/// The score of one topic within the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicScore {
    pub topic: String,
    pub name: String,
    pub correct: usize,
    pub total: usize,
}

fn run_questions<'a>(state: &'a QuizState, deck: &'a Deck) -> impl Iterator<Item = &'a Question> {
    state.run.iter().filter_map(|id| deck.question(id))
}

pub fn score(state: &QuizState, deck: &Deck) -> Score {
    let mut s = Score::default();
    for q in run_questions(state, deck) {
        s.total += 1;
        if let Some(right) = verdict(state, q) {
            s.answered += 1;
            s.correct += usize::from(right);
        }
    }
    s
}

/// One entry per topic that occurs in the run, in the deck's topic order.
pub fn topic_scores(state: &QuizState, deck: &Deck) -> Vec<TopicScore> {
    deck.topics
        .iter()
        .filter_map(|t| {
            let mut ts = TopicScore {
                topic: t.id.clone(),
                name: t.name.clone(),
                correct: 0,
                total: 0,
            };
            for q in run_questions(state, deck).filter(|q| q.topic == t.id) {
                ts.total += 1;
                ts.correct += usize::from(verdict(state, q) == Some(true));
            }
            (ts.total > 0).then_some(ts)
        })
        .collect()
}

/// Questions of the run answered wrongly or not answered, in run order.
pub fn missed<'a>(state: &'a QuizState, deck: &'a Deck) -> Vec<&'a Question> {
    run_questions(state, deck)
        .filter(|q| verdict(state, q) != Some(true))
        .collect()
}

pub(crate) fn missed_ids(state: &QuizState, deck: &Deck) -> Vec<String> {
    missed(state, deck)
        .into_iter()
        .map(|q| q.id.clone())
        .collect()
}

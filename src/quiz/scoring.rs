//! Scores of the current run, overall and per topic.

use super::fsrs::Rating;
use super::queries::{in_progress, is_correct, verdict};
use super::state::{Mode, QuizState};
use crate::deck::{Deck, Question};
use std::collections::HashMap;

/// Counts over the current run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    /// Questions checked right.
    pub correct: usize,
    /// Checked questions (right or wrong).
    pub answered: usize,
    /// Questions in the run.
    pub total: usize,
}

/// Questions of the run the learner is done with: checked (quiz), rated
/// (practice) or self-checked (mock); each counted once. The progress bar
/// shows this, not the place of the question on screen.
pub fn answered_in_run(state: &QuizState) -> usize {
    state
        .run_once()
        .filter(|id| {
            state.answers.get(*id).is_some_and(|a| match state.mode {
                Mode::Quiz => a.checked,
                Mode::Practice => a.rating.is_some(),
                Mode::Mock => a.revealed,
            })
        })
        .count()
}

/// A practice run's ratings: how many cards were rated *Again*, *Hard*,
/// *Good*, *Easy*, and how many were not rated (each card once).
pub fn rating_counts(state: &QuizState) -> [usize; 5] {
    let mut counts = [0; 5];
    for id in state.run_once() {
        let slot = match state.answers.get(id).and_then(|a| a.rating) {
            Some(Rating::Again) => 0,
            Some(Rating::Hard) => 1,
            Some(Rating::Good) => 2,
            Some(Rating::Easy) => 3,
            None => 4,
        };
        if let Some(c) = counts.get_mut(slot) {
            *c += 1;
        }
    }
    counts
}

/// A run that can be resumed (the one on screen or one set aside).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SavedRun {
    /// The run's mode.
    pub mode: Mode,
    /// The question the learner left, counted from 1.
    pub at: usize,
    /// Questions in the run.
    pub total: usize,
    /// Questions answered correctly so far (quiz).
    pub correct: usize,
}

/// The runs that can be resumed, one per mode at most, quiz first.
pub fn saved_runs(state: &QuizState, deck: &Deck) -> Vec<SavedRun> {
    let mut out: Vec<SavedRun> = state
        .parked
        .iter()
        .map(|p| SavedRun {
            mode: p.mode,
            at: p.position + 1,
            total: p.run.len(),
            // Its answers are those of its own questions only.
            correct: deck
                .questions
                .iter()
                .filter(|q| {
                    p.answers
                        .get(&q.id)
                        .is_some_and(|a| a.checked && is_correct(q, a))
                })
                .count(),
        })
        .collect();
    if in_progress(state) {
        out.retain(|r| r.mode != state.mode);
        out.push(SavedRun {
            mode: state.mode,
            at: state.position + 1,
            total: state.run.len(),
            correct: score(state, deck).correct,
        });
    }
    out.sort_by_key(|r| r.mode);
    out
}

/// The score of one topic within the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicScore {
    /// The topic's id.
    pub topic: String,
    /// The topic's name, as the deck writes it.
    pub name: String,
    /// Questions of the topic checked right in the run.
    pub correct: usize,
    /// Questions of the topic in the run.
    pub total: usize,
}

/// The questions of the run, in run order, each once. Looks ids up through a
/// map built once (`Deck::question` is a linear search: once per run id is
/// O(n²) on a 10,000-question deck).
fn run_questions<'a>(state: &'a QuizState, deck: &'a Deck) -> impl Iterator<Item = &'a Question> {
    let mut by_id: HashMap<&str, &Question> = HashMap::with_capacity(deck.questions.len());
    for q in &deck.questions {
        by_id.entry(q.id.as_str()).or_insert(q);
    }
    state
        .run_once()
        .filter_map(move |id| by_id.get(id).copied())
}

/// The score of the current run: checked, right, and questions in all.
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
    let run: Vec<&Question> = run_questions(state, deck).collect();
    deck.topics
        .iter()
        .filter_map(|t| {
            let mut ts = TopicScore {
                topic: t.id.clone(),
                name: t.name.clone(),
                correct: 0,
                total: 0,
            };
            for q in run.iter().filter(|q| q.topic == t.id) {
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

/// The questions of the run not checked yet, other than the one on screen, in
/// run order: what leaving the last question for the results would skip.
pub fn unanswered_others(state: &QuizState) -> Vec<&str> {
    state
        .run
        .iter()
        .enumerate()
        .filter(|&(at, id)| {
            at != state.position && !state.answers.get(id).is_some_and(|a| a.checked)
        })
        .map(|(_, id)| id.as_str())
        .collect()
}

pub(crate) fn missed_ids(state: &QuizState, deck: &Deck) -> Vec<String> {
    missed(state, deck)
        .into_iter()
        .map(|q| q.id.clone())
        .collect()
}

/// One topic in the progress overview (all time, not just this run).
#[derive(Debug, Clone, PartialEq)]
pub struct TopicOverview {
    /// The topic's id.
    pub topic: String,
    /// The topic's name, as the deck writes it.
    pub name: String,
    /// Questions of this topic in the deck.
    pub questions: usize,
    /// Questions attempted at least once.
    pub seen: usize,
    /// All-time attempts at its questions.
    pub attempts: u32,
    /// All-time correct answers (or Good/Easy ratings) among them.
    pub correct: u32,
    /// Practice reviews due by the given time.
    pub due: usize,
}

impl TopicOverview {
    /// Share of correct attempts, `None` before any attempt.
    pub fn rate(&self) -> Option<f64> {
        (self.attempts > 0).then(|| f64::from(self.correct) / f64::from(self.attempts))
    }
}

/// Per topic: seen, correct rate, due; weakest topics first, untried ones last.
pub fn overview(state: &QuizState, deck: &Deck, due_by: f64) -> Vec<TopicOverview> {
    let mut rows: Vec<TopicOverview> = deck
        .topics
        .iter()
        .map(|t| {
            let mut row = TopicOverview {
                topic: t.id.clone(),
                name: t.name.clone(),
                questions: 0,
                seen: 0,
                attempts: 0,
                correct: 0,
                due: 0,
            };
            for q in deck.questions.iter().filter(|q| q.topic == t.id) {
                row.questions += 1;
                if let Some(tally) = state.tally.get(&q.id).filter(|t| t.attempts > 0) {
                    row.seen += 1;
                    row.attempts = row.attempts.saturating_add(tally.attempts);
                    row.correct = row
                        .correct
                        .saturating_add(tally.correct.min(tally.attempts));
                }
                row.due += usize::from(
                    state
                        .schedule
                        .get(&q.id)
                        .is_some_and(|m| super::fsrs::is_due(m, due_by)),
                );
            }
            row
        })
        .filter(|r| r.questions > 0)
        .collect();
    rows.sort_by(|a, b| match (a.rate(), b.rate()) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    rows
}

/// One question of a finished mock interview or practice run.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenAnswerRow {
    /// The question's id.
    pub id: String,
    /// Its open prompt (practice and mock ask it this way).
    pub prompt: String,
    /// Its topic's id.
    pub topic: String,
    /// Mock: milliseconds spent answering it.
    pub spent_ms: f64,
    /// Key points ticked as covered, of `points`.
    pub covered: usize,
    /// Key points the question has.
    pub points: usize,
}

/// The open-answer run, question by question.
pub fn open_answer_rows(state: &QuizState, deck: &Deck) -> Vec<OpenAnswerRow> {
    run_questions(state, deck)
        .map(|q| {
            let a = state.answers.get(&q.id);
            OpenAnswerRow {
                id: q.id.clone(),
                prompt: q.prompt.clone(),
                topic: q.topic.clone(),
                spent_ms: a.map_or(0.0, |a| a.spent_ms),
                covered: a.map_or(0, |a| a.covered.len()),
                points: q.key_points.len(),
            }
        })
        .collect()
}

/// Topics of an open-answer run by share of key points covered, weakest first:
/// `(topic name, covered, points)`.
pub fn weakest_topics(state: &QuizState, deck: &Deck) -> Vec<(String, usize, usize)> {
    let rows = open_answer_rows(state, deck);
    let mut out: Vec<(String, usize, usize)> = deck
        .topics
        .iter()
        .filter_map(|t| {
            let (c, p) = rows
                .iter()
                .filter(|r| r.topic == t.id)
                .fold((0, 0), |(c, p), r| (c + r.covered, p + r.points));
            (p > 0).then(|| (t.name.clone(), c, p))
        })
        .collect();
    out.sort_by(|a, b| (a.1 * b.2).cmp(&(b.1 * a.2)));
    out
}

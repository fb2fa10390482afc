//! The payloads of the events a widget dispatches on its host element, as JSON
//! (documented in the README for authors).

use super::queries::verdict;
use super::scoring::{score, topic_scores};
use super::state::{Mode, QuizState};
use crate::deck::{Deck, Question};
use serde_json::{Map, Value, json};

/// `llm-quiz:answered`: `{deck, question, correct}`.
pub fn answered(state: &QuizState, deck: &Deck, question: &Question) -> String {
    json!({
        "deck": deck.id,
        "question": question.id,
        "correct": verdict(state, question) == Some(true),
    })
    .to_string()
}

/// `llm-quiz:completed`: `{deck, mode, score, total, topics: {id: {correct, total}}}`.
/// In practice and mock runs `score` counts cards rated Good/Easy or with every
/// key point covered.
pub fn completed(state: &QuizState, deck: &Deck) -> String {
    let mode = state.mode.as_str();
    let (correct, total, topics) = if state.mode == Mode::Quiz {
        let s = score(state, deck);
        let topics: Map<String, Value> = topic_scores(state, deck)
            .into_iter()
            .map(|t| (t.topic, json!({"correct": t.correct, "total": t.total})))
            .collect();
        (s.correct, s.total, topics)
    } else {
        let mut topics = Map::new();
        let mut correct = 0;
        let mut total = 0;
        for q in state.run.iter().filter_map(|id| deck.question(id)) {
            let a = state.answers.get(&q.id);
            let right = a.is_some_and(|a| {
                matches!(
                    a.rating,
                    Some(super::fsrs::Rating::Good | super::fsrs::Rating::Easy)
                ) || (!q.key_points.is_empty() && a.covered.len() == q.key_points.len())
            });
            total += 1;
            correct += usize::from(right);
            let entry = topics
                .entry(q.topic.clone())
                .or_insert_with(|| json!({"correct": 0, "total": 0}));
            if let Some(obj) = entry.as_object_mut() {
                let bump = |v: Option<&Value>, by: usize| {
                    v.and_then(Value::as_u64).unwrap_or(0) + by as u64
                };
                let c = bump(obj.get("correct"), usize::from(right));
                let t = bump(obj.get("total"), 1);
                obj.insert("correct".into(), c.into());
                obj.insert("total".into(), t.into());
            }
        }
        (correct, total, topics)
    };
    json!({
        "deck": deck.id,
        "mode": mode,
        "score": correct,
        "total": total,
        "topics": topics,
    })
    .to_string()
}

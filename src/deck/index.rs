//! Reading a packed deck (see [`super::pack`]): the index becomes a [`Deck`] whose
//! questions are *outlines* (everything but their text), and each chunk, when it
//! arrives, fills in its questions' text. Every value from the network is
//! checked: a bad index or chunk gives [`DeckError`]s with paths, never a panic.

use super::schema::{Choice, Deck, Question, Topic};
use super::validate::{DeckError, limits, validate, validate_question};
use serde::Deserialize;
use std::collections::HashSet;

/// The index file, as [`super::pack::pack`] writes it.
#[derive(Debug, Deserialize)]
struct IndexFile {
    format: u64,
    id: String,
    title: String,
    version: u32,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    language: Option<String>,
    topics: Vec<Topic>,
    hash: String,
    chunk_size: usize,
    chunks: Vec<String>,
    questions: Columns,
}

/// One column per question field, all of the same length.
#[derive(Debug, Deserialize)]
struct Columns {
    id: Vec<String>,
    topic: Vec<i64>,
    difficulty: Vec<u8>,
    correct: Vec<u64>,
    choices: Vec<usize>,
    points: Vec<usize>,
    multi: Vec<u8>,
}

/// A deck read from its index: outlines of every question, the fingerprint its
/// progress is saved with, and the chunk files (relative names) in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    pub deck: Deck,
    pub hash: String,
    pub chunks: Vec<String>,
}

fn one(path: &str, message: impl Into<String>) -> Vec<DeckError> {
    vec![DeckError::new(path, message)]
}

/// Reads and checks an index. The outlines pass the deck format's rules (ids,
/// topics, difficulty, option and key-point counts, a correct option each).
pub fn read_index(json: &str) -> Result<Outline, Vec<DeckError>> {
    let file: IndexFile =
        serde_json::from_str(json).map_err(|e| one("deck index", format!("unreadable ({e})")))?;
    if file.format != super::pack::INDEX_FORMAT {
        return Err(one(
            "deck index.format",
            format!(
                "unknown layout {} (expected {})",
                file.format,
                super::pack::INDEX_FORMAT
            ),
        ));
    }
    let c = &file.questions;
    let n = c.id.len();
    let lengths = [
        c.topic.len(),
        c.difficulty.len(),
        c.correct.len(),
        c.choices.len(),
        c.points.len(),
        c.multi.len(),
    ];
    if lengths.iter().any(|&l| l != n) {
        return Err(one("deck index.questions", "columns of different lengths"));
    }
    if n > limits::MAX_QUESTIONS {
        return Err(one(
            "deck index.questions",
            format!(
                "too many questions ({n}, at most {})",
                limits::MAX_QUESTIONS
            ),
        ));
    }
    let size = file.chunk_size.max(1);
    if file.chunks.len() != n.div_ceil(size) {
        return Err(one(
            "deck index.chunks",
            format!(
                "{} chunk files for {n} questions of {size}",
                file.chunks.len()
            ),
        ));
    }
    let mut errors = Vec::new();
    let mut questions = Vec::with_capacity(n);
    let columns =
        c.id.iter()
            .zip(&c.topic)
            .zip(&c.difficulty)
            .zip(&c.correct)
            .zip(&c.choices)
            .zip(&c.points)
            .zip(&c.multi);
    for (i, ((((((id, &topic), &difficulty), &correct), &choices), &points), &multi)) in
        columns.enumerate()
    {
        // Counts beyond the format's limits are refused before anything is built.
        if choices > limits::MAX_CHOICES || points > limits::MAX_KEY_POINTS {
            errors.push(DeckError::new(
                format!("questions[{i}]"),
                format!("{choices} options and {points} key points: beyond the format's limits"),
            ));
            continue;
        }
        let topic = usize::try_from(topic)
            .ok()
            .and_then(|t| file.topics.get(t))
            .map(|t| t.id.clone())
            .unwrap_or_default();
        questions.push(Question {
            id: id.clone(),
            topic,
            difficulty,
            multi: multi != 0,
            key_points: vec![String::new(); points],
            choices: (0..choices)
                .map(|k| Choice {
                    text: String::new(),
                    correct: correct >> k & 1 == 1,
                    explanation: String::new(),
                })
                .collect(),
            pending: Some(i / size),
            ..Question::default()
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let deck = Deck {
        id: file.id,
        title: file.title,
        version: file.version,
        description: file.description,
        language: file.language,
        topics: file.topics,
        questions,
    };
    validate(&deck)?;
    Ok(Outline {
        deck,
        hash: file.hash,
        chunks: file.chunks,
    })
}

/// Fills in the text of chunk `chunk`'s questions. The chunk must hold exactly the
/// questions the index announced there, with the same outline; each question must
/// pass the format's rules. Nothing changes when anything is wrong.
pub fn fill_chunk(deck: &mut Deck, chunk: usize, json: &str) -> Result<(), Vec<DeckError>> {
    let at = |k: usize| format!("chunks[{chunk}][{k}]");
    let bodies: Vec<Question> = serde_json::from_str(json)
        .map_err(|e| one(&format!("chunks[{chunk}]"), format!("unreadable ({e})")))?;
    let slots: Vec<usize> = deck
        .questions
        .iter()
        .enumerate()
        .filter(|(_, q)| q.pending == Some(chunk))
        .map(|(i, _)| i)
        .collect();
    if slots.len() != bodies.len() {
        return Err(one(
            &format!("chunks[{chunk}]"),
            format!(
                "{} questions, the index announced {}",
                bodies.len(),
                slots.len()
            ),
        ));
    }
    let topics: HashSet<&str> = deck.topics.iter().map(|t| t.id.as_str()).collect();
    let mut errors = Vec::new();
    for (k, (body, &slot)) in bodies.iter().zip(&slots).enumerate() {
        let Some(outline) = deck.questions.get(slot) else {
            continue;
        };
        if !same_outline(outline, body) {
            errors.push(DeckError::new(
                at(k),
                format!("`{}` does not match the index (`{}`)", body.id, outline.id),
            ));
        }
        errors.extend(validate_question(&at(k), body, &topics));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    for (body, slot) in bodies.into_iter().zip(slots) {
        if let Some(q) = deck.questions.get_mut(slot) {
            *q = body;
        }
    }
    Ok(())
}

/// The same question as far as the index can tell: what scoring, filters and
/// saved progress read must not change when the text arrives.
fn same_outline(outline: &Question, body: &Question) -> bool {
    outline.id == body.id
        && outline.topic == body.topic
        && outline.difficulty == body.difficulty
        && outline.is_multi() == body.is_multi()
        && outline.key_points.len() == body.key_points.len()
        && outline.choices.len() == body.choices.len()
        && outline
            .choices
            .iter()
            .zip(&body.choices)
            .all(|(a, b)| a.correct == b.correct)
}

//! Validation of a parsed deck, with errors that name the path of the bad value
//! (`questions[3].choices: needs at least 2 options`).

use super::schema::{Deck, Question};
use std::collections::HashSet;
use std::fmt;

/// Limits a deck must respect; documented in `docs/deck-format.md`.
pub mod limits {
    /// Questions per deck.
    pub const MAX_QUESTIONS: usize = 10_000;
    /// Options per question.
    pub const MIN_CHOICES: usize = 2;
    pub const MAX_CHOICES: usize = 6;
    /// Key points per question.
    pub const MIN_KEY_POINTS: usize = 1;
    pub const MAX_KEY_POINTS: usize = 8;
    /// Slug length (deck, topic and question ids).
    pub const MAX_ID_CHARS: usize = 64;
    /// Short fields: titles, topic names, prompts, options, key points, follow-ups.
    pub const MAX_SHORT_CHARS: usize = 600;
    /// Long fields: why-asked, model answer, explanations, description.
    pub const MAX_LONG_CHARS: usize = 3_000;
    /// Whole deck file, in bytes.
    pub const MAX_DECK_BYTES: usize = 8 * 1024 * 1024;
}

/// One problem found in a deck, with the path of the value at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckError {
    /// JSON path, e.g. `questions[7].choices[2].explanation`.
    pub path: String,
    pub message: String,
}

impl DeckError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for DeckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// A BCP 47 language tag in its common form: a 2–3 letter language, then
/// subtags of 1–8 letters or digits (`en`, `de-AT`, `zh-Hant-TW`).
pub fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && s.len() <= 35
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// True for `lowercase-slug-like-this`: a–z, 0–9, single inner hyphens.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= limits::MAX_ID_CHARS
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

struct Checker {
    errors: Vec<DeckError>,
}

impl Checker {
    fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.errors.push(DeckError::new(path, message));
    }

    // Paths are built only for values at fault: a 10,000-question deck has some
    // 150,000 values to check, and formatting each path cost more than the checks.
    fn text(&mut self, path: impl FnOnce() -> String, value: &str, max_chars: usize) {
        if value.trim().is_empty() {
            self.push(path(), "empty");
        } else if value.len() > max_chars {
            // Fewer bytes than the limit means fewer characters too.
            let n = value.chars().count();
            if n > max_chars {
                self.push(
                    path(),
                    format!("too long ({n} characters, at most {max_chars})"),
                );
            }
        }
    }

    fn slug(&mut self, path: impl FnOnce() -> String, value: &str) {
        if value.is_empty() {
            self.push(path(), "empty");
        } else if !is_slug(value) {
            self.push(
                path(),
                format!(
                    "`{value}` is not a slug (lowercase letters, digits and single hyphens, at most {} characters)",
                    limits::MAX_ID_CHARS
                ),
            );
        }
    }

    fn question(&mut self, p: &str, q: &Question, topics: &HashSet<&str>) {
        use limits::*;
        self.slug(|| format!("{p}.id"), &q.id);
        if !topics.contains(q.topic.as_str()) {
            self.push(
                format!("{p}.topic"),
                format!("`{}` is not one of the deck's topics", q.topic),
            );
        }
        if !(1..=3).contains(&q.difficulty) {
            self.push(
                format!("{p}.difficulty"),
                format!("must be 1, 2 or 3 (got {})", q.difficulty),
            );
        }
        if let Some(source) = &q.source {
            self.text(|| format!("{p}.source"), source, MAX_ID_CHARS);
        }
        if let Some(as_of) = &q.as_of
            && !is_year_month(as_of)
        {
            self.push(
                format!("{p}.as_of"),
                format!("`{as_of}` is not a month like 2026-11"),
            );
        }
        self.counts(p, q);
        // An outline (packed deck, text not loaded) has counts but no text yet.
        if q.is_loaded() {
            self.texts(p, q);
        }
    }

    fn texts(&mut self, p: &str, q: &Question) {
        use limits::*;
        self.text(|| format!("{p}.prompt"), &q.prompt, MAX_SHORT_CHARS);
        if let Some(stem) = &q.quiz_prompt {
            self.text(|| format!("{p}.quiz_prompt"), stem, MAX_SHORT_CHARS);
        }
        self.text(|| format!("{p}.why_asked"), &q.why_asked, MAX_LONG_CHARS);
        self.text(
            || format!("{p}.model_answer"),
            &q.model_answer,
            MAX_LONG_CHARS,
        );
        if let Some(follow_up) = &q.follow_up {
            self.text(|| format!("{p}.follow_up"), follow_up, MAX_SHORT_CHARS);
        }
        for (k, point) in q.key_points.iter().enumerate() {
            self.text(|| format!("{p}.key_points[{k}]"), point, MAX_SHORT_CHARS);
        }
        let mut seen = HashSet::new();
        for (k, c) in q.choices.iter().enumerate() {
            self.text(
                || format!("{p}.choices[{k}].text"),
                &c.text,
                MAX_SHORT_CHARS,
            );
            self.text(
                || format!("{p}.choices[{k}].explanation"),
                &c.explanation,
                MAX_LONG_CHARS,
            );
            if !c.text.trim().is_empty() && !seen.insert(c.text.trim()) {
                self.push(format!("{p}.choices[{k}].text"), "duplicate option");
            }
        }
    }

    fn counts(&mut self, p: &str, q: &Question) {
        use limits::*;
        let n = q.key_points.len();
        if !(MIN_KEY_POINTS..=MAX_KEY_POINTS).contains(&n) {
            self.push(
                format!("{p}.key_points"),
                format!("needs {MIN_KEY_POINTS} to {MAX_KEY_POINTS} points (got {n})"),
            );
        }

        let n = q.choices.len();
        if n < MIN_CHOICES {
            self.push(
                format!("{p}.choices"),
                format!("needs at least {MIN_CHOICES} options"),
            );
        } else if n > MAX_CHOICES {
            self.push(
                format!("{p}.choices"),
                format!("at most {MAX_CHOICES} options (got {n})"),
            );
        }
        if n > 0 && !q.choices.iter().any(|c| c.correct) {
            self.push(format!("{p}.choices"), "needs at least one correct option");
        }
    }
}

/// `YYYY-MM` with a month from 01 to 12.
fn is_year_month(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7
        && b.get(4) == Some(&b'-')
        && s.get(..4)
            .is_some_and(|y| y.bytes().all(|c| c.is_ascii_digit()))
        && s.get(5..)
            .and_then(|m| m.parse::<u8>().ok())
            .is_some_and(|m| (1..=12).contains(&m))
}

/// Checks one question on its own (a chunk of a packed deck), against the deck's
/// topic ids; `path` names it in the errors.
pub fn validate_question(path: &str, q: &Question, topics: &HashSet<&str>) -> Vec<DeckError> {
    let mut c = Checker { errors: Vec::new() };
    c.question(path, q, topics);
    c.errors
}

/// Checks every rule of deck format v1; returns all problems found, in document order.
pub fn validate(deck: &Deck) -> Result<(), Vec<DeckError>> {
    let mut c = Checker { errors: Vec::new() };
    c.slug(|| "id".into(), &deck.id);
    c.text(|| "title".into(), &deck.title, limits::MAX_SHORT_CHARS);
    if deck.version == 0 {
        c.push("version", "must be 1 or more");
    }
    if let Some(d) = &deck.description {
        c.text(|| "description".into(), d, limits::MAX_LONG_CHARS);
    }
    if let Some(tag) = &deck.language
        && !is_language_tag(tag)
    {
        c.push("language", "must be a language tag such as en, de or pt-BR");
    }

    if deck.topics.is_empty() {
        c.push("topics", "needs at least 1 topic");
    }
    let mut topic_ids = HashSet::new();
    for (i, t) in deck.topics.iter().enumerate() {
        c.slug(|| format!("topics[{i}].id"), &t.id);
        c.text(
            || format!("topics[{i}].name"),
            &t.name,
            limits::MAX_SHORT_CHARS,
        );
        if !t.id.is_empty() && !topic_ids.insert(t.id.as_str()) {
            c.push(
                format!("topics[{i}].id"),
                format!("duplicate id `{}`", t.id),
            );
        }
    }

    let n = deck.questions.len();
    if n == 0 {
        c.push("questions", "needs at least 1 question");
    } else if n > limits::MAX_QUESTIONS {
        c.push(
            "questions",
            format!(
                "too many questions ({n}, at most {})",
                limits::MAX_QUESTIONS
            ),
        );
    }
    let mut ids = HashSet::new();
    for (i, q) in deck.questions.iter().enumerate() {
        let p = format!("questions[{i}]");
        c.question(&p, q, &topic_ids);
        if !q.id.is_empty() && !ids.insert(q.id.as_str()) {
            c.push(format!("{p}.id"), format!("duplicate id `{}`", q.id));
        }
    }

    if c.errors.is_empty() {
        Ok(())
    } else {
        Err(c.errors)
    }
}

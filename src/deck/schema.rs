//! Deck format v1: the serde types of `questions.json`.
//!
//! See `docs/deck-format.md` for the authors' description of every field.

use serde::{Deserialize, Serialize};

/// A whole deck: metadata, the topic list and the questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deck {
    /// Stable slug; it names the storage key, so renaming it drops saved progress.
    pub id: String,
    /// Shown on the start screen.
    pub title: String,
    /// Bumped by the author when the content changes.
    pub version: u32,
    /// One line under the title (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The language the deck is written in, a BCP 47 tag (`en`, `de`, `pt-BR`);
    /// `None`: English. Deck text carries it, so screen readers pronounce it
    /// right under an interface in another language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The topics a question may name, in display order.
    pub topics: Vec<Topic>,
    pub questions: Vec<Question>,
}

/// One entry of the deck's fixed topic list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    /// Slug that questions refer to.
    pub id: String,
    /// Human-readable name.
    pub name: String,
}

/// One interview question.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Stable slug: progress is keyed by it, so it survives reordering.
    pub id: String,
    /// One of the deck's topic ids.
    pub topic: String,
    /// 1 = fundamentals, 2 = intermediate, 3 = senior.
    pub difficulty: u8,
    /// Where the question comes from (e.g. `"seed"`), for authors only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The question as an interviewer asks it (practice cards, mock interview).
    pub prompt: String,
    /// The same question as a multiple-choice stem ("Which of these…"), for the
    /// quiz; the quiz shows `prompt` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiz_prompt: Option<String>,
    /// `YYYY-MM`: the answer reflects the field as of that month (models,
    /// benchmarks, standards, formats). Shown quietly beside the question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// What the interviewer is checking.
    pub why_asked: String,
    /// What a strong candidate says.
    pub model_answer: String,
    /// The self-check list: what a good answer covers.
    pub key_points: Vec<String>,
    /// The multiple-choice form: one or more options are correct.
    pub choices: Vec<Choice>,
    /// "Select all that apply" (checkboxes), whatever the number of correct
    /// options; more than one correct option implies it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub multi: bool,
    /// The interviewer's natural next question (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<String>,
    /// `Some(chunk)` while only the outline is known (a packed deck, see
    /// [`super::index`]): the text is in that chunk, not loaded yet.
    #[serde(skip)]
    pub pending: Option<usize>,
}

/// One option of a question's multiple-choice form.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub text: String,
    pub correct: bool,
    /// Why this option is right or wrong; shown after checking.
    pub explanation: String,
}

impl Question {
    /// Rendered as checkboxes ("select all that apply"): marked so, or more than
    /// one correct option.
    pub fn is_multi(&self) -> bool {
        self.multi || self.choices.iter().filter(|c| c.correct).count() > 1
    }

    /// The stem the quiz shows above the options.
    pub fn quiz_stem(&self) -> &str {
        self.quiz_prompt.as_deref().unwrap_or(&self.prompt)
    }

    /// The text is here (not only the outline of a packed deck).
    pub fn is_loaded(&self) -> bool {
        self.pending.is_none()
    }
}

impl Deck {
    /// The deck's language tag (`en` when the deck does not say).
    pub fn language(&self) -> &str {
        self.language.as_deref().unwrap_or("en")
    }

    /// The display name of a topic id (the id itself when unknown).
    pub fn topic_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.topics
            .iter()
            .find(|t| t.id == id)
            .map_or(id, |t| t.name.as_str())
    }

    /// The topics at least one question names, in display order (the ones the
    /// start screen counts and the options offer).
    pub fn topics_in_use(&self) -> impl Iterator<Item = &Topic> {
        self.topics
            .iter()
            .filter(|t| self.questions.iter().any(|q| q.topic == t.id))
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

//! Every string the widget shows or announces, in English and German. Deck text
//! (questions, options, explanations, topic names) is never translated: it is
//! shown as the author wrote it. No browser APIs here, so host tests read it.
//!
//! Adding a language: a `Locale` variant, its tag in [`Locale::from_tag`] and
//! [`Locale::tag`], and one more file with a `static` [`Strings`] (the compiler
//! then names every string still missing). A layer of its own, below `embed`
//! and `ui`: the prerendered first screen and the widget read the same strings.

mod de;
mod en;

pub use de::DE;
pub use en::EN;

use crate::persist::ImportError;

/// A language of the interface.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    De,
}

impl Locale {
    /// Every language there is.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::De];

    /// Reads a BCP 47 tag: `en`, `de`, and their regional forms (`de-AT`,
    /// `en_GB`), any case. `None` for every other language.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let tag = tag.trim();
        let (primary, region) = match tag.split_once(['-', '_']) {
            Some((p, r)) => (p, Some(r)),
            None => (tag, None),
        };
        let well_formed = |r: &str| {
            !r.is_empty()
                && r.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        };
        if !region.is_none_or(well_formed) {
            return None;
        }
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Self::En),
            "de" => Some(Self::De),
            _ => None,
        }
    }

    /// The first supported language of a browser's list (`navigator.languages`),
    /// or English.
    pub fn first_supported<S: AsRef<str>>(tags: impl IntoIterator<Item = S>) -> Self {
        tags.into_iter()
            .find_map(|t| Self::from_tag(t.as_ref()))
            .unwrap_or_default()
    }

    /// The tag for the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
        }
    }

    /// The interface strings of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Self::En => &EN,
            Self::De => &DE,
        }
    }
}

/// The interface strings of one language: fixed strings, and functions for
/// strings with numbers in them (plurals are the function's business).
pub struct Strings {
    // The widget.
    /// The accessible name of the widget's region.
    pub region: &'static str,
    /// The standalone page's footer.
    pub page_footer: &'static str,
    pub loading: &'static str,
    /// While a question's text is on its way (the built-in deck loads in parts).
    pub question_loading: &'static str,
    /// A part of the deck could not be fetched or read.
    pub question_failed: &'static str,
    pub try_again: &'static str,
    // The deck error panel.
    pub deck_error_title: &'static str,
    pub deck_problems: fn(usize) -> String,
    pub fetch_network: fn(&str) -> String,
    /// `(status, status text, url)`.
    pub fetch_http: fn(u16, &str, &str) -> String,
    pub fetch_unreadable: fn(&str) -> String,
    // Start screen.
    /// `(questions, topics)`.
    pub questions_topics: fn(usize, usize) -> String,
    /// `(question, of, correct)`.
    pub resume_quiz: fn(usize, usize, usize) -> String,
    pub resume_practice: fn(usize, usize) -> String,
    pub resume_mock: fn(usize, usize) -> String,
    pub ways_to_practise: &'static str,
    pub quiz: &'static str,
    pub quiz_about: &'static str,
    pub start: &'static str,
    pub start_over: &'static str,
    pub practice_cards: &'static str,
    pub practice_about: &'static str,
    pub due_today: fn(usize) -> String,
    /// What comes after today: cards, in days (1 = tomorrow).
    pub next_reviews: fn(usize, u32) -> String,
    pub practise: &'static str,
    pub review_due: &'static str,
    pub practise_bookmarked: fn(usize) -> String,
    pub mock_interview: &'static str,
    /// `(questions, time each)`; the time comes from [`Strings::duration`].
    pub mock_about: fn(usize, &str) -> String,
    pub minutes: fn(u64) -> String,
    pub start_mock: &'static str,
    // Options.
    pub options: &'static str,
    pub topics_legend: &'static str,
    pub difficulty_legend: &'static str,
    /// Difficulty 1, 2, 3.
    pub levels: [&'static str; 3],
    pub per_run: &'static str,
    /// An options field given a number out of its range.
    pub out_of_range: fn(usize, usize) -> String,
    /// The run-length picker beside Start: its name, and its last choice.
    pub run_length: &'static str,
    pub all: &'static str,
    pub shuffle: &'static str,
    pub mock_questions: &'static str,
    pub mock_seconds: &'static str,
    // Progress by topic.
    pub overview: &'static str,
    pub overview_caption: &'static str,
    pub col_topic: &'static str,
    pub col_seen: &'static str,
    pub col_correct: &'static str,
    pub col_due: &'static str,
    /// A rate in percent, rounded to a whole number.
    pub percent: fn(f64) -> String,
    pub reset_question: &'static str,
    pub reset_yes: &'static str,
    pub cancel: &'static str,
    pub reset: &'static str,
    // Keyboard help.
    pub shortcuts: &'static str,
    pub key_enter: &'static str,
    pub key_space: &'static str,
    pub key_pick_help: &'static str,
    pub key_enter_help: &'static str,
    pub key_space_help: &'static str,
    pub key_rate_help: &'static str,
    pub key_bookmark_help: &'static str,
    // Export and import.
    pub export: &'static str,
    pub import: &'static str,
    pub exported: &'static str,
    pub export_failed: fn(&str) -> String,
    pub imported: &'static str,
    pub nothing_imported: fn(&str) -> String,
    pub file_none: &'static str,
    pub file_too_large: &'static str,
    pub file_unreadable: &'static str,
    pub file_not_text: &'static str,
    /// `(bytes, limit)`.
    pub import_too_large: fn(usize, usize) -> String,
    pub import_newer: fn(u32) -> String,
    /// `(their deck, this deck)`.
    pub import_other_deck: fn(&str, &str) -> String,
    pub import_not_progress: fn(&str) -> String,
    // Notices about saved progress.
    pub storage_full: &'static str,
    pub save_failed: fn(&str) -> String,
    pub saved_by_newer: &'static str,
    pub unreadable_kept: &'static str,
    pub unreadable_lost: &'static str,
    pub memory_only: &'static str,
    pub unreachable: &'static str,
    pub download_it: &'static str,
    // The question screen.
    /// `"Question 3 / 16"`: `(at, of)`.
    pub question_of: fn(usize, usize) -> String,
    pub progress_label: &'static str,
    pub progress_cards: &'static str,
    pub bookmark: &'static str,
    pub menu: &'static str,
    pub choose_one: &'static str,
    pub select_all: &'static str,
    pub right: &'static str,
    pub wrong_one: &'static str,
    pub wrong_many: &'static str,
    pub tag_right_yours: &'static str,
    pub tag_right: &'static str,
    pub tag_wrong_yours: &'static str,
    /// Asked when Skip on the last question would leave others unanswered.
    pub unanswered_left: fn(usize) -> String,
    /// Opens the first unanswered question of the run.
    pub go_to_unanswered: &'static str,
    /// Under the Start buttons when the filters leave no question: why they are disabled.
    /// With filters on: how many questions match (0: and what to do).
    pub filters_match: fn(usize, usize) -> String,
    /// Where a practice run is: "Card 3 / 16".
    pub card_of: fn(usize, usize) -> String,
    /// Asked before a new run replaces the one in progress: where that run is.
    pub replace_run: fn(usize, usize) -> String,
    /// Confirms starting a new run over the one in progress.
    pub replace_yes: &'static str,
    /// Opens the explanation of an option the learner did not pick (phones).
    pub why: &'static str,
    /// The verdict beside Next, short.
    pub verdict_right_short: &'static str,
    /// The verdict beside Next, short, with the letters of the right options.
    pub verdict_wrong_short: fn(&str) -> String,
    pub check: &'static str,
    pub skip: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub see_results: &'static str,
    pub show_model: &'static str,
    pub hide_model: &'static str,
    pub why_asked: &'static str,
    pub strong_answer: &'static str,
    pub key_points: &'static str,
    pub follow_up: &'static str,
    // Practice cards and mock interviews.
    /// After the topic and level of a practice card.
    pub practice_card: &'static str,
    /// "as of Nov 2026", from a deck's `as_of` ("2026-11").
    pub as_of: fn(&str) -> String,
    /// After the topic and level of a mock-interview question.
    pub mock_card: &'static str,
    pub your_answer: &'static str,
    pub reveal: &'static str,
    pub how_well: &'static str,
    /// Rating Good or Easy with fewer than half the key points ticked: asked
    /// once (`ticked`, `points`, the rating's name).
    pub rate_anyway: fn(usize, usize, &str) -> String,
    pub rate_yes: fn(&str) -> String,
    /// Again, Hard, Good, Easy.
    pub ratings: [&'static str; 4],
    /// The interval a rating schedules, in days.
    pub interval: fn(f64) -> String,
    pub key_points_legend: &'static str,
    /// `(ticked, of)`.
    pub covered: fn(usize, usize) -> String,
    pub time_left: &'static str,
    pub times_up: &'static str,
    pub answered_with_left: fn(&str) -> String,
    pub next_question: &'static str,
    pub done_check: &'static str,
    // Summaries.
    pub your_results: &'static str,
    /// After `"12 / 16"`: `(percent, skipped)`.
    pub score_rest: fn(usize, usize) -> String,
    pub by_topic: &'static str,
    pub to_review: &'static str,
    pub answer_prefix: &'static str,
    pub retry_missed: &'static str,
    pub mock_results: &'static str,
    pub practice_done: &'static str,
    /// `[again, hard, good, easy, skipped]`.
    pub rating_counts: fn([usize; 5]) -> String,
    pub practice_done_note: &'static str,
    pub by_question: &'static str,
    pub col_time: &'static str,
    /// Results, per question: what the learner wrote, and a way back to it.
    pub you_wrote: &'static str,
    pub nothing_written: &'static str,
    pub practise_this: &'static str,
    /// The bookmarks panel of the start screen.
    pub bookmarks: &'static str,
    pub remove: &'static str,
    pub quiz_these: fn(usize) -> String,
    /// Screen-reader words for ✓ and ✗ beside a key point in the results.
    pub ticked: &'static str,
    pub missed: &'static str,
    pub weakest_first: &'static str,
    /// `(topic, covered, of)`.
    pub topic_points: fn(&str, usize, usize) -> String,
    pub another_mock: &'static str,
    pub practise_again: &'static str,
    pub back_to_start: &'static str,
}

impl Strings {
    /// The mock interview's line on the start screen: `"5 questions, 2 minutes
    /// each. …"` for these options.
    pub fn mock_summary(&self, options: &crate::quiz::Options) -> String {
        (self.mock_about)(
            options.mock_count,
            &self.duration(f64::from(options.mock_seconds) * 1000.0),
        )
    }

    /// `"2 minutes"` for whole minutes, otherwise `m:ss`.
    pub fn duration(&self, ms: f64) -> String {
        let total = (ms / 1000.0).round().max(0.0);
        if total >= 60.0 && total % 60.0 == 0.0 {
            (self.minutes)((total / 60.0) as u64)
        } else {
            mm_ss(ms, f64::round)
        }
    }

    /// "Fundamentals", "Intermediate" or "Senior" (difficulty 1 to 3).
    pub fn level(&self, difficulty: u8) -> &'static str {
        self.levels
            .get(usize::from(difficulty.saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    }

    /// Why an import was refused; `ours` is this deck's id.
    pub fn import_error(&self, e: &ImportError, ours: &str) -> String {
        match e {
            ImportError::TooLarge(bytes) => {
                (self.import_too_large)(*bytes, crate::persist::MAX_IMPORT_BYTES)
            }
            ImportError::Newer(schema) => (self.import_newer)(*schema),
            ImportError::OtherDeck(theirs) => (self.import_other_deck)(theirs, ours),
            ImportError::NotProgress(detail) => (self.import_not_progress)(detail),
        }
    }
}

/// `m:ss` of time left (rounded up: 0.3 s left shows `0:01`), with a leading
/// minus when over time.
pub fn clock(ms: f64) -> String {
    mm_ss(ms, f64::ceil)
}

/// `m:ss` of time used (rounded down).
pub fn elapsed(ms: f64) -> String {
    mm_ss(ms, f64::floor)
}

/// The one `m:ss` formatter (the same in every language).
fn mm_ss(ms: f64, round: fn(f64) -> f64) -> String {
    let sign = if ms < 0.0 { "−" } else { "" };
    let total = round(ms.abs() / 1000.0) as u64;
    format!("{sign}{}:{:02}", total / 60, total % 60)
}

pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// `("2026", 10)` for `"2026-11"` (the month counted from 0).
pub(crate) fn month_index(month: &str) -> Option<(&str, usize)> {
    let (year, m) = month.split_once('-')?;
    let m: usize = m.parse().ok()?;
    (1..=12).contains(&m).then(|| (year, m - 1))
}

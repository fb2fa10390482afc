//! Every string the widget shows or announces, in English and German. Deck text
//! (questions, options, explanations, topic names) is never translated: it is
//! shown as the author wrote it. No browser APIs here, so host tests read it.
//!
//! Adding a language: a `Locale` variant, its tag in [`Locale::from_tag`] and
//! [`Locale::tag`], and one more `static` [`Strings`] (the compiler then names
//! every string still missing).

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
        let total = (ms / 1000.0).round().max(0.0) as u64;
        if total >= 60 && total.is_multiple_of(60) {
            (self.minutes)(total / 60)
        } else {
            format!("{}:{:02}", total / 60, total % 60)
        }
    }

    /// "Fundamentals", "Intermediate" or "Senior" (difficulty 1 to 3).
    pub fn level(&self, difficulty: u8) -> &'static str {
        self.levels
            .get(usize::from(difficulty.saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    }

    /// Every string, with sample numbers filled in: `(field, text, what the text
    /// must contain)`. The pattern names every field, so a new field cannot be
    /// left out (the host tests check that none is empty).
    pub fn samples(&self) -> Vec<(&'static str, String, Vec<&'static str>)> {
        let Strings {
            region,
            page_footer,
            loading,
            question_loading,
            question_failed,
            try_again,
            deck_error_title,
            deck_problems,
            fetch_network,
            fetch_http,
            fetch_unreadable,
            questions_topics,
            resume_quiz,
            resume_practice,
            resume_mock,
            ways_to_practise,
            quiz,
            quiz_about,
            start,
            start_over,
            practice_cards,
            practice_about,
            due_today,
            next_reviews,
            practise,
            review_due,
            practise_bookmarked,
            mock_interview,
            mock_about,
            minutes,
            start_mock,
            options,
            topics_legend,
            difficulty_legend,
            levels,
            per_run,
            out_of_range,
            run_length,
            all,
            shuffle,
            mock_questions,
            mock_seconds,
            overview,
            overview_caption,
            col_topic,
            col_seen,
            col_correct,
            col_due,
            percent,
            reset_question,
            reset_yes,
            cancel,
            reset,
            shortcuts,
            key_enter,
            key_space,
            key_pick_help,
            key_enter_help,
            key_space_help,
            key_rate_help,
            key_bookmark_help,
            export,
            import,
            exported,
            export_failed,
            imported,
            nothing_imported,
            file_none,
            file_too_large,
            file_unreadable,
            file_not_text,
            import_too_large,
            import_newer,
            import_other_deck,
            import_not_progress,
            storage_full,
            save_failed,
            saved_by_newer,
            unreadable_kept,
            unreadable_lost,
            memory_only,
            unreachable,
            download_it,
            question_of,
            progress_label,
            progress_cards,
            bookmark,
            menu,
            choose_one,
            select_all,
            right,
            wrong_one,
            wrong_many,
            tag_right_yours,
            tag_right,
            tag_wrong_yours,
            unanswered_left,
            go_to_unanswered,
            filters_match,
            card_of,
            replace_run,
            replace_yes,
            why,
            verdict_right_short,
            verdict_wrong_short,
            check,
            skip,
            previous,
            next,
            see_results,
            show_model,
            hide_model,
            why_asked,
            strong_answer,
            key_points,
            follow_up,
            practice_card,
            as_of,
            mock_card,
            your_answer,
            reveal,
            how_well,
            rate_anyway,
            rate_yes,
            ratings,
            interval,
            key_points_legend,
            covered,
            time_left,
            times_up,
            answered_with_left,
            next_question,
            done_check,
            your_results,
            score_rest,
            by_topic,
            to_review,
            answer_prefix,
            retry_missed,
            mock_results,
            practice_done,
            rating_counts,
            practice_done_note,
            by_question,
            col_time,
            you_wrote,
            nothing_written,
            practise_this,
            bookmarks,
            remove,
            quiz_these,
            ticked,
            missed,
            weakest_first,
            topic_points,
            another_mock,
            practise_again,
            back_to_start,
        } = self;
        vec![
            ("region", (*region).to_owned(), vec![]),
            ("page_footer", (*page_footer).to_owned(), vec![]),
            ("loading", (*loading).to_owned(), vec![]),
            ("question_loading", (*question_loading).to_owned(), vec![]),
            ("question_failed", (*question_failed).to_owned(), vec![]),
            ("try_again", (*try_again).to_owned(), vec![]),
            ("deck_error_title", (*deck_error_title).to_owned(), vec![]),
            ("deck_problems", (deck_problems)(7), vec!["7"]),
            ("fetch_network", (fetch_network)("d.json"), vec!["d.json"]),
            (
                "fetch_http",
                (fetch_http)(404, "Not Found", "d.json"),
                vec!["404", "Not Found", "d.json"],
            ),
            (
                "fetch_unreadable",
                (fetch_unreadable)("d.json"),
                vec!["d.json"],
            ),
            (
                "questions_topics",
                (questions_topics)(43, 8),
                vec!["43", "8"],
            ),
            ("resume_quiz", (resume_quiz)(3, 16, 2), vec!["3", "16", "2"]),
            ("resume_practice", (resume_practice)(3, 16), vec!["3", "16"]),
            ("resume_mock", (resume_mock)(3, 16), vec!["3", "16"]),
            ("ways_to_practise", (*ways_to_practise).to_owned(), vec![]),
            ("quiz", (*quiz).to_owned(), vec![]),
            ("quiz_about", (*quiz_about).to_owned(), vec![]),
            ("start", (*start).to_owned(), vec![]),
            ("start_over", (*start_over).to_owned(), vec![]),
            ("practice_cards", (*practice_cards).to_owned(), vec![]),
            ("practice_about", (*practice_about).to_owned(), vec![]),
            ("due_today", (due_today)(7), vec!["7"]),
            ("next_reviews", (next_reviews)(7, 9), vec!["7", "9"]),
            ("practise", (*practise).to_owned(), vec![]),
            ("review_due", (*review_due).to_owned(), vec![]),
            ("practise_bookmarked", (practise_bookmarked)(7), vec!["7"]),
            ("mock_interview", (*mock_interview).to_owned(), vec![]),
            ("mock_about", (mock_about)(5, "1:30"), vec!["5", "1:30"]),
            ("minutes", (minutes)(7), vec!["7"]),
            ("start_mock", (*start_mock).to_owned(), vec![]),
            ("options", (*options).to_owned(), vec![]),
            ("topics_legend", (*topics_legend).to_owned(), vec![]),
            ("difficulty_legend", (*difficulty_legend).to_owned(), vec![]),
            ("levels", levels.join(" / "), vec![]),
            ("per_run", (*per_run).to_owned(), vec![]),
            ("out_of_range", (out_of_range)(15, 1800), vec!["15", "1800"]),
            ("run_length", (*run_length).to_owned(), vec![]),
            ("all", (*all).to_owned(), vec![]),
            ("shuffle", (*shuffle).to_owned(), vec![]),
            ("mock_questions", (*mock_questions).to_owned(), vec![]),
            ("mock_seconds", (*mock_seconds).to_owned(), vec![]),
            ("overview", (*overview).to_owned(), vec![]),
            ("overview_caption", (*overview_caption).to_owned(), vec![]),
            ("col_topic", (*col_topic).to_owned(), vec![]),
            ("col_seen", (*col_seen).to_owned(), vec![]),
            ("col_correct", (*col_correct).to_owned(), vec![]),
            ("col_due", (*col_due).to_owned(), vec![]),
            ("percent", (percent)(42.0), vec!["42"]),
            ("reset_question", (*reset_question).to_owned(), vec![]),
            ("reset_yes", (*reset_yes).to_owned(), vec![]),
            ("cancel", (*cancel).to_owned(), vec![]),
            ("reset", (*reset).to_owned(), vec![]),
            ("shortcuts", (*shortcuts).to_owned(), vec![]),
            ("key_enter", (*key_enter).to_owned(), vec![]),
            ("key_space", (*key_space).to_owned(), vec![]),
            ("key_pick_help", (*key_pick_help).to_owned(), vec![]),
            ("key_enter_help", (*key_enter_help).to_owned(), vec![]),
            ("key_space_help", (*key_space_help).to_owned(), vec![]),
            ("key_rate_help", (*key_rate_help).to_owned(), vec![]),
            ("key_bookmark_help", (*key_bookmark_help).to_owned(), vec![]),
            ("export", (*export).to_owned(), vec![]),
            ("import", (*import).to_owned(), vec![]),
            ("exported", (*exported).to_owned(), vec![]),
            ("export_failed", (export_failed)("E42"), vec!["E42"]),
            ("imported", (*imported).to_owned(), vec![]),
            ("nothing_imported", (nothing_imported)("E42"), vec!["E42"]),
            ("file_none", (*file_none).to_owned(), vec![]),
            ("file_too_large", (*file_too_large).to_owned(), vec![]),
            ("file_unreadable", (*file_unreadable).to_owned(), vec![]),
            ("file_not_text", (*file_not_text).to_owned(), vec![]),
            (
                "import_too_large",
                (import_too_large)(6000000, 5242880),
                vec!["6000000", "5242880"],
            ),
            ("import_newer", (import_newer)(9), vec!["9"]),
            (
                "import_other_deck",
                (import_other_deck)("theirs", "ours"),
                vec!["theirs", "ours"],
            ),
            (
                "import_not_progress",
                (import_not_progress)("E42"),
                vec!["E42"],
            ),
            ("storage_full", (*storage_full).to_owned(), vec![]),
            ("save_failed", (save_failed)("E42"), vec!["E42"]),
            ("saved_by_newer", (*saved_by_newer).to_owned(), vec![]),
            ("unreadable_kept", (*unreadable_kept).to_owned(), vec![]),
            ("unreadable_lost", (*unreadable_lost).to_owned(), vec![]),
            ("memory_only", (*memory_only).to_owned(), vec![]),
            ("unreachable", (*unreachable).to_owned(), vec![]),
            ("download_it", (*download_it).to_owned(), vec![]),
            ("question_of", (question_of)(3, 16), vec!["3", "16"]),
            ("progress_label", (*progress_label).to_owned(), vec![]),
            ("progress_cards", (*progress_cards).to_owned(), vec![]),
            ("bookmark", (*bookmark).to_owned(), vec![]),
            ("menu", (*menu).to_owned(), vec![]),
            ("choose_one", (*choose_one).to_owned(), vec![]),
            ("select_all", (*select_all).to_owned(), vec![]),
            ("right", (*right).to_owned(), vec![]),
            ("wrong_one", (*wrong_one).to_owned(), vec![]),
            ("wrong_many", (*wrong_many).to_owned(), vec![]),
            ("tag_right_yours", (*tag_right_yours).to_owned(), vec![]),
            ("tag_right", (*tag_right).to_owned(), vec![]),
            ("tag_wrong_yours", (*tag_wrong_yours).to_owned(), vec![]),
            ("unanswered_left", (unanswered_left)(3), vec!["3"]),
            ("go_to_unanswered", (*go_to_unanswered).to_owned(), vec![]),
            ("filters_match", (filters_match)(7, 364), vec!["7", "364"]),
            ("card_of", (card_of)(3, 16), vec!["3", "16"]),
            ("replace_run", (replace_run)(4, 43), vec!["4", "43"]),
            ("replace_yes", (*replace_yes).to_owned(), vec![]),
            ("why", (*why).to_owned(), vec![]),
            (
                "verdict_right_short",
                (*verdict_right_short).to_owned(),
                vec![],
            ),
            (
                "verdict_wrong_short",
                (verdict_wrong_short)("B, D"),
                vec!["B, D"],
            ),
            ("check", (*check).to_owned(), vec![]),
            ("skip", (*skip).to_owned(), vec![]),
            ("previous", (*previous).to_owned(), vec![]),
            ("next", (*next).to_owned(), vec![]),
            ("see_results", (*see_results).to_owned(), vec![]),
            ("show_model", (*show_model).to_owned(), vec![]),
            ("hide_model", (*hide_model).to_owned(), vec![]),
            ("why_asked", (*why_asked).to_owned(), vec![]),
            ("strong_answer", (*strong_answer).to_owned(), vec![]),
            ("key_points", (*key_points).to_owned(), vec![]),
            ("follow_up", (*follow_up).to_owned(), vec![]),
            ("practice_card", (*practice_card).to_owned(), vec![]),
            ("as_of", (as_of)("2026-11"), vec!["2026"]),
            ("mock_card", (*mock_card).to_owned(), vec![]),
            ("your_answer", (*your_answer).to_owned(), vec![]),
            ("reveal", (*reveal).to_owned(), vec![]),
            ("how_well", (*how_well).to_owned(), vec![]),
            (
                "rate_anyway",
                (rate_anyway)(1, 5, "Good"),
                vec!["1", "5", "Good"],
            ),
            ("rate_yes", (rate_yes)("Good"), vec!["Good"]),
            ("ratings", ratings.join(" / "), vec![]),
            ("interval", (interval)(12.0), vec!["12"]),
            ("key_points_legend", (*key_points_legend).to_owned(), vec![]),
            ("covered", (covered)(3, 5), vec!["3", "5"]),
            ("time_left", (*time_left).to_owned(), vec![]),
            ("times_up", (*times_up).to_owned(), vec![]),
            (
                "answered_with_left",
                (answered_with_left)("0:42"),
                vec!["0:42"],
            ),
            ("next_question", (*next_question).to_owned(), vec![]),
            ("done_check", (*done_check).to_owned(), vec![]),
            ("your_results", (*your_results).to_owned(), vec![]),
            ("score_rest", (score_rest)(75, 4), vec!["75", "4"]),
            ("by_topic", (*by_topic).to_owned(), vec![]),
            ("to_review", (*to_review).to_owned(), vec![]),
            ("answer_prefix", (*answer_prefix).to_owned(), vec![]),
            ("retry_missed", (*retry_missed).to_owned(), vec![]),
            ("mock_results", (*mock_results).to_owned(), vec![]),
            ("practice_done", (*practice_done).to_owned(), vec![]),
            (
                "rating_counts",
                (rating_counts)([1, 2, 3, 4, 5]),
                vec!["1", "2", "3", "4", "5"],
            ),
            (
                "practice_done_note",
                (*practice_done_note).to_owned(),
                vec![],
            ),
            ("by_question", (*by_question).to_owned(), vec![]),
            ("col_time", (*col_time).to_owned(), vec![]),
            ("you_wrote", (*you_wrote).to_owned(), vec![]),
            ("nothing_written", (*nothing_written).to_owned(), vec![]),
            ("practise_this", (*practise_this).to_owned(), vec![]),
            ("bookmarks", (*bookmarks).to_owned(), vec![]),
            ("remove", (*remove).to_owned(), vec![]),
            ("quiz_these", (quiz_these)(7), vec!["7"]),
            ("ticked", (*ticked).to_owned(), vec![]),
            ("missed", (*missed).to_owned(), vec![]),
            ("weakest_first", (*weakest_first).to_owned(), vec![]),
            (
                "topic_points",
                (topic_points)("RAG", 3, 5),
                vec!["RAG", "3", "5"],
            ),
            ("another_mock", (*another_mock).to_owned(), vec![]),
            ("practise_again", (*practise_again).to_owned(), vec![]),
            ("back_to_start", (*back_to_start).to_owned(), vec![]),
        ]
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

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// `("2026", 10)` for `"2026-11"` (the month counted from 0).
fn month_index(month: &str) -> Option<(&str, usize)> {
    let (year, m) = month.split_once('-')?;
    let m: usize = m.parse().ok()?;
    (1..=12).contains(&m).then(|| (year, m - 1))
}

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const DE_MONTHS: [&str; 12] = [
    "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.",
];

pub static EN: Strings = Strings {
    region: "LLM interview practice",
    page_footer: "Runs entirely in your browser: your answers are saved on this device only, and nothing is sent anywhere.",
    loading: "Loading the questions…",
    question_loading: "Loading this question…",
    question_failed: "This question could not be loaded. Check your connection, then try again.",
    try_again: "Try again",
    deck_error_title: "This quiz could not load its questions",
    deck_problems: |n| {
        if n == 1 {
            "The deck has 1 problem:".to_owned()
        } else {
            format!("The deck has {n} problems:")
        }
    },
    fetch_network: |url| format!("could not fetch {url} (network error or blocked by CORS)"),
    fetch_http: |status, text, url| format!("HTTP {status} {text} for {url}"),
    fetch_unreadable: |url| format!("could not read {url} as text"),
    questions_topics: |q, t| {
        format!(
            "{} · {}",
            plural(q, "question", "questions"),
            plural(t, "topic", "topics")
        )
    },
    resume_quiz: |at, of, correct| format!("Resume — question {at} of {of}, {correct} correct"),
    resume_practice: |at, of| format!("Resume practice — card {at} of {of}"),
    resume_mock: |at, of| format!("Resume mock interview — question {at} of {of}"),
    ways_to_practise: "Ways to practise",
    quiz: "Quiz",
    quiz_about: "Multiple choice, with why each option is right or wrong.",
    start: "Start",
    start_over: "Start over",
    practice_cards: "Practice cards",
    practice_about: "Answer in your own words, reveal, tick the key points you covered, rate yourself. \
                     Spaced repetition brings each card back when you are about to forget it.",
    due_today: |n| format!("{n} due today"),
    next_reviews: |n, days| {
        let cards = if n == 1 {
            "1 card".to_owned()
        } else {
            format!("{n} cards")
        };
        match days {
            1 => format!("next: {cards} tomorrow"),
            d => format!("next: {cards} in {d} days"),
        }
    },
    practise: "Practise",
    review_due: "Review due",
    practise_bookmarked: |n| format!("Practise bookmarked ({n})"),
    mock_interview: "Mock interview",
    mock_about: |n, each| {
        format!(
            "{}, {each} each. Answer aloud or in writing, then check yourself against the key points.",
            plural(n, "question", "questions")
        )
    },
    minutes: |m| {
        if m == 1 {
            "1 minute".to_owned()
        } else {
            format!("{m} minutes")
        }
    },
    start_mock: "Start mock interview",
    options: "Options",
    topics_legend: "Topics (none ticked: all)",
    difficulty_legend: "Difficulty (none ticked: all)",
    levels: ["Fundamentals", "Intermediate", "Senior"],
    per_run: "Questions per run (empty: all)",
    out_of_range: |min, max| {
        format!("Enter a whole number from {min} to {max}: this one was not kept.")
    },
    run_length: "Questions per run",
    all: "All",
    shuffle: "Shuffle questions and options",
    mock_questions: "Mock interview: questions",
    mock_seconds: "Mock interview: seconds per question",
    overview: "Your progress by topic",
    overview_caption: "Progress by topic, weakest first",
    col_topic: "Topic",
    col_seen: "Seen",
    col_correct: "Correct",
    col_due: "Due",
    percent: |p| format!("{p:.0}%"),
    reset_question: "Forget all answers, ratings, bookmarks and notes for this deck?",
    reset_yes: "Yes, reset progress",
    cancel: "Cancel",
    reset: "Reset progress",
    shortcuts: "Keyboard shortcuts",
    key_enter: "Enter",
    key_space: "Space",
    key_pick_help: "pick an option (quiz)",
    key_enter_help: "check, then go to the next question",
    key_space_help: "reveal the model answer (practice, mock)",
    key_rate_help: "after revealing: Again, Hard, Good, Easy (practice)",
    key_bookmark_help: "bookmark the question",
    export: "Export progress",
    import: "Import progress",
    exported: "Progress exported.",
    export_failed: |e| format!("Export failed: {e}"),
    imported: "Progress imported and merged.",
    nothing_imported: |why| format!("Nothing was imported. {why}"),
    file_none: "No file was chosen.",
    file_too_large: "The file is too large to be a progress file.",
    file_unreadable: "The file could not be read.",
    file_not_text: "The file is not text.",
    import_too_large: |bytes, limit| {
        format!(
            "The file is too large ({bytes} bytes; progress files are far smaller than {limit})."
        )
    },
    import_newer: |schema| {
        format!(
            "The file was made by a newer version of this quiz (schema {schema}); update the page first."
        )
    },
    import_other_deck: |theirs, ours| {
        format!("The file holds progress for another deck (`{theirs}`), not `{ours}`.")
    },
    import_not_progress: |detail| {
        format!(
            "This file is not progress saved by this quiz: choose a file made with Export. (Details: {detail}.)"
        )
    },
    storage_full: "Storage is full, so your last change is not saved. It will try again with your next answer.",
    save_failed: |e| {
        format!("Progress could not be saved ({e}). It will try again with your next answer.")
    },
    saved_by_newer: "This progress was saved by a newer version of the quiz: it is shown, but changes here are not saved. Reload to get the new version.",
    unreadable_kept: "Your saved progress could not be read, so the quiz started fresh. The old data is kept in this browser.",
    unreadable_lost: "Your saved progress could not be read and could not be set aside, so nothing is saved this time.",
    memory_only: "This browser blocks saving, so progress lasts only while this page is open. Use Export to keep it.",
    unreachable: "Saved progress could not be read this time; new answers are still saved.",
    download_it: "Download it",
    question_of: |at, of| format!("Question {at} / {of}"),
    progress_label: "Progress through the quiz",
    progress_cards: "Progress through the cards",
    bookmark: "Bookmark",
    menu: "Menu",
    choose_one: "Choose one answer",
    select_all: "Select all that apply",
    right: "Correct.",
    wrong_one: "Not quite. The correct answer is marked in green.",
    wrong_many: "Not quite. The correct answers are marked in green.",
    tag_right_yours: "Correct — your answer",
    tag_right: "Correct answer",
    tag_wrong_yours: "Your answer — wrong",
    unanswered_left: |n| {
        if n == 1 {
            "1 question is still unanswered.".to_owned()
        } else {
            format!("{n} questions are still unanswered.")
        }
    },
    go_to_unanswered: "Go to the first",
    filters_match: |n, total| match n {
        0 => format!("0 of {total} questions match your filters: change them under Options."),
        n => format!("{n} of {total} questions match your filters (Options)."),
    },
    card_of: |at, of| format!("Card {at} / {of}"),
    replace_run: |at, of| {
        format!(
            "You have a run in progress (question {at} of {of}). Starting a new one replaces it."
        )
    },
    replace_yes: "Start the new run",
    why: "Why?",
    verdict_right_short: "✓ Correct",
    verdict_wrong_short: |letters| format!("✗ Not quite — {letters}"),
    check: "Check",
    skip: "Skip",
    previous: "Previous",
    next: "Next",
    see_results: "See results",
    show_model: "Show model answer",
    hide_model: "Hide model answer",
    why_asked: "Why interviewers ask this",
    strong_answer: "A strong answer",
    key_points: "Key points",
    follow_up: "Likely follow-up: ",
    practice_card: "practice card",
    as_of: |month| match month_index(month) {
        Some((year, m)) => format!(
            "as of {} {year}",
            EN_MONTHS.get(m).copied().unwrap_or_default()
        ),
        None => format!("as of {month}"),
    },
    mock_card: "mock interview",
    your_answer: "Your answer (type it, outline it, or say it aloud)",
    reveal: "Reveal answer",
    rate_anyway: |ticked, points, rating| {
        format!(
            "You ticked {ticked} of {points} key points. Rate it {rating} anyway, or look again?"
        )
    },
    rate_yes: |rating| format!("Yes, {rating}"),
    how_well: "How well did you know it?",
    ratings: ["Again", "Hard", "Good", "Easy"],
    interval: |days| {
        if days <= 1.0 {
            "1 day".to_owned()
        } else {
            format!("{days:.0} days")
        }
    },
    key_points_legend: "Key points — tick the ones your answer covered",
    covered: |n, of| format!("{n} of {of} covered"),
    time_left: "Time left",
    times_up: "Time's up",
    answered_with_left: |left| format!("Answered with {left} left"),
    next_question: "Next question",
    done_check: "Done — check my answer",
    your_results: "Your results",
    score_rest: |percent, skipped| {
        let mut s = format!("correct ({percent}%)");
        if skipped > 0 {
            s.push_str(&format!(" · {skipped} skipped"));
        }
        s
    },
    by_topic: "By topic",
    to_review: "To review",
    answer_prefix: "Answer: ",
    retry_missed: "Retry missed",
    mock_results: "Mock interview: your results",
    practice_done: "Practice done",
    rating_counts: |[again, hard, good, easy, skipped]| {
        format!("Again {again} · Hard {hard} · Good {good} · Easy {easy} · skipped {skipped}")
    },
    practice_done_note: "Each rated card comes back when spaced repetition says it is due.",
    by_question: "Question by question",
    col_time: "Time",
    you_wrote: "What you wrote",
    nothing_written: "Nothing written.",
    practise_this: "Practise this card",
    bookmarks: "Bookmarks",
    remove: "Remove",
    quiz_these: |n| format!("Quiz these ({n})"),
    ticked: "Covered: ",
    missed: "Missed: ",
    weakest_first: "Weakest topics first",
    topic_points: |topic, covered, of| format!("{topic}: {covered} of {of} key points"),
    another_mock: "Another mock interview",
    practise_again: "Practise again",
    back_to_start: "Back to start",
};

pub static DE: Strings = Strings {
    region: "LLM-Interviewtraining",
    page_footer: "Läuft ganz in deinem Browser: deine Antworten werden nur auf diesem Gerät gespeichert, und nichts wird irgendwohin gesendet.",
    loading: "Die Fragen werden geladen …",
    question_loading: "Diese Frage wird geladen …",
    question_failed: "Diese Frage konnte nicht geladen werden. Prüfe die Verbindung und versuche es erneut.",
    try_again: "Erneut versuchen",
    deck_error_title: "Dieses Quiz konnte seine Fragen nicht laden",
    deck_problems: |n| {
        if n == 1 {
            "Der Fragenkatalog hat 1 Fehler:".to_owned()
        } else {
            format!("Der Fragenkatalog hat {n} Fehler:")
        }
    },
    fetch_network: |url| {
        format!("{url} konnte nicht geladen werden (Netzwerkfehler oder von CORS blockiert)")
    },
    fetch_http: |status, text, url| format!("HTTP {status} {text} für {url}"),
    fetch_unreadable: |url| format!("{url} konnte nicht als Text gelesen werden"),
    questions_topics: |q, t| {
        format!(
            "{} · {}",
            plural(q, "Frage", "Fragen"),
            plural(t, "Thema", "Themen")
        )
    },
    resume_quiz: |at, of, correct| format!("Weitermachen – Frage {at} von {of}, {correct} richtig"),
    resume_practice: |at, of| format!("Lernkarten fortsetzen – Karte {at} von {of}"),
    resume_mock: |at, of| format!("Probe-Interview fortsetzen – Frage {at} von {of}"),
    ways_to_practise: "Übungsarten",
    quiz: "Quiz",
    quiz_about: "Multiple Choice, mit Erklärung, warum jede Option richtig oder falsch ist.",
    start: "Starten",
    start_over: "Neu starten",
    practice_cards: "Lernkarten",
    practice_about: "Antworte in eigenen Worten, decke die Antwort auf, hake die Kernpunkte ab, die du genannt hast, und bewerte dich. \
                     Die verteilte Wiederholung zeigt dir jede Karte wieder, kurz bevor du sie vergessen würdest.",
    due_today: |n| format!("{n} heute fällig"),
    next_reviews: |n, days| {
        let cards = if n == 1 {
            "1 Karte".to_owned()
        } else {
            format!("{n} Karten")
        };
        match days {
            1 => format!("als Nächstes: {cards} morgen"),
            d => format!("als Nächstes: {cards} in {d} Tagen"),
        }
    },
    practise: "Üben",
    review_due: "Fällige üben",
    practise_bookmarked: |n| format!("Gemerkte üben ({n})"),
    mock_interview: "Probe-Interview",
    mock_about: |n, each| {
        format!(
            "{}, je {each}. Antworte laut oder schriftlich und prüfe dich dann anhand der Kernpunkte.",
            plural(n, "Frage", "Fragen")
        )
    },
    minutes: |m| {
        if m == 1 {
            "1 Minute".to_owned()
        } else {
            format!("{m} Minuten")
        }
    },
    start_mock: "Probe-Interview starten",
    options: "Optionen",
    topics_legend: "Themen (keins angehakt: alle)",
    difficulty_legend: "Schwierigkeit (keine angehakt: alle)",
    levels: ["Grundlagen", "Fortgeschritten", "Senior"],
    per_run: "Fragen pro Durchgang (leer: alle)",
    out_of_range: |min, max| {
        format!("Bitte eine ganze Zahl von {min} bis {max}: diese wurde nicht übernommen.")
    },
    run_length: "Fragen pro Durchgang",
    all: "Alle",
    shuffle: "Fragen und Optionen mischen",
    mock_questions: "Probe-Interview: Fragen",
    mock_seconds: "Probe-Interview: Sekunden pro Frage",
    overview: "Dein Fortschritt nach Thema",
    overview_caption: "Fortschritt nach Thema, schwächste zuerst",
    col_topic: "Thema",
    col_seen: "Gesehen",
    col_correct: "Richtig",
    col_due: "Fällig",
    percent: |p| format!("{p:.0}\u{a0}%"),
    reset_question: "Alle Antworten, Bewertungen, Lesezeichen und Notizen zu diesem Fragenkatalog löschen?",
    reset_yes: "Ja, zurücksetzen",
    cancel: "Abbrechen",
    reset: "Fortschritt zurücksetzen",
    shortcuts: "Tastenkürzel",
    key_enter: "Enter",
    key_space: "Leertaste",
    key_pick_help: "Option wählen (Quiz)",
    key_enter_help: "prüfen, dann weiter zur nächsten Frage",
    key_space_help: "Musterantwort aufdecken (Lernkarten, Probe-Interview)",
    key_rate_help: "nach dem Aufdecken: Nochmal, Schwer, Gut, Leicht (Lernkarten)",
    key_bookmark_help: "Frage merken",
    export: "Fortschritt exportieren",
    import: "Fortschritt importieren",
    exported: "Fortschritt exportiert.",
    export_failed: |e| format!("Export fehlgeschlagen: {e}"),
    imported: "Fortschritt importiert und zusammengeführt.",
    nothing_imported: |why| format!("Es wurde nichts importiert. {why}"),
    file_none: "Es wurde keine Datei ausgewählt.",
    file_too_large: "Die Datei ist zu groß für eine Fortschrittsdatei.",
    file_unreadable: "Die Datei konnte nicht gelesen werden.",
    file_not_text: "Die Datei ist keine Textdatei.",
    import_too_large: |bytes, limit| {
        format!(
            "Die Datei ist zu groß ({bytes} Bytes; Fortschrittsdateien sind viel kleiner als {limit})."
        )
    },
    import_newer: |schema| {
        format!(
            "Die Datei stammt aus einer neueren Version dieses Quiz (Schema {schema}); lade zuerst die Seite neu."
        )
    },
    import_other_deck: |theirs, ours| {
        format!(
            "Die Datei enthält Fortschritt zu einem anderen Fragenkatalog (`{theirs}`), nicht zu `{ours}`."
        )
    },
    import_not_progress: |detail| {
        format!(
            "Diese Datei ist kein Fortschritt aus diesem Quiz: wähle eine Datei, die mit Exportieren gespeichert wurde. (Details: {detail}.)"
        )
    },
    storage_full: "Der Speicher ist voll, deshalb ist deine letzte Änderung nicht gespeichert. Bei deiner nächsten Antwort wird es erneut versucht.",
    save_failed: |e| {
        format!(
            "Der Fortschritt konnte nicht gespeichert werden ({e}). Bei deiner nächsten Antwort wird es erneut versucht."
        )
    },
    saved_by_newer: "Dieser Fortschritt stammt aus einer neueren Version des Quiz: Er wird angezeigt, aber Änderungen hier werden nicht gespeichert. Lade die Seite neu, um die neue Version zu bekommen.",
    unreadable_kept: "Dein gespeicherter Fortschritt konnte nicht gelesen werden, deshalb beginnt das Quiz von vorn. Die alten Daten bleiben in diesem Browser erhalten.",
    unreadable_lost: "Dein gespeicherter Fortschritt konnte nicht gelesen und nicht beiseitegelegt werden, deshalb wird diesmal nichts gespeichert.",
    memory_only: "Dieser Browser blockiert das Speichern: Dein Fortschritt bleibt nur erhalten, solange diese Seite offen ist. Exportiere ihn, um ihn zu behalten.",
    unreachable: "Der gespeicherte Fortschritt konnte diesmal nicht gelesen werden; neue Antworten werden trotzdem gespeichert.",
    download_it: "Herunterladen",
    question_of: |at, of| format!("Frage {at} / {of}"),
    progress_label: "Fortschritt im Quiz",
    progress_cards: "Fortschritt durch die Karten",
    bookmark: "Merken",
    menu: "Menü",
    choose_one: "Wähle eine Antwort",
    select_all: "Wähle alle zutreffenden Antworten",
    right: "Richtig.",
    wrong_one: "Nicht ganz. Die richtige Antwort ist grün markiert.",
    wrong_many: "Nicht ganz. Die richtigen Antworten sind grün markiert.",
    tag_right_yours: "Richtig – deine Antwort",
    tag_right: "Richtige Antwort",
    tag_wrong_yours: "Deine Antwort – falsch",
    unanswered_left: |n| {
        if n == 1 {
            "1 Frage ist noch offen.".to_owned()
        } else {
            format!("{n} Fragen sind noch offen.")
        }
    },
    go_to_unanswered: "Zur ersten",
    filters_match: |n, total| match n {
        0 => format!("0 von {total} Fragen passen zu deinen Filtern: ändere sie unter Optionen."),
        n => format!("{n} von {total} Fragen passen zu deinen Filtern (Optionen)."),
    },
    card_of: |at, of| format!("Karte {at} / {of}"),
    replace_run: |at, of| {
        format!("Du hast einen Durchgang begonnen (Frage {at} von {of}). Ein neuer ersetzt ihn.")
    },
    replace_yes: "Neuen Durchgang starten",
    why: "Warum?",
    verdict_right_short: "✓ Richtig",
    verdict_wrong_short: |letters| format!("✗ Nicht ganz – {letters}"),
    check: "Prüfen",
    skip: "Überspringen",
    previous: "Zurück",
    next: "Weiter",
    see_results: "Zum Ergebnis",
    show_model: "Musterantwort zeigen",
    hide_model: "Musterantwort ausblenden",
    why_asked: "Warum Interviewer das fragen",
    strong_answer: "Eine starke Antwort",
    key_points: "Kernpunkte",
    follow_up: "Mögliche Nachfrage: ",
    practice_card: "Lernkarte",
    as_of: |month| match month_index(month) {
        Some((year, m)) => format!(
            "Stand: {} {year}",
            DE_MONTHS.get(m).copied().unwrap_or_default()
        ),
        None => format!("Stand: {month}"),
    },
    mock_card: "Probe-Interview",
    your_answer: "Deine Antwort (schreib sie, skizziere sie oder sag sie laut)",
    reveal: "Antwort aufdecken",
    rate_anyway: |ticked, points, rating| {
        format!(
            "Du hast {ticked} von {points} Kernpunkten abgehakt. Trotzdem „{rating}“, oder noch einmal ansehen?"
        )
    },
    rate_yes: |rating| format!("Ja, {rating}"),
    how_well: "Wie gut wusstest du es?",
    ratings: ["Nochmal", "Schwer", "Gut", "Leicht"],
    interval: |days| {
        if days <= 1.0 {
            "1 Tag".to_owned()
        } else {
            format!("{days:.0} Tage")
        }
    },
    key_points_legend: "Kernpunkte – hake ab, was deine Antwort abgedeckt hat",
    covered: |n, of| format!("{n} von {of} abgedeckt"),
    time_left: "Verbleibende Zeit",
    times_up: "Die Zeit ist um",
    answered_with_left: |left| format!("Beantwortet, {left} übrig"),
    next_question: "Nächste Frage",
    done_check: "Fertig – Antwort prüfen",
    your_results: "Deine Ergebnisse",
    score_rest: |percent, skipped| {
        let mut s = format!("richtig ({percent}\u{a0}%)");
        if skipped > 0 {
            s.push_str(&format!(" · {skipped} übersprungen"));
        }
        s
    },
    by_topic: "Nach Thema",
    to_review: "Zum Wiederholen",
    answer_prefix: "Antwort: ",
    retry_missed: "Verpasste wiederholen",
    mock_results: "Probe-Interview: deine Ergebnisse",
    practice_done: "Übung beendet",
    rating_counts: |[again, hard, good, easy, skipped]| {
        format!(
            "Nochmal {again} · Schwer {hard} · Gut {good} · Leicht {easy} · übersprungen {skipped}"
        )
    },
    practice_done_note: "Jede bewertete Karte kommt wieder, sobald sie laut verteilter Wiederholung fällig ist.",
    by_question: "Frage für Frage",
    col_time: "Zeit",
    you_wrote: "Was du geschrieben hast",
    nothing_written: "Nichts geschrieben.",
    practise_this: "Diese Karte üben",
    bookmarks: "Merkliste",
    remove: "Entfernen",
    quiz_these: |n| format!("Diese abfragen ({n})"),
    ticked: "Abgedeckt: ",
    missed: "Verpasst: ",
    weakest_first: "Schwächste Themen zuerst",
    topic_points: |topic, covered, of| format!("{topic}: {covered} von {of} Kernpunkten"),
    another_mock: "Noch ein Probe-Interview",
    practise_again: "Nochmal üben",
    back_to_start: "Zurück zum Start",
};

/// The strings of the enclosing widget (English outside one).
pub fn use_strings() -> &'static Strings {
    leptos::prelude::use_context::<Locale>()
        .unwrap_or_default()
        .strings()
}

//! The interface strings: every one present in English and German, numbers
//! where they belong, plurals, and how a language is chosen.

use llm_quiz::i18n::{DE, EN, Locale, Strings};
use llm_quiz::persist::{ImportError, MAX_IMPORT_BYTES};

#[test]
fn every_string_is_there_in_every_language_with_its_numbers() {
    for locale in Locale::ALL {
        let samples = samples(locale.strings());
        assert!(samples.len() > 100, "{locale:?}: {}", samples.len());
        for (field, text, numbers) in samples {
            assert!(!text.trim().is_empty(), "{locale:?}.{field} is empty");
            assert!(
                !text.split(" / ").any(|part| part.trim().is_empty()),
                "{locale:?}.{field} has an empty entry: {text:?}"
            );
            for n in numbers {
                assert!(text.contains(n), "{locale:?}.{field} = {text:?} lacks {n}");
            }
        }
    }
}

#[test]
fn german_is_a_translation_not_a_copy() {
    let same: Vec<&str> = samples(&EN)
        .into_iter()
        .zip(samples(&DE))
        .filter(|((_, en, _), (_, de, _))| en == de)
        .map(|((field, _, _), _)| field)
        .collect();
    // Words German uses as they are.
    assert_eq!(same, ["quiz", "key_enter"]);
}

#[test]
fn plurals_and_numbers_read_naturally() {
    assert_eq!((EN.questions_topics)(1, 1), "1 question · 1 topic");
    assert_eq!((EN.questions_topics)(43, 8), "43 questions · 8 topics");
    assert_eq!((DE.questions_topics)(1, 1), "1 Frage · 1 Thema");
    assert_eq!((DE.questions_topics)(43, 8), "43 Fragen · 8 Themen");
    assert_eq!((EN.due_today)(0), "0 due today");
    assert_eq!((DE.due_today)(2), "2 heute fällig");
    assert_eq!(
        (EN.resume_quiz)(3, 16, 2),
        "Resume — question 3 of 16, 2 correct"
    );
    assert_eq!((EN.question_of)(3, 16), "Question 3 / 16");
    assert_eq!((DE.question_of)(3, 16), "Frage 3 / 16");
    assert_eq!(EN.duration(60_000.0), "1 minute");
    assert_eq!(EN.duration(120_000.0), "2 minutes");
    assert_eq!(EN.duration(90_000.0), "1:30");
    assert_eq!(DE.duration(60_000.0), "1 Minute");
    assert_eq!(DE.duration(300_000.0), "5 Minuten");
    assert_eq!(
        (EN.mock_about)(2, &EN.duration(60_000.0)),
        "2 questions, 1 minute each. Answer aloud or in writing, then check yourself against the key points."
    );
    assert_eq!((EN.interval)(0.4), "1 day");
    assert_eq!((EN.interval)(12.3), "12 days");
    assert_eq!((DE.interval)(1.0), "1 Tag");
    assert_eq!((DE.interval)(3.0), "3 Tage");
    assert_eq!((EN.deck_problems)(1), "The deck has 1 problem:");
    assert_eq!((EN.deck_problems)(2), "The deck has 2 problems:");
    assert_eq!((EN.score_rest)(75, 0), "correct (75%)");
    assert_eq!((EN.score_rest)(75, 4), "correct (75%) · 4 skipped");
    assert_eq!((EN.percent)(12.4), "12%");
    assert_eq!(EN.level(1), "Fundamentals");
    assert_eq!(DE.level(3), "Senior");
    assert_eq!(EN.level(0), "Fundamentals");
    assert_eq!(EN.level(9), "");
}

#[test]
fn import_errors_are_worded_per_language() {
    let other = ImportError::OtherDeck("rag".into());
    assert_eq!(
        EN.import_error(&other, "llm"),
        "The file holds progress for another deck (`rag`), not `llm`."
    );
    assert!(DE.import_error(&other, "llm").contains("`rag`"));
    let newer = ImportError::Newer(9);
    assert!(EN.import_error(&newer, "llm").contains("newer version"));
    assert!(DE.import_error(&newer, "llm").contains("Schema 9"));
    let big = ImportError::TooLarge(MAX_IMPORT_BYTES + 1);
    assert!(
        EN.import_error(&big, "llm")
            .starts_with("The file is too large")
    );
    assert!(
        DE.import_error(&ImportError::NotProgress("x".into()), "llm")
            .starts_with("Diese Datei ist kein Fortschritt aus diesem Quiz")
    );
}

#[test]
fn a_language_is_read_from_tags_and_browser_lists() {
    assert_eq!(Locale::from_tag("de"), Some(Locale::De));
    assert_eq!(Locale::from_tag("de-AT"), Some(Locale::De));
    assert_eq!(Locale::from_tag("de_CH"), Some(Locale::De));
    assert_eq!(Locale::from_tag(" EN-us "), Some(Locale::En));
    assert_eq!(Locale::from_tag("fr"), None);
    assert_eq!(Locale::from_tag("deu"), None);
    assert_eq!(Locale::from_tag("de-"), None);
    assert_eq!(Locale::from_tag("de-<b>"), None);
    assert_eq!(Locale::from_tag(""), None);
    assert_eq!(
        Locale::first_supported(["fr-FR", "de-DE", "en"]),
        Locale::De
    );
    assert_eq!(Locale::first_supported(["en-US", "de"]), Locale::En);
    assert_eq!(Locale::first_supported(["fr", "it"]), Locale::En);
    assert_eq!(Locale::first_supported(Vec::<String>::new()), Locale::En);
    assert_eq!(Locale::De.tag(), "de");
    assert_eq!(Locale::En.tag(), "en");
}

/// Every string, with sample numbers filled in: `(field, text, what the text
/// must contain)`. The pattern names every field, so a new field cannot be
/// left out (the host tests check that none is empty).
fn samples(s: &Strings) -> Vec<(&'static str, String, Vec<&'static str>)> {
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
    } = s;
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

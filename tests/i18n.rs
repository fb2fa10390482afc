//! The interface strings: every one present in English and German, numbers
//! where they belong, plurals, and how a language is chosen.

use llm_quiz::persist::{ImportError, MAX_IMPORT_BYTES};
use llm_quiz::ui::i18n::{DE, EN, Locale};

#[test]
fn every_string_is_there_in_every_language_with_its_numbers() {
    for locale in Locale::ALL {
        let samples = locale.strings().samples();
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
    let same: Vec<&str> = EN
        .samples()
        .into_iter()
        .zip(DE.samples())
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

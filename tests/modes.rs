//! Practice modes in the engine: practice cards with spaced repetition, the mock
//! interview clock, options (filters, pool, seeded shuffles), bookmarks, the
//! progress overview, reset, and keyboard shortcuts.

mod common;

use common::example;
use llm_quiz::deck::Deck;
use llm_quiz::quiz::{
    Event, Mode, Options, QuizState, Rating, SavedRun, Screen, Source, apply, build_run,
    choice_order, current, due_count, has_run, in_progress, key_event, merge, overview, reconcile,
    remaining_ms, saved_runs, shuffle, weakest_topics,
};

const DAY: f64 = 86_400_000.0;
const T0: f64 = 1_764_000_000_000.0;

fn start(s: &mut QuizState, d: &Deck, mode: Mode, source: Source, seed: u64, now: f64) -> bool {
    apply(s, d, Event::Start { mode, source, seed }, now)
}

fn on_screen(s: &QuizState, d: &Deck) -> String {
    current(s, d).map(|q| q.id.clone()).unwrap_or_default()
}

/// The run of `mode` set aside (a default one when there is none).
fn parked(s: &QuizState, mode: Mode) -> llm_quiz::quiz::Parked {
    s.parked
        .iter()
        .find(|p| p.mode == mode)
        .cloned()
        .unwrap_or_default()
}

/// A fresh state whose runs ask every matching question in deck order (the
/// default is 10, shuffled).
fn in_deck_order() -> QuizState {
    let mut s = QuizState::default();
    s.options.count = None;
    s.options.shuffle = false;
    s
}

/// A bigger deck: the example's 3 questions repeated under new ids.
fn big_deck(n: usize) -> Deck {
    let mut d = example();
    let base = d.questions.clone();
    d.questions = (0..n)
        .map(|i| {
            let mut q = base[i % base.len()].clone();
            q.id = format!("q{i}");
            q.difficulty = (i % 3) as u8 + 1;
            q
        })
        .collect();
    d
}

#[test]
fn a_practice_card_reveals_ticks_key_points_and_rating_schedules_the_next_review() {
    let d = example();
    let mut s = QuizState::default();
    assert!(start(&mut s, &d, Mode::Practice, Source::All, 0, T0));
    assert_eq!(s.mode, Mode::Practice);
    assert!(
        !apply(&mut s, &d, Event::Toggle(0), T0),
        "no multiple choice in practice"
    );
    assert!(
        !apply(&mut s, &d, Event::Rate(Rating::Good), T0),
        "rate only after revealing"
    );
    assert!(
        !apply(&mut s, &d, Event::ToggleKeyPoint(0), T0),
        "tick only after revealing"
    );
    assert!(apply(
        &mut s,
        &d,
        Event::Draft("next token, cross-entropy".into()),
        T0
    ));
    assert!(apply(&mut s, &d, Event::Reveal, T0));
    assert!(apply(&mut s, &d, Event::ToggleKeyPoint(0), T0));
    assert!(apply(&mut s, &d, Event::ToggleKeyPoint(2), T0));
    assert!(!apply(&mut s, &d, Event::ToggleKeyPoint(9), T0));
    assert_eq!(s.answers["next-token"].covered, [0, 2]);
    assert!(apply(&mut s, &d, Event::Rate(Rating::Good), T0));

    let m = &s.schedule["next-token"];
    assert!(m.due >= T0 + DAY, "the next review is at least a day away");
    assert_eq!(s.tally["next-token"].attempts, 1);
    assert_eq!(s.tally["next-token"].correct, 1);
    assert_eq!(s.position, 1, "rating moves on");
    assert_eq!(
        s.drafts["next-token"], "next token, cross-entropy",
        "the typed answer is kept"
    );

    // Nothing is due today; once the date passes, the card is.
    assert_eq!(due_count(&s, &d, T0 + DAY / 2.0), 0);
    assert_eq!(due_count(&s, &d, m.due), 1);
    let mut later = s.clone();
    assert!(start(&mut later, &d, Mode::Practice, Source::Due, 0, m.due));
    assert_eq!(later.run, ["next-token"]);
    assert!(
        !start(&mut s, &d, Mode::Practice, Source::Due, 0, T0 + 1.0),
        "nothing due: no run"
    );
}

#[test]
fn again_is_counted_as_a_miss_and_comes_back_sooner_than_easy() {
    let d = example();
    let mut s = QuizState::default();
    start(&mut s, &d, Mode::Practice, Source::All, 0, T0);
    apply(&mut s, &d, Event::Reveal, T0);
    apply(&mut s, &d, Event::Rate(Rating::Again), T0);
    apply(&mut s, &d, Event::Reveal, T0);
    apply(&mut s, &d, Event::Rate(Rating::Easy), T0);
    assert!(s.schedule["next-token"].due < s.schedule["sampling-controls"].due);
    assert_eq!(s.tally["next-token"].correct, 0);
    assert_eq!(s.tally["sampling-controls"].correct, 1);
}

#[test]
fn the_mock_clock_runs_pauses_and_resumes_with_the_remaining_time() {
    let d = example();
    let mut s = QuizState::default();
    s.options.mock_seconds = 120;
    s.options.mock_count = 2;
    assert!(start(&mut s, &d, Mode::Mock, Source::All, 42, T0));
    assert_eq!(s.run.len(), 2, "mock interviews ask the chosen number");
    let id = on_screen(&s, &d);
    assert_eq!(remaining_ms(&s, &id, T0 + 30_000.0), 90_000.0);

    // The page is hidden for ten minutes: that time does not count.
    apply(&mut s, &d, Event::ClockPause, T0 + 30_000.0);
    assert_eq!(remaining_ms(&s, &id, T0 + 630_000.0), 90_000.0);
    apply(&mut s, &d, Event::ClockRun, T0 + 630_000.0);
    assert_eq!(remaining_ms(&s, &id, T0 + 640_000.0), 80_000.0);

    // A reload: the saved state is reconciled; the clock stopped at the last change.
    let mut reloaded = s.clone();
    reconcile(&mut reloaded, &d);
    assert_eq!(reloaded.clock_since, None);
    assert_eq!(remaining_ms(&reloaded, &id, T0 + 999_999.0), 90_000.0);
    apply(&mut reloaded, &d, Event::ClockRun, T0 + 1_000_000.0);
    assert_eq!(remaining_ms(&reloaded, &id, T0 + 1_005_000.0), 85_000.0);

    // Revealing stops the clock and records the time used; the next question starts its own.
    apply(&mut reloaded, &d, Event::Reveal, T0 + 1_010_000.0);
    assert_eq!(reloaded.answers[&id].spent_ms, 40_000.0);
    assert_eq!(reloaded.clock_since, None);
    apply(&mut reloaded, &d, Event::Next, T0 + 1_020_000.0);
    let second = on_screen(&reloaded, &d);
    assert_ne!(second, id);
    assert_eq!(remaining_ms(&reloaded, &second, T0 + 1_050_000.0), 90_000.0);
    apply(&mut reloaded, &d, Event::Reveal, T0 + 1_200_000.0);
    apply(&mut reloaded, &d, Event::Next, T0 + 1_200_000.0);
    assert_eq!(reloaded.screen, Screen::Summary);
    assert_eq!(
        reloaded.answers[&second].spent_ms, 180_000.0,
        "over time is recorded"
    );
}

#[test]
fn weakest_topics_come_first_in_a_mock_summary() {
    let d = example();
    let mut s = QuizState::default();
    s.options.mock_count = 3;
    start(&mut s, &d, Mode::Mock, Source::All, 7, T0);
    for _ in 0..3 {
        let id = on_screen(&s, &d);
        apply(&mut s, &d, Event::Reveal, T0);
        if id == "sampling-controls" {
            for i in 0..3 {
                apply(&mut s, &d, Event::ToggleKeyPoint(i), T0);
            }
        }
        apply(&mut s, &d, Event::Next, T0);
    }
    let weak: Vec<String> = weakest_topics(&s, &d).into_iter().map(|t| t.0).collect();
    assert_eq!(weak, ["Basics", "Decoding"]);
}

#[test]
fn seeded_shuffles_are_stable_and_differ_between_seeds() {
    let mut a: Vec<u32> = (0..50).collect();
    let mut b = a.clone();
    shuffle(&mut a, 99);
    shuffle(&mut b, 99);
    assert_eq!(a, b, "same seed, same order");
    let mut c: Vec<u32> = (0..50).collect();
    shuffle(&mut c, 100);
    assert_ne!(a, c);
    let mut sorted = a.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, (0..50).collect::<Vec<_>>(), "a permutation");

    assert_eq!(
        choice_order(0, "q", 4),
        [0, 1, 2, 3],
        "unshuffled runs keep deck order"
    );
    let o = choice_order(5, "q", 6);
    assert_eq!(o, choice_order(5, "q", 6));
    assert!((0..20).any(|seed| choice_order(seed + 1, "q", 6) != [0, 1, 2, 3, 4, 5]));
}

#[test]
fn a_shuffled_run_is_stable_across_a_reload_and_the_pool_is_cut() {
    let d = big_deck(30);
    let mut s = QuizState {
        options: Options {
            shuffle: true,
            count: Some(10),
            ..Options::default()
        },
        ..QuizState::default()
    };
    start(&mut s, &d, Mode::Quiz, Source::All, 1234, T0);
    assert_eq!(s.run.len(), 10);
    let deck_order: Vec<String> = (0..10).map(|i| format!("q{i}")).collect();
    assert_ne!(s.run, deck_order, "shuffled");
    let again = build_run(&s, &d, Mode::Quiz, Source::All, 1234, T0);
    assert_eq!(again, s.run, "the seed fixes the order");
    let mut reloaded = s.clone();
    reconcile(&mut reloaded, &d);
    assert_eq!(reloaded.run, s.run);
}

#[test]
fn filters_by_topic_and_difficulty_and_bookmarks() {
    let d = big_deck(12);
    let mut s = in_deck_order();
    s.options.topics = vec!["decoding".into()];
    start(&mut s, &d, Mode::Quiz, Source::All, 0, T0);
    assert!(
        s.run
            .iter()
            .all(|id| d.question(id).is_some_and(|q| q.topic == "decoding"))
    );
    assert_eq!(s.run.len(), 4);

    s.options.topics.clear();
    s.options.difficulties = vec![3];
    start(&mut s, &d, Mode::Quiz, Source::All, 0, T0);
    assert_eq!(s.run, ["q2", "q5", "q8", "q11"]);

    s.options.difficulties.clear();
    assert!(apply(&mut s, &d, Event::ToggleBookmark("q7".into()), T0));
    assert!(apply(&mut s, &d, Event::ToggleBookmark("q1".into()), T0));
    assert!(!apply(&mut s, &d, Event::ToggleBookmark("nope".into()), T0));
    start(&mut s, &d, Mode::Practice, Source::Bookmarked, 0, T0);
    assert_eq!(s.run, ["q1", "q7"]);
    assert!(apply(&mut s, &d, Event::ToggleBookmark("q7".into()), T0));
    assert!(!s.bookmarks.contains("q7"));
}

#[test]
fn retry_missed_and_the_overview_weakest_first() {
    let d = example();
    let mut s = QuizState::default();
    start(&mut s, &d, Mode::Quiz, Source::All, 0, T0);
    // next-token right, sampling-controls wrong, what-is-a-token right.
    for picks in [vec![0], vec![2], vec![0]] {
        for p in picks {
            apply(&mut s, &d, Event::Toggle(p), T0);
        }
        apply(&mut s, &d, Event::Check, T0);
        apply(&mut s, &d, Event::Next, T0);
    }
    let rows = overview(&s, &d, T0);
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Decoding", "Basics"], "weakest first");
    assert_eq!(
        (rows[1].seen, rows[1].questions, rows[1].correct),
        (2, 2, 2)
    );
    assert_eq!(rows[0].rate(), Some(0.0));

    let mut retry = s.clone();
    start(&mut retry, &d, Mode::Quiz, Source::Missed, 0, T0);
    assert_eq!(retry.run, ["sampling-controls"]);
}

#[test]
fn reset_forgets_progress_keeps_options_and_beats_older_copies() {
    let d = example();
    let mut s = QuizState::default();
    s.options.mock_seconds = 300;
    start(&mut s, &d, Mode::Quiz, Source::All, 0, T0);
    apply(&mut s, &d, Event::Toggle(0), T0 + 1.0);
    apply(&mut s, &d, Event::Check, T0 + 2.0);
    apply(
        &mut s,
        &d,
        Event::ToggleBookmark("next-token".into()),
        T0 + 3.0,
    );
    let before = s.clone();
    assert!(apply(&mut s, &d, Event::ResetProgress, T0 + 10.0));
    assert!(s.answers.is_empty() && s.tally.is_empty() && s.bookmarks.is_empty());
    assert_eq!(s.screen, Screen::Start);
    assert_eq!(s.options.mock_seconds, 300);
    assert!(
        !merge(&mut s, &before, &d),
        "an older tab's copy does not undo the reset"
    );
    let mut other_tab = before.clone();
    assert!(
        merge(&mut other_tab, &s, &d),
        "the reset reaches the other tab"
    );
    assert!(other_tab.answers.is_empty());
}

#[test]
fn keys_map_to_events() {
    let d = example();
    let mut s = QuizState::default();
    assert_eq!(key_event(&s, &d, "1"), None, "no question on screen");
    start(&mut s, &d, Mode::Quiz, Source::All, 0, T0);
    assert_eq!(key_event(&s, &d, "2"), Some(Event::Toggle(1)));
    assert_eq!(key_event(&s, &d, "9"), None, "no ninth option");
    assert_eq!(key_event(&s, &d, "Enter"), None, "nothing selected yet");
    apply(&mut s, &d, Event::Toggle(0), T0);
    assert_eq!(key_event(&s, &d, "Enter"), Some(Event::Check));
    apply(&mut s, &d, Event::Check, T0);
    assert_eq!(key_event(&s, &d, "Enter"), Some(Event::Next));
    assert_eq!(
        key_event(&s, &d, "b"),
        Some(Event::ToggleBookmark("next-token".into()))
    );

    // Shuffled options: digits follow the order on screen.
    let mut sh = QuizState::default();
    sh.options.shuffle = true;
    start(&mut sh, &d, Mode::Quiz, Source::All, 77, T0);
    let q = current(&sh, &d)
        .map(|q| (q.id.clone(), q.choices.len()))
        .unwrap_or_default();
    let shown_first = choice_order(sh.seed, &q.0, q.1)[0];
    assert_eq!(key_event(&sh, &d, "1"), Some(Event::Toggle(shown_first)));

    let mut p = QuizState::default();
    start(&mut p, &d, Mode::Practice, Source::All, 0, T0);
    assert_eq!(key_event(&p, &d, " "), Some(Event::Reveal));
    assert_eq!(key_event(&p, &d, "3"), None, "rate only after revealing");
    apply(&mut p, &d, Event::Reveal, T0);
    assert_eq!(key_event(&p, &d, "3"), Some(Event::Rate(Rating::Good)));
    assert_eq!(key_event(&p, &d, "1"), Some(Event::Rate(Rating::Again)));
}

#[test]
fn rating_buttons_preview_increasing_intervals() {
    let d = example();
    let mut s = QuizState::default();
    start(&mut s, &d, Mode::Practice, Source::All, 0, T0);
    let days: Vec<f64> = llm_quiz::quiz::preview_intervals(&s, "next-token", T0)
        .iter()
        .map(|(_, d)| *d)
        .collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]), "{days:?}");
    assert!(days[3] > days[0], "{days:?}");
    // What Good previews is what Good schedules.
    apply(&mut s, &d, Event::Reveal, T0);
    apply(&mut s, &d, Event::Rate(Rating::Good), T0);
    let scheduled = ((s.schedule["next-token"].due - T0) / DAY).round();
    assert_eq!(scheduled, days[2]);
}

#[test]
fn a_deep_link_opens_its_question() {
    let d = example();
    let mut s = QuizState::default();
    assert!(apply(&mut s, &d, Event::Open("what-is-a-token".into()), T0));
    assert_eq!(
        (s.screen, s.mode, s.position),
        (Screen::Question, Mode::Quiz, 2)
    );
    assert_eq!(s.run.len(), 3, "a run over the whole deck");
    // Within a run in progress, it moves there without clearing answers.
    apply(&mut s, &d, Event::Previous, T0);
    apply(&mut s, &d, Event::Toggle(0), T0);
    apply(&mut s, &d, Event::Check, T0);
    assert!(apply(&mut s, &d, Event::Open("next-token".into()), T0));
    assert_eq!(s.position, 0);
    assert!(s.answers["sampling-controls"].checked);
    assert!(
        !apply(&mut s, &d, Event::Open("next-token".into()), T0),
        "already there"
    );
    assert!(!apply(
        &mut s,
        &d,
        Event::Open("no-such-question".into()),
        T0
    ));
}

#[test]
fn embed_options_parse_with_warnings_for_bad_values() {
    use llm_quiz::embed::{Theme, deep_link_question, parse};
    use llm_quiz::i18n::Locale;
    let (o, warnings) = parse([
        ("deck", "my/questions.json"),
        ("mode", "practice"),
        ("topics", "rag, security"),
        ("count", "5"),
        ("shuffle", "true"),
        ("theme", "dark"),
        ("accent", "#AA3300"),
        ("storage-key", "post-1"),
        ("locale", "de-AT"),
        ("deep-link", ""),
        ("unknown", "whatever"),
    ]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(o.deck.as_deref(), Some("my/questions.json"));
    assert_eq!(o.mode, Some(Mode::Practice));
    assert_eq!(o.topics, ["rag", "security"]);
    assert_eq!(
        (o.count, o.shuffle, o.theme),
        (Some(Some(5)), Some(true), Theme::Dark)
    );
    assert_eq!(o.accent.as_deref(), Some("#aa3300"));
    assert_eq!(o.storage_key.as_deref(), Some("post-1"));
    assert_eq!(o.locale, Some(Locale::De));
    assert!(o.deep_link);
    for (tag, locale) in [
        ("en", Locale::En),
        ("en-GB", Locale::En),
        ("DE", Locale::De),
    ] {
        let (o, warnings) = parse([("locale", tag)]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(o.locale, Some(locale), "{tag}");
    }
    assert_eq!(parse([]).0.locale, None, "unset: the browser's language");
    let (o, warnings) = parse([("count", " ALL ")]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(o.count, Some(None), "every question that matches");

    let (o, warnings) = parse([
        ("mode", "exam"),
        ("count", "-3"),
        ("theme", "neon"),
        ("accent", "red; background: url(x)"),
        ("locale", "fr"),
        ("storage-key", "a b"),
        ("topics", "Not A Slug"),
    ]);
    assert_eq!(warnings.len(), 7, "{warnings:?}");
    assert!(warnings[0].contains("mode=\"exam\""));
    assert_eq!(o.mode, None);
    assert_eq!(o.count, None);
    assert_eq!(o.theme, Theme::Auto);
    assert_eq!(o.accent, None);
    assert_eq!(
        o.locale, None,
        "an unknown language falls back to the browser's"
    );
    assert!(warnings[4].contains("locale=\"fr\""), "{warnings:?}");

    assert_eq!(
        deep_link_question("#q=kv-cache").as_deref(),
        Some("kv-cache")
    );
    assert_eq!(deep_link_question("#x=1&q=rope").as_deref(), Some("rope"));
    assert_eq!(deep_link_question("#q=<script>"), None);
    assert_eq!(deep_link_question(""), None);
}

#[test]
fn practise_goes_on_with_due_and_unseen_cards_not_card_one() {
    let d = big_deck(4);
    let mut s = in_deck_order();
    start(&mut s, &d, Mode::Practice, Source::All, 0, T0);
    assert_eq!(on_screen(&s, &d), "q0");
    // Rate the first two: q0 well (due in days), q1 Again (due within minutes).
    for rating in [Rating::Easy, Rating::Again] {
        apply(&mut s, &d, Event::Reveal, T0);
        apply(&mut s, &d, Event::Rate(rating), T0);
    }
    // Two days later: q1 is due again, q2 and q3 were never seen, q0 waits.
    let later = T0 + 2.0 * DAY;
    start(&mut s, &d, Mode::Practice, Source::All, 0, later);
    assert_eq!(s.run, ["q1", "q2", "q3"]);
    // When every card waits, Practise still has a run: all of them.
    let mut all_rated = QuizState::default();
    start(&mut all_rated, &d, Mode::Practice, Source::All, 0, T0);
    for _ in 0..4 {
        apply(&mut all_rated, &d, Event::Reveal, T0);
        apply(&mut all_rated, &d, Event::Rate(Rating::Easy), T0);
    }
    start(&mut all_rated, &d, Mode::Practice, Source::All, 0, T0 + 1.0);
    assert_eq!(all_rated.run.len(), 4);
}

#[test]
fn each_mode_keeps_its_own_run_and_switching_loses_nothing() {
    let d = example();
    let mut s = QuizState::default();
    // A quiz: the first question right, on the second.
    start(&mut s, &d, Mode::Quiz, Source::All, 0, T0);
    apply(&mut s, &d, Event::Toggle(0), T0);
    apply(&mut s, &d, Event::Check, T0);
    apply(&mut s, &d, Event::Next, T0);
    apply(&mut s, &d, Event::Toggle(1), T0);
    // Practice over the same questions sets the quiz aside and reveals the
    // first card, which the quiz had answered.
    start(&mut s, &d, Mode::Practice, Source::All, 0, T0 + 1.0);
    assert_eq!((s.mode, s.position), (Mode::Practice, 0));
    assert!(has_run(&s, Mode::Quiz) && has_run(&s, Mode::Practice));
    assert!(!has_run(&s, Mode::Mock));
    apply(&mut s, &d, Event::Reveal, T0 + 2.0);
    apply(&mut s, &d, Event::Rate(Rating::Good), T0 + 3.0);
    apply(&mut s, &d, Event::Home, T0 + 3.0);
    assert_eq!(
        saved_runs(&s, &d),
        [
            SavedRun {
                mode: Mode::Quiz,
                at: 2,
                total: 3,
                correct: 1
            },
            SavedRun {
                mode: Mode::Practice,
                at: 2,
                total: 3,
                correct: 0
            },
        ]
    );
    // Back to the quiz: where it was left, with its answers as they were.
    assert!(apply(&mut s, &d, Event::Resume(Mode::Quiz), T0 + 4.0));
    assert_eq!(
        (s.mode, s.screen, s.position),
        (Mode::Quiz, Screen::Question, 1)
    );
    let first = &s.answers["next-token"];
    assert!(first.checked && first.selected == [0] && !first.revealed);
    assert_eq!(s.answers["sampling-controls"].selected, [1]);
    // and the practice run waits, at its second card.
    assert_eq!(parked(&s, Mode::Practice).position, 1);
    assert!(apply(&mut s, &d, Event::Resume(Mode::Practice), T0 + 5.0));
    assert_eq!((s.mode, s.position), (Mode::Practice, 1));
    assert_eq!(s.answers["next-token"].rating, Some(Rating::Good));
    assert!(
        !apply(&mut s, &d, Event::Resume(Mode::Mock), T0 + 6.0),
        "no mock to resume"
    );
    // A new quiz replaces the quiz set aside, not the practice run on screen.
    start(&mut s, &d, Mode::Quiz, Source::All, 0, T0 + 7.0);
    assert_eq!((s.mode, s.position), (Mode::Quiz, 0));
    assert!(s.answers["next-token"].selected.is_empty());
    assert_eq!(
        s.parked.iter().map(|p| p.mode).collect::<Vec<_>>(),
        [Mode::Practice]
    );
    // A finished run is not kept: practice after the summary sets nothing aside.
    apply(&mut s, &d, Event::Finish, T0 + 8.0);
    apply(&mut s, &d, Event::Resume(Mode::Practice), T0 + 9.0);
    assert!(in_progress(&s) && s.parked.is_empty());
}

#[test]
fn runs_set_aside_follow_the_deck_and_the_newer_copy() {
    let d = example();
    let mut s = QuizState::default();
    start(&mut s, &d, Mode::Mock, Source::All, 7, T0);
    apply(&mut s, &d, Event::Next, T0);
    apply(&mut s, &d, Event::Next, T0);
    start(&mut s, &d, Mode::Quiz, Source::All, 0, T0 + 1.0);
    // Another tab set the mock aside later than this one changed anything: its
    // runs win, as its position does.
    let mut other = s.clone();
    apply(&mut other, &d, Event::Resume(Mode::Mock), T0 + 2.0);
    apply(&mut other, &d, Event::Home, T0 + 3.0);
    assert!(merge(&mut s, &other, &d));
    assert_eq!(s.mode, Mode::Mock);
    assert_eq!(
        s.parked.iter().map(|p| p.mode).collect::<Vec<_>>(),
        [Mode::Quiz]
    );
    // A deck without two of the questions: the quiz set aside keeps the third, at 0.
    let mut smaller = d.clone();
    smaller.questions.retain(|q| q.id == "what-is-a-token");
    reconcile(&mut s, &smaller);
    let quiz = parked(&s, Mode::Quiz);
    assert_eq!(
        (quiz.run.as_slice(), quiz.position),
        (["what-is-a-token".to_owned()].as_slice(), 0)
    );
    // Without any, it goes.
    smaller.questions.clear();
    reconcile(&mut s, &smaller);
    assert!(s.parked.is_empty());
}

#[test]
fn the_default_run_is_ten_shuffled_questions_stable_across_a_reload() {
    let d = big_deck(40);
    let mut s = QuizState::default();
    start(&mut s, &d, Mode::Quiz, Source::All, 99, T0);
    assert_eq!(s.run.len(), 10);
    let first_ten: Vec<String> = (0..10).map(|i| format!("q{i}")).collect();
    assert_ne!(s.run, first_ten, "shuffled, not the deck's first ten");
    let mut again = QuizState::default();
    start(&mut again, &d, Mode::Quiz, Source::All, 99, T0);
    assert_eq!(again.run, s.run, "the same seed asks the same run");
    // 20 and all are one option away.
    s.options.count = Some(20);
    start(&mut s, &d, Mode::Quiz, Source::All, 99, T0);
    assert_eq!(s.run.len(), 20);
    s.options.count = None;
    start(&mut s, &d, Mode::Quiz, Source::All, 99, T0);
    assert_eq!(s.run.len(), 40);
}

#[test]
fn a_deep_link_into_a_quiz_set_aside_resumes_it_there() {
    let d = example();
    let mut s = in_deck_order();
    start(&mut s, &d, Mode::Quiz, Source::All, 0, T0);
    apply(&mut s, &d, Event::Toggle(0), T0);
    apply(&mut s, &d, Event::Check, T0);
    start(&mut s, &d, Mode::Mock, Source::All, 3, T0 + 1.0);
    assert!(apply(
        &mut s,
        &d,
        Event::Open("what-is-a-token".into()),
        T0 + 2.0
    ));
    assert_eq!(
        (s.mode, on_screen(&s, &d).as_str()),
        (Mode::Quiz, "what-is-a-token")
    );
    assert!(
        s.answers["next-token"].checked,
        "the quiz's answers are back"
    );
    assert!(
        s.parked.iter().any(|p| p.mode == Mode::Mock),
        "the mock waits"
    );
}

#[test]
fn again_cards_come_back_later_in_the_session_fresh_and_are_counted_once() {
    let d = big_deck(3);
    let mut s = in_deck_order();
    start(&mut s, &d, Mode::Practice, Source::All, 0, T0);
    assert_eq!(s.run, ["q0", "q1", "q2"]);
    apply(&mut s, &d, Event::Reveal, T0);
    apply(&mut s, &d, Event::Rate(Rating::Again), T0);
    assert_eq!(s.run, ["q0", "q1", "q2", "q0"], "q0 comes back at the end");
    for _ in 0..2 {
        apply(&mut s, &d, Event::Reveal, T0);
        apply(&mut s, &d, Event::Rate(Rating::Good), T0);
    }
    assert_eq!(on_screen(&s, &d), "q0");
    let a = &s.answers["q0"];
    assert!(!a.revealed && a.rating.is_none(), "a fresh card: {a:?}");
    apply(&mut s, &d, Event::Reveal, T0 + 1.0);
    apply(&mut s, &d, Event::Rate(Rating::Hard), T0 + 1.0);
    assert_eq!(s.screen, Screen::Summary, "remembered: the session ends");
    assert_eq!(
        llm_quiz::quiz::open_answer_rows(&s, &d).len(),
        3,
        "each card once"
    );
}

#[test]
fn a_card_forgotten_again_and_again_comes_back_at_most_three_times() {
    let d = big_deck(1);
    let mut s = in_deck_order();
    start(&mut s, &d, Mode::Practice, Source::All, 0, T0);
    for _ in 0..5 {
        apply(&mut s, &d, Event::Reveal, T0);
        apply(&mut s, &d, Event::Rate(Rating::Again), T0);
    }
    assert_eq!(s.run.len(), 3);
    assert_eq!(s.screen, Screen::Summary);
}

#[test]
fn the_forward_view_names_the_next_day_with_reviews() {
    use llm_quiz::quiz::next_reviews;
    let d = big_deck(4);
    let mut s = in_deck_order();
    assert_eq!(next_reviews(&s, &d, T0), None, "nothing scheduled");
    start(&mut s, &d, Mode::Practice, Source::All, 0, T0);
    // A new card: Again is due tomorrow; Good and Easy days later.
    for rating in [Rating::Again, Rating::Good, Rating::Good, Rating::Easy] {
        apply(&mut s, &d, Event::Reveal, T0);
        apply(&mut s, &d, Event::Rate(rating), T0);
    }
    let end_of_today = T0 + DAY / 2.0;
    assert_eq!(
        next_reviews(&s, &d, end_of_today),
        Some((1, 1)),
        "1 card tomorrow"
    );
    s.schedule.remove("q0");
    let good = s.schedule["q1"].due;
    let days = ((good - end_of_today) / DAY).ceil() as u32;
    assert!(days > 1);
    assert_eq!(
        next_reviews(&s, &d, end_of_today),
        Some((days, 2)),
        "the two Good cards"
    );
    assert!(s.schedule["q3"].due > good, "Easy waits longer");
    // Due today is not 'next'.
    assert_eq!(next_reviews(&s, &d, good + 1.0).map(|(_, n)| n), Some(1));
}

#[test]
fn practise_one_card_from_the_results_never_replaces_a_practice_run() {
    let d = example();
    let mut s = in_deck_order();
    start(&mut s, &d, Mode::Mock, Source::All, 1, T0);
    apply(&mut s, &d, Event::Finish, T0);
    assert!(apply(
        &mut s,
        &d,
        Event::PractiseOne("sampling-controls".into()),
        T0
    ));
    assert_eq!(
        (s.mode, s.run.as_slice()),
        (Mode::Practice, ["sampling-controls".to_owned()].as_slice())
    );
    // A practice run in progress (on screen or set aside) is not replaced.
    assert!(!apply(
        &mut s,
        &d,
        Event::PractiseOne("next-token".into()),
        T0
    ));
    start(&mut s, &d, Mode::Quiz, Source::All, 0, T0);
    assert!(!apply(
        &mut s,
        &d,
        Event::PractiseOne("next-token".into()),
        T0
    ));
    assert!(!apply(
        &mut s,
        &d,
        Event::PractiseOne("no-such-id".into()),
        T0
    ));
}

#[test]
fn times_up_is_a_rule_of_the_engine_the_self_check_opens_at_the_limit() {
    let d = example();
    let mut s = in_deck_order();
    s.options.mock_seconds = 60;
    start(&mut s, &d, Mode::Mock, Source::All, 5, T0);
    assert!(
        !apply(&mut s, &d, Event::Tick, T0 + 59_000.0),
        "time left: nothing"
    );
    let id = on_screen(&s, &d);
    assert!(!s.answers[&id].revealed);
    assert!(apply(&mut s, &d, Event::Tick, T0 + 60_500.0), "time's up");
    let a = &s.answers[&id];
    assert!(a.revealed, "the self-check opened");
    assert_eq!(s.clock_since, None, "the clock stopped");
    assert!(remaining_ms(&s, &id, T0 + 90_000.0) <= 0.0);
    assert!(!apply(&mut s, &d, Event::Tick, T0 + 61_000.0), "once");
    // A practice card has no clock: ticks change nothing.
    start(&mut s, &d, Mode::Practice, Source::All, 0, T0);
    assert!(!apply(&mut s, &d, Event::Tick, T0 + 10_000_000.0));
}

#[test]
fn a_mode_has_one_name_everywhere() {
    for mode in Mode::ALL {
        assert_eq!(Mode::named(mode.as_str()), Some(mode));
        let saved = serde_json::to_value(mode).unwrap_or_default();
        assert_eq!(
            saved,
            serde_json::json!(mode.as_str()),
            "saved progress names it the same"
        );
    }
    assert_eq!(Mode::named("exam"), None);
}

#[test]
fn rating_counts_count_each_card_once_with_its_last_rating() {
    use llm_quiz::quiz::rating_counts;
    let d = big_deck(4);
    let mut s = in_deck_order();
    start(&mut s, &d, Mode::Practice, Source::All, 0, T0);
    for rating in [Rating::Again, Rating::Good, Rating::Easy] {
        apply(&mut s, &d, Event::Reveal, T0);
        apply(&mut s, &d, Event::Rate(rating), T0);
    }
    // q0 (Again) waits at the end of the run; q3 is not rated yet.
    assert_eq!(rating_counts(&s), [1, 0, 1, 1, 1]);
    apply(&mut s, &d, Event::Next, T0);
    assert_eq!(on_screen(&s, &d), "q0", "Again came back");
    apply(&mut s, &d, Event::Reveal, T0);
    apply(&mut s, &d, Event::Rate(Rating::Hard), T0);
    assert_eq!(
        rating_counts(&s),
        [0, 1, 1, 1, 1],
        "the card counts once, as Hard now"
    );
}

//! The interface in English.

use super::*;

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
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

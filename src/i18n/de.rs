//! The interface in German.

use super::*;

const DE_MONTHS: [&str; 12] = [
    "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.",
];

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

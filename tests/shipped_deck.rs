//! The editorial rules of our own deck (stricter than the format allows for
//! authors' decks): 300+ questions over every interview area, every seed topic,
//! answer lengths, 4 options, and multiple choice that cannot be passed by the
//! shape of its options.

use llm_quiz::deck;
use std::collections::{HashMap, HashSet};

fn shipped() -> deck::Deck {
    match deck::embedded() {
        Ok(d) => d,
        Err(e) => panic!("questions.json invalid: {e:?}"),
    }
}

/// The areas a 2026 LLM-engineering interview covers: each has at least 12
/// questions, at every difficulty.
const AREAS: [&str; 23] = [
    "tokenization",
    "architecture",
    "moe",
    "training",
    "distributed-training",
    "fine-tuning",
    "alignment",
    "inference",
    "efficiency",
    "quantization",
    "gpu-performance",
    "prompting",
    "retrieval",
    "embeddings",
    "agents",
    "evaluation",
    "hallucination",
    "security",
    "reasoning",
    "multimodal",
    "system-design",
    "llmops",
    "cost-estimation",
];

#[test]
fn three_hundred_questions_cover_every_area_at_every_level() {
    let d = shipped();
    assert!(
        d.questions.len() >= 300,
        "only {} questions",
        d.questions.len()
    );
    let mut per: HashMap<(&str, u8), usize> = HashMap::new();
    for q in &d.questions {
        *per.entry((q.topic.as_str(), q.difficulty)).or_default() += 1;
    }
    let mut problems = Vec::new();
    for t in &d.topics {
        let counts: Vec<usize> = (1..=3)
            .map(|l| per.get(&(t.id.as_str(), l)).copied().unwrap_or(0))
            .collect();
        let total: usize = counts.iter().sum();
        if AREAS.contains(&t.id.as_str()) && total < 12 {
            problems.push(format!("{}: {total} questions (12)", t.id));
        }
        if counts.contains(&0) {
            problems.push(format!("{}: {counts:?} per difficulty", t.id));
        }
    }
    for area in AREAS {
        if !d.topics.iter().any(|t| t.id == area) {
            problems.push(format!("no topic `{area}`"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_sixteen_seed_topics_are_kept() {
    let d = shipped();
    let seed = d
        .questions
        .iter()
        .filter(|q| q.source.as_deref() == Some("seed"))
        .count();
    assert!(seed >= 16, "only {seed} seed questions");
    let seed_ids = [
        "what-is-an-llm",
        "gpt-architecture",
        "context-and-generation",
        "training-challenges",
        "bias-in-generation",
        "ethics-in-production",
        "long-range-dependencies",
        "fine-tuning-techniques",
        "out-of-vocabulary",
        "scalability-limits",
        "multimodal-inputs",
        "production-security-risks",
        "transfer-learning",
        "reducing-compute-cost",
        "diverse-coherent-outputs",
        "recent-advances",
    ];
    for id in seed_ids {
        let q = d
            .question(id)
            .unwrap_or_else(|| panic!("seed topic `{id}` missing"));
        assert_eq!(q.source.as_deref(), Some("seed"), "{id}");
    }
}

#[test]
fn every_question_meets_the_editorial_rules() {
    let d = shipped();
    let mut problems = Vec::new();
    for q in &d.questions {
        let words = q.model_answer.split_whitespace().count();
        if !(60..=180).contains(&words) {
            problems.push(format!("{}: model_answer has {words} words (60–180)", q.id));
        }
        if !(3..=6).contains(&q.key_points.len()) {
            problems.push(format!("{}: {} key points (3–6)", q.id, q.key_points.len()));
        }
        if q.choices.len() != 4 {
            problems.push(format!("{}: {} choices (4)", q.id, q.choices.len()));
        }
        let all_text = [&q.prompt, &q.why_asked, &q.model_answer]
            .into_iter()
            .chain(&q.key_points)
            .chain(q.choices.iter().flat_map(|c| [&c.text, &c.explanation]));
        for t in all_text {
            if t.contains('<') && t.contains('>') && !t.contains('`') {
                problems.push(format!(
                    "{}: looks like HTML outside a code span: {t}",
                    q.id
                ));
            }
            if t.matches('`').count() % 2 == 1 {
                problems.push(format!("{}: unpaired backtick in: {t}", q.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// "Always pick the longest" must not pass the quiz: the correct option is the
/// strictly longest in at most 30% of single-answer questions (chance is 25%).
#[test]
fn the_longest_option_is_no_tell() {
    let d = shipped();
    let single: Vec<&deck::Question> = d.questions.iter().filter(|q| !q.is_multi()).collect();
    let longest: Vec<&str> = single
        .iter()
        .filter(|q| {
            let len = |c: &deck::Choice| c.text.chars().count();
            q.choices.iter().filter(|c| c.correct).all(|right| {
                q.choices
                    .iter()
                    .filter(|c| !c.correct)
                    .all(|wrong| len(right) > len(wrong))
            })
        })
        .map(|q| q.id.as_str())
        .collect();
    let share = longest.len() as f64 / single.len().max(1) as f64;
    assert!(
        share <= 0.30,
        "the correct option is the longest in {:.0}% of {} single-answer questions: {longest:?}",
        share * 100.0,
        single.len()
    );
}

/// Select-all questions are marked, and vary between 1, 2 and 3 correct options
/// (each at least a fifth of them), so the count is no clue either.
#[test]
fn select_all_questions_vary_their_number_of_right_options() {
    let d = shipped();
    let mut by_count: HashMap<usize, usize> = HashMap::new();
    let mut problems = Vec::new();
    for q in &d.questions {
        let right = q.choices.iter().filter(|c| c.correct).count();
        if right > 1 && !q.multi {
            problems.push(format!("{}: {right} right options but no `multi`", q.id));
        }
        if q.multi {
            *by_count.entry(right).or_default() += 1;
        }
    }
    let multi: usize = by_count.values().sum();
    assert!(
        multi * 6 >= d.questions.len(),
        "only {multi} select-all questions"
    );
    for n in 1..=3 {
        let k = by_count.get(&n).copied().unwrap_or(0);
        if k * 5 < multi {
            problems.push(format!(
                "{k} of {multi} select-all questions have {n} right"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The single right option sits in each of the four places at least 15% of the time.
#[test]
fn the_right_option_moves_around() {
    let d = shipped();
    let mut at = [0usize; 4];
    let mut single = 0;
    for q in d.questions.iter().filter(|q| !q.is_multi()) {
        single += 1;
        if let Some(slot) = q
            .choices
            .iter()
            .position(|c| c.correct)
            .and_then(|p| at.get_mut(p))
        {
            *slot += 1;
        }
    }
    assert!(
        at.iter().all(|&n| n * 100 >= single * 15),
        "{at:?} of {single}"
    );
}

fn words(t: &str) -> HashSet<String> {
    t.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(str::to_lowercase)
        .collect()
}

/// No two questions ask nearly the same thing (word overlap of their prompts).
#[test]
fn no_near_duplicate_prompts() {
    let d = shipped();
    let prompts: Vec<(&str, HashSet<String>)> = d
        .questions
        .iter()
        .map(|q| (q.id.as_str(), words(&q.prompt)))
        .collect();
    let mut close = Vec::new();
    for (i, (a, wa)) in prompts.iter().enumerate() {
        for (b, wb) in prompts.iter().skip(i + 1) {
            let shared = wa.intersection(wb).count();
            let all = wa.union(wb).count().max(1);
            if shared * 10 > all * 6 {
                close.push(format!("{a} / {b}"));
            }
        }
    }
    assert!(
        close.is_empty(),
        "near-duplicate prompts:\n{}",
        close.join("\n")
    );
}

/// The quiz asks multiple-choice questions as such (`quiz_prompt`), and every
/// question naming a standard, benchmark, format or model family that ages says
/// when it was true (`as_of`).
#[test]
fn quiz_stems_and_dates_on_facts_that_age() {
    let d = shipped();
    let dated = [
        "OWASP",
        "MCP",
        "MXFP4",
        "NVFP4",
        "EU AI Act",
        "MTEB",
        "SWE-bench",
        "DeepSeek",
        "Llama",
        "Qwen",
        "gpt-oss",
        "Blackwell",
        "Hopper",
        "H100",
        "B200",
    ];
    let mut problems = Vec::new();
    for q in &d.questions {
        if q.quiz_prompt.is_none() {
            problems.push(format!("{}: no quiz_prompt", q.id));
        }
        let text = [&q.prompt, &q.model_answer]
            .into_iter()
            .chain(q.choices.iter().map(|c| &c.text));
        let named: Vec<&str> = text
            .flat_map(|t| dated.iter().filter(|n| t.contains(*n)).copied())
            .collect();
        if let Some(name) = named.first()
            && q.as_of.is_none()
        {
            problems.push(format!("{}: names {name} but has no as_of", q.id));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The deck is written in our own words: no run of 7 words of the seed page's
/// text appears in it. (Skipped, with a note, where `../shared/seed` is absent.)
#[test]
fn no_run_of_seven_words_is_copied_from_the_seed() {
    let seed_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/seed/000_920358ce3ca4f365.txt"
    );
    let Ok(seed) = std::fs::read_to_string(seed_path) else {
        eprintln!("seed not found at {seed_path}: overlap check skipped");
        return;
    };
    fn words(t: &str) -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }
    let n = 7;
    let seed_words = words(&seed);
    let shingles: HashSet<&[String]> = seed_words.windows(n).collect();
    let mut copied = Vec::new();
    for q in &shipped().questions {
        let texts = [&q.prompt, &q.why_asked, &q.model_answer]
            .into_iter()
            .chain(&q.key_points)
            .chain(q.choices.iter().flat_map(|c| [&c.text, &c.explanation]));
        for t in texts {
            let w = words(t);
            if let Some(hit) = w.windows(n).find(|s| shingles.contains(s)) {
                copied.push(format!("{}: \"{}\"", q.id, hit.join(" ")));
            }
        }
    }
    assert!(
        copied.is_empty(),
        "copied from the seed:\n{}",
        copied.join("\n")
    );
}

#[test]
fn the_source_deck_is_questions_json_minified() {
    let readable: serde_json::Value = match serde_json::from_str(include_str!("../questions.json"))
    {
        Ok(v) => v,
        Err(e) => panic!("questions.json: {e}"),
    };
    let embedded: serde_json::Value = match serde_json::from_str(llm_quiz::deck::EMBEDDED_DECK) {
        Ok(v) => v,
        Err(e) => panic!("embedded deck: {e}"),
    };
    assert_eq!(embedded, readable, "same content");
    assert!(!llm_quiz::deck::EMBEDDED_DECK.contains("\n  "), "minified");
    assert!(llm_quiz::deck::EMBEDDED_DECK.len() < include_str!("../questions.json").len());
}

//! Schema 3: the compact form of the saved `state`, so that progress on a
//! 10,000-question deck stays well under 1 MB (issue #8).
//!
//! The fields of [`QuizState`] keep their names, but defaults are left out and
//! times are written as whole milliseconds (`1764166193000`, not
//! `1764166193000.0`). The three per-question maps (`answers`, `tally`,
//! `schedule`) become one table, `questions`, stored by column, so that each id
//! is written once:
//!
//! | column | per question | when left out |
//! | --- | --- | --- |
//! | `id` | the question id | — |
//! | `base` | (one number) added to every `at`, `last_review` and `due` | 0 |
//! | `flags` | `null`: no answer; else 1 = checked + 2 = revealed | no answers |
//! | `at` | answer time | all 0 |
//! | `selected`, `covered` | option / key point indices | all empty |
//! | `rating` | 0 none, 1 again, 2 hard, 3 good, 4 easy | all 0 |
//! | `spent` | mock: ms spent | all 0 |
//! | `attempts` | `null`: no tally; else all-time attempts | no tally |
//! | `correct` | all-time correct answers | all 0 |
//! | `reps` | `null`: no schedule; else FSRS reviews | no schedule |
//! | `lapses`, `stability`, `difficulty` | FSRS memory (stability and difficulty to 5 significant digits) | all 0 |
//! | `last_review` | last review time | every one equals its row's `at` |
//! | `interval` | whole days from `last_review` to the due date | written as `due` instead when some interval is not whole days |
//! | `due` | next review time | `interval` is written |
//!
//! `run` holds indices into `id` (an id without a row is written as a string).
//! `parked` lists the runs of other modes set aside (issue #18), as the fields
//! of [`crate::quiz::Parked`] (run ids as strings, answers as in schema 1–2):
//! at most two short runs, so plain serde costs less WASM than a compact form.
//! Unknown state fields are written back as they are.

use crate::quiz::fsrs::{DAY_MS, Memory, Rating};
use crate::quiz::{Answer, Mode, Options, Parked, QuizState, Screen, Tally};
use serde::de::DeserializeOwned;
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// State fields of schema 3; unknown fields with these names are not written back.
const KNOWN: [&str; 14] = [
    "screen",
    "mode",
    "run",
    "position",
    "completed",
    "seed",
    "options",
    "parked",
    "bookmarks",
    "drafts",
    "clock_since",
    "updated_at",
    "reset_at",
    "questions",
];

/// Integers up to this size are exact in an `f64`.
const SAFE: f64 = 9_007_199_254_740_992.0;

/// A number (times in ms, FSRS floats), written as an integer when it is whole.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Num(f64);

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.fract() == 0.0 && self.0.abs() < SAFE {
            s.serialize_i64(self.0 as i64)
        } else if self.0.is_finite() {
            s.serialize_f64(self.0)
        } else {
            // JSON has no infinity or NaN (serde_json would write `null`, which
            // does not read back as a number): the nearest finite value, or 0.
            s.serialize_f64(if self.0.is_nan() {
                0.0
            } else {
                self.0.clamp(f64::MIN, f64::MAX)
            })
        }
    }
}

/// The one number encoder of saved progress, for `serialize_with`: whole
/// milliseconds without a `.0`, and never `null` for NaN or infinity.
pub(crate) fn whole_ms<S: Serializer>(ms: &f64, s: S) -> Result<S::Ok, S::Error> {
    Num(*ms).serialize(s)
}

/// `x` to 5 significant digits (FSRS stability and difficulty: the weights that
/// compute them have fewer). Values outside `0.001..1e6`, which the scheduler
/// never produces, are left as they are.
fn round5(x: f64) -> f64 {
    let size = x.abs();
    if !(1e-3..1e6).contains(&size) {
        return x;
    }
    let k = 4 - size.log10().floor() as i32;
    if k >= 0 {
        let p = 10f64.powi(k);
        (x * p).round() / p
    } else {
        let p = 10f64.powi(-k);
        (x / p).round() * p
    }
}

fn rating_code(r: Option<Rating>) -> u8 {
    match r {
        None => 0,
        Some(Rating::Again) => 1,
        Some(Rating::Hard) => 2,
        Some(Rating::Good) => 3,
        Some(Rating::Easy) => 4,
    }
}

fn rating_of(code: u8) -> Result<Option<Rating>, String> {
    Ok(match code {
        0 => None,
        1 => Some(Rating::Again),
        2 => Some(Rating::Hard),
        3 => Some(Rating::Good),
        4 => Some(Rating::Easy),
        n => return Err(format!("rating {n}")),
    })
}

const CHECKED: u8 = 1;
const REVEALED: u8 = 2;

fn all_default<T: Default + PartialEq>(column: &[T]) -> bool {
    column.iter().all(|x| *x == T::default())
}

/// The `questions` table as it is written.
#[derive(Serialize, Default)]
struct TableOut<'a> {
    id: Vec<&'a str>,
    #[serde(skip_serializing_if = "is_zero")]
    base: Num,
    #[serde(skip_serializing_if = "all_default")]
    flags: Vec<Option<u8>>,
    #[serde(skip_serializing_if = "all_default")]
    at: Vec<Num>,
    #[serde(skip_serializing_if = "all_default")]
    selected: Vec<&'a [usize]>,
    #[serde(skip_serializing_if = "all_default")]
    covered: Vec<&'a [usize]>,
    #[serde(skip_serializing_if = "all_default")]
    rating: Vec<u8>,
    #[serde(skip_serializing_if = "all_default")]
    spent: Vec<Num>,
    #[serde(skip_serializing_if = "all_default")]
    attempts: Vec<Option<u32>>,
    #[serde(skip_serializing_if = "all_default")]
    correct: Vec<u32>,
    #[serde(skip_serializing_if = "all_default")]
    reps: Vec<Option<u32>>,
    #[serde(skip_serializing_if = "all_default")]
    lapses: Vec<u32>,
    #[serde(skip_serializing_if = "all_default")]
    stability: Vec<Num>,
    #[serde(skip_serializing_if = "all_default")]
    difficulty: Vec<Num>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_review: Option<Vec<Num>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    interval: Option<Vec<Num>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    due: Option<Vec<Num>>,
}

fn is_zero(base: &Num) -> bool {
    base.0 == 0.0
}

/// The ids of `a` and `b` (both sorted), sorted and without repeats.
fn union<'a>(a: Vec<&'a str>, b: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out = Vec::with_capacity(a.len());
    let mut a = a.into_iter().peekable();
    let mut b = b.peekable();
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if x == y => {
                b.next();
                a.next()
            }
            (Some(x), Some(y)) if x < y => a.next(),
            (Some(_), Some(_)) | (None, Some(_)) => b.next(),
            (Some(_), None) => a.next(),
            (None, None) => break,
        };
        out.extend(next);
    }
    out
}

/// The next value of a sorted map iterator if its key is `id`.
fn take_if<'a, V>(
    it: &mut std::iter::Peekable<std::collections::btree_map::Iter<'a, String, V>>,
    id: &str,
) -> Option<&'a V> {
    if it.peek().is_some_and(|(k, _)| k.as_str() == id) {
        it.next().map(|(_, v)| v)
    } else {
        None
    }
}

impl<'a> TableOut<'a> {
    fn new(s: &'a QuizState) -> Self {
        let ids = union(
            union(
                s.answers.keys().map(String::as_str).collect(),
                s.tally.keys().map(String::as_str),
            ),
            s.schedule.keys().map(String::as_str),
        );
        let n = ids.len();
        let mut t = TableOut {
            flags: Vec::with_capacity(n),
            at: Vec::with_capacity(n),
            selected: Vec::with_capacity(n),
            covered: Vec::with_capacity(n),
            rating: Vec::with_capacity(n),
            spent: Vec::with_capacity(n),
            attempts: Vec::with_capacity(n),
            correct: Vec::with_capacity(n),
            reps: Vec::with_capacity(n),
            lapses: Vec::with_capacity(n),
            stability: Vec::with_capacity(n),
            difficulty: Vec::with_capacity(n),
            ..TableOut::default()
        };
        let (mut answers, mut tally, mut schedule) = (
            s.answers.iter().peekable(),
            s.tally.iter().peekable(),
            s.schedule.iter().peekable(),
        );
        // Times of the rows, to pick `base`, `last_review` and `interval`.
        let mut memories: Vec<(usize, &Memory)> = Vec::new();
        let mut times: Vec<f64> = Vec::with_capacity(n);
        let mut last_is_at = true;
        let mut whole_days = true;
        for (row, id) in ids.iter().enumerate() {
            let answer = take_if(&mut answers, id);
            match answer {
                Some(a) => {
                    let flags = (u8::from(a.checked) * CHECKED) | (u8::from(a.revealed) * REVEALED);
                    t.flags.push(Some(flags));
                    t.at.push(Num(a.at));
                    times.push(a.at);
                    t.selected.push(&a.selected);
                    t.covered.push(&a.covered);
                    t.rating.push(rating_code(a.rating));
                    t.spent.push(Num(a.spent_ms));
                }
                None => {
                    t.flags.push(None);
                    t.at.push(Num(0.0));
                    t.selected.push(&[]);
                    t.covered.push(&[]);
                    t.rating.push(0);
                    t.spent.push(Num(0.0));
                }
            }
            let tally = take_if(&mut tally, id);
            t.attempts.push(tally.map(|t| t.attempts));
            t.correct.push(tally.map_or(0, |t| t.correct));
            let memory = take_if(&mut schedule, id);
            t.reps.push(memory.map(|m| m.reps));
            t.lapses.push(memory.map_or(0, |m| m.lapses));
            t.stability
                .push(Num(memory.map_or(0.0, |m| round5(m.stability))));
            t.difficulty
                .push(Num(memory.map_or(0.0, |m| round5(m.difficulty))));
            if let Some(m) = memory {
                memories.push((row, m));
                last_is_at &= answer.is_some_and(|a| a.at == m.last_review);
                let days = (m.due - m.last_review) / DAY_MS;
                whole_days &= days.fract() == 0.0
                    && days.abs() < 1e9
                    && m.last_review + days * DAY_MS == m.due;
            }
        }
        for (_, m) in &memories {
            if !last_is_at {
                times.push(m.last_review);
            }
            if !whole_days {
                times.push(m.due);
            }
        }
        // Offsets from the earliest time are shorter; only when they are exact.
        let base = if times
            .iter()
            .all(|x| x.fract() == 0.0 && (0.0..SAFE).contains(x))
        {
            times.iter().copied().fold(f64::INFINITY, f64::min)
        } else {
            0.0
        };
        let base = if base.is_finite() { base } else { 0.0 };
        t.base = Num(base);
        for (at, flags) in t.at.iter_mut().zip(&t.flags) {
            if flags.is_some() {
                at.0 -= base;
            }
        }
        let column = |value: fn(&Memory) -> f64, shift: f64| -> Vec<Num> {
            let mut out = vec![Num(0.0); n];
            for (row, m) in &memories {
                if let Some(x) = out.get_mut(*row) {
                    *x = Num(value(m) - shift);
                }
            }
            out
        };
        if !last_is_at {
            t.last_review = Some(column(|m| m.last_review, base));
        }
        if whole_days {
            t.interval =
                Some(column(|m| (m.due - m.last_review) / DAY_MS, 0.0)).filter(|c| !all_default(c));
        } else {
            t.due = Some(column(|m| m.due, base));
        }
        t.id = ids;
        t
    }
}

/// A `run` entry: an index into the `id` column, or an id without a row.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum RunEntry<'a> {
    Row(usize),
    Id(std::borrow::Cow<'a, str>),
}

/// `run`: indices into the `id` column where the id has a row.
fn run_entries<'a>(run: &'a [String], ids: &[&str]) -> Vec<RunEntry<'a>> {
    run.iter()
        .map(|id| match ids.binary_search(&id.as_str()) {
            Ok(row) => RunEntry::Row(row),
            Err(_) => RunEntry::Id(id.as_str().into()),
        })
        .collect()
}

/// The ids of run entries read back.
fn run_ids(run: Vec<RunEntry<'_>>, ids: &[String]) -> Result<Vec<String>, String> {
    run.into_iter()
        .map(|entry| match entry {
            RunEntry::Row(row) => ids
                .get(row)
                .cloned()
                .ok_or_else(|| format!("state.run: no question {row}")),
            RunEntry::Id(id) => Ok(id.into_owned()),
        })
        .collect()
}

/// Schema 3 `state`, written from a borrowed [`QuizState`] (nothing is cloned).
pub(crate) struct Compact<'a>(pub &'a QuizState);

impl Serialize for Compact<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let s = self.0;
        let mut map = ser.serialize_map(None)?;
        if s.screen != Screen::default() {
            map.serialize_entry("screen", &s.screen)?;
        }
        if s.mode != Mode::default() {
            map.serialize_entry("mode", &s.mode)?;
        }
        let table = TableOut::new(s);
        if !s.run.is_empty() {
            map.serialize_entry("run", &run_entries(&s.run, &table.id))?;
        }
        if s.position != 0 {
            map.serialize_entry("position", &s.position)?;
        }
        if s.completed {
            map.serialize_entry("completed", &s.completed)?;
        }
        if s.seed != 0 {
            map.serialize_entry("seed", &s.seed)?;
        }
        if s.options != Options::default() {
            map.serialize_entry("options", &s.options)?;
        }
        if !s.parked.is_empty() {
            map.serialize_entry("parked", &s.parked)?;
        }
        if !s.bookmarks.is_empty() {
            map.serialize_entry("bookmarks", &s.bookmarks)?;
        }
        if !s.drafts.is_empty() {
            map.serialize_entry("drafts", &s.drafts)?;
        }
        if let Some(since) = s.clock_since {
            map.serialize_entry("clock_since", &Num(since))?;
        }
        if s.updated_at != 0.0 {
            map.serialize_entry("updated_at", &Num(s.updated_at))?;
        }
        if s.reset_at != 0.0 {
            map.serialize_entry("reset_at", &Num(s.reset_at))?;
        }
        if !table.id.is_empty() {
            map.serialize_entry("questions", &table)?;
        }
        for (k, v) in &s.extra {
            if !KNOWN.contains(&k.as_str()) {
                map.serialize_entry(k, v)?;
            }
        }
        map.end()
    }
}

/// The `questions` table as it is read: a missing column takes its defaults.
#[derive(Deserialize, Default)]
#[serde(default)]
struct TableIn {
    id: Vec<String>,
    base: f64,
    flags: Vec<Option<u8>>,
    at: Vec<f64>,
    selected: Vec<Vec<usize>>,
    covered: Vec<Vec<usize>>,
    rating: Vec<u8>,
    spent: Vec<f64>,
    attempts: Vec<Option<u32>>,
    correct: Vec<u32>,
    reps: Vec<Option<u32>>,
    lapses: Vec<u32>,
    stability: Vec<f64>,
    difficulty: Vec<f64>,
    last_review: Option<Vec<f64>>,
    interval: Option<Vec<f64>>,
    due: Option<Vec<f64>>,
}

/// Values of a column, row by row (defaults for a missing one).
fn cells<T: Default>(
    name: &str,
    column: Vec<T>,
    rows: usize,
) -> Result<impl Iterator<Item = T>, String> {
    if !column.is_empty() && column.len() != rows {
        return Err(format!(
            "questions.{name}: {} entries for {rows} questions",
            column.len()
        ));
    }
    Ok(column
        .into_iter()
        .chain(std::iter::repeat_with(T::default))
        .take(rows))
}

type Rows = (
    BTreeMap<String, Answer>,
    BTreeMap<String, Tally>,
    BTreeMap<String, Memory>,
);

impl TableIn {
    fn rows(self) -> Result<Rows, String> {
        let n = self.id.len();
        let base = self.base;
        let mut flags = cells("flags", self.flags, n)?;
        let mut at = cells("at", self.at, n)?;
        let mut selected = cells("selected", self.selected, n)?;
        let mut covered = cells("covered", self.covered, n)?;
        let mut rating = cells("rating", self.rating, n)?;
        let mut spent = cells("spent", self.spent, n)?;
        let mut attempts = cells("attempts", self.attempts, n)?;
        let mut correct = cells("correct", self.correct, n)?;
        let mut reps = cells("reps", self.reps, n)?;
        let mut lapses = cells("lapses", self.lapses, n)?;
        let mut stability = cells("stability", self.stability, n)?;
        let mut difficulty = cells("difficulty", self.difficulty, n)?;
        let has_last = self.last_review.is_some();
        let mut last = cells("last_review", self.last_review.unwrap_or_default(), n)?;
        let has_interval = self.interval.is_some() || self.due.is_none();
        let mut interval = cells("interval", self.interval.unwrap_or_default(), n)?;
        let mut due = cells("due", self.due.unwrap_or_default(), n)?;
        let (mut answers, mut tally, mut schedule) = Rows::default();
        // Offsets and day counts are finite in JSON, but a sum or a product of them
        // may not be: such a table was not written by us, and is refused.
        let finite = |x: f64, column: &str| {
            if x.is_finite() {
                Ok(x)
            } else {
                Err(format!("state.questions.{column}: a time out of range"))
            }
        };
        for id in self.id {
            let at = finite(base + at.next().unwrap_or_default(), "at")?;
            let flags = flags.next().flatten();
            let (selected, covered) = (selected.next(), covered.next());
            let (rating, spent) = (rating.next().unwrap_or_default(), spent.next());
            if let Some(flags) = flags {
                let answer = Answer {
                    selected: selected.unwrap_or_default(),
                    checked: flags & CHECKED != 0,
                    revealed: flags & REVEALED != 0,
                    covered: covered.unwrap_or_default(),
                    rating: rating_of(rating)?,
                    spent_ms: spent.unwrap_or_default(),
                    at,
                };
                answers.insert(id.clone(), answer);
            }
            let correct = correct.next().unwrap_or_default();
            if let Some(attempts) = attempts.next().flatten() {
                tally.insert(id.clone(), Tally { attempts, correct });
            }
            let last_review = if has_last {
                finite(base + last.next().unwrap_or_default(), "last_review")?
            } else {
                at
            };
            let (days, due_at) = (interval.next(), due.next());
            let lapses = lapses.next().unwrap_or_default();
            let (s, d) = (stability.next(), difficulty.next());
            if let Some(reps) = reps.next().flatten() {
                let due = if has_interval {
                    finite(last_review + days.unwrap_or_default() * DAY_MS, "interval")?
                } else {
                    finite(base + due_at.unwrap_or_default(), "due")?
                };
                let memory = Memory {
                    stability: s.unwrap_or_default(),
                    difficulty: d.unwrap_or_default(),
                    due,
                    last_review,
                    reps,
                    lapses,
                };
                schedule.insert(id, memory);
            }
        }
        Ok((answers, tally, schedule))
    }
}

/// Removes `key` from `map` and reads it (its default when missing).
fn field<T: DeserializeOwned + Default>(
    map: &mut Map<String, Value>,
    key: &str,
) -> Result<T, String> {
    match map.remove(key) {
        None => Ok(T::default()),
        Some(v) => serde_json::from_value(v).map_err(|e| format!("state.{key}: {e}")),
    }
}

/// Reads a schema 3 `state`.
pub(crate) fn read(state: Value) -> Result<QuizState, String> {
    let Value::Object(mut map) = state else {
        return Err("state is not an object".into());
    };
    let table: TableIn = field(&mut map, "questions")?;
    let run = run_ids(field(&mut map, "run")?, &table.id)?;
    let parked: Vec<Parked> = field(&mut map, "parked")?;
    let (answers, tally, schedule) = table.rows()?;
    Ok(QuizState {
        screen: field(&mut map, "screen")?,
        mode: field(&mut map, "mode")?,
        run,
        position: field(&mut map, "position")?,
        answers,
        completed: field(&mut map, "completed")?,
        seed: field(&mut map, "seed")?,
        options: field(&mut map, "options")?,
        parked,
        bookmarks: field(&mut map, "bookmarks")?,
        drafts: field(&mut map, "drafts")?,
        schedule,
        tally,
        clock_since: field(&mut map, "clock_since")?,
        updated_at: field(&mut map, "updated_at")?,
        reset_at: field(&mut map, "reset_at")?,
        extra: map,
    })
}

/// Reads a schema 1–2 `state` (the field names of [`QuizState`]). A field named
/// like a schema-3 one cannot be written back, so it is dropped.
pub(crate) fn read_v2(state: Value) -> Result<QuizState, String> {
    let mut s: QuizState = serde_json::from_value(state).map_err(|e| e.to_string())?;
    s.extra.retain(|k, _| !KNOWN.contains(&k.as_str()));
    Ok(s)
}

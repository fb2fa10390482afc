//! FSRS-5 spaced-repetition scheduling, dependency-free (only `serde` derives).
//!
//! A pure port of the **FSRS-5** memory model (Free Spaced Repetition Scheduler, 19 weights)
//! with the *long-term* scheduler of `rs-fsrs` 1.2.1 (`enable_short_term = false`): every
//! review, including the first, schedules whole days (at least one), with no same-day
//! learning steps. Time is plain `f64` milliseconds since the Unix epoch, passed in by the
//! caller; nothing here reads a clock.
//!
//! Two published FSRS-5 generations differ, and both are available as [`Params`]; tests/fsrs.rs
//! checks each against numbers printed by its reference implementation:
//!
//! - [`Params::FSRS5`] (the default, used by [`review`]): FSRS-5 as its authors' reference
//!   implementations compute it today (`fsrs` crate 2.x / fsrs-rs `DEFAULT_PARAMETERS`,
//!   py-fsrs 4.1–5.x `Scheduler`): weights [`WEIGHTS`] (`0.40255, 1.18385, …`),
//!   linear damping of the difficulty step, and post-lapse stability capped at
//!   `S / e^(w17·w18)`.
//! - [`Params::RS_FSRS`]: exactly what the `rs-fsrs` 1.2.1 crate (and py-fsrs 4.0.0)
//!   computes: the first published FSRS-5 weights [`WEIGHTS_RS_FSRS`]
//!   (`0.4072, 1.1829, …`), no linear damping, no lapse cap.
//!
//! Both also use rs-fsrs's interval spreading (`Again ≤ Hard < Good < Easy` for the four
//! possible answers of one review), so the buttons never collapse onto the same day.
//!
//! Formulas (`G` = grade 1..=4, `R` = retrievability at review time, `t` = elapsed whole days):
//!
//! - forgetting curve `R(t, S) = (1 + FACTOR·t/S)^DECAY`, `DECAY = −0.5`, `FACTOR = 19/81`;
//! - interval `I(S) = round(S/FACTOR · (r^(1/DECAY) − 1))` clamped to `1..=36500` days;
//! - `S0(G) = max(w[G−1], 0.1)`, `D0(G) = clamp(w4 − e^(w5·(G−1)) + 1, 1, 10)`;
//! - `ΔD = −w6·(G−3)`, `D' = D + ΔD·(10−D)/9` (linear damping; `D + ΔD` without it),
//!   `D'' = clamp(w7·D0(Easy) + (1−w7)·D', 1, 10)`;
//! - success `S'r = S·(1 + e^w8·(11−D)·S^(−w9)·(e^(w10·(1−R)) − 1)·[w15 if Hard]·[w16 if Easy])`;
//! - lapse `S'f = w11·D^(−w12)·((S+1)^w13 − 1)·e^(w14·(1−R))`, capped at `S/e^(w17·w18)`
//!   where [`Params::cap_forget_stability`] is set;
//! - stability is kept in `0.01..=36500` (fsrs-rs's `S_MIN`/`S_MAX`).
//!
//! Saved data may be corrupt: every input is sanitised (a memory whose stability is not a
//! positive finite number, or whose difficulty is not finite, is rescheduled as a new card;
//! non-finite `now` counts as the epoch; reviews "before" the last one count as 0 days
//! elapsed), so nothing here panics and every due date is at or after `now`.

use serde::{Deserialize, Serialize};

/// How well the learner recalled the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    /// Forgotten: shown again soon.
    Again,
    /// Recalled with effort.
    Hard,
    /// Recalled.
    Good,
    /// Recalled without effort.
    Easy,
}

impl Rating {
    /// The four ratings, worst first.
    pub const ALL: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

    /// The FSRS grade `G`: Again 1, Hard 2, Good 3, Easy 4.
    pub const fn grade(self) -> f64 {
        match self {
            Rating::Again => 1.0,
            Rating::Hard => 2.0,
            Rating::Good => 3.0,
            Rating::Easy => 4.0,
        }
    }
}

/// What the scheduler remembers about one question.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Memory {
    /// Days until retrievability falls to 90 %.
    pub stability: f64,
    /// 1 (easy) ..= 10 (hard).
    pub difficulty: f64,
    /// Next review, ms since the Unix epoch.
    pub due: f64,
    /// Last review, ms since the Unix epoch.
    pub last_review: f64,
    /// Reviews so far.
    pub reps: u32,
    /// Times rated Again after the first review.
    pub lapses: u32,
}

/// Target probability of recall at the due date.
pub const DESIRED_RETENTION: f64 = 0.9;
/// Longest interval, in days (100 years).
pub const MAXIMUM_INTERVAL_DAYS: f64 = 36_500.0;
/// Exponent of the FSRS-5 power forgetting curve.
pub const DECAY: f64 = -0.5;
/// `0.9^(1/DECAY) − 1 = 19/81`, so that `R(S, S) = 0.9`.
pub const FACTOR: f64 = 19.0 / 81.0;
/// Milliseconds in a day.
pub const DAY_MS: f64 = 86_400_000.0;
/// Bounds on stability, in days (fsrs-rs's `S_MIN` and `S_MAX`): the shortest…
pub const MIN_STABILITY: f64 = 0.01;
/// …and the longest (100 years).
pub const MAX_STABILITY: f64 = 36_500.0;

/// FSRS-5 default weights as shipped by the `fsrs` crate (fsrs-rs 2.x `DEFAULT_PARAMETERS`)
/// and py-fsrs 4.1–5.x.
pub const WEIGHTS: [f64; 19] = [
    0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925,
    1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621,
];

/// The first published FSRS-5 default weights, as in `rs-fsrs` 1.2.1 (`DEFAULT_WEIGHTS`)
/// and py-fsrs 4.0.0.
pub const WEIGHTS_RS_FSRS: [f64; 19] = [
    0.4072, 1.1829, 3.1262, 15.4722, 7.2102, 0.5316, 1.0651, 0.0234, 1.616, 0.1544, 1.0824, 1.9813,
    0.0953, 0.2975, 2.2042, 0.2407, 2.9466, 0.5034, 0.6567,
];

/// Scheduler settings. [`review`] uses [`Params::FSRS5`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// The 19 FSRS-5 model weights.
    pub weights: [f64; 19],
    /// The recall probability at which a card falls due (0.9: 90 %).
    pub desired_retention: f64,
    /// No interval is longer than this many days.
    pub maximum_interval_days: f64,
    /// Scale the difficulty step by `(10 − D)/9` (FSRS-5 as in fsrs-rs and py-fsrs ≥ 4.1).
    pub linear_damping: bool,
    /// Cap post-lapse stability at `S / e^(w17·w18)` (fsrs-rs, py-fsrs ≥ 4.1).
    pub cap_forget_stability: bool,
    /// Keep the four answers' intervals apart: `Again ≤ Hard`, `Hard < Good < Easy`
    /// (rs-fsrs / ts-fsrs long-term scheduler).
    pub spread_intervals: bool,
}

impl Params {
    /// FSRS-5 as fsrs-rs 2.x and py-fsrs 4.1–5.x compute it, with rs-fsrs's interval spreading.
    pub const FSRS5: Params = Params {
        weights: WEIGHTS,
        desired_retention: DESIRED_RETENTION,
        maximum_interval_days: MAXIMUM_INTERVAL_DAYS,
        linear_damping: true,
        cap_forget_stability: true,
        spread_intervals: true,
    };

    /// Bit-for-bit the `rs-fsrs` 1.2.1 long-term scheduler with default parameters, no fuzz.
    pub const RS_FSRS: Params = Params {
        weights: WEIGHTS_RS_FSRS,
        desired_retention: DESIRED_RETENTION,
        maximum_interval_days: MAXIMUM_INTERVAL_DAYS,
        linear_damping: false,
        cap_forget_stability: false,
        spread_intervals: true,
    };
}

impl Default for Params {
    fn default() -> Self {
        Params::FSRS5
    }
}

/// Records a review of one question at `now_ms`; `None` is the first review of a new card.
pub fn review(memory: Option<&Memory>, rating: Rating, now_ms: f64) -> Memory {
    review_with(&Params::FSRS5, memory, rating, now_ms)
}

/// The memory each of the four ratings would give, in [`Rating::ALL`] order.
pub fn preview(memory: Option<&Memory>, now_ms: f64) -> [Memory; 4] {
    preview_with(&Params::FSRS5, memory, now_ms)
}

/// Probability of recalling the answer at `now_ms` (0 for a card with no usable memory).
/// Elapsed time counts in whole days, as the scheduler does.
pub fn retrievability(memory: &Memory, now_ms: f64) -> f64 {
    match usable(memory) {
        Some((stability, _)) => forgetting_curve(
            elapsed_days(memory.last_review, sane_now(now_ms)),
            stability,
        ),
        None => 0.0,
    }
}

/// Whether the question is due at `now_ms`. A non-finite due date counts as due.
pub fn is_due(memory: &Memory, now_ms: f64) -> bool {
    !memory.due.is_finite() || memory.due <= sane_now(now_ms)
}

/// Next interval for a card of this stability at [`DESIRED_RETENTION`]: whole days,
/// `1..=36500`.
pub fn interval_days(stability: f64) -> f64 {
    next_interval(&Params::FSRS5, stability)
}

/// `R(t, S) = (1 + FACTOR·t/S)^DECAY`, in `0..=1`; `t` in days.
pub fn forgetting_curve(elapsed_days: f64, stability: f64) -> f64 {
    let t = clamp(elapsed_days, 0.0, f64::MAX);
    let s = clamp(stability, MIN_STABILITY, MAX_STABILITY);
    clamp((1.0 + FACTOR * t / s).powf(DECAY), 0.0, 1.0)
}

/// [`review`] with other settings.
pub fn review_with(
    params: &Params,
    memory: Option<&Memory>,
    rating: Rating,
    now_ms: f64,
) -> Memory {
    let now = sane_now(now_ms);
    let step = Step::new(params, memory, now);
    let stability = step.stability(rating);
    let days = if params.spread_intervals {
        let [again, hard, good, easy] =
            Rating::ALL.map(|r| next_interval(params, step.stability(r)));
        let [again, hard, good, easy] = spread(params, [again, hard, good, easy]);
        match rating {
            Rating::Again => again,
            Rating::Hard => hard,
            Rating::Good => good,
            Rating::Easy => easy,
        }
    } else {
        next_interval(params, stability)
    };
    step.finish(rating, stability, days)
}

/// [`preview`] with other settings.
pub fn preview_with(params: &Params, memory: Option<&Memory>, now_ms: f64) -> [Memory; 4] {
    Rating::ALL.map(|r| review_with(params, memory, r, now_ms))
}

/// One review in progress: the sanitised previous state.
struct Step<'a> {
    params: &'a Params,
    /// `(stability, difficulty, retrievability)` of a card with a usable memory.
    previous: Option<(f64, f64, f64)>,
    reps: u32,
    lapses: u32,
    now: f64,
}

impl<'a> Step<'a> {
    fn new(params: &'a Params, memory: Option<&Memory>, now: f64) -> Self {
        let previous = memory.and_then(|m| {
            usable(m).map(|(s, d)| (s, d, forgetting_curve(elapsed_days(m.last_review, now), s)))
        });
        Step {
            params,
            previous,
            reps: memory.map_or(0, |m| m.reps),
            lapses: memory.map_or(0, |m| m.lapses),
            now,
        }
    }

    fn stability(&self, rating: Rating) -> f64 {
        let s = match self.previous {
            None => initial_stability(self.params, rating),
            Some((s, d, r)) => match rating {
                Rating::Again => forget_stability(self.params, d, s, r),
                _ => recall_stability(self.params, d, s, r, rating),
            },
        };
        clamp(s, MIN_STABILITY, MAX_STABILITY)
    }

    fn difficulty(&self, rating: Rating) -> f64 {
        match self.previous {
            None => initial_difficulty(self.params, rating),
            Some((_, d, _)) => next_difficulty(self.params, d, rating),
        }
    }

    fn finish(&self, rating: Rating, stability: f64, days: f64) -> Memory {
        let lapsed = self.previous.is_some() && rating == Rating::Again;
        Memory {
            stability,
            difficulty: self.difficulty(rating),
            due: self.now + days * DAY_MS,
            last_review: self.now,
            reps: self.reps.saturating_add(1),
            lapses: self.lapses.saturating_add(u32::from(lapsed)),
        }
    }
}

/// `(stability, difficulty)` clamped into range, or `None` when the memory is unusable.
fn usable(memory: &Memory) -> Option<(f64, f64)> {
    let ok =
        memory.stability.is_finite() && memory.stability > 0.0 && memory.difficulty.is_finite();
    ok.then(|| {
        (
            clamp(memory.stability, MIN_STABILITY, MAX_STABILITY),
            clamp(memory.difficulty, 1.0, 10.0),
        )
    })
}

fn sane_now(now_ms: f64) -> f64 {
    if now_ms.is_finite() { now_ms } else { 0.0 }
}

/// Whole days from `last_ms` to `now_ms`, never negative (0 for a corrupt `last_ms`).
fn elapsed_days(last_ms: f64, now_ms: f64) -> f64 {
    if !last_ms.is_finite() {
        return 0.0;
    }
    clamp(((now_ms - last_ms) / DAY_MS).floor(), 0.0, f64::MAX)
}

fn initial_stability(params: &Params, rating: Rating) -> f64 {
    let [w0, w1, w2, w3, ..] = params.weights;
    let s = match rating {
        Rating::Again => w0,
        Rating::Hard => w1,
        Rating::Good => w2,
        Rating::Easy => w3,
    };
    s.max(0.1)
}

fn initial_difficulty(params: &Params, rating: Rating) -> f64 {
    let [_, _, _, _, w4, w5, ..] = params.weights;
    clamp(w4 - (w5 * (rating.grade() - 1.0)).exp() + 1.0, 1.0, 10.0)
}

fn next_difficulty(params: &Params, difficulty: f64, rating: Rating) -> f64 {
    let [_, _, _, _, _, _, w6, w7, ..] = params.weights;
    let delta = -w6 * (rating.grade() - 3.0);
    let damped = if params.linear_damping {
        delta * (10.0 - difficulty) / 9.0
    } else {
        delta
    };
    let target = initial_difficulty(params, Rating::Easy);
    clamp(w7 * target + (1.0 - w7) * (difficulty + damped), 1.0, 10.0)
}

fn recall_stability(params: &Params, d: f64, s: f64, r: f64, rating: Rating) -> f64 {
    let [
        _,
        _,
        _,
        _,
        _,
        _,
        _,
        _,
        w8,
        w9,
        w10,
        _,
        _,
        _,
        _,
        w15,
        w16,
        ..,
    ] = params.weights;
    let modifier = match rating {
        Rating::Hard => w15,
        Rating::Easy => w16,
        Rating::Again | Rating::Good => 1.0,
    };
    s * (w8.exp() * (11.0 - d) * s.powf(-w9) * ((1.0 - r) * w10).exp_m1() * modifier + 1.0)
}

fn forget_stability(params: &Params, d: f64, s: f64, r: f64) -> f64 {
    let [
        _,
        _,
        _,
        _,
        _,
        _,
        _,
        _,
        _,
        _,
        _,
        w11,
        w12,
        w13,
        w14,
        _,
        _,
        w17,
        w18,
    ] = params.weights;
    let long_term = w11 * d.powf(-w12) * ((s + 1.0).powf(w13) - 1.0) * ((1.0 - r) * w14).exp();
    if params.cap_forget_stability {
        long_term.min(s / (w17 * w18).exp())
    } else {
        long_term
    }
}

/// Interval in whole days for `stability`, `1..=maximum_interval_days`.
fn next_interval(params: &Params, stability: f64) -> f64 {
    let max = max_interval(params);
    let s = clamp(stability, MIN_STABILITY, MAX_STABILITY);
    // Same operation order as rs-fsrs, so halves round the same way.
    let days = (s / FACTOR * (params.desired_retention.powf(1.0 / DECAY) - 1.0)).round();
    clamp(days, 1.0, max)
}

/// rs-fsrs's ordering of the four answers' intervals, then the maximum again.
fn spread(params: &Params, [again, hard, good, easy]: [f64; 4]) -> [f64; 4] {
    let max = max_interval(params);
    let again = again.min(hard);
    let hard = hard.max(again + 1.0);
    let good = good.max(hard + 1.0);
    let easy = easy.max(good + 1.0);
    [again, hard, good, easy].map(|d| clamp(d, 1.0, max))
}

fn max_interval(params: &Params) -> f64 {
    clamp(params.maximum_interval_days, 1.0, MAXIMUM_INTERVAL_DAYS)
}

/// `x` into `lo..=hi` (`lo` for NaN); never panics, unlike `f64::clamp`.
fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    x.max(lo).min(hi)
}

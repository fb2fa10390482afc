//! FSRS-5 scheduler: reference numbers from rs-fsrs and py-fsrs, rating order, late
//! reviews, corrupt saved data, `is_due` / `retrievability`.

use Rating::{Again, Easy, Good, Hard};
use llm_quiz::quiz::fsrs::{
    DAY_MS, MAX_STABILITY, MIN_STABILITY, Memory, Params, Rating, forgetting_curve, interval_days,
    is_due, preview, preview_with, retrievability, review, review_with,
};

/// 2024-01-01T00:00:00Z.
const T0: f64 = 1_704_067_200_000.0;
const HOUR_MS: f64 = 3_600_000.0;

// ---------------------------------------------------------------------------------------
// Reference tables.
//
// RS_* rows were printed by a scratch crate (not part of this repository) depending on
// `rs-fsrs = "=1.2.1"` (crates.io), with
//     FSRS::new(Parameters { enable_short_term: false, enable_fuzz: false, ..Default::default() })
// (default weights, request_retention 0.9, maximum_interval 36500), starting from
// `Card::new()` at T0 and calling `fsrs.next(card, now, rating)` once per row, where `now`
// is the previous row's due date plus the lateness of the sequence; stability and
// difficulty were printed with `{:?}` (shortest round-trip form), due as
// `timestamp_millis()`. Rows: (rating, now_ms, due_ms, scheduled_days, stability,
// difficulty, reps, lapses).
//
// PY_* rows were printed by py-fsrs 5.1.3 (PyPI `fsrs==5.1.3`, FSRS-5, its default
// parameters 0.40255, 1.18385, …) with
//     Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
// (desired_retention 0.9), reviewing the same rating sequences at the same instants
// through `scheduler.review_card(card, rating, now)`, floats printed with `repr`.
// py-fsrs has no interval spreading and does not count reps or lapses. Rows: (rating,
// now_ms, due_ms, days, stability, difficulty).
// ---------------------------------------------------------------------------------------

type RsRow = (Rating, f64, f64, f64, f64, f64, u32, u32);
type PyRow = (Rating, f64, f64, f64, f64, f64);

/// Good, Good, Good, Again, Good, Easy, Hard, each on its due date.
#[rustfmt::skip]
const RS_ON_TIME: [RsRow; 7] = [
    (Good, 1704067200000.0, 1704326400000.0, 3.0, 3.1262, 5.314577829570867, 1, 0),
    (Good, 1704326400000.0, 1705276800000.0, 11.0, 11.388439207533409, 5.267035550345074, 2, 0),
    (Good, 1705276800000.0, 1708387200000.0, 36.0, 36.393666455977964, 5.220605760453165, 3, 0),
    (Again, 1708387200000.0, 1708732800000.0, 4.0, 4.078747495993623, 7.255615747644726, 4, 1),
    (Good, 1708732800000.0, 1709683200000.0, 11.0, 11.02771954433631, 7.1626531811360055, 5, 1),
    (Easy, 1709683200000.0, 1714867200000.0, 60.0, 60.437813486256786, 6.031689278683588, 6, 1),
    (Hard, 1714867200000.0, 1721952000000.0, 82.0, 82.3675698839662, 7.007543251548558, 7, 1),
];

/// The same ratings, each review late by 0, 2d 5h, 10d 23h, 40d, 5h, 100d 1h, 3d.
#[rustfmt::skip]
const RS_LATE: [RsRow; 7] = [
    (Good, 1704067200000.0, 1704326400000.0, 3.0, 3.1262, 5.314577829570867, 1, 0),
    (Good, 1704517200000.0, 1705899600000.0, 16.0, 16.088296939777557, 5.267035550345074, 2, 0),
    (Good, 1706846400000.0, 1712808000000.0, 69.0, 68.78482682186734, 5.220605760453165, 3, 0),
    (Again, 1716264000000.0, 1716782400000.0, 6.0, 5.924323187539397, 7.255615747644726, 4, 1),
    (Good, 1716800400000.0, 1718182800000.0, 16.0, 15.733154801870462, 7.1626531811360055, 5, 1),
    (Easy, 1726826400000.0, 1755165600000.0, 328.0, 327.5788919403072, 6.031689278683588, 6, 1),
    (Hard, 1755424800000.0, 1791799200000.0, 421.0, 420.6099629430785, 7.007543251548558, 7, 1),
];

/// Easy; Hard 1d 2h early; Again 7h late; Again; Easy.
#[rustfmt::skip]
const RS_EARLY: [RsRow; 5] = [
    (Easy, 1704067200000.0, 1705363200000.0, 15.0, 15.4722, 3.28285649513529, 1, 0),
    (Hard, 1705269600000.0, 1707429600000.0, 25.0, 24.71911222972799, 4.32303315513529, 2, 0),
    (Again, 1707454800000.0, 1707800400000.0, 4.0, 3.5038855966332387, 6.37904634129129, 3, 1),
    (Again, 1707800400000.0, 1707886800000.0, 1.0, 1.2000321038470076, 8.38694881889124, 4, 2),
    (Easy, 1707886800000.0, 1708405200000.0, 6.0, 5.578570550423977, 7.22733639851535, 5, 2),
];

/// Again; Again 5d late; Hard; Again 30d 6h late; Good. rs-fsrs's lapses *raise* stability
/// here (no cap), and Hard is pushed a day past Again (spreading).
#[rustfmt::skip]
const RS_WEAK: [RsRow; 5] = [
    (Again, 1704067200000.0, 1704153600000.0, 1.0, 0.4072, 7.2102, 1, 0),
    (Again, 1704585600000.0, 1704672000000.0, 1.0, 0.5600832249701275, 9.198653481986167, 2, 1),
    (Hard, 1704672000000.0, 1704844800000.0, 2.0, 0.8136250485491023, 10.0, 3, 1),
    (Again, 1707458400000.0, 1707544800000.0, 1.0, 1.402275733880166, 10.0, 4, 2),
    (Good, 1707544800000.0, 1707804000000.0, 3.0, 1.9642025603273892, 9.842818841986166, 5, 2),
];

/// rs-fsrs, a new card rated at T0: (rating, scheduled_days, stability, difficulty).
#[rustfmt::skip]
const RS_NEW: [(Rating, f64, f64, f64); 4] = [
    (Again, 1.0, 0.4072, 7.2102),
    (Hard, 2.0, 1.1829, 6.508547223894037),
    (Good, 3.0, 3.1262, 5.314577829570867),
    (Easy, 15.0, 15.4722, 3.28285649513529),
];

/// rs-fsrs `Parameters::default().next_interval(s, 0)` (retention 0.9, fuzz off).
#[rustfmt::skip]
const RS_INTERVALS: [(f64, f64); 9] = [
    (0.1, 1.0),
    (0.4072, 1.0),
    (1.0, 1.0),
    (2.5, 2.0), // 2.5/FACTOR·(0.9^-2 − 1) is 2.4999…, not 2.5
    (3.1262, 3.0),
    (15.4722, 15.0),
    (100.0, 100.0),
    (1234.567, 1235.0),
    (40000.0, 36500.0),
];

#[rustfmt::skip]
const PY_ON_TIME: [PyRow; 7] = [
    (Good, 1704067200000.0, 1704326400000.0, 3.0, 3.173, 5.282434422319005),
    (Good, 1704326400000.0, 1705276800000.0, 11.0, 10.73892584613159, 5.272967931287446),
    (Good, 1705276800000.0, 1708300800000.0, 35.0, 34.57762350060534, 5.263544986114632),
    (Again, 1708300800000.0, 1708646400000.0, 4.0, 3.818174311547718, 6.784232087673549),
    (Good, 1708646400000.0, 1709596800000.0, 11.0, 11.019554788875235, 6.767857327381359),
    (Easy, 1709596800000.0, 1715126400000.0, 64.0, 63.664768897735954, 6.229501430790908),
    (Hard, 1715126400000.0, 1722470400000.0, 85.0, 85.33940968250705, 6.8246902653386865),
];

#[rustfmt::skip]
const PY_LATE: [PyRow; 7] = [
    (Good, 1704067200000.0, 1704326400000.0, 3.0, 3.173, 5.282434422319005),
    (Good, 1704517200000.0, 1705813200000.0, 15.0, 15.032027862803147, 5.272967931287446),
    (Good, 1706760000000.0, 1712289600000.0, 64.0, 63.97401494313584, 5.263544986114632),
    (Again, 1715745600000.0, 1716264000000.0, 6.0, 5.5323974655650705, 6.784232087673549),
    (Good, 1716282000000.0, 1717664400000.0, 16.0, 15.82936537867408, 6.767857327381359),
    (Easy, 1726308000000.0, 1756461600000.0, 349.0, 349.4738895626446, 6.229501430790908),
    (Hard, 1756720800000.0, 1795341600000.0, 447.0, 446.76621555134057, 6.8246902653386865),
];

#[rustfmt::skip]
const PY_EARLY: [PyRow; 5] = [
    (Easy, 1704067200000.0, 1705449600000.0, 16.0, 15.69105, 3.2245015893713678),
    (Hard, 1705356000000.0, 1707516000000.0, 25.0, 24.928331539811104, 4.318881718775723),
    (Again, 1707541200000.0, 1707800400000.0, 3.0, 3.361485125462974, 6.149078746683928),
    (Again, 1707800400000.0, 1707886800000.0, 1.0, 1.066402954438103, 7.379629141873715),
    (Easy, 1707886800000.0, 1708491600000.0, 7.0, 6.507835030562638, 6.937272625238641),
];

/// Same as RS_WEAK. The second Again is capped at S/e^(w17·w18).
#[rustfmt::skip]
const PY_WEAK: [PyRow; 5] = [
    (Again, 1704067200000.0, 1704153600000.0, 1.0, 0.40255, 7.1949),
    (Again, 1704585600000.0, 1704672000000.0, 1.0, 0.2859484522668335, 8.082797017759107),
    (Hard, 1704672000000.0, 1704758400000.0, 1.0, 0.6034441905536205, 8.370115944608788),
    (Again, 1707372000000.0, 1707458400000.0, 1.0, 0.4286521731914543, 8.872964646172619),
    (Good, 1707458400000.0, 1707544800000.0, 1.0, 1.4753681282097286, 8.846981716111332),
];

/// py-fsrs, a new card rated at T0: (rating, days, stability, difficulty).
#[rustfmt::skip]
const PY_NEW: [(Rating, f64, f64, f64); 4] = [
    (Again, 1.0, 0.40255, 7.1949),
    (Hard, 1.0, 1.18385, 6.488305268471453),
    (Good, 3.0, 3.173, 5.282434422319005),
    (Easy, 16.0, 15.69105, 3.2245015893713678),
];

/// py-fsrs's semantics: the default FSRS-5 model without rs-fsrs's interval spreading.
const PY_FSRS: Params = Params {
    spread_intervals: false,
    ..Params::FSRS5
};

fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() <= 1e-9 * expected.abs().max(1.0)
}

/// Replays `rows` from a new card and checks every field against the table.
fn replay(params: &Params, rows: &[PyRow], counts: Option<&[(u32, u32)]>, name: &str) {
    let mut memory: Option<Memory> = None;
    for (i, &(rating, now, due, days, stability, difficulty)) in rows.iter().enumerate() {
        let m = review_with(params, memory.as_ref(), rating, now);
        let at = format!("{name} row {i} ({rating:?}): {m:?}");
        assert_eq!(m.due, due, "due, {at}");
        assert_eq!((m.due - now) / DAY_MS, days, "days, {at}");
        assert!(close(m.stability, stability), "stability {stability}, {at}");
        assert!(
            close(m.difficulty, difficulty),
            "difficulty {difficulty}, {at}"
        );
        assert_eq!(m.last_review, now, "{at}");
        if let Some(&(reps, lapses)) = counts.and_then(|c| c.get(i)) {
            assert_eq!((m.reps, m.lapses), (reps, lapses), "reps, lapses, {at}");
        }
        memory = Some(m);
    }
}

fn replay_rs(rows: &[RsRow], name: &str) {
    let plain: Vec<PyRow> = rows
        .iter()
        .map(|&(r, n, due, d, s, x, _, _)| (r, n, due, d, s, x))
        .collect();
    let counts: Vec<(u32, u32)> = rows
        .iter()
        .map(|&(.., reps, lapses)| (reps, lapses))
        .collect();
    replay(&Params::RS_FSRS, &plain, Some(&counts), name);
}

#[test]
fn rs_fsrs_preset_matches_rs_fsrs_on_time() {
    replay_rs(&RS_ON_TIME, "rs on time");
}

#[test]
fn rs_fsrs_preset_matches_rs_fsrs_late() {
    replay_rs(&RS_LATE, "rs late");
}

#[test]
fn rs_fsrs_preset_matches_rs_fsrs_early_and_repeated_lapses() {
    replay_rs(&RS_EARLY, "rs early");
}

#[test]
fn rs_fsrs_preset_matches_rs_fsrs_weak_card() {
    replay_rs(&RS_WEAK, "rs weak");
}

#[test]
fn rs_fsrs_preset_matches_rs_fsrs_new_cards() {
    for (rating, days, stability, difficulty) in RS_NEW {
        let m = review_with(&Params::RS_FSRS, None, rating, T0);
        assert_eq!(m.due, T0 + days * DAY_MS, "{rating:?}: {m:?}");
        assert!(close(m.stability, stability), "{rating:?}: {m:?}");
        assert!(close(m.difficulty, difficulty), "{rating:?}: {m:?}");
        assert_eq!((m.reps, m.lapses), (1, 0), "{rating:?}: {m:?}");
    }
}

#[test]
fn interval_days_matches_rs_fsrs() {
    for (stability, days) in RS_INTERVALS {
        assert_eq!(interval_days(stability), days, "interval_days({stability})");
    }
}

#[test]
fn default_model_matches_py_fsrs() {
    replay(&PY_FSRS, &PY_ON_TIME, None, "py on time");
    replay(&PY_FSRS, &PY_LATE, None, "py late");
    replay(&PY_FSRS, &PY_EARLY, None, "py early");
    replay(&PY_FSRS, &PY_WEAK, None, "py weak");
    for (rating, days, stability, difficulty) in PY_NEW {
        let m = review_with(&PY_FSRS, None, rating, T0);
        assert_eq!(m.due, T0 + days * DAY_MS, "{rating:?}: {m:?}");
        assert!(close(m.stability, stability), "{rating:?}: {m:?}");
        assert!(close(m.difficulty, difficulty), "{rating:?}: {m:?}");
    }
}

#[test]
fn review_is_the_default_model_with_spreading() {
    // Along these sequences spreading never binds, so `review` gives py-fsrs's numbers.
    replay(&Params::FSRS5, &PY_ON_TIME, None, "review on time");
    replay(&Params::FSRS5, &PY_LATE, None, "review late");
    let mut memory = None;
    for &(rating, now, ..) in &PY_ON_TIME {
        let a = review(memory.as_ref(), rating, now);
        let b = review_with(&Params::FSRS5, memory.as_ref(), rating, now);
        assert_eq!(a, b);
        memory = Some(a);
    }
    // On a new card it does: py-fsrs gives Hard 1 day like Again, `review` 2 days.
    assert_eq!(review(None, Hard, T0).due, T0 + 2.0 * DAY_MS);
    assert_eq!(review(None, Again, T0).due, T0 + DAY_MS);
}

// ---------------------------------------------------------------------------------------
// Ordering of the four answers.
// ---------------------------------------------------------------------------------------

fn days_of(memories: &[Memory; 4], now: f64) -> [f64; 4] {
    memories.each_ref().map(|m| (m.due - now) / DAY_MS)
}

fn assert_ordered(days: [f64; 4], what: &str) {
    let [again, hard, good, easy] = days;
    assert!(again >= 1.0, "{what}: {days:?}");
    assert!(
        again <= hard && hard < good && good < easy,
        "{what}: {days:?}"
    );
}

#[test]
fn new_card_ratings_give_increasing_intervals() {
    let days = days_of(&preview(None, T0), T0);
    assert_ordered(days, "new card");
    assert_eq!(days, [1.0, 2.0, 3.0, 16.0]);
    let [again, hard, good, easy] = preview(None, T0).map(|m| m.stability);
    assert!(again < hard && hard < good && good < easy);
    let [again, hard, good, easy] = preview(None, T0).map(|m| m.difficulty);
    assert!(again > hard && hard > good && good > easy);
}

#[test]
fn ratings_stay_ordered_after_any_history() {
    for params in [Params::FSRS5, Params::RS_FSRS] {
        for first in Rating::ALL {
            for second in Rating::ALL {
                let a = review_with(&params, None, first, T0);
                let b = review_with(&params, Some(&a), second, a.due);
                for lateness in [-0.5, 0.0, 3.0, 40.0] {
                    let now = b.due + lateness * DAY_MS;
                    let next = preview_with(&params, Some(&b), now);
                    let what = format!("{first:?} {second:?} {lateness:+}d");
                    assert_ordered(days_of(&next, now), &what);
                    // Stability never falls with a better rating (it ties at zero elapsed
                    // days, where R = 1 and a success adds nothing).
                    let [again, hard, good, easy] = next.map(|m| m.stability);
                    assert!(again < hard && hard <= good && good <= easy, "{what}");
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Late and early reviews.
// ---------------------------------------------------------------------------------------

#[test]
fn late_success_grows_stability_more_than_on_time() {
    let a = review(None, Good, T0);
    let b = review(Some(&a), Good, a.due);
    let on_time = review(Some(&b), Good, b.due);
    let late = review(Some(&b), Good, b.due + 20.0 * DAY_MS);
    let very_late = review(Some(&b), Good, b.due + 200.0 * DAY_MS);
    let early = review(Some(&b), Good, b.due - 5.0 * DAY_MS);
    assert!(early.stability < on_time.stability, "{early:?} {on_time:?}");
    assert!(on_time.stability < late.stability, "{on_time:?} {late:?}");
    assert!(
        late.stability < very_late.stability,
        "{late:?} {very_late:?}"
    );
    // Difficulty depends on the rating only.
    assert_eq!(on_time.difficulty, late.difficulty);
    // Each interval counts from the review, not from the old due date.
    assert_eq!(late.last_review, b.due + 20.0 * DAY_MS);
    assert_eq!(
        late.due,
        late.last_review + interval_days(late.stability) * DAY_MS
    );
}

#[test]
fn late_lapse_keeps_more_stability_than_an_on_time_one_and_counts() {
    let a = review(None, Good, T0);
    let b = review(Some(&a), Good, a.due);
    let on_time = review(Some(&b), Again, b.due);
    let late = review(Some(&b), Again, b.due + 60.0 * DAY_MS);
    assert!(
        on_time.stability < b.stability,
        "a lapse loses stability: {on_time:?}"
    );
    assert!(late.stability >= on_time.stability, "{late:?} {on_time:?}");
    assert_eq!((on_time.lapses, late.lapses), (1, 1));
    assert_eq!(on_time.reps, 3);
    assert_eq!(
        review(None, Again, T0).lapses,
        0,
        "a first Again is no lapse"
    );
}

#[test]
fn same_day_review_keeps_at_least_a_day() {
    let a = review(None, Easy, T0);
    let again = review(Some(&a), Good, T0 + HOUR_MS);
    assert!(again.due >= T0 + HOUR_MS + DAY_MS, "{again:?}");
    // Zero elapsed days: R = 1, so Good leaves stability unchanged (long-term mode).
    assert!(close(again.stability, a.stability), "{again:?} {a:?}");
}

// ---------------------------------------------------------------------------------------
// Corrupt saved data.
// ---------------------------------------------------------------------------------------

fn corrupt_memories() -> Vec<Memory> {
    let bad = [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        -1.0,
        0.0,
        -0.0,
        1e308,
        -1e308,
        5e-324,
    ];
    let base = Memory {
        stability: 10.0,
        difficulty: 5.0,
        due: T0,
        last_review: T0 - 10.0 * DAY_MS,
        reps: 3,
        lapses: 1,
    };
    let mut out = vec![Memory::default()];
    for x in bad {
        out.push(Memory {
            stability: x,
            ..base.clone()
        });
        out.push(Memory {
            difficulty: x,
            ..base.clone()
        });
        out.push(Memory {
            due: x,
            ..base.clone()
        });
        out.push(Memory {
            last_review: x,
            ..base.clone()
        });
        out.push(Memory {
            stability: x,
            difficulty: x,
            due: x,
            last_review: x,
            reps: u32::MAX,
            lapses: u32::MAX,
        });
    }
    out
}

fn assert_sane(m: &Memory, now: f64, what: &str) {
    assert!(m.due.is_finite() && m.due >= now + DAY_MS, "{what}: {m:?}");
    assert!(m.due <= now + 36_500.0 * DAY_MS, "{what}: {m:?}");
    assert!(
        (MIN_STABILITY..=MAX_STABILITY).contains(&m.stability),
        "{what}: {m:?}"
    );
    assert!((1.0..=10.0).contains(&m.difficulty), "{what}: {m:?}");
    assert_eq!(m.last_review, now, "{what}");
    let r = retrievability(m, now);
    assert!((0.0..=1.0).contains(&r), "{what}: R = {r}");
}

#[test]
fn corrupt_memories_never_panic_and_are_due_after_now() {
    let nows = [T0, 0.0, -5.0 * DAY_MS, 8.64e15];
    for memory in corrupt_memories() {
        for now in nows {
            for rating in Rating::ALL {
                let what = format!("{memory:?} {rating:?} at {now}");
                let m = review(Some(&memory), rating, now);
                assert_sane(&m, now, &what);
                assert_eq!(m.reps, memory.reps.saturating_add(1), "{what}");
                let m = review_with(&Params::RS_FSRS, Some(&memory), rating, now);
                assert_sane(&m, now, &what);
            }
            let r = retrievability(&memory, now);
            assert!((0.0..=1.0).contains(&r), "{memory:?}: R = {r}");
        }
    }
}

#[test]
fn unusable_memory_is_rescheduled_like_a_new_card() {
    let mut checked = 0;
    for memory in corrupt_memories() {
        let usable =
            memory.stability.is_finite() && memory.stability > 0.0 && memory.difficulty.is_finite();
        if usable {
            continue;
        }
        let m = review(Some(&memory), Good, T0);
        let fresh = review(None, Good, T0);
        let got = (m.stability, m.difficulty, m.due);
        assert_eq!(
            got,
            (fresh.stability, fresh.difficulty, fresh.due),
            "{memory:?}"
        );
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} unusable memories");
}

#[test]
fn out_of_range_values_are_clamped_not_trusted() {
    let base = review(None, Good, T0);
    let too_hard = review(
        Some(&Memory {
            difficulty: 50.0,
            ..base.clone()
        }),
        Good,
        base.due,
    );
    let ten = review(
        Some(&Memory {
            difficulty: 10.0,
            ..base.clone()
        }),
        Good,
        base.due,
    );
    assert_eq!(too_hard, ten);
    let huge = review(
        Some(&Memory {
            stability: 1e300,
            ..base.clone()
        }),
        Good,
        base.due,
    );
    assert_eq!(huge.due, base.due + 36_500.0 * DAY_MS);
    // A last review "in the future" (clock moved back) counts as zero elapsed days.
    let future = Memory {
        last_review: T0 + 100.0 * DAY_MS,
        ..base.clone()
    };
    let same_day = Memory {
        last_review: base.due,
        ..base.clone()
    };
    assert_eq!(
        review(Some(&future), Good, base.due).stability,
        review(Some(&same_day), Good, base.due).stability
    );
}

#[test]
fn corrupt_clock_values_do_not_panic() {
    let m = review(None, Good, T0);
    for now in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let next = review(Some(&m), Good, now);
        assert!(next.due.is_finite() && next.due >= DAY_MS, "{next:?}");
        assert!(next.last_review.is_finite());
        let r = retrievability(&m, now);
        assert!((0.0..=1.0).contains(&r));
        assert!(!is_due(&m, now), "a bad clock counts as the epoch");
    }
    for s in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -3.0, 0.0] {
        let d = interval_days(s);
        assert!((1.0..=36_500.0).contains(&d), "interval_days({s}) = {d}");
        let r = forgetting_curve(5.0, s);
        assert!((0.0..=1.0).contains(&r), "R(5, {s}) = {r}");
        let r = forgetting_curve(s, 5.0);
        assert!((0.0..=1.0).contains(&r), "R({s}, 5) = {r}");
    }
    let weird = Params {
        weights: [f64::NAN; 19],
        desired_retention: f64::NAN,
        maximum_interval_days: f64::NAN,
        ..Params::FSRS5
    };
    for rating in Rating::ALL {
        assert_sane(&review_with(&weird, Some(&m), rating, T0), T0, "NaN params");
        assert_sane(&review_with(&weird, None, rating, T0), T0, "NaN params");
    }
}

// ---------------------------------------------------------------------------------------
// is_due and retrievability.
// ---------------------------------------------------------------------------------------

#[test]
fn is_due_follows_the_due_date() {
    let m = review(None, Good, T0);
    assert!(!is_due(&m, T0));
    assert!(!is_due(&m, m.due - 1.0));
    assert!(is_due(&m, m.due));
    assert!(is_due(&m, m.due + 30.0 * DAY_MS));
    assert!(is_due(&Memory::default(), T0), "a blank memory is due");
    assert!(is_due(
        &Memory {
            due: f64::NAN,
            ..m.clone()
        },
        T0
    ));
    assert!(is_due(
        &Memory {
            due: f64::INFINITY,
            ..m
        },
        T0
    ));
}

#[test]
fn retrievability_decays_from_one_to_about_the_target() {
    let m = review(None, Good, T0);
    assert_eq!(retrievability(&m, T0), 1.0);
    assert_eq!(retrievability(&m, T0 + 23.0 * HOUR_MS), 1.0, "whole days");
    let day1 = retrievability(&m, T0 + DAY_MS);
    let at_due = retrievability(&m, m.due);
    let later = retrievability(&m, m.due + 100.0 * DAY_MS);
    assert!(1.0 > day1 && day1 > at_due && at_due > later && later > 0.0);
    assert!((at_due - 0.9).abs() < 0.02, "R at due {at_due}");
    // R(S, S) = 0.9 by construction of FACTOR; and the curve's shape.
    assert!((forgetting_curve(7.0, 7.0) - 0.9).abs() < 1e-12);
    let expected = (1.0f64 + 19.0 / 81.0 * 3.0 / 12.0).powf(-0.5);
    assert!((forgetting_curve(3.0, 12.0) - expected).abs() < 1e-15);
    assert_eq!(
        retrievability(&Memory::default(), T0),
        0.0,
        "no memory, no recall"
    );
    // The scheduler aims at the same R: reviewed on time, the next due date is ~90 % again.
    let next = review(Some(&m), Good, m.due);
    let r_next = retrievability(&next, next.due);
    assert!((r_next - 0.9).abs() < 0.02, "R at next due {r_next}");
}

#[test]
fn serde_shapes_are_stable() {
    let json = serde_json::to_string(&Rating::Again).unwrap_or_default();
    assert_eq!(json, "\"again\"");
    let m: Memory = serde_json::from_str(r#"{"stability": 2.5, "due": 7}"#).unwrap_or_default();
    assert_eq!(
        m,
        Memory {
            stability: 2.5,
            due: 7.0,
            ..Memory::default()
        }
    );
    let saved = serde_json::to_string(&review(None, Easy, T0)).unwrap_or_default();
    let back: Memory = serde_json::from_str(&saved).unwrap_or_default();
    let original = review(None, Easy, T0);
    // serde_json without `float_roundtrip` may lose the last bit of a float.
    assert!(close(back.difficulty, original.difficulty), "{back:?}");
    assert_eq!(
        Memory {
            difficulty: original.difficulty,
            ..back
        },
        original
    );
}

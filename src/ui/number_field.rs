use super::context::use_quiz;
use leptos::prelude::*;

/// A labelled number input for an option. A value outside `range` (or not a
/// whole number) is refused with a message under the field, and the option
/// keeps its value; `empty_ok` lets an empty field mean "none" (all questions).
#[component]
pub fn NumberField(
    label: &'static str,
    /// Smallest and largest accepted value.
    range: (usize, usize),
    /// The option's value (`None`: empty).
    #[prop(into)]
    value: Signal<Option<usize>>,
    /// Called with an accepted value (a type-erased callback: one copy of this
    /// component in the WASM, not one per field).
    #[prop(into)]
    set: Callback<Option<usize>>,
    #[prop(optional)] empty_ok: bool,
    #[prop(default = 1)] step: usize,
) -> impl IntoView {
    let t = use_quiz().t();
    let (min, max) = range;
    let refused = RwSignal::new(false);
    let on_change = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let text = text.trim();
        let parsed = if text.is_empty() && empty_ok {
            Some(None)
        } else {
            text.parse::<usize>()
                .ok()
                .filter(|n| (min..=max).contains(n))
                .map(Some)
        };
        refused.set(parsed.is_none());
        if let Some(n) = parsed {
            set.run(n);
        }
    };
    view! {
        <label class="lq-field">
            {label}
            <input
                type="number"
                min=min
                max=max
                step=step
                inputmode="numeric"
                aria-invalid=move || refused.get().then_some("true")
                prop:value=move || value.get().map(|n| n.to_string()).unwrap_or_default()
                on:change=on_change
            />
            <span class="lq-field__error" role="alert">
                {move || refused.get().then(|| (t.out_of_range)(min, max))}
            </span>
        </label>
    }
}

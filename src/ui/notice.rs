use super::browser;
use super::context::use_quiz;
use crate::persist::{Problem, StoreError};
use leptos::prelude::*;

/// One line about saved progress: storage blocked or full, unreadable or newer
/// data; with a download of data that was set aside.
#[component]
pub fn Notice() -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let memory_only = ctx.memory_only;
    let text = move || {
        if let Some(e) = ctx.save_error.get() {
            return Some(match e {
                StoreError::Full(_) => t.storage_full.to_owned(),
                other => (t.save_failed)(&other.to_string()),
            });
        }
        match ctx.problem.get() {
            Some(Problem::Newer(_)) => Some(t.saved_by_newer.to_owned()),
            Some(Problem::Unreadable {
                backup_key: Some(_),
                ..
            }) => Some(t.unreadable_kept.to_owned()),
            Some(Problem::Unreadable {
                backup_key: None, ..
            }) => Some(t.unreadable_lost.to_owned()),
            Some(Problem::Unreachable(_)) | None if memory_only => Some(t.memory_only.to_owned()),
            Some(Problem::Unreachable(_)) => Some(t.unreachable.to_owned()),
            None => None,
        }
    };
    // Unreadable data can be downloaded before anything else happens to it.
    let unreadable_key = move || match ctx.problem.get() {
        Some(Problem::Unreadable { backup_key, .. }) => Some(
            backup_key.unwrap_or_else(|| ctx.with_deck(|d| crate::persist::storage_key(&d.id))),
        ),
        _ => None,
    };
    let download = move |_| {
        if let Some(raw) = unreadable_key().and_then(|k| ctx.raw(&k)) {
            let name = format!(
                "{}-unreadable-progress.json",
                ctx.with_deck(|d| d.id.clone())
            );
            let _ = browser::download(&name, &raw);
        }
    };
    view! {
        <p class="lq-notice" role="status">
            {text}
            {move || unreadable_key().map(|_| view! {
                " "
                <button type="button" class="lq-link" on:click=download>{t.download_it}</button>
            })}
        </p>
    }
}

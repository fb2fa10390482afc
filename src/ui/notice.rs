use super::browser;
use super::context::use_quiz;
use crate::persist::{Problem, StoreError};
use leptos::prelude::*;

/// One line about saved progress: storage blocked or full, unreadable or newer
/// data; with a download of data that was set aside.
#[component]
pub fn Notice() -> impl IntoView {
    let ctx = use_quiz();
    let memory_only = ctx.memory_only;
    let text = move || {
        if let Some(e) = ctx.save_error.get() {
            return Some(match e {
                StoreError::Full(_) => {
                    "Storage is full, so your last change is not saved. It will try again with your next answer."
                        .to_owned()
                }
                other => format!("Progress could not be saved ({other}). It will try again with your next answer."),
            });
        }
        match ctx.problem.get() {
            Some(Problem::Newer(_)) => Some(
                "This progress was saved by a newer version of the quiz: it is shown, but changes here are not saved. Reload to get the new version."
                    .to_owned(),
            ),
            Some(Problem::Unreadable { backup_key: Some(_), .. }) => Some(
                "Your saved progress could not be read, so the quiz started fresh. The old data is kept in this browser."
                    .to_owned(),
            ),
            Some(Problem::Unreadable { backup_key: None, .. }) => Some(
                "Your saved progress could not be read and could not be set aside, so nothing is saved this time."
                    .to_owned(),
            ),
            Some(Problem::Unreachable(_)) | None if memory_only => Some(
                "This browser blocks saving, so progress lasts only while this page is open. Use Export to keep it."
                    .to_owned(),
            ),
            Some(Problem::Unreachable(_)) => Some(
                "Saved progress could not be read this time; new answers are still saved.".to_owned(),
            ),
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
                <button type="button" class="lq-link" on:click=download>"Download it"</button>
            })}
        </p>
    }
}

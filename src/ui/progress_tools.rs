use super::browser::{self, FileError};
use super::context::use_quiz;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// *Export progress* (a JSON file) and *Import progress* (a file picker; merged
/// in, per question the newest wins). A bad file changes nothing.
#[component]
pub fn ProgressTools() -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let message = RwSignal::new(None::<(bool, String)>);
    let export = move |_| {
        let result = ctx
            .export()
            .and_then(|(name, json)| browser::download(&name, &json));
        message.set(Some(match result {
            Ok(()) => (true, t.exported.to_owned()),
            Err(e) => (false, (t.export_failed)(&e)),
        }));
    };
    let import = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        spawn_local(async move {
            let result = match browser::read_chosen_file(&input).await {
                Ok(text) => ctx
                    .import(&text)
                    .map_err(|e| t.import_error(&e, &ctx.with_deck(|d| d.id.clone()))),
                Err(e) => Err(match e {
                    FileError::NoFile => t.file_none,
                    FileError::TooLarge => t.file_too_large,
                    FileError::Unreadable => t.file_unreadable,
                    FileError::NotText => t.file_not_text,
                }
                .to_owned()),
            };
            input.set_value("");
            message.set(Some(match result {
                Ok(()) => (true, t.imported.to_owned()),
                Err(why) => (false, (t.nothing_imported)(&why)),
            }));
        });
    };
    view! {
        <div class="lq-tools">
            <button type="button" class="lq-btn lq-btn--quiet" on:click=export>
                {t.export}
            </button>
            <label class="lq-btn lq-btn--quiet lq-file">
                {t.import}
                <input class="lq-file__input" type="file" accept=".json,application/json" on:change=import />
            </label>
            <p class="lq-tools__msg" role="status">
                {move || message.get().map(|(ok, text)| view! {
                    <span class=if ok { "lq-ok" } else { "lq-bad" }>{text}</span>
                })}
            </p>
        </div>
    }
}

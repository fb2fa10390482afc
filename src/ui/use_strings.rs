use crate::i18n::{Locale, Strings};

/// The strings of the enclosing widget (English outside one).
pub fn use_strings() -> &'static Strings {
    leptos::prelude::use_context::<Locale>()
        .unwrap_or_default()
        .strings()
}

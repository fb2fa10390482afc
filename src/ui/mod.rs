//! Leptos components, one per file. They read signals and send engine events;
//! the logic lives in `quiz`.

mod answer_box;
mod app;
mod browser;
mod choice_option;
mod context;
mod error_panel;
pub mod i18n;
mod key_points;
mod keyboard_help;
mod mock_card;
mod model_answer;
mod notice;
mod open_summary;
mod options_panel;
mod overview_panel;
mod panel;
mod practice_card;
mod progress_bar;
mod progress_tools;
mod prompt_heading;
mod question_card;
mod question_meta;
mod question_screen;
mod rating_bar;
mod rich_text;
mod run_length;
mod start_screen;
mod summary_screen;
mod widget;

pub use app::{App, DeckQuiz, Embedded, OnReady};
pub use context::{QuizCtx, use_quiz};
pub use error_panel::ErrorPanel;
pub use i18n::{Locale, Strings};
pub use rich_text::RichText;
pub use widget::Widget;

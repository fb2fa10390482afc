//! The deck as static data: one deck JSON file becomes a small **index** and the
//! question bodies in **chunks**, each a content-hashed file beside the WASM.
//!
//! - The index holds what the start screen, filters, due counts, deep links,
//!   scoring and saved progress need: the deck's metadata and topics, and per
//!   question its id, topic, difficulty, which options are correct, how many
//!   options and key points it has. Columns, not objects, so it gzips small.
//! - Chunk `k` holds questions `k * size .. (k + 1) * size` of the deck, whole,
//!   as a JSON array in deck order. A run fetches the chunks it needs.
//!
//! This writer works on `serde_json::Value` only (no schema types), so the build
//! script compiles this same file to learn the index's name; the reader is
//! [`super::index`]. Both are tested together in `tests/pack.rs`.

use serde_json::{Map, Value, json};

/// Questions per chunk. Measured on the shipped deck (gzip -9): 8 questions are
/// ~7 KB, one round trip on a slow phone; 4 add requests for little gain, 16 double
/// the bytes a first question waits for.
pub const CHUNK_QUESTIONS: usize = 8;

/// The version of the index layout the reader understands.
pub const INDEX_FORMAT: u64 = 1;

/// A packed deck: file names and contents, ready to be written into `dist/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Packed {
    /// `deck-index-<hash>.json`.
    pub index_file: String,
    pub index_json: String,
    /// `(deck-<hash>.json, contents)` per chunk, in deck order.
    pub chunks: Vec<(String, String)>,
}

impl Packed {
    /// Writes the index and the chunks into `dir` (which must exist); the error
    /// names the file that could not be written.
    pub fn write_to(&self, dir: &std::path::Path) -> Result<(), String> {
        let files = std::iter::once((&self.index_file, &self.index_json))
            .chain(self.chunks.iter().map(|(name, json)| (name, json)));
        for (name, json) in files {
            std::fs::write(dir.join(name), json)
                .map_err(|e| format!("cannot write {name}: {e}"))?;
        }
        Ok(())
    }
}

/// Splits deck JSON into an index and chunks of `chunk_size` questions. The
/// fingerprint saved with progress (`hash` in the index) is that of `deck_json`
/// as given. Only the shape needed to split is checked here (an object with a
/// `questions` array); every other rule is the reader's and the validator's.
pub fn pack(deck_json: &str, chunk_size: usize) -> Result<Packed, String> {
    let deck: Value =
        serde_json::from_str(deck_json).map_err(|e| format!("not valid JSON ({e})"))?;
    let Value::Object(mut deck) = deck else {
        return Err("the deck is not a JSON object".into());
    };
    let Some(Value::Array(questions)) = deck.remove("questions") else {
        return Err("the deck has no `questions` array".into());
    };
    let size = chunk_size.max(1);
    let chunks: Vec<(String, String)> = questions
        .chunks(size)
        .map(|part| {
            let body = Value::Array(part.to_vec()).to_string();
            (named("deck", &body), body)
        })
        .collect();

    let topic_ids: Vec<&str> = deck
        .get("topics")
        .and_then(Value::as_array)
        .map(|ts| {
            ts.iter()
                .map(|t| t.get("id").and_then(Value::as_str).unwrap_or_default())
                .collect()
        })
        .unwrap_or_default();
    let column = |f: &dyn Fn(&Value) -> Value| Value::Array(questions.iter().map(f).collect());
    let choices = |q: &Value| q.get("choices").and_then(Value::as_array).cloned();
    let columns = json!({
        "id": column(&|q| q.get("id").cloned().unwrap_or(Value::Null)),
        // The topic's position in `topics`, -1 when it names none.
        "topic": column(&|q| {
            let t = q.get("topic").and_then(Value::as_str).unwrap_or_default();
            json!(topic_ids.iter().position(|id| *id == t).map_or(-1, |p| p as i64))
        }),
        "difficulty": column(&|q| q.get("difficulty").cloned().unwrap_or(Value::Null)),
        // Bit k set: option k is correct.
        "correct": column(&|q| {
            let mask = choices(q).unwrap_or_default().iter().enumerate().fold(0u64, |m, (k, c)| {
                let right = c.get("correct").and_then(Value::as_bool).unwrap_or(false);
                if right && k < 64 { m | (1 << k) } else { m }
            });
            json!(mask)
        }),
        "choices": column(&|q| json!(choices(q).map_or(0, |c| c.len()))),
        "points": column(&|q| {
            json!(q.get("key_points").and_then(Value::as_array).map_or(0, Vec::len))
        }),
        "multi": column(&|q| json!(u8::from(q.get("multi").and_then(Value::as_bool).unwrap_or(false)))),
    });

    let mut index = Map::new();
    index.insert("format".into(), json!(INDEX_FORMAT));
    for key in [
        "id",
        "title",
        "version",
        "description",
        "language",
        "topics",
    ] {
        if let Some(v) = deck.remove(key) {
            index.insert(key.into(), v);
        }
    }
    index.insert(
        "hash".into(),
        json!(crate::hash::content_hash(deck_json.as_bytes())),
    );
    index.insert("chunk_size".into(), json!(size));
    index.insert(
        "chunks".into(),
        Value::Array(chunks.iter().map(|(name, _)| json!(name)).collect()),
    );
    index.insert("questions".into(), columns);
    let index_json = Value::Object(index).to_string();
    Ok(Packed {
        index_file: named("deck-index", &index_json),
        index_json,
        chunks,
    })
}

/// True for a URL or path whose file is a packed deck's index
/// (`…/deck-index-<hash>.json`, maybe with a query or fragment).
pub fn is_index_name(url: &str) -> bool {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let file = path.rsplit('/').next().unwrap_or_default();
    file.strip_prefix("deck-index-")
        .and_then(|rest| rest.strip_suffix(".json"))
        .is_some_and(|hash| !hash.is_empty() && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// `<stem>-<content hash>.json`.
fn named(stem: &str, contents: &str) -> String {
    format!(
        "{stem}-{}.json",
        crate::hash::content_hash(contents.as_bytes())
    )
}

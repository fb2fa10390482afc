//! Deck text is plain text with inline code spans in backticks: `softmax(QKᵀ/√d)·V`.
//! This splits it into segments the UI renders as text nodes and `<code>` elements
//! (never as HTML).

/// One piece of deck text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Code(&'a str),
}

/// Splits `text` on backtick pairs. An unpaired backtick stays literal text.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('`') {
        let Some((code, tail)) = after.split_once('`') else {
            break;
        };
        if !before.is_empty() {
            out.push(Segment::Text(before));
        }
        if !code.is_empty() {
            out.push(Segment::Code(code));
        }
        rest = tail;
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

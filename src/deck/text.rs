//! Deck text is plain text with two kinds of code: inline spans in backticks
//! (`softmax(QKᵀ/√d)·V`) and fenced blocks between lines of three backticks
//! (an optional language word may follow the opening fence). This splits it into
//! segments that the UI renders as text nodes, `<code>` and `<pre>` elements
//! (never as HTML).

/// One piece of deck text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Code(&'a str),
    /// A fenced code block, without its fences and language word.
    Block(&'a str),
}

/// Splits `text` into text, inline code and code blocks. An unpaired backtick
/// or fence stays literal text.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some((before, after)) = rest.split_once("```") {
        let Some((block, tail)) = after.split_once("```") else {
            break;
        };
        inline(before, &mut out);
        // "```python\ncode" → "code"; "```code```" stays as it is.
        let body = match block.split_once('\n') {
            Some((first, body)) if !first.trim().contains(' ') => body,
            _ => block,
        };
        let body = body.trim_end_matches('\n');
        if !body.is_empty() {
            out.push(Segment::Block(body));
        }
        rest = tail.strip_prefix('\n').unwrap_or(tail);
    }
    inline(rest, &mut out);
    out
}

fn inline<'a>(text: &'a str, out: &mut Vec<Segment<'a>>) {
    let push_text = |t: &'a str, out: &mut Vec<Segment<'a>>| {
        if !t.is_empty() {
            out.push(Segment::Text(t));
        }
    };
    // Between two consecutive pieces there was one backtick.
    let mut pieces = text.split('`');
    if let Some(first) = pieces.next() {
        push_text(first, out);
    }
    while let Some(code) = pieces.next() {
        match pieces.next() {
            Some(after) => {
                if code.is_empty() {
                    out.push(Segment::Text("``"));
                } else {
                    out.push(Segment::Code(code));
                }
                push_text(after, out);
            }
            None => {
                out.push(Segment::Text("`"));
                push_text(code, out);
            }
        }
    }
}

/// Long prose as short paragraphs of about `sentences` sentences each, for
/// reading on a phone. A sentence ends at `.`, `?` or `!` followed by a space
/// and a capital letter or digit; text with a code block or a backtick span
/// around the break point is kept whole. Short text comes back as it is.
pub fn paragraphs(text: &str, sentences: usize) -> Vec<&str> {
    const LONG: usize = 320;
    if text.len() < LONG || text.contains("```") || sentences == 0 {
        return vec![text];
    }
    let mut out = Vec::new();
    let (mut start, mut count, mut in_code) = (0, 0, false);
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        if c == '`' {
            in_code = !in_code;
        }
        let ends = matches!(c, '.' | '?' | '!')
            && !in_code
            && bytes.get(i + 1) == Some(&b' ')
            && text
                .get(i + 2..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(|n| n.is_uppercase() || n.is_ascii_digit());
        if ends {
            count += 1;
            if count == sentences {
                if let Some(p) = text.get(start..=i) {
                    out.push(p);
                }
                start = i + 2;
                count = 0;
            }
        }
    }
    if let Some(rest) = text.get(start..).filter(|r| !r.trim().is_empty()) {
        out.push(rest);
    }
    out
}

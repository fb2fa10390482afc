//! The layers depend only downward (ARCHITECTURE.md): a `use crate::…` that
//! points up, or a cycle between the engine's files, fails here. Reads the
//! sources as text: `crate::<module>` and, inside `quiz/`, `super::<file>`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Lowest first: a module may use only the ones before it.
const LAYERS: [&str; 7] = ["hash", "deck", "quiz", "persist", "i18n", "embed", "ui"];

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            out.push((path.to_string_lossy().into_owned(), text));
        }
    }
}

/// The names that follow `prefix` (`crate::` or `super::`) in `text`, also
/// inside braces (`use crate::{a, b::c}`).
fn named_after(text: &str, prefix: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (at, _) in text.match_indices(prefix) {
        let rest = text.get(at + prefix.len()..).unwrap_or_default();
        let names: Vec<&str> = if let Some(inner) = rest.strip_prefix('{') {
            let inner = inner.split('}').next().unwrap_or_default();
            inner.split(',').map(str::trim).collect()
        } else {
            vec![rest]
        };
        for n in names {
            let word: String = n
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !word.is_empty() {
                out.insert(word);
            }
        }
    }
    out
}

/// The module a source file belongs to: `src/quiz/engine.rs` → `quiz`.
fn module_of(path: &str) -> Option<String> {
    let rel = path.split("src/").nth(1)?;
    let first = rel.split('/').next()?;
    Some(first.trim_end_matches(".rs").to_owned())
}

#[test]
fn modules_use_only_the_layers_below_them() {
    let mut files = Vec::new();
    sources(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut files,
    );
    assert!(files.len() > 40, "read {} files", files.len());
    let rank = |m: &str| LAYERS.iter().position(|l| *l == m);
    let mut wrong = Vec::new();
    for (path, text) in &files {
        let Some(module) = module_of(path) else {
            continue;
        };
        let Some(mine) = rank(&module) else { continue }; // lib.rs, main.rs, bin/
        for used in named_after(text, "crate::") {
            if let Some(theirs) = rank(&used)
                && theirs > mine
            {
                wrong.push(format!("{path}: {module} uses {used}, a layer above it"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_engines_files_have_no_cycle() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/quiz"));
    let mut files = Vec::new();
    sources(dir, &mut files);
    let names: BTreeSet<String> = files
        .iter()
        .filter_map(|(p, _)| {
            Path::new(p)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
        })
        .filter(|n| n != "mod")
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, text) in &files {
        let Some(me) = Path::new(path)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
        else {
            continue;
        };
        if me == "mod" {
            continue;
        }
        let deps = named_after(text, "super::")
            .into_iter()
            .filter(|d| names.contains(d) && *d != me)
            .collect();
        graph.insert(me, deps);
    }
    // Depth-first search; a node met again on the current path closes a cycle.
    fn visit(
        n: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == n) {
            let mut cycle = path.get(at..).unwrap_or_default().to_vec();
            cycle.push(n.to_owned());
            return Some(cycle);
        }
        if done.contains(n) {
            return None;
        }
        path.push(n.to_owned());
        for d in graph.get(n).into_iter().flatten() {
            if let Some(c) = visit(d, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(n.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for n in graph.keys() {
        let cycle = visit(n, &graph, &mut Vec::new(), &mut done);
        assert_eq!(cycle, None, "a cycle between quiz/ files");
    }
    assert!(graph.len() >= 9, "{graph:?}");
}

#[test]
fn the_check_sees_a_cycle_and_an_upward_use() {
    // The parser the two tests rely on.
    let text = "use super::{engine::apply, scoring};\nuse crate::ui::Widget;\nlet x = crate::quiz::Mode::Quiz;";
    assert_eq!(
        named_after(text, "super::"),
        BTreeSet::from(["engine".to_owned(), "scoring".to_owned()])
    );
    assert_eq!(
        named_after(text, "crate::"),
        BTreeSet::from(["quiz".to_owned(), "ui".to_owned()])
    );
    assert_eq!(module_of("/x/src/quiz/engine.rs").as_deref(), Some("quiz"));
    assert_eq!(module_of("/x/src/hash.rs").as_deref(), Some("hash"));
}

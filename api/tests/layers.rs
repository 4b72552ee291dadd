//! The module graph reads bottom-up: the shared kernel, then the domains in order
//! (routing and what each account hears, territory, identity, media, reports, what staff
//! announce, admin and personal data's lifecycle), then the API surface (schema, loaders, state, HTTP, CLI). A module may
//! use modules of its own rank or below, never above; a new upward use fails this test.
//!
//! A unit is a top-level module of `api/src`, or one of its files named here on its own
//! (`notify/alerts`): `notify` is one home whose core (feed, outbox, channels, hearing) sits
//! low, under every domain that speaks, while its alerts, broadcasts and GraphQL sit above
//! the domains they read.

// A test asserts with expect like any other.
#![allow(clippy::expect_used)]

use std::{
    collections::BTreeSet,
    path::{Path, PathBuf},
};

/// Each top-level module of `api/src` and its rank.
const RANKS: [(&str, u8); 40] = [
    ("error", 0),
    ("date", 0),
    ("parts", 0),
    ("ids", 0),
    ("text", 0),
    ("pagination", 0),
    ("db", 0),
    ("config", 0),
    ("client_ip", 0),
    ("throttle", 0),
    ("enums", 0),
    ("batch", 0),
    ("bus", 0),
    ("metrics", 0),
    ("zone", 0),
    ("department", 0),
    ("routing", 1),
    ("notify", 1),
    ("territory", 2),
    ("identity", 3),
    ("media", 4),
    ("reports", 5),
    ("notify/alerts", 6),
    ("notify/broadcasts", 6),
    ("notify/coverage", 6),
    ("notify/feed", 6),
    ("notify/graphql", 6),
    ("notify/types", 6),
    ("admin", 7),
    ("privacy", 7),
    ("partnership", 7),
    ("graphql", 8),
    ("cost", 8),
    ("loaders", 8),
    ("state", 8),
    ("http", 9),
    ("cli", 10),
    ("demo", 10),
    ("lib", 10),
    ("main", 10),
];

fn rank(module: &str) -> Option<u8> {
    RANKS.iter().find(|(name, _)| *name == module).map(|(_, rank)| *rank)
}

/// The units a source file names after `crate::`.
fn used_modules(source: &str) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut rest = source;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let (paths, _) = use_tree(rest.as_bytes(), 0);
        used.extend(paths.iter().filter_map(|path| unit_of(path)));
    }
    used
}

/// The paths of a use tree (`a::b`, `{a::b, c::{d, e}}`), each to its first two names.
fn use_tree(text: &[u8], mut at: usize) -> (Vec<Vec<String>>, usize) {
    let skip_blank = |mut at: usize| {
        while at < text.len() && text[at].is_ascii_whitespace() {
            at += 1;
        }
        at
    };
    at = skip_blank(at);
    if text.get(at) == Some(&b'{') {
        let mut paths = Vec::new();
        at += 1;
        loop {
            at = skip_blank(at);
            match text.get(at) {
                None => return (paths, at),
                Some(b'}') => return (paths, at + 1),
                Some(b',') => at += 1,
                Some(_) => {
                    let (inner, next) = use_tree(text, at);
                    paths.extend(inner);
                    // Past what the tree left (`as name`), to the next item.
                    at = next;
                    while at < text.len() && !matches!(text[at], b',' | b'}') {
                        at += 1;
                    }
                }
            }
        }
    }
    let begin = at;
    while at < text.len() && (text[at].is_ascii_alphanumeric() || text[at] == b'_') {
        at += 1;
    }
    let name = String::from_utf8_lossy(&text[begin..at]).into_owned();
    if name.is_empty() {
        return (Vec::new(), at);
    }
    if text[at..].starts_with(b"::") {
        let (inner, next) = use_tree(text, at + 2);
        if inner.is_empty() {
            return (vec![vec![name]], next);
        }
        let paths = inner
            .into_iter()
            .map(|mut path| {
                path.truncate(1);
                path.insert(0, name.clone());
                path
            })
            .collect();
        return (paths, next);
    }
    (vec![vec![name]], at)
}

/// The unit a path names: `a/b` when RANKS names that file on its own, else `a`.
fn unit_of(path: &[String]) -> Option<String> {
    let top = path.first()?;
    if let Some(second) = path.get(1) {
        let unit = format!("{top}/{second}");
        if rank(&unit).is_some() {
            return Some(unit);
        }
    }
    Some(top.clone())
}

/// The unit a source file (relative to `api/src`) belongs to.
fn unit_of_file(relative: &str) -> String {
    let path: Vec<String> = relative.trim_end_matches(".rs").split('/').map(str::to_owned).collect();
    unit_of(&path).unwrap_or_default()
}

fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read api/src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn no_module_uses_one_of_a_higher_rank() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    let mut upward = BTreeSet::new();
    for file in files {
        let relative = file.strip_prefix(&root).expect("under src").to_string_lossy().replace('\\', "/");
        let module = unit_of_file(&relative);
        let own = rank(&module).unwrap_or_else(|| panic!("{relative}: module {module} has no rank in RANKS"));
        let source = std::fs::read_to_string(&file).expect("read source");
        for used in used_modules(&source) {
            let Some(theirs) = rank(&used) else { continue };
            if used != module && theirs > own {
                upward.insert((relative.clone(), used));
            }
        }
    }
    assert!(upward.is_empty(), "modules using a higher layer (move the code down, or up):\n{upward:#?}");
}

#[test]
fn grouped_and_plain_uses_are_both_read() {
    let used =
        used_modules("use crate::{error::AppError, ids::{A, B}, text};\nlet x = crate::db::write(db);");
    assert_eq!(used.into_iter().collect::<Vec<_>>(), ["db", "error", "ids", "text"]);
}

/// The top-level modules each top-level module uses.
fn module_graph() -> std::collections::BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    let mut graph: std::collections::BTreeMap<String, BTreeSet<String>> = Default::default();
    for file in files {
        let relative = file.strip_prefix(&root).expect("under src").to_string_lossy().replace('\\', "/");
        let module = unit_of_file(&relative);
        let source = std::fs::read_to_string(&file).expect("read source");
        // What a comment names is not a use.
        let source: String =
            source.lines().filter(|line| !line.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        let used: Vec<String> = used_modules(&source)
            .into_iter()
            .filter(|used| *used != module && rank(used).is_some())
            .collect();
        graph.entry(module).or_default().extend(used);
    }
    graph
}

/// Whether `to` can be reached from `from` in `graph`.
fn reaches(graph: &std::collections::BTreeMap<String, BTreeSet<String>>, from: &str, to: &str) -> bool {
    let mut seen = BTreeSet::new();
    let mut stack = vec![from.to_owned()];
    while let Some(at) = stack.pop() {
        for next in graph.get(&at).into_iter().flatten() {
            if next == to {
                return true;
            }
            if seen.insert(next.clone()) {
                stack.push(next.clone());
            }
        }
    }
    false
}

#[test]
fn no_two_modules_use_each_other() {
    let graph = module_graph();
    let circles: Vec<String> = graph
        .iter()
        .flat_map(|(module, used)| used.iter().map(move |other| (module, other)))
        .filter(|(module, other)| module < other && reaches(&graph, other, module))
        .map(|(module, other)| format!("{module} ↔ {other}"))
        .collect();
    assert!(circles.is_empty(), "modules in a circle (one must not know the other): {circles:?}");
}

#[test]
fn each_channel_knows_nothing_of_the_others_nor_of_the_outbox() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/notify/channels");
    let channels: Vec<String> = std::fs::read_dir(&dir)
        .expect("notify/channels")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().trim_end_matches(".rs").to_owned())
        .filter(|name| name != "mod")
        .collect();
    assert!(channels.len() >= 2, "{channels:?}");
    for channel in &channels {
        let source = std::fs::read_to_string(dir.join(format!("{channel}.rs"))).expect("channel source");
        for other in channels.iter().filter(|other| *other != channel) {
            assert!(
                !source.contains(&format!("super::{other}"))
                    && !source.contains(&format!("channels::{other}")),
                "{channel}.rs uses {other}"
            );
        }
        assert!(
            !source.contains("crate::notify") && !source.contains("super::super"),
            "{channel}.rs reaches back into notify"
        );
    }
}

/// The files that decide "may this viewer do this": the only ones that refuse with
/// `Forbidden` (the resolvers and services call them).
const PERMISSION_MODULES: [&str; 4] =
    ["identity/policy.rs", "reports/access.rs", "partnership/access.rs", "notify/coverage.rs"];

#[test]
fn only_the_permission_modules_refuse() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    let mut deciding = Vec::new();
    for file in files {
        let relative = file.strip_prefix(&root).expect("under src").to_string_lossy().replace('\\', "/");
        if PERMISSION_MODULES.contains(&relative.as_str()) || relative.starts_with("error/") {
            continue;
        }
        let source = std::fs::read_to_string(&file).expect("read source");
        if source.contains("AppError::Forbidden") || source.contains("Err(Forbidden)") {
            deciding.push(relative);
        }
    }
    assert!(deciding.is_empty(), "permission decided outside the permission modules: {deciding:?}");
    for module in PERMISSION_MODULES {
        assert!(root.join(module).exists(), "{module} is gone: update PERMISSION_MODULES");
    }
}

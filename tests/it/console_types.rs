//! The consoles' GraphQL documents are checked against `schema.graphql` and typed from it
//! (`api/console/codegen.ts`, run by `npm run check` in the test command). Here, on a copy of
//! the console: the copy as committed passes; a query asking for a field the schema lacks,
//! a schema that drops a field a console reads, and a console reading a field its query
//! does not ask for each fail, naming what broke.

use std::path::{Path, PathBuf};

/// The console's sources and configuration, and the schema, copied under `root` as they
/// sit in the repository (the copy shares the installed `node_modules`).
fn copy_console(root: &Path) -> PathBuf {
    let repository = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let console = repository.join("api/console");
    let copy = root.join("api/console");
    std::fs::create_dir_all(&copy).expect("copy dir");
    std::fs::copy(repository.join("schema.graphql"), root.join("schema.graphql")).expect("schema");
    for file in ["codegen.ts", "tsconfig.json", "package.json"] {
        std::fs::copy(console.join(file), copy.join(file)).expect("console file");
    }
    copy_dir(&console.join("src"), &copy.join("src"));
    std::os::unix::fs::symlink(console.join("node_modules"), copy.join("node_modules"))
        .expect("node_modules");
    copy
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("dir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let path = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy");
        }
    }
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{} no longer contains {from:?}: update this test", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

/// Runs the console's check (codegen against the schema, then the type check): its
/// success and everything it printed.
fn check(node: &str, console: &Path) -> (bool, String) {
    let mut said = String::new();
    for tool in [
        vec!["node_modules/@graphql-codegen/cli/esm/bin.js", "--config", "codegen.ts", "--check"],
        vec!["node_modules/typescript/bin/tsc", "--noEmit"],
    ] {
        let output =
            std::process::Command::new(node).args(&tool).current_dir(console).output().expect("node runs");
        said.push_str(&String::from_utf8_lossy(&output.stdout));
        said.push_str(&String::from_utf8_lossy(&output.stderr));
        if !output.status.success() {
            return (false, said);
        }
    }
    (true, said)
}

#[test]
fn a_console_query_that_no_longer_matches_the_schema_fails_the_check() {
    let Ok(node) = std::env::var("VIGIE_TEST_NODE") else {
        eprintln!("VIGIE_TEST_NODE is not set (scripts/test sets it after npm ci): console check skipped");
        return;
    };
    let root = tempfile::tempdir().expect("temp dir");

    // As committed: the documents match the schema and src/gql/ is up to date.
    let console = copy_console(&root.path().join("committed"));
    let (ok, said) = check(&node, &console);
    assert!(ok, "the committed console fails its own check:\n{said}");

    // A query asking for a field the schema does not have.
    let console = copy_console(&root.path().join("query"));
    edit(
        &console.join("src/brigade.tsx"),
        "nodes { id status description createdAt",
        "nodes { id statut description createdAt",
    );
    let (ok, said) = check(&node, &console);
    assert!(!ok && said.contains("statut"), "a query for `statut` passed:\n{said}");

    // The schema drops a field a console reads.
    let console = copy_console(&root.path().join("schema"));
    edit(
        &root.path().join("schema/schema.graphql"),
        "\tmedianSecondsToAcknowledge:",
        "\tmedianSecondsToAck:",
    );
    let (ok, said) = check(&node, &console);
    assert!(!ok && said.contains("medianSecondsToAcknowledge"), "a schema without the field passed:\n{said}");

    // A console reading a field its query does not ask for.
    let console = copy_console(&root.path().join("reading"));
    edit(&console.join("src/commune.tsx"), "{activity.total}</strong>", "{activity.totalCount}</strong>");
    let (ok, said) = check(&node, &console);
    assert!(!ok && said.contains("totalCount"), "reading an unasked field passed:\n{said}");
}

#[test]
fn no_console_source_opts_out_of_the_types() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../api/console/src");
    let mut untyped = Vec::new();
    for entry in std::fs::read_dir(&src).expect("console src") {
        let path = entry.expect("entry").path();
        if !path.extension().is_some_and(|ext| ext == "ts" || ext == "tsx") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read");
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if code.contains(": any")
                || code.contains("<any>")
                || code.contains("any[]")
                || code.contains("as any")
                || line.contains("@ts-")
            {
                untyped.push(format!("{}:{}: {}", path.display(), number + 1, line.trim()));
            }
        }
    }
    assert!(untyped.is_empty(), "untyped console code:\n{}", untyped.join("\n"));
}

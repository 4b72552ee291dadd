//! Key files a node generates on first start (token signing, authenticator secrets): nodes
//! started together on one empty shared volume must end up with the same key. The new key
//! is written whole to a private temporary file, then linked into place — an atomic step
//! that fails if another node got there first, whose key is then read instead.

use std::path::Path;

use anyhow::Context;

/// The key file's text: read if it exists, else `generate`d and written (mode 0600).
/// Returns the text and whether this call created it.
pub fn read_or_create(
    path: &Path,
    generate: impl FnOnce() -> anyhow::Result<String>,
) -> anyhow::Result<(String, bool)> {
    if let Some(text) = read(path)? {
        return Ok((text, false));
    }
    let parent = path.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    let text = generate()?;
    let name = path.file_name().and_then(|name| name.to_str()).unwrap_or("key");
    let temporary = parent.join(format!(".{name}.{}", uuid::Uuid::new_v4().simple()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let written = options.open(&temporary).and_then(|mut file| {
        std::io::Write::write_all(&mut file, text.as_bytes())?;
        file.sync_all()
    });
    let linked = written.and_then(|()| std::fs::hard_link(&temporary, path));
    let _ = std::fs::remove_file(&temporary);
    match linked {
        Ok(()) => Ok((text, true)),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            let text = read(path)?.with_context(|| format!("{} vanished", path.display()))?;
            Ok((text, false))
        }
        Err(error) => Err(error).with_context(|| format!("creating {}", path.display())),
    }
}

fn read(path: &Path) -> anyhow::Result<Option<String>> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(error).with_context(|| format!("reading {}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_starting_together_share_one_key() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("keys").join("k.key");
        let texts: Vec<(String, bool)> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..8)
                .map(|n| {
                    let path = path.clone();
                    scope.spawn(move || read_or_create(&path, || Ok(format!("key-{n}\n"))).expect("key"))
                })
                .collect();
            handles.into_iter().map(|handle| handle.join().expect("thread")).collect()
        });
        assert_eq!(texts.iter().filter(|(_, created)| *created).count(), 1);
        assert!(texts.iter().all(|(text, _)| *text == texts[0].0));
        let leftovers = std::fs::read_dir(path.parent().expect("parent")).expect("list").count();
        assert_eq!(leftovers, 1, "no temporary file left");
    }
}

//! Compiles the corpus (`seeds/`, or the folder named by `CORPUS_DIR`) into `OUT_DIR/corpus.bin`,
//! which the app embeds; or, when `CORPUS_BUNDLE` names a bundle compiled before (as `make dist`
//! and `make serve` do, with progress on the terminal) or the core of a sharded site, checks and
//! embeds that. Nothing else happens here.
//!
//! Everything this script prints to cargo goes through `corpus::diag::cargo_directive`, which
//! escapes control characters: a file name or a document cannot start a directive of its own.

use std::path::{Path, PathBuf};

use corpus::diag::cargo_directive;

fn directive(key: &str, value: &str) {
    println!("{}", cargo_directive(key, value));
}

fn main() {
    // `cfg(sharded)`: the page embeds a sharded site's core and carries the code that fetches its
    // chunks; a page with one bundle carries none of it.
    directive("rustc-check-cfg", "cfg(sharded)");
    for var in [
        "CORPUS_DIR",
        "CORPUS_CONFIG",
        "CORPUS_BUNDLE",
        "CORPUS_STRICT",
        "CORPUS_LAYOUT",
    ] {
        directive("rerun-if-env-changed", var);
    }
    // A sharded site is written by the command-line tool (its chunks go beside the page, which
    // only `make dist` and `make serve` put there); this script embeds its core when
    // CORPUS_BUNDLE names it, and compiles a folder only into a single bundle.
    if std::env::var("CORPUS_LAYOUT").is_ok_and(|l| l == "sharded")
        && std::env::var_os("CORPUS_BUNDLE").is_none_or(|b| b.is_empty())
    {
        eprintln!(
            "CORPUS_LAYOUT=sharded: the chunks of a sharded site are written beside the page, which \
             a plain cargo or trunk build cannot do: build with `CORPUS_LAYOUT=sharded make dist` \
             (or make serve), which compiles the site and puts its chunks in place"
        );
        std::process::exit(1);
    }
    let root = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let out =
        PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.bin");
    // Relative paths are taken from the repository root, where the README's commands run.
    let from_env = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(|v| root.join(v))
    };
    if let Some(bundle) = from_env("CORPUS_BUNDLE") {
        embed_prebuilt(&bundle, &out);
        return;
    }
    let dir = from_env("CORPUS_DIR").unwrap_or_else(|| root.join("seeds"));
    let config = from_env("CORPUS_CONFIG");
    watch(&dir, config.as_deref());

    match corpus::compile::compile_dir(&dir, config.as_deref()) {
        Ok(compiled) => {
            for d in &compiled.warnings {
                directive("warning", &d.to_string());
            }
            let strict = std::env::var("CORPUS_STRICT").is_ok_and(|v| v == "1");
            if strict && compiled.left_out() > 0 {
                eprintln!(
                    "CORPUS_STRICT=1: {} files of {} are left out:",
                    compiled.left_out(),
                    dir.display()
                );
                for d in compiled.warnings.iter().filter(|d| d.is_error()) {
                    eprintln!("{d}");
                }
                std::process::exit(1);
            }
            let c = &compiled.corpus;
            if let Err(e) = corpus::build::shard::check_single(c) {
                eprintln!("{}: {e}", dir.display());
                std::process::exit(1);
            }
            name_stemmers(c);
            let bytes = c.to_bytes();
            if let Err(e) = std::fs::write(&out, &bytes) {
                eprintln!("{}: cannot write the compiled corpus: {e}", out.display());
                std::process::exit(1);
            }
            directive(
                "warning",
                &format!(
                    "corpus {}: compiled {} documents ({} passages, {} bytes){}",
                    dir.display(),
                    c.docs.len(),
                    c.passages.len(),
                    bytes.len(),
                    match compiled.left_out() {
                        0 => String::new(),
                        n => format!("; {n} files left out, see above"),
                    }
                ),
            );
        }
        Err(diagnostics) => {
            eprintln!("the corpus in {} does not compile:", dir.display());
            for d in &diagnostics {
                eprintln!("{d}");
            }
            std::process::exit(1);
        }
    }
}

/// Names the Snowball stemmers of the corpus's languages, `cfg(stem = "english")` and so on: the
/// page carries only those (src/stemmers.rs).
fn name_stemmers(corpus: &corpus::Corpus) {
    let all: Vec<String> = corpus::text::ALGORITHMS
        .iter()
        .map(|&a| format!("\"{}\"", corpus::text::algorithm_name(a)))
        .collect();
    directive(
        "rustc-check-cfg",
        &format!("cfg(stem, values({}))", all.join(", ")),
    );
    let mut named = Vec::new();
    for doc in &corpus.docs {
        if let Some(a) = corpus::text::stemmer_for(&doc.lang) {
            if !named.contains(&a) {
                named.push(a);
                let name = corpus::text::algorithm_name(a);
                directive("rustc-cfg", &format!("stem=\"{name}\""));
            }
        }
    }
}

/// Embeds a bundle compiled by `corpus build`, after checking that it decodes and holds together.
fn embed_prebuilt(bundle: &Path, out: &Path) {
    directive("rerun-if-changed", &bundle.display().to_string());
    let bytes = match std::fs::read(bundle) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!(
                "{}: cannot read the bundle named by CORPUS_BUNDLE: {e}",
                bundle.display()
            );
            std::process::exit(1);
        }
    };
    // A single bundle, or a sharded site's core (its chunks are fetched by the page).
    let fail = |e: corpus::model::BundleError| -> ! {
        eprintln!("{}: {e}", bundle.display());
        std::process::exit(1);
    };
    let (docs, kind) = if corpus::shard::is_core(&bytes) {
        let site = corpus::shard::Site::from_core(&bytes).unwrap_or_else(|e| fail(e));
        name_stemmers(site.corpus());
        directive("rustc-cfg", "sharded");
        (site.corpus().docs.len(), "the core of a sharded site")
    } else {
        let corpus = corpus::Corpus::from_bytes(&bytes).unwrap_or_else(|e| fail(e));
        name_stemmers(&corpus);
        (corpus.docs.len(), "a bundle")
    };
    if let Err(e) = std::fs::write(out, &bytes) {
        eprintln!("{}: cannot write the corpus: {e}", out.display());
        std::process::exit(1);
    }
    directive(
        "warning",
        &format!(
            "corpus: embedded {} ({kind}: {docs} documents, {} bytes)",
            bundle.display(),
            bytes.len()
        ),
    );
}

/// Asks cargo to rerun when the configuration or anything in the folder changes. Cargo scans a
/// folder it is given recursively and follows symbolic links; when a link in the corpus leads
/// outside it (the build skips such links, cargo would not), each document is watched instead
/// of the folder, so that cargo never walks beyond the corpus.
fn watch(dir: &Path, config: Option<&Path>) {
    if let Some(config) = config {
        directive("rerun-if-changed", &config.display().to_string());
    }
    let listing = corpus::ingest::list(dir);
    if listing.links_outside == 0 {
        directive("rerun-if-changed", &dir.display().to_string());
        return;
    }
    for file in &listing.files {
        directive("rerun-if-changed", &file.path.display().to_string());
    }
    if let Some(config) = &listing.config {
        directive("rerun-if-changed", &config.display().to_string());
    }
    directive(
        "warning",
        &format!(
            "{}: symbolic links lead outside the corpus folder, so only the documents are watched: after adding a file, run the build with CORPUS_DIR set again or touch build.rs",
            dir.display()
        ),
    );
}

//! Compiles the corpus (`seeds/`, or the folder named by `CORPUS_DIR`) into `OUT_DIR/corpus.bin`,
//! which the app embeds. Nothing else happens here.

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-env-changed=CORPUS_DIR");
    println!("cargo:rerun-if-env-changed=CORPUS_CONFIG");
    println!("cargo:rerun-if-env-changed=CORPUS_LAYOUT");
    // The page reads the single bundle only, for now; a sharded site is written by
    // `corpus build DIR -o SITE --layout sharded` and read by the command-line tool.
    if std::env::var("CORPUS_LAYOUT").is_ok_and(|l| l == "sharded") {
        eprintln!(
            "CORPUS_LAYOUT=sharded: the page cannot read a sharded site yet; build the page with \
             CORPUS_LAYOUT=single or auto, and write a sharded site for the command-line tool with \
             `corpus build DIR -o SITE --layout sharded`"
        );
        std::process::exit(1);
    }
    let root = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    // A relative CORPUS_DIR is taken from the repository root, where the README's commands run.
    let dir = match std::env::var_os("CORPUS_DIR") {
        Some(d) if !d.is_empty() => root.join(d),
        _ => root.join("seeds"),
    };
    let config = std::env::var_os("CORPUS_CONFIG")
        .filter(|c| !c.is_empty())
        .map(|c| root.join(c));
    watch(&dir, config.as_deref());

    match corpus::compile::compile_dir(&dir, config.as_deref()) {
        Ok(compiled) => {
            for w in &compiled.warnings {
                println!("cargo:warning={w}");
            }
            let c = &compiled.corpus;
            let bytes = c.to_bytes();
            let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
                .join("corpus.bin");
            if let Err(e) = std::fs::write(&out, &bytes) {
                eprintln!("{}: cannot write the compiled corpus: {e}", out.display());
                std::process::exit(1);
            }
            println!(
                "cargo:warning=corpus {}: compiled {} documents ({} passages, {} bytes)",
                dir.display(),
                c.docs.len(),
                c.passages.len(),
                bytes.len()
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

/// Asks cargo to rerun when the folder, any file in it, or the configuration changes.
fn watch(dir: &Path, config: Option<&Path>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    if let Some(config) = config {
        println!("cargo:rerun-if-changed={}", config.display());
    }
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            println!("cargo:rerun-if-changed={}", path.display());
            if path.is_dir() {
                stack.push(path);
            }
        }
    }
}

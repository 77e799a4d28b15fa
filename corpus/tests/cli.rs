//! The `corpus` command-line tool, run as a user runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn corpus(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_corpus"))
        .args(args)
        .output()
        .expect("the corpus binary runs")
}

fn seeds() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../seeds")
        .display()
        .to_string()
}

/// A scratch folder with the given files, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str, files: &[(&str, &[u8])]) -> Scratch {
        let dir = std::env::temp_dir().join(format!("corpus-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, bytes) in files {
            let path = dir.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
        Scratch(dir)
    }

    fn path(&self) -> String {
        self.0.display().to_string()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn check_passes_on_the_seed_corpus() {
    let out = corpus(&["check", &seeds()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("ok: 1 documents"));
}

#[test]
fn check_reports_every_problem_with_file_and_line() {
    let dir = Scratch::new(
        "bad",
        &[
            ("good.txt", b"A good document with a sentence.\n"),
            ("empty.txt", b""),
            ("latin1.txt", b"first line\nsecond line caf\xe9\n"),
            ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00"),
            ("front.md", b"---\ntitle: x\ndate: [unclosed\n---\nBody.\n"),
            ("plain.html", b"Words without any markup at all.\n"),
            (
                "furniture-only.md",
                b"Share this article\n\nLeave a Reply\n",
            ),
            ("Good.TXT", b"Another document that differs in text.\n"),
            ("notes.pdf", b"%PDF-1.4"),
        ],
    );
    let out = corpus(&["check", &dir.path()]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    let has = |file: &str, line: u32, words: &str| {
        lines.iter().any(|l| {
            l.contains(&format!("{file}:{line}: "))
                && l.to_lowercase().contains(&words.to_lowercase())
        })
    };
    assert!(has("empty.txt", 1, "empty"), "{stdout}");
    assert!(
        has("latin1.txt", 2, "invalid UTF-8 at byte offset 26"),
        "{stdout}"
    );
    assert!(has("binary.txt", 3, "binary"), "{stdout}");
    assert!(has("front.md", 3, "YAML"), "{stdout}");
    assert!(has("plain.html", 1, "no HTML tags"), "{stdout}");
    assert!(has("furniture-only.md", 1, "no paragraphs"), "{stdout}");
    assert!(has("good.txt", 1, "clashes with Good.TXT"), "{stdout}");
    assert!(has("notes.pdf", 1, "skipped"), "{stdout}");
    assert_eq!(lines.len(), 8, "one line per problem:\n{stdout}");
}

#[test]
fn check_warns_about_duplicates_and_succeeds() {
    let dir = Scratch::new(
        "dup",
        &[
            ("a.txt", b"The same words.\n"),
            ("b.txt", b"The same words.\n"),
        ],
    );
    let out = corpus(&["check", &dir.path()]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("b.txt:1: warning: same text as a.txt"),
        "{stdout}"
    );
}

#[test]
fn check_on_a_missing_folder_fails_clearly() {
    let out = corpus(&["check", "/nonexistent/corpus/folder"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("/nonexistent/corpus/folder:1: error:"));
}

#[test]
fn stats_json_counts_the_seed() {
    let out = corpus(&["stats", &seeds(), "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"], 1);
    assert_eq!(v["headings"], 3);
    assert_eq!(v["passages"], 12);
    assert_eq!(v["furniture_lines"], 1);
    assert_eq!(v["languages"]["en"], 1);
}

#[test]
fn observer_status_finds_the_application_passage_first() {
    let out = corpus(&["query", &seeds(), "observer status", "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = v["hits"][0]["text"].as_str().unwrap();
    assert!(
        first.contains("application to transition from dialogue partner to observer status"),
        "{first}"
    );
}

#[test]
fn query_json_has_the_documented_fields() {
    let out = corpus(&["query", &seeds(), "Qingdao", "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let hit = &v["hits"][0];
    assert_eq!(hit["doc"], "azerbaijan-and-the-SCO.txt");
    assert_eq!(hit["title"], "Azerbaijan and the SCO");
    assert!(hit["passage"].is_u64());
    assert!(hit["score"].as_f64().unwrap() > 0.0);
    let text = hit["text"].as_str().unwrap();
    assert!(text.contains("SCO International Investment and Trade Fair"));
    let ranges = hit["highlights"].as_array().unwrap();
    assert!(!ranges.is_empty());
    for r in ranges {
        let (s, e) = (
            r[0].as_u64().unwrap() as usize,
            r[1].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], "Qingdao");
    }
}

#[test]
fn query_on_a_broken_corpus_exits_with_the_problem() {
    let dir = Scratch::new("broken", &[("a.txt", b"")]);
    let out = corpus(&["query", &dir.path(), "x", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("a.txt:1: error:"));
}

#[test]
fn query_json_counts_partial_hits_apart_from_total() {
    // One passage has all three words and three have some: `total` counts the first, and
    // `partial_total` the others, which the hits list after it marked incomplete.
    let out = corpus(&["query", &seeds(), "trade fair investment", "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let hits = v["hits"].as_array().unwrap();
    let total = v["total"].as_u64().unwrap() as usize;
    let partial = v["partial_total"].as_u64().unwrap() as usize;
    assert_eq!((total, partial), (1, 3));
    assert_eq!(hits.len(), total + partial);
    let complete: Vec<bool> = hits
        .iter()
        .map(|h| h["complete"].as_bool().unwrap())
        .collect();
    assert_eq!(complete, [true, false, false, false]);
}

#[test]
fn build_leaves_a_bad_file_out_and_names_it() {
    let dir = Scratch::new(
        "build",
        &[
            ("good.txt", b"A good document with a sentence.\n"),
            ("latin1.txt", b"caf\xe9\n"),
        ],
    );
    let out_file =
        std::env::temp_dir().join(format!("corpus-cli-build-{}.bin", std::process::id()));
    let out = corpus(&["build", &dir.path(), "-o", &out_file.display().to_string()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("latin1.txt:1: error: invalid UTF-8"),
        "{stderr}"
    );
    assert!(stderr.contains("1 documents, 1 files left out"), "{stderr}");
    let bytes = std::fs::read(&out_file).unwrap();
    let built = corpus::Corpus::from_bytes(&bytes).unwrap();
    assert_eq!(built.docs.len(), 1);

    let strict = corpus(&[
        "build",
        &dir.path(),
        "-o",
        &out_file.display().to_string(),
        "--strict",
    ]);
    assert_eq!(strict.status.code(), Some(1));
    let _ = std::fs::remove_file(out_file);
}

/// Two documents in two languages, with gold annotations and judgments that name languages,
/// in a scratch folder of its own for each test (`name`): tests run in parallel.
fn two_languages(name: &str) -> Scratch {
    Scratch::new(
        name,
        &[
            (
                "docs/a.md",
                "---\ntitle: Line\nlang: en\n---\nThe new rail line opened in 2019.\n".as_bytes(),
            ),
            (
                "docs/b.md",
                "---\ntitle: Линия\nlang: ru\n---\nНовая железнодорожная линия открылась в 2019 году.\n"
                    .as_bytes(),
            ),
            (
                "gold.json",
                br#"{"a.md": {"dates": ["2019"]}, "b.md": {"lang": "ru-RU", "dates": ["2019", "2020"]}}"#,
            ),
            (
                "queries.json",
                br#"[{"id": "q1", "query": "rail line", "relevant": {"a.md": 2}, "lang": "en"},
                     {"id": "q2", "query": "nowhere", "relevant": {"b.md": 2}, "lang": "ru"},
                     {"id": "q3", "query": "rail", "relevant": {"a.md": 1, "b.md": 1}}]"#,
            ),
        ],
    )
}

#[test]
fn eval_by_lang_scores_each_language_and_overall() {
    let dir = two_languages("langs-eval");
    let (docs, gold) = (
        format!("{}/docs", dir.path()),
        format!("{}/gold.json", dir.path()),
    );
    let out = corpus(&["eval", &docs, &gold, "--by-lang", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let langs: Vec<&String> = v["by_lang"].as_object().unwrap().keys().collect();
    assert_eq!(langs, ["en", "ru-RU"]);
    assert_eq!(v["by_lang"]["en"]["documents"], 1);
    assert_eq!(v["by_lang"]["en"]["scores"]["dates"]["gold"], 1);
    assert_eq!(v["by_lang"]["en"]["scores"]["dates"]["found"], 1);
    assert_eq!(v["by_lang"]["ru-RU"]["scores"]["dates"]["gold"], 2);
    assert!(v["by_lang"]["en"]["scores"]["persons"].is_null());
    assert_eq!(v["scores"]["dates"]["gold"], 3);

    let text = corpus(&["eval", &docs, &gold, "--by-lang"]);
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(stdout.contains("language en (1 document)"), "{stdout}");
    assert!(stdout.contains("language ru-RU (1 document)"), "{stdout}");
    let f1_header = stdout.lines().find(|l| l.starts_with("F1 ")).unwrap();
    assert!(
        f1_header
            .split_whitespace()
            .eq(["F1", "en", "ru-RU", "all"]),
        "{f1_header}"
    );

    let plain = corpus(&["eval", &docs, &gold, "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&plain.stdout).unwrap();
    assert!(
        v.get("by_lang").is_none(),
        "without the flag the output is as before"
    );
    let plain = corpus(&["eval", &docs, &gold]);
    assert!(!String::from_utf8_lossy(&plain.stdout).contains("language "));
}

#[test]
fn eval_search_by_lang_gives_means_per_query_language() {
    let dir = two_languages("langs-search");
    let docs = format!("{}/docs", dir.path());
    let queries = format!("{}/queries.json", dir.path());
    let out = corpus(&["eval-search", &docs, &queries, "--by-lang", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let by_lang = v["by_lang"].as_object().unwrap();
    assert_eq!(by_lang.keys().collect::<Vec<_>>(), ["en", "ru", "und"]);
    for lang in ["en", "ru", "und"] {
        assert_eq!(by_lang[lang]["queries"], 1, "{lang}");
    }
    assert_eq!(by_lang["en"]["ndcg"], 1.0);
    assert_eq!(by_lang["en"]["recall"], 1.0);
    assert_eq!(by_lang["ru"]["mrr"], 0.0);
    assert!(v["queries"][0].get("lang").is_none());

    let text = corpus(&["eval-search", &docs, &queries, "--by-lang"]);
    let stdout = String::from_utf8_lossy(&text.stdout);
    let row = |lang: &str| {
        // The last such row: the per-query table above also ends with a row `all`.
        stdout
            .lines()
            .rfind(|l| l.split_whitespace().next() == Some(lang))
            .unwrap_or_else(|| panic!("no row for {lang}:\n{stdout}"))
            .split_whitespace()
            .skip(1)
            .collect::<Vec<_>>()
    };
    assert_eq!(row("en"), ["1", "1.000", "1.000", "1.000"]);
    assert_eq!(row("ru"), ["1", "0.000", "0.000", "0.000"]);
    let all = row("all");
    assert_eq!(all[0], "3");
    // Columns as in the per-query table: nDCG@10, MRR, R@10. q3 finds one of its two
    // documents, first: nDCG 1/(1 + 1/log2 3), RR 1, recall 0.5.
    let q3_ndcg = 1.0 / (1.0 + 1.0 / 3f64.log2());
    let fmt = |x: f64| format!("{x:.3}");
    assert_eq!(row("und"), ["1", fmt(q3_ndcg).as_str(), "1.000", "0.500"]);
    assert_eq!(
        all[1..],
        [fmt((1.0 + q3_ndcg) / 3.0), fmt(2.0 / 3.0), fmt(1.5 / 3.0)]
    );

    let plain = corpus(&["eval-search", &docs, &queries, "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&plain.stdout).unwrap();
    assert!(
        v.get("by_lang").is_none(),
        "without the flag the output is as before"
    );
}

/// The seed compiled into a bundle file in a scratch folder of its own.
fn seed_bundle(name: &str) -> (Scratch, String) {
    let dir = Scratch::new(name, &[]);
    std::fs::create_dir_all(&dir.0).unwrap();
    let bundle = dir.0.join("seed.bin").display().to_string();
    let out = corpus(&["build", &seeds(), "-o", &bundle]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (dir, bundle)
}

#[test]
fn query_on_a_built_bundle_gives_what_the_folder_gives() {
    let (_dir, bundle) = seed_bundle("bundle-query");
    let from_folder = corpus(&["query", &seeds(), "observer status", "--json", "--facets"]);
    let from_bundle = corpus(&["query", &bundle, "observer status", "--json", "--facets"]);
    assert!(
        from_bundle.status.success(),
        "{}",
        String::from_utf8_lossy(&from_bundle.stderr)
    );
    assert!(!from_bundle.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&from_folder.stdout),
        String::from_utf8_lossy(&from_bundle.stdout)
    );
}

#[test]
fn stats_entities_and_check_read_a_built_bundle() {
    let (_dir, bundle) = seed_bundle("bundle-stats");
    let out = corpus(&["stats", &bundle, "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"], 1);
    assert_eq!(v["passages"], 12);
    let out = corpus(&["entities", &bundle, "--json"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Shanghai Cooperation Organisation"));
    let out = corpus(&["check", &bundle]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("ok: the bundle reads: 1 documents"));
}

#[test]
fn a_file_that_is_not_a_bundle_is_named_with_the_reason() {
    let dir = Scratch::new("not-bundle", &[("notes.txt", b"just some words")]);
    let file = dir.0.join("notes.txt").display().to_string();
    let out = corpus(&["query", &file, "words"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("{file}: neither a corpus folder nor a bundle")),
        "{err}"
    );
}

#[test]
fn a_bundle_of_another_format_version_asks_for_a_rebuild() {
    let (dir, bundle) = seed_bundle("bundle-old");
    let mut bytes = std::fs::read(&bundle).unwrap();
    bytes[8..12].copy_from_slice(&1u32.to_le_bytes());
    let old = dir.0.join("old.bin");
    std::fs::write(&old, bytes).unwrap();
    let out = corpus(&["stats", &old.display().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("format version 1"), "{err}");
    assert!(err.contains("rebuild it"), "{err}");
}

#[test]
fn config_with_a_bundle_is_refused() {
    let (_dir, bundle) = seed_bundle("bundle-config");
    let config = format!("{}/explorer.toml", seeds());
    let out = corpus(&["query", &bundle, "SCO", "--config", &config]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--config applies when compiling a folder")
    );
}

#[test]
fn timings_report_peak_memory_and_refuse_a_bundle() {
    let out = corpus(&["stats", &seeds(), "--timings", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    if cfg!(target_os = "linux") {
        // At least the text of the corpus was in memory.
        assert!(v["peak_memory_bytes"].as_u64().unwrap() > 1_000_000, "{v}");
    }
    assert!(v["threads"].as_u64().unwrap() >= 1);
    // Progress goes to stderr, documents and megabytes done.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("reading 1/1 documents"), "{err}");
    let (_dir, bundle) = seed_bundle("bundle-timings");
    let out = corpus(&["stats", &bundle, "--timings"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--timings measures a build"));
}

#[test]
fn a_sharded_site_answers_queries_and_stats_as_the_folder_does() {
    let dir = Scratch::new("site", &[]);
    std::fs::create_dir_all(&dir.0).unwrap();
    let site = dir.0.join("site").display().to_string();
    let out = corpus(&["build", &seeds(), "-o", &site, "--layout", "sharded"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("dates chunks"), "{err}");
    assert!(dir.0.join("site/corpus-core.bin.br").is_file());
    let from_folder = corpus(&["query", &seeds(), "observer status", "--json", "--facets"]);
    let from_site = corpus(&["query", &site, "observer status", "--json", "--facets"]);
    assert!(
        from_site.status.success(),
        "{}",
        String::from_utf8_lossy(&from_site.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&from_folder.stdout),
        String::from_utf8_lossy(&from_site.stdout)
    );
    assert!(String::from_utf8_lossy(&from_site.stderr).contains("chunks"));
    let a = corpus(&["stats", &seeds(), "--json"]);
    let b = corpus(&["stats", &site, "--json"]);
    assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
    let (a, b): (serde_json::Value, serde_json::Value) = (
        serde_json::from_slice(&a.stdout).unwrap(),
        serde_json::from_slice(&b.stdout).unwrap(),
    );
    assert_eq!(a["passages"], b["passages"]);
    assert_eq!(a["mentions"], b["mentions"]);
    assert_eq!(a["bundle_bytes"], b["bundle_bytes"]);
}

#[test]
fn a_site_with_a_chunk_gone_names_the_file() {
    let dir = Scratch::new("site-gone", &[]);
    std::fs::create_dir_all(&dir.0).unwrap();
    let site = dir.0.join("site");
    let out = corpus(&[
        "build",
        &seeds(),
        "-o",
        &site.display().to_string(),
        "--layout",
        "sharded",
    ]);
    assert!(out.status.success());
    let gone = std::fs::read_dir(site.join("chunks"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("d-") && n.ends_with(".bin"))
        .unwrap();
    std::fs::remove_file(site.join("chunks").join(&gone)).unwrap();
    let out = corpus(&["query", &site.display().to_string(), "Qingdao"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("chunks/{gone}: could not be loaded")),
        "{err}"
    );
}

#[test]
fn an_unknown_layout_is_refused() {
    let out = corpus(&["build", &seeds(), "-o", "unused.bin", "--layout", "split"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("single, sharded or auto"));
}

#[test]
fn output_piped_into_a_reader_that_stops_early_ends_without_a_panic() {
    use std::io::Read;
    use std::process::Stdio;
    // Enough documents that `entities` writes more than a pipe holds (64 KB on Linux) after
    // the reader has gone.
    let text: String = (0..400)
        .map(|i| format!("Minister Anar Mammad{i}ov met President Ilham Aliyev in Baku.\n\n"))
        .collect();
    let files: Vec<(String, Vec<u8>)> = (0..20)
        .map(|d| {
            (
                format!("doc{d}.txt"),
                format!("Title {d}\n\n{text}").into_bytes(),
            )
        })
        .collect();
    let refs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let dir = Scratch::new("pipe", &refs);
    let mut child = Command::new(env!("CARGO_BIN_EXE_corpus"))
        .args(["entities", &dir.path()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the corpus binary runs");
    let mut first = [0u8; 64];
    child
        .stdout
        .take()
        .expect("stdout is piped")
        .read_exact(&mut first)
        .expect("the tool writes its first lines");
    // The reader is gone: the rest of the output goes nowhere.
    let out = child.wait_with_output().expect("the tool ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

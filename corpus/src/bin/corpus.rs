//! `corpus`: check, inspect and query a corpus folder, or a bundle built from one, from the command
//! line, with the same code that compiles it into the explorer.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand};
use corpus::build::shard::{check_single, chunk_bytes_for, write_site_sized, Layout};
use corpus::compile::{compile_dir, compile_dir_with, Compiled, Progress};
use corpus::diag::one_line;
use corpus::model::BundleError;
use corpus::query::{Engine, SearchRequest, Sort};
use corpus::search_eval;
use corpus::shard::{self, Site, CORE_FILE};
use serde_json::json;

#[derive(Parser)]
#[command(
    name = "corpus",
    version,
    about = "Check, inspect and query a corpus folder, or a bundle or sharded site `corpus build` wrote"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile the folder and report every problem as `file:line: message` (exit 1 on errors).
    Check {
        /// The corpus folder (or a built bundle: checks that it reads).
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// Use this configuration instead of the folder's explorer.toml.
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Counts of documents, sections, passages, words and bytes.
    Stats {
        /// The corpus folder, or a bundle or sharded site `corpus build` wrote (read, not
        /// compiled).
        #[arg(value_name = "DIR|BUNDLE|SITE")]
        dir: PathBuf,
        #[arg(long)]
        config: Option<PathBuf>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Time ingest and each stage of analysis and indexing, with throughput.
        #[arg(long)]
        timings: bool,
    },
    /// People, organisations and places: names, aliases, roles and every mention.
    Entities {
        /// The corpus folder, or a bundle or sharded site `corpus build` wrote (read, not
        /// compiled).
        #[arg(value_name = "DIR|BUNDLE|SITE")]
        dir: PathBuf,
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Each document's themes and keywords; dates and figures (money, percentages, quantities)
    /// with their sentences.
    Facts {
        /// The corpus folder, or a bundle or sharded site `corpus build` wrote (read, not
        /// compiled).
        #[arg(value_name = "DIR|BUNDLE|SITE")]
        dir: PathBuf,
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Score extraction against gold annotations (precision, recall, F1 per kind).
    Eval {
        /// The corpus folder, or a bundle or sharded site `corpus build` wrote (read, not
        /// compiled).
        #[arg(value_name = "DIR|BUNDLE|SITE")]
        dir: PathBuf,
        gold: PathBuf,
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long)]
        json: bool,
        /// Also score each language apart: the gold's `lang`, else the document's language.
        #[arg(long)]
        by_lang: bool,
    },
    /// Search the folder and print the ranked passages.
    Query {
        /// The corpus folder, or a bundle or sharded site `corpus build` wrote (read, not
        /// compiled).
        #[arg(value_name = "DIR|BUNDLE|SITE")]
        dir: PathBuf,
        query: String,
        #[arg(long)]
        config: Option<PathBuf>,
        /// How many passages to print.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Skip this many passages (paging).
        #[arg(long, default_value_t = 0)]
        offset: usize,
        /// Order: relevance, newest, oldest or document.
        #[arg(long, default_value = "relevance")]
        sort: String,
        /// A facet selection, `KEY=VALUE` (person, org, place, theme, doc, year, lang); repeat
        /// it to select several.
        #[arg(long = "select", value_name = "KEY=VALUE")]
        select: Vec<String>,
        /// Also print the facets.
        #[arg(long)]
        facets: bool,
        #[arg(long)]
        json: bool,
    },
    /// Score the ranking against graded judgments (nDCG@10, MRR, recall@10).
    EvalSearch {
        /// The corpus folder, or a bundle or sharded site `corpus build` wrote (read, not
        /// compiled).
        #[arg(value_name = "DIR|BUNDLE|SITE")]
        dir: PathBuf,
        /// A JSON list of {id, query, relevant: {file: grade}, lang?}.
        queries: PathBuf,
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long)]
        json: bool,
        /// Also give the means per query language (the judgment's `lang`, else `und`).
        #[arg(long)]
        by_lang: bool,
    },
    /// Each document: metadata, sections, passages and the page furniture left out.
    Docs {
        /// The corpus folder, or a bundle or sharded site `corpus build` wrote (read, not
        /// compiled).
        #[arg(value_name = "DIR|BUNDLE|SITE")]
        dir: PathBuf,
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Write the compiled bundle the explorer embeds, with progress on stderr. Files with a
    /// problem are left out (and named); the bundle is rewritten only when its bytes change.
    Build {
        /// The corpus folder.
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        #[arg(long)]
        config: Option<PathBuf>,
        /// Where to write the bundle (a file), or the sharded site (a folder).
        #[arg(long, short)]
        out: PathBuf,
        /// single, sharded, or auto (sharded above 40 MB of document text). Default: the
        /// CORPUS_LAYOUT environment variable, else auto.
        #[arg(long)]
        layout: Option<String>,
        /// The sharded site's chunk size to aim at, in KB (or CORPUS_CHUNK_KB). Default: 128, or
        /// larger where that would make more than 1,600 chunks (5,000 files with the copies).
        #[arg(long, value_name = "KB", value_parser = clap::value_parser!(u32).range(1..=65536))]
        chunk_kb: Option<u32>,
        /// Fail instead of leaving out a file with a problem.
        #[arg(long)]
        strict: bool,
    },
}

fn main() -> ExitCode {
    // Output piped into a reader that stops early (`corpus entities DIR | head`) ends the tool
    // quietly, as with other command-line tools, rather than in a panic on the failed write.
    #[cfg(unix)]
    // SAFETY: restoring the default action of a signal before any thread is started.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    match cli.command {
        Command::Check { dir, config } => check(&dir, config.as_deref()),
        Command::Build {
            dir,
            config,
            out,
            layout,
            chunk_kb,
            strict,
        } => {
            let chunk_kb = match chunk_kb.map(Ok).or_else(|| {
                std::env::var("CORPUS_CHUNK_KB").ok().map(|v| {
                    v.parse::<u32>()
                        .ok()
                        .filter(|&k| (1..=65536).contains(&k))
                        .ok_or(v)
                })
            }) {
                Some(Ok(k)) => Some(k as usize * 1024),
                Some(Err(v)) => {
                    eprintln!("CORPUS_CHUNK_KB={v}: give a whole number of KB from 1 to 65536");
                    return ExitCode::FAILURE;
                }
                None => None,
            };
            let layout = layout
                .or_else(|| std::env::var("CORPUS_LAYOUT").ok())
                .unwrap_or_default();
            let layout = match Layout::parse(&layout) {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::FAILURE;
                }
            };
            if dir.is_dir() {
                build(&dir, config.as_deref(), &out, strict, (layout, chunk_kb))
            } else {
                with_corpus_shown(&dir, config.as_deref(), true, |c| {
                    write_out(&c.corpus, &out, (layout, chunk_kb))
                })
            }
        }
        Command::Stats {
            dir,
            config,
            json,
            timings: true,
        } => timed_stats(&dir, config.as_deref(), json),
        Command::Stats {
            dir, config, json, ..
        } => with_corpus(&dir, config.as_deref(), |c| stats(c, json)),
        Command::Entities { dir, config, json } => {
            with_corpus(&dir, config.as_deref(), |c| entities(c, json))
        }
        Command::Facts { dir, config, json } => {
            with_corpus(&dir, config.as_deref(), |c| facts(c, json))
        }
        Command::Eval {
            dir,
            gold,
            config,
            json,
            by_lang,
        } => with_corpus(&dir, config.as_deref(), |c| eval(c, &gold, json, by_lang)),
        Command::Query {
            dir,
            query,
            config,
            limit,
            offset,
            sort,
            select,
            facets,
            json,
        } => {
            let sort = match sort.as_str() {
                "relevance" => Sort::Relevance,
                "newest" => Sort::Newest,
                "oldest" => Sort::Oldest,
                "document" => Sort::Document,
                other => {
                    eprintln!("unknown sort `{other}`: use relevance, newest, oldest or document");
                    return ExitCode::FAILURE;
                }
            };
            let mut request = SearchRequest::new(query)
                .limit(limit)
                .offset(offset)
                .sort(sort);
            for s in &select {
                let Some((key, value)) = s.split_once('=') else {
                    eprintln!("--select wants KEY=VALUE, as in --select person=\"Ilham Aliyev\"");
                    return ExitCode::FAILURE;
                };
                request = request.select(key, value);
            }
            if let Some(site) = site_folder(&dir) {
                return site_query(&site, config.as_deref(), &request, facets, json);
            }
            with_corpus(&dir, config.as_deref(), |c| {
                let results = Engine::new(&c.corpus).search(&request);
                print_results(&c.corpus, &request, &results, facets, json)
            })
        }
        Command::EvalSearch {
            dir,
            queries,
            config,
            json,
            by_lang,
        } => eval_search(&dir, &queries, config.as_deref(), json, by_lang),
        Command::Docs { dir, config, json } => {
            with_corpus(&dir, config.as_deref(), |c| docs(c, json))
        }
    }
}

fn check(dir: &Path, config: Option<&Path>) -> ExitCode {
    if dir.is_file() {
        return with_corpus(dir, config, |c| {
            eprintln!(
                "ok: the bundle reads: {} documents, {} sections, {} passages",
                c.corpus.docs.len(),
                c.corpus.sections.len(),
                c.corpus.passages.len()
            );
            ExitCode::SUCCESS
        });
    }
    match compile_dir(dir, config) {
        Ok(compiled) => {
            for w in &compiled.warnings {
                println!("{w}");
            }
            let c = &compiled.corpus;
            let left_out = compiled.left_out();
            if left_out > 0 {
                eprintln!(
                    "failed: {left_out} files left out, {} warnings (a build goes on without those files)",
                    compiled.warnings.len() - left_out
                );
                return ExitCode::FAILURE;
            }
            eprintln!(
                "ok: {} documents, {} sections, {} passages, {} warnings",
                c.docs.len(),
                c.sections.len(),
                c.passages.len(),
                compiled.warnings.len()
            );
            ExitCode::SUCCESS
        }
        Err(diagnostics) => {
            for d in &diagnostics {
                println!("{d}");
            }
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            eprintln!(
                "failed: {errors} errors, {} warnings",
                diagnostics.len() - errors
            );
            ExitCode::FAILURE
        }
    }
}

/// Compiles the folder (or reads the bundle), printing diagnostics to stderr, and runs `f` on the
/// result.
fn with_corpus(
    path: &Path,
    config: Option<&Path>,
    f: impl FnOnce(&Compiled) -> ExitCode,
) -> ExitCode {
    with_corpus_shown(path, config, false, f)
}

/// [`with_corpus`]; with `progress`, reading a folder shows how it goes on the terminal.
fn with_corpus_shown(
    path: &Path,
    config: Option<&Path>,
    progress: bool,
    f: impl FnOnce(&Compiled) -> ExitCode,
) -> ExitCode {
    match load(path, config, progress) {
        Ok(compiled) => {
            for w in &compiled.warnings {
                eprintln!("{w}");
            }
            f(&compiled)
        }
        Err(messages) => {
            for m in &messages {
                eprintln!("{m}");
            }
            ExitCode::FAILURE
        }
    }
}

/// What a path names, told by its content: a folder of documents is compiled; a file must be a
/// bundle of this build's format (its magic bytes and version), read as it is.
fn load(path: &Path, config: Option<&Path>, progress: bool) -> Result<Compiled, Vec<String>> {
    if let Some(dir) = site_folder(path) {
        if config.is_some() {
            return Err(vec![format!(
                "{}: --config applies when compiling a folder; this is a built site",
                path.display()
            )]);
        }
        let site = open_site(&dir).map_err(|e| vec![e])?;
        let corpus = site
            .into_corpus(|file| std::fs::read(dir.join(file)))
            .map_err(|e| vec![format!("{}/{e}", dir.display())])?;
        return Ok(Compiled {
            corpus,
            warnings: Vec::new(),
        });
    }
    if !path.is_file() {
        // A folder, or nothing at all: the build says which, with the path.
        let shown = progress.then(|| Meter::new("reading"));
        let report = |p: Progress| {
            if let Some(m) = &shown {
                m.show(p);
            }
        };
        let result = compile_dir_with(path, config, &report);
        if let Some(m) = &shown {
            m.finish();
        }
        return result.map_err(|ds| ds.iter().map(|d| d.to_string()).collect());
    }
    if config.is_some() {
        return Err(vec![format!(
            "{}: --config applies when compiling a folder; this is a built bundle (rebuild it with \
             `corpus build DIR --config FILE -o BUNDLE`)",
            path.display()
        )]);
    }
    let bytes = std::fs::read(path)
        .map_err(|e| vec![format!("{}: cannot read it: {e}", path.display())])?;
    match corpus::Corpus::from_bytes(&bytes) {
        Ok(corpus) => Ok(Compiled {
            corpus,
            warnings: Vec::new(),
        }),
        Err(BundleError::NotABundle) => Err(vec![format!(
            "{}: neither a corpus folder nor a bundle (a bundle is what `corpus build DIR -o FILE` \
             writes)",
            path.display()
        )]),
        Err(e) => Err(vec![format!("{}: {e}", path.display())]),
    }
}

/// Shows on stderr how reading a folder goes: documents and MB done, rate, time left. On a
/// terminal one line redrawn about ten times a second; otherwise a line every five seconds.
struct Meter {
    stage: &'static str,
    terminal: bool,
    last: Mutex<Option<Instant>>,
}

impl Meter {
    fn new(stage: &'static str) -> Self {
        Meter {
            stage,
            terminal: std::io::stderr().is_terminal(),
            last: Mutex::new(None),
        }
    }

    fn show(&self, p: Progress) {
        let every = if self.terminal {
            Duration::from_millis(100)
        } else {
            Duration::from_secs(5)
        };
        let Ok(mut last) = self.last.lock() else {
            return;
        };
        let due = last.is_none_or(|t| t.elapsed() >= every) || p.done == p.total;
        if !due {
            return;
        }
        *last = Some(Instant::now());
        let left = p
            .remaining()
            .map_or(String::new(), |d| format!(", about {} s left", d.as_secs()));
        let line = format!(
            "{} {}/{} documents, {:.1}/{:.1} MB, {:.1} MB/s{left}",
            self.stage,
            p.done,
            p.total,
            p.bytes_done as f64 / 1e6,
            p.bytes_total as f64 / 1e6,
            p.mb_per_second()
        );
        if self.terminal {
            eprint!("\r\x1b[2K{line}");
        } else {
            eprintln!("{line}");
        }
    }

    /// Ends the line and says what comes next, which has no per-document progress.
    fn finish(&self) {
        if self.terminal {
            eprintln!();
        }
        eprintln!("analysing and indexing…");
    }
}

/// How many threads read and parse documents (every core, or `RAYON_NUM_THREADS`).
fn rayon_threads() -> usize {
    rayon::current_num_threads()
}

/// The peak resident memory of this process so far (`VmHWM` in `/proc/self/status`), on Linux.
fn peak_memory_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line
        .trim_start_matches("VmHWM:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb * 1024)
}

fn stats(compiled: &Compiled, as_json: bool) -> ExitCode {
    let c = &compiled.corpus;
    let text_bytes: usize = c.docs.iter().map(|d| d.text.len()).sum();
    let words: u64 = c.index.passage_len.iter().map(|&n| n as u64).sum();
    let mut langs: std::collections::BTreeMap<&str, usize> = Default::default();
    for d in &c.docs {
        *langs.entry(d.lang.as_str()).or_default() += 1;
    }
    let furniture: usize = c.docs.iter().map(|d| d.furniture.len()).sum();
    let bundle = c.to_bytes().len();
    let value = json!({
        "name": c.name,
        "documents": c.docs.len(),
        "sections": c.sections.len(),
        "headings": c.sections.iter().filter(|s| s.heading.is_some()).count(),
        "passages": c.passages.len(),
        "sentences": c.passages.iter().map(|p| p.sentences.len()).sum::<usize>(),
        "words": words,
        "terms": c.index.term_count(),
        "text_bytes": text_bytes,
        "bundle_bytes": bundle,
        "languages": langs,
        "furniture_lines": furniture,
        "entities": c.entities.len(),
        "mentions": c.mentions.len(),
        "dates": c.dates.len(),
        "figures": c.figures.len(),
        "themes": c.themes,
        "relations": c.relations.len(),
        "bundle_parts": c.size_by_part().into_iter().collect::<std::collections::BTreeMap<_, _>>(),
        "warnings": compiled.warnings.iter().map(|w| w.to_string()).collect::<Vec<_>>(),
    });
    if as_json {
        println!("{}", serde_json::to_string_pretty(&value).expect("json"));
    } else {
        println!(
            "{}: {} documents, {} sections, {} passages",
            c.name,
            c.docs.len(),
            c.sections.len(),
            c.passages.len()
        );
        println!(
            "{words} words, {} distinct terms, {text_bytes} bytes of text, bundle {bundle} bytes",
            c.index.term_count()
        );
        let langs: Vec<String> = langs.iter().map(|(l, n)| format!("{l} {n}")).collect();
        println!("languages: {}", langs.join(", "));
        println!("page furniture lines set aside: {furniture}");
        let parts: Vec<String> = c
            .size_by_part()
            .into_iter()
            .map(|(part, n)| format!("{part} {n}"))
            .collect();
        println!("bundle bytes by part: {}", parts.join(", "));
    }
    ExitCode::SUCCESS
}

/// Searches a sharded site, reading only the chunks the query needs, and prints the results.
fn site_query(
    site_dir: &Path,
    config: Option<&Path>,
    request: &SearchRequest,
    facets: bool,
    as_json: bool,
) -> ExitCode {
    if config.is_some() {
        eprintln!(
            "{}: --config applies when compiling a folder; this is a built site",
            site_dir.display()
        );
        return ExitCode::FAILURE;
    }
    let mut site = match open_site(site_dir) {
        Ok(site) => site,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let (mut bytes, mut brotli) = (0u64, 0u64);
    let fetch = |file: &str| {
        let read = std::fs::read(site_dir.join(file))?;
        bytes += read.len() as u64;
        brotli += std::fs::metadata(site_dir.join(format!("{file}.br"))).map_or(0, |m| m.len());
        Ok::<_, std::io::Error>(read)
    };
    match shard::search(&mut site, request, fetch) {
        Ok((results, fetched)) => {
            eprintln!(
                "read {} of {} chunks, {:.1} KB ({:.1} KB as brotli), in {} runs of the search",
                fetched.chunks,
                site.all_chunks().len(),
                bytes as f64 / 1e3,
                brotli as f64 / 1e3,
                fetched.rounds
            );
            print_results(site.corpus(), request, &results, facets, as_json)
        }
        Err(e) => {
            eprintln!("{}/{e}", site_dir.display());
            ExitCode::FAILURE
        }
    }
}

/// The sharded site a path names: a folder with the core file in it, or the core file itself.
fn site_folder(path: &Path) -> Option<PathBuf> {
    if path.is_dir() && path.join(CORE_FILE).is_file() {
        return Some(path.to_path_buf());
    }
    if path.is_file() {
        let mut head = [0u8; 8];
        let mut f = std::fs::File::open(path).ok()?;
        std::io::Read::read_exact(&mut f, &mut head).ok()?;
        if shard::is_core(&head) {
            return Some(path.parent()?.to_path_buf());
        }
    }
    None
}

/// Reads a site's core.
fn open_site(dir: &Path) -> Result<Site, String> {
    let core = dir.join(CORE_FILE);
    let bytes =
        std::fs::read(&core).map_err(|e| format!("{}: cannot read it: {e}", core.display()))?;
    Site::from_core(&bytes).map_err(|e| format!("{}: {e}", core.display()))
}

fn print_results(
    c: &corpus::Corpus,
    request: &SearchRequest,
    results: &corpus::query::SearchResponse,
    facets: bool,
    as_json: bool,
) -> ExitCode {
    if as_json {
        let hits: Vec<_> = results
            .hits
            .iter()
            .map(|h| {
                let p = &c.passages[h.passage as usize];
                let doc = &c.docs[p.doc as usize];
                json!({
                    "doc": doc.id,
                    "title": doc.title,
                    "complete": h.complete,
                    "section": c.heading_of(h.passage),
                    "passage": h.passage - doc.passages.start,
                    "score": h.score,
                    "text": c.passage_text(h.passage),
                    "highlights": h.highlights.iter().map(|r| [r.start, r.end]).collect::<Vec<_>>(),
                    "snippet": [h.snippet.start, h.snippet.end],
                })
            })
            .collect();
        let facets: Vec<_> = results
            .facets
            .iter()
            .map(|f| {
                json!({
                    "key": f.key,
                    "label": f.label,
                    "values": f.values.iter().map(|v| json!({
                        "id": v.id, "label": v.label, "count": v.count, "selected": v.selected,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        let value = json!({
            "query": request.query,
            "total": results.total,
            "partial_total": results.partial_total,
            "matched_all": results.matched_all,
            "approximate": results.approximate,
            "unknown": results.unknown,
            "errors": results.errors.iter().map(|e| json!({
                "span": [e.span.start, e.span.end], "message": e.message,
            })).collect::<Vec<_>>(),
            "hits": hits,
            "facets": facets,
        });
        println!("{}", serde_json::to_string_pretty(&value).expect("json"));
    } else {
        for e in &results.errors {
            println!("query: {} (at {}..{})", e.message, e.span.start, e.span.end);
        }
        if !results.unknown.is_empty() {
            println!("not in the corpus: {}", results.unknown.join(", "));
        }
        if !results.matched_all && results.total > 0 {
            println!("No passage has every word; best partial matches:");
        }
        println!(
            "{}{} passages match{}",
            if results.approximate { "about " } else { "" },
            results.total,
            if results.matched_all && results.partial_total > 0 {
                format!(
                    "; then {} with only some of the words",
                    results.partial_total
                )
            } else {
                String::new()
            }
        );
        for (rank, h) in results.hits.iter().enumerate() {
            let p = &c.passages[h.passage as usize];
            let doc = &c.docs[p.doc as usize];
            println!(
                "\n{}. {} — {} (passage {}, score {:.3})",
                request.offset + rank + 1,
                one_line(&doc.title),
                one_line(&doc.id),
                h.passage - doc.passages.start,
                h.score
            );
            println!(
                "   {}",
                one_line(&marked(c.passage_text(h.passage), &h.highlights))
            );
        }
        if facets {
            for f in &results.facets {
                if f.values.is_empty() {
                    continue;
                }
                let values: Vec<String> = f
                    .values
                    .iter()
                    .map(|v| {
                        format!(
                            "{}{} ({})",
                            if v.selected { "*" } else { "" },
                            v.label,
                            v.count
                        )
                    })
                    .collect();
                println!("\n{}: {}", f.label, values.join(", "));
            }
        }
    }
    ExitCode::SUCCESS
}

fn eval_search(
    dir: &Path,
    queries: &Path,
    config: Option<&Path>,
    as_json: bool,
    by_lang: bool,
) -> ExitCode {
    let judgments: Vec<search_eval::Judgment> = match std::fs::read_to_string(queries)
        .map_err(|e| e.to_string())
        .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
    {
        Ok(j) => j,
        Err(e) => {
            eprintln!("{}: cannot read the judgments: {e}", queries.display());
            return ExitCode::FAILURE;
        }
    };
    with_corpus(dir, config, |compiled| {
        let engine = Engine::new(&compiled.corpus);
        let report = search_eval::evaluate(&engine, &judgments);
        if as_json {
            let mut value = serde_json::to_value(&report).expect("json");
            if by_lang {
                value["by_lang"] = serde_json::to_value(report.by_lang()).expect("json");
            }
            println!("{}", serde_json::to_string_pretty(&value).expect("json"));
        } else {
            println!(
                "{:<6} {:>7} {:>6} {:>7}  query",
                "id", "nDCG@10", "RR", "R@10"
            );
            for q in &report.queries {
                println!(
                    "{:<6} {:>7.3} {:>6.3} {:>7.3}  {}{}",
                    q.id,
                    q.ndcg,
                    q.rr,
                    q.recall,
                    q.query,
                    if q.missed.is_empty() {
                        String::new()
                    } else {
                        format!("  (missed: {})", q.missed.join(", "))
                    }
                );
            }
            println!(
                "{:<6} {:>7.3} {:>6.3} {:>7.3}  ({} queries)",
                "all",
                report.ndcg,
                report.mrr,
                report.recall,
                report.queries.len()
            );
            if by_lang {
                println!(
                    "\n{:<8} {:>7} {:>7} {:>7} {:>7}",
                    "language", "queries", "nDCG@10", "MRR", "R@10"
                );
                let all = search_eval::Means::of(&report.queries);
                let by_lang = report.by_lang();
                for (lang, m) in by_lang.iter().chain([(&"all".to_string(), &all)]) {
                    println!(
                        "{lang:<8} {:>7} {:>7.3} {:>7.3} {:>7.3}",
                        m.queries, m.ndcg, m.mrr, m.recall
                    );
                }
            }
        }
        ExitCode::SUCCESS
    })
}

/// The passage with matches in [brackets], for terminals.
fn marked(text: &str, highlights: &[std::ops::Range<usize>]) -> String {
    let mut out = String::with_capacity(text.len() + highlights.len() * 2);
    let mut at = 0;
    for r in highlights {
        out.push_str(&text[at..r.start]);
        out.push('[');
        out.push_str(&text[r.clone()]);
        out.push(']');
        at = r.end;
    }
    out.push_str(&text[at..]);
    out
}

fn docs(compiled: &Compiled, as_json: bool) -> ExitCode {
    let c = &compiled.corpus;
    let list: Vec<_> = c
        .docs
        .iter()
        .map(|d| {
            let sections: Vec<_> = c.sections[d.sections.start as usize..d.sections.end as usize]
                .iter()
                .map(|s| {
                    json!({
                        "heading": s.heading.map(|h| &d.text[h.range()]),
                        "passages": (s.passages.start..s.passages.end)
                            .map(|p| c.passage_text(p))
                            .collect::<Vec<_>>(),
                    })
                })
                .collect();
            json!({
                "id": d.id,
                "title": d.title,
                "date": d.date,
                "lang": d.lang,
                "source": d.source,
                "format": d.format.map(|f| f.name()),
                "tags": d.tags,
                "meta": d.meta,
                "sections": sections,
                "furniture": d.furniture.iter().map(|f| json!({
                    "line": f.line, "text": f.text, "reason": f.reason,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    if as_json {
        println!("{}", serde_json::to_string_pretty(&list).expect("json"));
    } else {
        for d in &c.docs {
            let date = d.date.as_deref().unwrap_or("no date");
            println!(
                "{} — {} ({}, {}, {} passages)",
                one_line(&d.id),
                one_line(&d.title),
                one_line(&d.lang),
                one_line(date),
                d.passages.len()
            );
            for s in &c.sections[d.sections.start as usize..d.sections.end as usize] {
                if let Some(h) = s.heading {
                    println!("  § {}", one_line(&d.text[h.range()]));
                }
            }
            for f in &d.furniture {
                println!(
                    "  left out, line {}: {} ({})",
                    f.line,
                    one_line(&f.text),
                    f.reason
                );
            }
        }
    }
    ExitCode::SUCCESS
}

/// Whether `out`, where a single bundle (a file) is to go, is a folder; says so if it is.
fn is_folder_for_a_bundle(out: &Path) -> bool {
    let folder = out.is_dir();
    if folder {
        eprintln!(
            "{}: is a folder; the single bundle is a file (or ask for --layout sharded)",
            out.display()
        );
    }
    folder
}

/// Writes `corpus` to `out` in `layout`: a bundle file or a sharded site folder.
fn write_out(
    corpus: &corpus::Corpus,
    out: &Path,
    (layout, chunk_bytes): (Layout, Option<usize>),
) -> ExitCode {
    if layout.resolve(corpus) == Layout::Sharded {
        if out.is_file() {
            eprintln!(
                "{}: a sharded site is a folder; this is a file (remove it or choose another path)",
                out.display()
            );
            return ExitCode::FAILURE;
        }
        if let Err(e) = std::fs::create_dir_all(out) {
            eprintln!("{}: cannot create the folder: {e}", out.display());
            return ExitCode::FAILURE;
        }
        eprintln!("writing the sharded site…");
        let chunk_bytes = chunk_bytes.unwrap_or_else(|| chunk_bytes_for(corpus));
        return match write_site_sized(corpus, out, chunk_bytes) {
            Ok(w) => {
                eprintln!(
                    "wrote {}: {} documents; core {} bytes ({} brotli); {} postings, {} text, {} \
                     notes, {} figures and {} dates chunks, {} bytes in all, largest {} brotli, \
                     {} gzip; {} files",
                    out.display(),
                    corpus.docs.len(),
                    w.core_bytes,
                    w.core_br_bytes,
                    w.term_chunks,
                    w.doc_chunks,
                    w.note_chunks,
                    w.figure_chunks,
                    w.date_chunks,
                    w.chunk_bytes,
                    w.largest_br,
                    w.largest_gz,
                    w.files
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::FAILURE
            }
        };
    }
    if let Err(e) = check_single(corpus) {
        eprintln!("{e}");
        return ExitCode::FAILURE;
    }
    if is_folder_for_a_bundle(out) {
        return ExitCode::FAILURE;
    }
    let bytes = corpus.to_bytes();
    match std::fs::write(out, &bytes) {
        Ok(()) => {
            eprintln!(
                "wrote {} ({} bytes, {} documents)",
                out.display(),
                bytes.len(),
                corpus.docs.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}: cannot write the bundle: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}

/// Compiles the folder into a bundle with progress on stderr: documents and bytes read, rate and
/// time left while reading; the stage and its time while analysing and indexing.
fn build(
    dir: &Path,
    config: Option<&Path>,
    out: &Path,
    strict: bool,
    (layout, chunk_bytes): (Layout, Option<usize>),
) -> ExitCode {
    let start = std::time::Instant::now();
    let reading = Meter::new("reading");
    let read = corpus::compile::read_dir_with(dir, config, &|p| reading.show(p));
    reading.finish();
    let mut meter = StageMeter::new();
    let (inputs, config, diagnostics) = match read {
        Ok(read) => read,
        Err(diagnostics) => {
            for d in &diagnostics {
                eprintln!("{d}");
            }
            eprintln!("failed: nothing was built");
            return ExitCode::FAILURE;
        }
    };
    for d in &diagnostics {
        eprintln!("{d}");
    }
    let left_out = diagnostics.iter().filter(|d| d.is_error()).count();
    if strict && left_out > 0 {
        eprintln!("failed: {left_out} files have problems (--strict leaves none out)");
        return ExitCode::FAILURE;
    }
    let documents = inputs.len();
    let name = corpus::compile::corpus_name(dir);
    let text_bytes: u64 = inputs
        .iter()
        .flat_map(|i| &i.parsed.blocks)
        .map(|b| b.text.len() as u64)
        .sum();
    // Analysis and indexing run at about this rate on one core (BENCHMARKS.md, build throughput):
    // the estimate of the time left.
    const ANALYSIS_BYTES_PER_SECOND: f64 = 1.5e6;
    let expected = text_bytes as f64 / ANALYSIS_BYTES_PER_SECOND;
    let (corpus, stages) = std::thread::scope(|scope| {
        let began = std::time::Instant::now();
        // The main thread's stack size, not a spawned thread's smaller default.
        let work = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn_scoped(scope, || {
                corpus::compile::build_timed(&name, inputs, &config)
            })
            .expect("a thread for the build");
        while !work.is_finished() {
            let left = expected - began.elapsed().as_secs_f64();
            meter.working(
                &format!(
                    "analysing and indexing {documents} documents ({:.1} MB of text){}",
                    text_bytes as f64 / 1e6,
                    if left >= 1.0 {
                        format!(" · about {left:.0} s left")
                    } else {
                        String::new()
                    }
                ),
                start,
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        work.join().expect("the build thread does not panic")
    });
    meter.done();
    if layout.resolve(&corpus) == Layout::Sharded {
        return write_out(&corpus, out, (layout, chunk_bytes));
    }
    if let Err(e) = check_single(&corpus) {
        eprintln!("{e}");
        return ExitCode::FAILURE;
    }
    if is_folder_for_a_bundle(out) {
        return ExitCode::FAILURE;
    }
    let bytes = corpus.to_bytes();
    let stage_times: Vec<String> = stages
        .iter()
        .map(|(stage, d)| format!("{stage} {:.1} s", d.as_secs_f64()))
        .collect();
    eprintln!("stages: {}", stage_times.join(", "));
    // Rewritten only when it changes, so that the app is not relinked for nothing.
    let unchanged = std::fs::read(out).is_ok_and(|old| old == bytes);
    if !unchanged {
        if let Err(e) = std::fs::write(out, &bytes) {
            eprintln!("{}: cannot write the bundle: {e}", out.display());
            return ExitCode::FAILURE;
        }
    }
    eprintln!(
        "{} {} ({}, {} documents{}) in {:.1} s",
        if unchanged { "unchanged:" } else { "wrote" },
        out.display(),
        corpus::ingest::human_bytes(bytes.len() as u64),
        corpus.docs.len(),
        match left_out {
            0 => String::new(),
            n => format!(", {n} files left out"),
        },
        start.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}

/// A progress line on stderr: redrawn in place on a terminal (five times a second), one line
/// every ten seconds otherwise (a log).
struct StageMeter {
    tty: bool,
    last: Option<std::time::Instant>,
    drawn: bool,
}

impl StageMeter {
    fn new() -> Self {
        use std::io::IsTerminal;
        StageMeter {
            tty: std::io::stderr().is_terminal(),
            last: None,
            drawn: false,
        }
    }

    fn show(&mut self, line: &str) {
        let now = std::time::Instant::now();
        let every = std::time::Duration::from_millis(if self.tty { 200 } else { 10_000 });
        if self.last.is_some_and(|t| now - t < every) {
            return;
        }
        self.last = Some(now);
        if self.tty {
            eprint!("\r\x1b[K{line}");
            self.drawn = true;
        } else {
            eprintln!("{line}");
        }
    }

    fn working(&mut self, what: &str, start: std::time::Instant) {
        self.show(&format!(
            "{what} · {:.0} s so far",
            start.elapsed().as_secs_f64()
        ));
    }

    /// Ends the line being redrawn.
    fn done(&mut self) {
        if self.drawn {
            eprintln!();
            self.drawn = false;
        }
        self.last = None;
    }
}

/// Compiles the folder stage by stage and prints how long each took.
fn timed_stats(dir: &Path, config: Option<&Path>, as_json: bool) -> ExitCode {
    if dir.is_file() {
        eprintln!(
            "{}: --timings measures a build: give the corpus folder, not a bundle",
            dir.display()
        );
        return ExitCode::FAILURE;
    }
    let start = std::time::Instant::now();
    let meter = Meter::new("reading");
    let read = corpus::compile::read_dir_with(dir, config, &|p| meter.show(p));
    meter.finish();
    let (inputs, config, warnings) = match read {
        Ok(read) => read,
        Err(diagnostics) => {
            for d in &diagnostics {
                eprintln!("{d}");
            }
            return ExitCode::FAILURE;
        }
    };
    let ingest = start.elapsed();
    let source_bytes: u64 = inputs
        .iter()
        .map(|i| {
            i.parsed
                .blocks
                .iter()
                .map(|b| b.text.len() as u64)
                .sum::<u64>()
        })
        .sum();
    let name = dir.display().to_string();
    let (corpus, stages) = corpus::compile::build_timed(&name, inputs, &config);
    let t = std::time::Instant::now();
    let bundle = corpus.to_bytes().len();
    let serialize = t.elapsed();
    let total = start.elapsed();
    let text_bytes: usize = corpus.docs.iter().map(|d| d.text.len()).sum();
    let mb = text_bytes as f64 / 1e6;
    let mut rows: Vec<(&str, std::time::Duration)> = vec![("ingest", ingest)];
    rows.extend(stages);
    rows.push(("serialize", serialize));
    let peak = peak_memory_bytes();
    if as_json {
        let value = json!({
            "documents": corpus.docs.len(),
            "passages": corpus.passages.len(),
            "text_bytes": text_bytes,
            "source_text_bytes": source_bytes,
            "bundle_bytes": bundle,
            "warnings": warnings.len(),
            "entities": corpus.entities.len(),
            "mentions": corpus.mentions.len(),
            "stages": rows.iter().map(|(s, d)| json!({"stage": s, "seconds": d.as_secs_f64()})).collect::<Vec<_>>(),
            "total_seconds": total.as_secs_f64(),
            "mb_per_second": mb / total.as_secs_f64(),
            "peak_memory_bytes": peak,
            "threads": rayon_threads(),
        });
        println!("{}", serde_json::to_string_pretty(&value).expect("json"));
    } else {
        println!(
            "{} documents, {} passages, {:.2} MB of text, bundle {} bytes",
            corpus.docs.len(),
            corpus.passages.len(),
            mb,
            bundle
        );
        for (stage, d) in &rows {
            let secs = d.as_secs_f64();
            println!(
                "  {stage:<12} {secs:>8.3} s  {:>8.1} MB/s",
                if secs > 0.0 { mb / secs } else { f64::INFINITY }
            );
        }
        println!(
            "  {:<12} {:>8.3} s  {:>8.1} MB/s",
            "total",
            total.as_secs_f64(),
            mb / total.as_secs_f64()
        );
        match peak {
            Some(b) => println!(
                "peak memory {:.1} MB (VmHWM), reading on {} threads",
                b as f64 / 1e6,
                rayon_threads()
            ),
            None => println!("peak memory: not measured on this system (no /proc/self/status)"),
        }
    }
    ExitCode::SUCCESS
}

/// Why each alias of entity `e` names it (`same name` where the bundle records nothing).
fn evidence(c: &corpus::Corpus, e: usize) -> Vec<&'static str> {
    let recorded = c.alias_evidence.get(e);
    (0..c.entities[e].aliases.len())
        .map(|i| {
            recorded
                .and_then(|r| r.get(i))
                .map_or("same name", |w| w.name())
        })
        .collect()
}

fn entities(compiled: &Compiled, as_json: bool) -> ExitCode {
    let c = &compiled.corpus;
    let mut by_entity: Vec<Vec<&corpus::model::Mention>> = vec![Vec::new(); c.entities.len()];
    for m in &c.mentions {
        by_entity[m.entity as usize].push(m);
    }
    if as_json {
        let list: Vec<_> = c
            .entities
            .iter()
            .zip(&by_entity)
            .enumerate()
            .map(|(ei, (e, ms))| {
                // Its mentions are in passage order, so their documents ascend.
                let mut docs: Vec<&str> = ms
                    .iter()
                    .map(|m| {
                        c.docs[c.passages[m.passage as usize].doc as usize]
                            .id
                            .as_str()
                    })
                    .collect();
                docs.dedup();
                json!({
                    "kind": e.kind.name(),
                    "name": e.name,
                    "aliases": e.aliases,
                    "alias_evidence": evidence(c, ei),
                    "roles": e.roles,
                    "subtype": e.subtype,
                    "docs": docs,
                    "mention_count": e.mention_count,
                    "mentions": ms.iter().map(|m| {
                        let p = &c.passages[m.passage as usize];
                        let doc = &c.docs[p.doc as usize];
                        json!({
                            "doc": doc.id,
                            "passage": m.passage - doc.passages.start,
                            "start": m.span.start,
                            "end": m.span.end,
                            "text": &doc.text[m.span.range()],
                            "rule": m.rule,
                            "confidence": m.confidence,
                        })
                    }).collect::<Vec<_>>(),
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&list).expect("json"));
    } else {
        for (ei, (e, ms)) in c.entities.iter().zip(&by_entity).enumerate() {
            let mut line = format!("{} {}", e.kind.name(), e.name);
            if let Some(s) = &e.subtype {
                line.push_str(&format!(" ({s})"));
            }
            for (alias, why) in e.aliases.iter().zip(evidence(c, ei)) {
                line.push_str(&format!(" = {alias} [{why}]"));
            }
            if !e.roles.is_empty() {
                line.push_str(&format!(" — {}", e.roles.join("; ")));
            }
            let mut rules: Vec<&str> = ms.iter().map(|m| &*m.rule).collect();
            rules.sort_unstable();
            rules.dedup();
            println!(
                "{}  [{} mentions in {} docs; {}]",
                one_line(&line),
                e.mention_count,
                e.doc_count,
                rules.join(", ")
            );
        }
    }
    ExitCode::SUCCESS
}

fn facts(compiled: &Compiled, as_json: bool) -> ExitCode {
    let c = &compiled.corpus;
    let doc_of = |passage: u32| &c.docs[c.passages[passage as usize].doc as usize];
    if as_json {
        let dates: Vec<_> = c
            .dates
            .iter()
            .map(|f| {
                let d = doc_of(f.passage);
                json!({
                    "doc": d.id,
                    "text": &d.text[f.span.range()],
                    "start": f.span.start,
                    "end": f.span.end,
                    "iso": f.iso,
                    "precision": format!("{:?}", f.precision).to_lowercase(),
                    "rule": f.rule,
                    "sentence": &d.text[f.sentence.range()],
                })
            })
            .collect();
        let figures: Vec<_> = c
            .figures
            .iter()
            .map(|f| {
                let d = doc_of(f.passage);
                json!({
                    "doc": d.id,
                    "kind": format!("{:?}", f.kind).to_lowercase(),
                    "text": &d.text[f.span.range()],
                    "start": f.span.start,
                    "end": f.span.end,
                    "value": f.value,
                    "unit": f.unit,
                    "year": f.year,
                    "sentence": &d.text[f.sentence.range()],
                })
            })
            .collect();
        let documents: Vec<_> = c
            .docs
            .iter()
            .map(|d| {
                json!({
                    "doc": d.id,
                    "themes": d.themes.iter().map(|&t| &c.themes[t as usize]).collect::<Vec<_>>(),
                    "keywords": d.keywords,
                })
            })
            .collect();
        let value = json!({ "documents": documents, "dates": dates, "figures": figures });
        println!("{}", serde_json::to_string_pretty(&value).expect("json"));
    } else {
        for d in &c.docs {
            let themes: Vec<&str> = d
                .themes
                .iter()
                .map(|&t| c.themes[t as usize].as_str())
                .collect();
            println!(
                "{}  themes: {}; keywords: {}",
                one_line(&d.id),
                one_line(&themes.join(", ")),
                one_line(&d.keywords.join(", "))
            );
        }
        for f in &c.dates {
            let d = doc_of(f.passage);
            println!(
                "{}  date {:<10} {:?} ({})",
                one_line(&d.id),
                f.iso,
                &d.text[f.span.range()],
                f.rule
            );
        }
        for f in &c.figures {
            let d = doc_of(f.passage);
            let year = f.year.map(|y| format!(", {y}")).unwrap_or_default();
            println!(
                "{}  {:?} {} {}{year}  {:?}",
                one_line(&d.id),
                f.kind,
                f.value,
                f.unit,
                &d.text[f.span.range()]
            );
        }
    }
    ExitCode::SUCCESS
}

/// Precision, recall and F1 of one score with its counts, for `--json`.
fn score_json(s: &corpus::eval::Score) -> serde_json::Value {
    json!({
        "precision": s.precision(),
        "recall": s.recall(),
        "f1": s.f1(),
        "found": s.found,
        "gold": s.gold,
        "correct": s.correct,
        "predicted": s.predicted,
    })
}

fn eval(compiled: &Compiled, gold_path: &Path, as_json: bool, by_lang: bool) -> ExitCode {
    let text = match std::fs::read_to_string(gold_path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{}: cannot read the gold file: {e}", gold_path.display());
            return ExitCode::FAILURE;
        }
    };
    let gold = match corpus::eval::parse_gold(&text) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("{}: {e}", gold_path.display());
            return ExitCode::FAILURE;
        }
    };
    let report = corpus::eval::evaluate(&compiled.corpus, &gold);
    if as_json {
        let scores = |scores: &std::collections::BTreeMap<String, corpus::eval::Score>| {
            scores
                .iter()
                .map(|(k, s)| (k.clone(), score_json(s)))
                .collect::<serde_json::Map<String, serde_json::Value>>()
        };
        let mut value = json!({
            "scores": scores(&report.scores),
            "misses": report.misses,
            "false_hits": report.false_hits,
            "missing_docs": report.missing_docs,
        });
        if by_lang {
            value["by_lang"] = report
                .by_lang
                .iter()
                .map(|(lang, l)| {
                    (
                        lang.clone(),
                        json!({ "documents": l.documents, "scores": scores(&l.scores) }),
                    )
                })
                .collect::<serde_json::Map<String, serde_json::Value>>()
                .into();
        }
        println!("{}", serde_json::to_string_pretty(&value).expect("json"));
    } else {
        println!(
            "{:<14} {:>9} {:>9} {:>9}   gold  predicted",
            "kind", "precision", "recall", "F1"
        );
        for kind in corpus::eval::KINDS {
            let s = &report.scores[kind];
            println!(
                "{kind:<14} {:>9.3} {:>9.3} {:>9.3}   {:>4}  {:>9}",
                s.precision(),
                s.recall(),
                s.f1(),
                s.gold,
                s.predicted
            );
        }
        if by_lang {
            print_eval_by_lang(&report);
        }
        if !report.misses.is_empty() {
            println!("\nmisses:");
            for e in &report.misses {
                println!("  {} {}: {}", e.doc, e.kind, e.text);
            }
        }
        if !report.false_hits.is_empty() {
            println!("\nfalse hits:");
            for e in &report.false_hits {
                println!("  {} {}: {}", e.doc, e.kind, e.text);
            }
        }
        for d in &report.missing_docs {
            println!("gold document not in the corpus: {d}");
        }
    }
    ExitCode::SUCCESS
}

/// Each language's precision, recall and F1 per kind, then F1 per kind and language side by side.
fn print_eval_by_lang(report: &corpus::eval::Report) {
    for (lang, l) in &report.by_lang {
        println!(
            "\nlanguage {lang} ({} document{})",
            l.documents,
            if l.documents == 1 { "" } else { "s" }
        );
        for kind in corpus::eval::KINDS {
            let Some(s) = l.scores.get(kind) else {
                continue;
            };
            println!(
                "{kind:<14} {:>9.3} {:>9.3} {:>9.3}   {:>4}  {:>9}",
                s.precision(),
                s.recall(),
                s.f1(),
                s.gold,
                s.predicted
            );
        }
    }
    print!("\nF1 {:<11}", "");
    for lang in report.by_lang.keys() {
        print!(" {lang:>8}");
    }
    println!(" {:>8}", "all");
    for kind in corpus::eval::KINDS {
        print!("{kind:<14}");
        for l in report.by_lang.values() {
            match l.scores.get(kind) {
                Some(s) => print!(" {:>8.3}", s.f1()),
                None => print!(" {:>8}", "–"),
            }
        }
        println!(" {:>8.3}", report.scores[kind].f1());
    }
}

//! The sharded site on the multilingual fixture, cut into small chunks: every query of its
//! judgments, with facets, filters and orders, gives exactly the single bundle's answer while
//! fetching only the chunks it reads; a missing, damaged or stale chunk is named in the error, and
//! the search succeeds once the file is back.

use std::path::{Path, PathBuf};

use corpus::build::shard::{write_site_sized, Written};
use corpus::compile::compile_dir;
use corpus::index::ChunkKey;
use corpus::query::{Engine, SearchRequest, Sort};
use corpus::shard::{self, Site, SiteError, CORE_FILE};
use corpus::Corpus;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/multilingual-search")
}

fn compiled() -> Corpus {
    compile_dir(&fixture().join("docs"), None)
        .expect("the fixture compiles")
        .corpus
}

/// A site written into a scratch folder of its own, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn site(name: &str, corpus: &Corpus, target: usize) -> (Scratch, Written) {
        let dir = std::env::temp_dir().join(format!("corpus-shard-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let written = write_site_sized(corpus, &dir, target).expect("the site is written");
        (Scratch(dir), written)
    }

    fn open(&self) -> Site {
        Site::from_core(&std::fs::read(self.0.join(CORE_FILE)).unwrap()).expect("the core reads")
    }

    /// The core file's manifest and corpus, as written (to damage and seal again).
    fn core_parts(&self) -> (shard::Manifest, Corpus) {
        let bytes = std::fs::read(self.0.join(CORE_FILE)).unwrap();
        postcard::from_bytes(&bytes[12..]).unwrap()
    }

    fn fetch(&self) -> impl FnMut(&str) -> Result<Vec<u8>, std::io::Error> + '_ {
        move |file| std::fs::read(self.0.join(file))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn queries() -> Vec<String> {
    let text = std::fs::read_to_string(fixture().join("queries.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|q| q["query"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_query_gives_the_single_bundles_answer() {
    let corpus = compiled();
    let engine = Engine::new(&corpus);
    let (dir, written) = Scratch::site("same", &corpus, 150);
    assert!(written.term_chunks > 3, "{written:?}");
    assert!(written.doc_chunks > 3, "{written:?}");
    let mut requests: Vec<SearchRequest> = queries()
        .into_iter()
        .map(|q| SearchRequest::new(q).limit(20))
        .collect();
    assert!(requests.len() >= 10);
    requests.push(SearchRequest::new("summit").sort(Sort::Newest));
    requests.push(SearchRequest::new("summit").select("lang", "ru"));
    requests.push(
        SearchRequest::new("\"Shanghai Cooperation\"")
            .limit(5)
            .offset(1),
    );
    requests.push(SearchRequest::new("Tianj").typing(true));
    requests.push(SearchRequest::new("nothingmatchesthisword"));
    for request in &requests {
        // A fresh site for each query: nothing loaded by an earlier one.
        let mut site = dir.open();
        let (got, fetched) = shard::search(&mut site, request, dir.fetch()).unwrap();
        assert_eq!(got, engine.search(request), "{}", request.query);
        assert!(fetched.rounds >= 1);
        // The hits' texts are loaded, so the reader can show them.
        for h in &got.hits {
            assert_eq!(
                site.corpus().passage_text(h.passage),
                corpus.passage_text(h.passage)
            );
        }
        // No search reads the word lists or notes: their chunks stay on the server.
        let notes = site.manifest().note_files.len() as u32;
        assert!(
            (0..notes).all(|k| !site.is_loaded(ChunkKey::Notes(k))),
            "{}: a notes chunk was fetched",
            request.query
        );
    }
}

#[test]
fn one_site_answers_many_queries_as_chunks_accumulate() {
    let corpus = compiled();
    let engine = Engine::new(&corpus);
    let (dir, _) = Scratch::site("many", &corpus, 150);
    let mut site = dir.open();
    for q in queries() {
        let request = SearchRequest::new(q).limit(10);
        let (got, _) = shard::search(&mut site, &request, dir.fetch()).unwrap();
        assert_eq!(got, engine.search(&request), "{}", request.query);
    }
    // Asked again, every query is answered from memory in one run.
    for q in queries() {
        let (_, fetched) =
            shard::search(&mut site, &SearchRequest::new(q).limit(10), dir.fetch()).unwrap();
        assert_eq!(
            fetched,
            shard::Fetched {
                rounds: 1,
                chunks: 0
            }
        );
    }
}

#[test]
fn a_search_asking_snippets_of_its_first_hits_fetches_only_their_texts() {
    let corpus = compiled();
    let engine = Engine::new(&corpus);
    let (dir, written) = Scratch::site("snippets", &corpus, 150);
    assert!(written.doc_chunks > 3, "{written:?}");
    let texts_loaded = |site: &Site| {
        (0..site.manifest().doc_files.len() as u32)
            .filter(|&k| site.is_loaded(ChunkKey::Docs(k)))
            .count()
    };
    let (mut fewer, mut asked) = (0, 0);
    for q in queries() {
        // One word: no re-ranking by proximity, which reads the texts of the best 30.
        let Some(word) = q.split_whitespace().next() else {
            continue;
        };
        let every = SearchRequest::new(word).limit(20);
        let first = every.clone().snippets(1);
        let mut site = dir.open();
        let (got, _) = shard::search(&mut site, &first, dir.fetch()).unwrap();
        assert_eq!(got, engine.search(&first), "{word}");
        let few = texts_loaded(&site);
        // The first hit's text is in.
        if let Some(h) = got.hits.first() {
            assert_eq!(
                site.corpus().passage_text(h.passage),
                corpus.passage_text(h.passage)
            );
        }

        let mut site = dir.open();
        shard::search(&mut site, &every, dir.fetch()).unwrap();
        let all = texts_loaded(&site);
        assert!(few <= all, "{word}: {few} against {all}");
        fewer += usize::from(few < all);
        asked += 1;
    }
    // Most queries: the names, the places, the numbers (on this fixture 12 of 17, and 33 text
    // chunks against 61 in all).
    assert!(
        2 * fewer > asked,
        "{fewer} of {asked} queries fetched fewer texts"
    );
}

#[test]
fn a_selective_query_fetches_a_few_of_the_chunks() {
    let corpus = compiled();
    let (dir, written) = Scratch::site("few", &corpus, 150);
    let total = written.term_chunks + written.doc_chunks;
    let mut site = dir.open();
    let (got, fetched) =
        shard::search(&mut site, &SearchRequest::new("ballots"), dir.fetch()).unwrap();
    assert!(!got.hits.is_empty());
    assert!(fetched.chunks > 0);
    assert!(fetched.chunks < total / 2, "{fetched:?} of {total}");
    assert_eq!(site.loaded(), fetched.chunks);
}

#[test]
fn the_whole_site_reads_back_as_the_bundle() {
    let corpus = compiled();
    let (dir, _) = Scratch::site("whole", &corpus, 150);
    let back = dir.open().into_corpus(dir.fetch()).unwrap();
    assert_eq!(back.to_bytes(), corpus.to_bytes());
}

#[test]
fn a_missing_chunk_is_named_and_the_search_succeeds_once_it_is_back() {
    let corpus = compiled();
    let (dir, _) = Scratch::site("missing", &corpus, 150);
    let everything = SearchRequest::new("summit").limit(1000);
    // Find a chunk the query reads, then hide it.
    let mut read = Vec::new();
    let mut fetch = dir.fetch();
    shard::search(&mut dir.open(), &everything, |f: &str| {
        read.push(f.to_string());
        fetch(f)
    })
    .unwrap();
    let needed = read.last().expect("the query reads chunks").clone();
    let path = dir.0.join(&needed);
    let hidden = dir.0.join("hidden.bin");
    std::fs::rename(&path, &hidden).unwrap();
    let mut site = dir.open();
    let err = shard::search(&mut site, &everything, dir.fetch()).unwrap_err();
    match &err {
        SiteError::Fetch { file, .. } => assert_eq!(file, &needed),
        other => panic!("{other}"),
    }
    assert!(
        err.to_string()
            .starts_with(&format!("{needed}: could not be loaded")),
        "{err}"
    );
    std::fs::rename(&hidden, &path).unwrap();
    let (got, _) = shard::search(&mut site, &everything, dir.fetch()).unwrap();
    assert_eq!(got, Engine::new(&corpus).search(&everything));
}

#[test]
fn a_damaged_chunk_is_refused_by_its_hash() {
    let corpus = compiled();
    let (dir, _) = Scratch::site("damaged", &corpus, 150);
    let site = dir.open();
    let file = site.manifest().term_files[0].clone();
    let mut bytes = std::fs::read(dir.0.join(&file)).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    std::fs::write(dir.0.join(&file), bytes).unwrap();
    let err = site.into_corpus(dir.fetch()).unwrap_err();
    assert!(err.to_string().contains(&file), "{err}");
    assert!(err.to_string().contains("does not match its name"), "{err}");
}

#[test]
fn every_file_has_gzip_and_brotli_beside_it_with_the_same_content() {
    use std::io::Read;
    let corpus = compiled();
    let (dir, written) = Scratch::site("compressed", &corpus, 150);
    let site = dir.open();
    let mut files: Vec<String> = site.manifest().term_files.clone();
    files.extend(site.manifest().doc_files.clone());
    files.extend(site.manifest().note_files.clone());
    files.extend(site.manifest().figure_files.clone());
    files.extend(site.manifest().date_files.clone());
    assert!(!site.manifest().figure_files.is_empty());
    assert!(!site.manifest().date_files.is_empty());
    assert!(!site.manifest().note_files.is_empty());
    files.push(CORE_FILE.to_string());
    assert_eq!(written.files, files.len() * 3);
    for file in &files {
        let plain = std::fs::read(dir.0.join(file)).unwrap();
        let mut gz = Vec::new();
        flate2::read::GzDecoder::new(
            std::fs::File::open(dir.0.join(format!("{file}.gz"))).unwrap(),
        )
        .read_to_end(&mut gz)
        .unwrap();
        assert_eq!(gz, plain, "{file}.gz");
        let mut br = Vec::new();
        brotli::Decompressor::new(
            std::fs::File::open(dir.0.join(format!("{file}.br"))).unwrap(),
            4096,
        )
        .read_to_end(&mut br)
        .unwrap();
        assert_eq!(br, plain, "{file}.br");
    }
    // Nothing else in the chunks folder.
    let count = std::fs::read_dir(dir.0.join("chunks")).unwrap().count();
    assert_eq!(count, (files.len() - 1) * 3);
}

#[test]
fn a_rebuild_replaces_the_chunks_but_not_a_folder_of_other_files() {
    let corpus = compiled();
    let (dir, first) = Scratch::site("rebuild", &corpus, 150);
    let again = write_site_sized(&corpus, &dir.0, 2000).unwrap();
    assert!(again.doc_chunks < first.doc_chunks);
    let count = std::fs::read_dir(dir.0.join("chunks")).unwrap().count();
    assert_eq!(
        count,
        (again.doc_chunks
            + again.note_chunks
            + again.term_chunks
            + again.figure_chunks
            + again.date_chunks)
            * 3
    );
    std::fs::write(dir.0.join("chunks/notes.txt"), "mine").unwrap();
    let err = write_site_sized(&corpus, &dir.0, 2000).unwrap_err();
    assert!(err.contains("notes.txt, which is not a chunk"), "{err}");
}

#[test]
fn a_core_of_another_format_version_is_refused() {
    let corpus = compiled();
    let (dir, _) = Scratch::site("version", &corpus, 150);
    let mut bytes = std::fs::read(dir.0.join(CORE_FILE)).unwrap();
    bytes[8..12].copy_from_slice(&1u32.to_le_bytes());
    let err = Site::from_core(&bytes).unwrap_err();
    assert!(err.to_string().contains("format version 1"), "{err}");
    assert!(shard::is_core(&bytes));
    assert!(!shard::is_core(&corpus.to_bytes()));
}

#[test]
fn unloaded_text_reads_as_blanks_of_its_length_and_real_text_once_its_chunk_is_in() {
    let corpus = compiled();
    let (dir, _) = Scratch::site("blanks", &corpus, 1024);
    let site = dir.open();
    let c = site.corpus();
    for d in 0..corpus.docs.len() as u32 {
        let blank = c.doc_text(d);
        assert!(!c.doc_ready(d));
        assert!(blank.bytes().all(|b| b == b' '), "doc {d} reads as blanks");
        // Every passage and heading range of the document falls inside the blanks.
        let doc = &corpus.docs[d as usize];
        for p in doc.passages.clone() {
            assert_eq!(c.passage_text(p).len(), corpus.passage_text(p).len());
        }
    }
    // Loading a chunk while what was read before is still held: the old reads stay valid.
    let held = c.passage_text(0);
    let missing = site.missing();
    assert!(!missing.is_empty());
    let mut fetch = dir.fetch();
    for key in missing {
        site.insert(key, &fetch(site.file_of(key)).unwrap())
            .unwrap();
    }
    assert!(held.bytes().all(|b| b == b' '));
    for d in 0..corpus.docs.len() as u32 {
        assert_eq!(c.doc_text(d), corpus.docs[d as usize].text);
        assert!(c.doc_ready(d));
    }
    assert!(site.missing().is_empty());
}

static NOTED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn count_noted() {
    NOTED.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
}

#[test]
fn the_missing_hook_runs_once_per_chunk_until_the_notes_are_taken() {
    let corpus = compiled();
    let (dir, _) = Scratch::site("hook", &corpus, 1024);
    let site = dir.open();
    site.on_missing(count_noted);
    let c = site.corpus();
    let _ = c.doc_text(0);
    let _ = c.doc_text(0);
    assert_eq!(NOTED.load(std::sync::atomic::Ordering::SeqCst), 1);
    let taken = site.missing();
    assert_eq!(taken.len(), 1);
    let _ = c.doc_text(0);
    assert_eq!(NOTED.load(std::sync::atomic::Ordering::SeqCst), 2);
}

#[test]
fn prefetching_a_term_notes_its_postings_chunk_and_nothing_once_loaded() {
    let corpus = compiled();
    let (dir, _) = Scratch::site("prefetch", &corpus, 1024);
    let site = dir.open();
    let index = &site.corpus().index;
    let term = index.term_id("ballot").expect("the fixture has the word");
    index.prefetch(term);
    let wanted = site.missing();
    assert_eq!(wanted.len(), 1);
    assert!(matches!(wanted[0], corpus::index::ChunkKey::Terms(_)));
    let mut fetch = dir.fetch();
    site.insert(wanted[0], &fetch(site.file_of(wanted[0])).unwrap())
        .unwrap();
    index.prefetch(term);
    assert!(site.missing().is_empty());
    assert!(index.postings(term).count() > 0);
}

#[test]
fn the_words_view_reads_its_lists_from_the_notes_chunks() {
    use corpus::query::Engine as E;
    use corpus::views::Views;
    let corpus = compiled();
    let (dir, _) = Scratch::site("words", &corpus, 1024);
    let site = dir.open();
    // The core carries none of the lists.
    assert!(site.corpus().views.words.entries.is_empty());
    let request = SearchRequest::new("Tianjin");
    let want = Views::new(&corpus).words(&E::new(&corpus).select(&request), 10);
    site.missing();
    let got = Views::new(site.corpus()).words(&E::new(site.corpus()).select(&request), 10);
    let missing = site.missing();
    assert!(
        !missing.is_empty(),
        "the lists were read from chunks not loaded"
    );
    // The lists, and no text.
    assert!(
        missing.iter().any(|k| matches!(k, ChunkKey::Notes(_)))
            && !missing.iter().any(|k| matches!(k, ChunkKey::Docs(_))),
        "{missing:?}"
    );
    let mut fetch = dir.fetch();
    let mut rounds = 0;
    let mut missing = missing;
    let mut got = got;
    while !missing.is_empty() {
        rounds += 1;
        for key in missing {
            site.insert(key, &fetch(site.file_of(key)).unwrap())
                .unwrap();
        }
        got = Views::new(site.corpus()).words(&E::new(site.corpus()).select(&request), 10);
        missing = site.missing();
    }
    assert!(rounds <= 3);
    assert_eq!(format!("{got:?}"), format!("{want:?}"));
}

#[test]
fn the_documents_notes_are_in_their_chunks_and_read_once_loaded() {
    let corpus = compiled();
    let (dir, _) = Scratch::site("notes", &corpus, 1024);
    let site = dir.open();
    // The core carries no keywords, metadata, furniture or sentences.
    let core = site.corpus();
    assert!(core.docs.iter().all(|d| d.keywords.is_empty()
        && d.tags.is_empty()
        && d.meta.is_empty()
        && d.furniture.is_empty()));
    assert!(core.passages.iter().all(|p| p.sentences.is_empty()));
    assert!(
        core.views.similar.is_empty(),
        "similar documents in the core"
    );
    let doc = (0..corpus.docs.len() as u32)
        .find(|&d| !corpus.docs[d as usize].keywords.is_empty())
        .expect("a document with keywords");
    site.missing();
    assert!(core.doc_keywords(doc).is_empty(), "not loaded yet");
    let missing = site.missing();
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert!(matches!(missing[0], ChunkKey::Notes(_)), "{missing:?}");
    let mut fetch = dir.fetch();
    site.insert(missing[0], &fetch(site.file_of(missing[0])).unwrap())
        .unwrap();
    assert_eq!(
        site.corpus().doc_keywords(doc),
        corpus.docs[doc as usize].keywords.as_slice()
    );
    assert!(site.missing().is_empty());
    // The reader's similar documents come with them.
    let views = corpus::views::Views::new(&corpus);
    assert!(
        !views.similar(doc).is_empty(),
        "the document has similar ones"
    );
    assert_eq!(
        corpus::views::Views::new(site.corpus()).similar(doc),
        views.similar(doc)
    );
    // A single bundle reads its own.
    assert_eq!(
        corpus.doc_keywords(doc),
        corpus.docs[doc as usize].keywords.as_slice()
    );
}

/// Fetches what the site noted as missing, round after round, until `read` reads nothing
/// missing; returns `read`'s last answer and the rounds it took.
fn read_until_loaded<T>(site: &Site, dir: &Scratch, read: impl Fn(&Site) -> T) -> (T, usize) {
    let mut fetch = dir.fetch();
    site.missing();
    let mut got = read(site);
    let mut rounds = 0;
    loop {
        let missing = site.missing();
        if missing.is_empty() {
            return (got, rounds);
        }
        rounds += 1;
        for key in missing {
            site.insert(key, &fetch(site.file_of(key)).unwrap())
                .unwrap();
        }
        got = read(site);
    }
}

#[test]
fn the_figures_are_in_their_chunks_and_the_figures_view_reads_them_all() {
    use corpus::index::ChunkKey;
    use corpus::views::figures::FigureFilter;
    use corpus::views::{FigureSort, Page, Views};
    let corpus = compiled();
    assert!(corpus.figures.len() > 5, "the fixture states figures");
    let (dir, written) = Scratch::site("figures", &corpus, 60);
    assert!(written.figure_chunks > 1, "{written:?}");
    let site = dir.open();
    // The core carries none of them, but knows how many there are and where.
    assert!(site.corpus().figures.is_empty());
    assert_eq!(site.corpus().figure_count(), corpus.figures.len());
    for (i, f) in corpus.figures.iter().enumerate() {
        assert_eq!(site.corpus().figure_passage(i as u32), f.passage);
    }
    let everything = Engine::new(&corpus).select(&SearchRequest::new(""));
    for sort in FigureSort::ALL {
        for descending in [false, true] {
            let table = |c: &Corpus| {
                Views::new(c).figures(
                    &everything,
                    FigureFilter::default(),
                    sort,
                    descending,
                    Page::first(1000),
                )
            };
            let want = table(&corpus);
            assert!(want.complete);
            let site = dir.open();
            site.missing();
            let first = table(site.corpus());
            assert!(!first.complete, "nothing is loaded yet");
            let noted = site.missing();
            assert!(
                noted.iter().any(|k| matches!(k, ChunkKey::Figures(_))),
                "{noted:?}"
            );
            let (got, rounds) = read_until_loaded(&site, &dir, |s| table(s.corpus()));
            assert!(rounds <= 2, "{sort:?}: {rounds} rounds");
            assert_eq!(
                format!("{got:?}"),
                format!("{want:?}"),
                "{sort:?} {descending}"
            );
        }
    }
    // One figure reads once its chunk is in, and only that chunk is fetched for it.
    let site = dir.open();
    let last = corpus.figures.len() as u32 - 1;
    let (got, rounds) = read_until_loaded(&site, &dir, |s| s.corpus().figure(last).cloned());
    assert_eq!(rounds, 1);
    assert_eq!(
        format!("{:?}", got.unwrap()),
        format!("{:?}", corpus.figures[last as usize])
    );
    assert_eq!(site.loaded(), 1);
}

#[test]
fn a_core_whose_figure_counts_disagree_with_its_chunks_is_refused() {
    use corpus::shard::{frame, CORE_MAGIC};
    let corpus = compiled();
    let (dir, _) = Scratch::site("figure-counts", &corpus, 300);
    let (mut manifest, core) = dir.core_parts();
    // One more figure announced for the first passage than the chunks hold.
    let mut counts = manifest.figure_counts.clone();
    counts[0] += 1;
    manifest.figure_counts = counts;
    let damaged = frame(&CORE_MAGIC, &(&manifest, &core));
    let e = Site::from_core(&damaged).unwrap_err();
    assert!(e.to_string().contains("chunk table"), "{e}");
}

#[test]
fn the_network_needs_no_relations_in_the_core() {
    use corpus::views::Views;
    let corpus = compiled();
    assert!(!corpus.relations.is_empty(), "the fixture's entities meet");
    let (dir, _) = Scratch::site("network", &corpus, 300);
    let site = dir.open();
    assert!(site.corpus().relations.is_empty(), "relations in the core");
    for query in ["", "summit", "Tianjin"] {
        let request = SearchRequest::new(query);
        let want = Views::new(&corpus).network(&Engine::new(&corpus).select(&request), 30);
        assert!(!want.edges.is_empty(), "{query:?}: no edges");
        // The selection reads postings; the network then reads nothing more.
        let (selection, _) =
            read_until_loaded(&site, &dir, |s| Engine::new(s.corpus()).select(&request));
        let got = Views::new(site.corpus()).network(&selection, 30);
        assert!(
            site.missing().is_empty(),
            "{query:?}: the network read chunks"
        );
        assert_eq!(format!("{got:?}"), format!("{want:?}"), "{query:?}");
    }
    // And the command line gets them back with the rest.
    let back = dir.open().into_corpus(dir.fetch()).unwrap();
    assert_eq!(
        format!("{:?}", back.relations),
        format!("{:?}", corpus.relations)
    );
}

#[test]
fn the_dates_places_are_in_their_chunks_and_the_timeline_needs_none_of_them() {
    use corpus::views::Views;
    let corpus = compiled();
    assert!(corpus.dates.len() > 5, "the fixture states dates");
    let (dir, written) = Scratch::site("dates", &corpus, 60);
    assert!(written.date_chunks > 1, "{written:?}");
    let site = dir.open();
    // The core keeps each date's passage and ISO form, not its place in the text.
    let core = site.corpus();
    assert!(core.dates.is_empty());
    assert_eq!(core.date_count(), corpus.dates.len());
    for (i, d) in corpus.dates.iter().enumerate() {
        assert_eq!(core.date_passage(i as u32), d.passage);
        assert_eq!(core.date_iso(i as u32), &*d.iso);
    }
    // The timeline and the year facet read only that.
    for query in ["", "summit", "Tianjin"] {
        let request = SearchRequest::new(query);
        let want = Views::new(&corpus).timeline(&Engine::new(&corpus).select(&request));
        let (selection, _) =
            read_until_loaded(&site, &dir, |s| Engine::new(s.corpus()).select(&request));
        let got = Views::new(site.corpus()).timeline(&selection);
        assert!(
            site.missing().is_empty(),
            "{query:?}: the timeline read chunks"
        );
        assert_eq!(format!("{got:?}"), format!("{want:?}"), "{query:?}");
    }
    // A date's place reads once its chunk is in: one chunk for one date.
    let site = dir.open();
    let last = corpus.dates.len() as u32 - 1;
    let (got, rounds) = read_until_loaded(&site, &dir, |s| s.corpus().date(last).cloned());
    assert_eq!(rounds, 1);
    assert_eq!(
        format!("{:?}", got.unwrap()),
        format!("{:?}", corpus.dates[last as usize])
    );
    assert_eq!(site.loaded(), 1);
}

#[test]
fn the_mentions_places_are_in_the_document_chunks_and_read_with_the_texts() {
    use corpus::model::Span;
    use corpus::views::{Page, Views};
    let corpus = compiled();
    assert!(corpus.mentions.len() > 20, "the fixture names entities");
    let (dir, written) = Scratch::site("mentions", &corpus, 150);
    assert!(written.doc_chunks > 3, "{written:?}");
    let site = dir.open();
    // The core keeps each mention's entity, passage and rule, not its place in the text.
    let core = site.corpus();
    assert_eq!(core.mentions.len(), corpus.mentions.len());
    for (got, want) in core.mentions.iter().zip(&corpus.mentions) {
        assert_eq!(got.span, Span::default());
        assert_eq!(
            (got.entity, got.passage, &got.rule),
            (want.entity, want.passage, &want.rule)
        );
    }
    // Which passages mention each entity is not in the core: the site works it out, as the
    // build did.
    let (_, stored) = dir.core_parts();
    assert!(stored.index.entity_postings.is_empty() && stored.index.entity_offsets.is_empty());
    assert_eq!(core.index.entity_offsets, corpus.index.entity_offsets);
    assert_eq!(core.index.entity_postings, corpus.index.entity_postings);
    // A mention's place reads once its document's chunk is in: one chunk for one mention.
    let last = corpus.mentions.len() as u32 - 1;
    let (got, rounds) = read_until_loaded(&site, &dir, |s| s.corpus().mention_span(last));
    assert_eq!(rounds, 1);
    assert_eq!(got, Some(corpus.mentions[last as usize].span));
    assert_eq!(site.loaded(), 1);
    // The reader marks every mention, and the search matches names in the text, as with one
    // bundle: a query naming an entity, in a document that mentions it.
    let m = &corpus.mentions[0];
    let name = corpus.entities[m.entity as usize].name.clone();
    let doc = corpus.passages[m.passage as usize].doc;
    let request = SearchRequest::new(name.clone());
    let selection = Engine::new(&corpus).select(&request);
    let want = Views::new(&corpus).reader(doc, &selection).unwrap();
    let site = dir.open();
    let (selection, _) =
        read_until_loaded(&site, &dir, |s| Engine::new(s.corpus()).select(&request));
    let (got, _) = read_until_loaded(&site, &dir, |s| {
        format!("{:?}", Views::new(s.corpus()).reader(doc, &selection))
    });
    assert_eq!(got, format!("{:?}", Some(want)), "{name}");
    // An entity page's lines quote each mention in its context.
    let everything = Engine::new(&corpus).select(&SearchRequest::new(""));
    let want = Views::new(&corpus).profile(m.entity, &everything, Page::first(1000));
    let site = dir.open();
    let (got, rounds) = read_until_loaded(&site, &dir, |s| {
        format!(
            "{:?}",
            Views::new(s.corpus()).profile(m.entity, &everything, Page::first(1000))
        )
    });
    assert!(rounds >= 1, "the lines needed the documents' chunks");
    assert_eq!(got, format!("{want:?}"), "{name}");
}

#[test]
fn a_document_chunk_whose_mentions_leave_their_passages_is_refused() {
    use corpus::shard::{content_hash, frame, DocsChunk, CHUNK_MAGIC, CORE_MAGIC};
    let corpus = compiled();
    let (dir, _) = Scratch::site("mention-places", &corpus, 150);
    let (mut manifest, core) = dir.core_parts();
    let k = (0..manifest.doc_files.len())
        .find(|&k| {
            let file = std::fs::read(dir.0.join(&manifest.doc_files[k])).unwrap();
            let chunk: DocsChunk = postcard::from_bytes(&file[12..]).unwrap();
            !chunk.mentions.is_empty()
        })
        .expect("a chunk with mentions");
    let file = std::fs::read(dir.0.join(&manifest.doc_files[k])).unwrap();
    let good: DocsChunk = postcard::from_bytes(&file[12..]).unwrap();
    // Each damage, sealed under a name of its own hash so that only the content can tell.
    let numbers = {
        let (mut out, mut v, mut shift) = (Vec::new(), 0u32, 0);
        for &b in &good.mentions {
            v |= u32::from(b & 0x7f) << shift;
            shift += 7;
            if b & 0x80 == 0 {
                out.push(v);
                (v, shift) = (0, 0);
            }
        }
        out
    };
    let encode = |numbers: &[u32]| {
        let mut out = Vec::new();
        for &n in numbers {
            corpus::index::write_varint(&mut out, n);
        }
        out
    };
    let long = {
        // The first mention's length runs past its passage.
        let mut c = good.clone();
        let mut n = numbers.clone();
        n[1] = 1 << 20;
        c.mentions = encode(&n);
        c
    };
    let short = {
        let mut c = good.clone();
        c.mentions = encode(&numbers[..numbers.len() - 2]);
        c
    };
    let extra = {
        let mut c = good.clone();
        c.mentions.extend([0, 1]);
        c
    };
    for (what, chunk) in [("long", long), ("short", short), ("extra", extra)] {
        let bytes = frame(&CHUNK_MAGIC, &chunk);
        let name = format!("chunks/d-{}.bin", content_hash(&bytes));
        std::fs::write(dir.0.join(&name), &bytes).unwrap();
        manifest.doc_files[k] = name;
        let damaged = frame(&CORE_MAGIC, &(&manifest, &core));
        let site = Site::from_core(&damaged).unwrap();
        let e = site.insert(ChunkKey::Docs(k as u32), &bytes).unwrap_err();
        assert!(
            e.to_string().contains("mentions of other passages"),
            "{what}: {e}"
        );
    }
    // The chunk as written is taken.
    manifest.doc_files[k] = dir.open().manifest().doc_files[k].clone();
    let site = Site::from_core(&frame(&CORE_MAGIC, &(&manifest, &core))).unwrap();
    site.insert(ChunkKey::Docs(k as u32), &file).unwrap();
}

#[test]
fn a_notes_chunk_of_other_documents_is_refused() {
    use corpus::shard::{content_hash, frame, NotesChunk, CHUNK_MAGIC, CORE_MAGIC};
    let corpus = compiled();
    let (dir, _) = Scratch::site("notes-damaged", &corpus, 700);
    let (mut manifest, core) = dir.core_parts();
    assert!(manifest.note_files.len() > 1, "{:?}", manifest.note_bounds);
    let k = 0;
    let file = std::fs::read(dir.0.join(&manifest.note_files[k])).unwrap();
    let good: NotesChunk = postcard::from_bytes(&file[12..]).unwrap();
    assert!(!good.words.is_empty() && good.notes.len() > 1);
    let fewer = {
        let mut c = good.clone();
        c.notes.pop();
        c
    };
    let shorter_lists = {
        let mut c = good.clone();
        c.words.pop();
        c
    };
    let moved = {
        let mut c = good.clone();
        c.first += 1;
        c
    };
    let sentences = {
        // A passage's sentences given to another document.
        let mut c = good.clone();
        let s = c.notes[0].sentences.pop().unwrap_or_default();
        c.notes[1].sentences.push(s);
        c
    };
    for (what, chunk) in [
        ("fewer", fewer),
        ("shorter lists", shorter_lists),
        ("moved", moved),
        ("sentences", sentences),
    ] {
        let bytes = frame(&CHUNK_MAGIC, &chunk);
        let name = format!("chunks/n-{}.bin", content_hash(&bytes));
        std::fs::write(dir.0.join(&name), &bytes).unwrap();
        manifest.note_files[k] = name;
        let site = Site::from_core(&frame(&CORE_MAGIC, &(&manifest, &core))).unwrap();
        let e = site.insert(ChunkKey::Notes(k as u32), &bytes).unwrap_err();
        assert!(
            e.to_string().contains("notes of other documents"),
            "{what}: {e}"
        );
        // Nor is it taken as the texts of the same documents.
        assert!(
            site.insert(ChunkKey::Docs(k as u32), &bytes).is_err(),
            "{what}"
        );
    }
    manifest.note_files[k] = dir.open().manifest().note_files[k].clone();
    let site = Site::from_core(&frame(&CORE_MAGIC, &(&manifest, &core))).unwrap();
    site.insert(ChunkKey::Notes(k as u32), &file).unwrap();
    assert!(site.is_loaded(ChunkKey::Notes(k as u32)));
}

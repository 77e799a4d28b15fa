//! The views on small corpora compiled for each case: what each view reports, narrowed by a
//! selection, and bounded.

use crate::analyze::testing::{compile, doc, TestDoc};
use crate::config::Config;
use crate::model::{Corpus, EntityKind, FigureKind};
use crate::query::{Engine, SearchRequest};

use super::figures::FigureFilter;
use super::identity::PassageStatus;
use super::*;

fn dated<'a>(text: &'a str, date: &'a str) -> TestDoc<'a> {
    TestDoc {
        text,
        lang: "en",
        date: Some(date),
    }
}

/// Three documents on two subjects, dated across three years, one undated.
fn news() -> Corpus {
    compile(
        &[
            dated(
                "# Summit\n\nAzerbaijan and China signed a railway deal in Baku on 13 June 2024.\n\nTrade reached USD 3.744 billion in 2024, up 12% on the year.\n\n# Freight\n\nThe railway corridor through Kazakhstan carries freight to China.",
                "2024-06-14",
            ),
            dated(
                "Russia and Kazakhstan discussed the railway corridor in Astana.\n\nRussia lent $5 million for the railway in 2022.",
                "2022-03-01",
            ),
            dated(
                "Wheat harvest rose in Kazakhstan.\n\nGrain exports reached 8 million tonnes.",
                "2021-09-30",
            ),
            doc("China and Azerbaijan met again. Railway freight was discussed."),
        ],
        &Config::default(),
    )
}

fn entity(c: &Corpus, name: &str) -> u32 {
    c.entities
        .iter()
        .position(|e| e.name == name)
        .unwrap_or_else(|| panic!("{name} is not an entity: {:?}", names(c))) as u32
}

fn names(c: &Corpus) -> Vec<&str> {
    c.entities.iter().map(|e| e.name.as_str()).collect()
}

fn select(c: &Corpus, q: &str) -> Selection {
    Engine::new(c).select(&SearchRequest::new(q))
}

fn all(c: &Corpus) -> Selection {
    Selection::all(c.passages.len())
}

// ---- selection

#[test]
fn no_query_selects_every_passage() {
    let c = news();
    let s = select(&c, "");
    assert!(s.everything);
    assert_eq!(s.count(), c.passages.len());
    assert_eq!(s.describe(), format!("all {} passages", c.passages.len()));
}

#[test]
fn a_selection_holds_what_search_counts() {
    let c = news();
    let engine = Engine::new(&c);
    for q in [
        "railway",
        "railway -Russia",
        "\"railway corridor\"",
        "wheat OR grain",
        "place:Kazakhstan",
        "railways",
        "nothing-matches-this",
    ] {
        let request = SearchRequest::new(q).limit(1000);
        let hits: Vec<u32> = engine
            .search(&request)
            .hits
            .iter()
            .map(|h| h.passage)
            .collect();
        let mut sorted = hits.clone();
        sorted.sort_unstable();
        let s = engine.select(&request);
        assert_eq!(s.passages.iter().collect::<Vec<_>>(), sorted, "{q}");
        assert!(!s.everything, "{q}");
    }
    let faceted = SearchRequest::new("railway").select("place", "Russia");
    let s = engine.select(&faceted);
    assert_eq!(s.count(), engine.search(&faceted).total);
    assert!(s
        .describe()
        .ends_with(&format!("of {} passages", c.passages.len())));
}

#[test]
fn a_selection_keeps_the_terms_and_phrases_matched() {
    let c = news();
    let s = select(&c, "railways \"grain exports\"");
    assert!(s.has_words());
    let index = &c.index;
    let railway = index.term_id("railway").unwrap();
    assert!(s.terms.iter().any(|&(t, _)| t == railway), "{:?}", s.terms);
    assert_eq!(s.phrases[0].1, ["grain", "exports"]);
    assert!(!select(&c, "place:Kazakhstan").has_words());
}

// ---- entity page

#[test]
fn an_entity_is_found_by_name_folded_name_and_kind() {
    let c = news();
    let v = Views::new(&c);
    let kz = entity(&c, "Kazakhstan");
    assert_eq!(v.find_entity("Kazakhstan", None), EntityLookup::Found(kz));
    assert_eq!(
        v.find_entity("  kazakhstan ", None),
        EntityLookup::Found(kz)
    );
    assert_eq!(
        v.find_entity("Kazakhstan", Some(EntityKind::Place)),
        EntityLookup::Found(kz)
    );
    assert!(matches!(
        v.find_entity("Kazakhstan", Some(EntityKind::Person)),
        EntityLookup::NotFound { .. }
    ));
}

#[test]
fn an_unknown_name_suggests_close_ones() {
    let c = news();
    let v = Views::new(&c);
    match v.find_entity("Kazakh", None) {
        EntityLookup::NotFound { suggestions } => {
            assert!(
                suggestions.contains(&entity(&c, "Kazakhstan")),
                "{suggestions:?}"
            )
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_profile_has_mentions_in_context_related_entities_dates_and_figures() {
    let c = news();
    let v = Views::new(&c);
    let az = entity(&c, "Azerbaijan");
    let p = v.profile(az, &all(&c), Page::first(10)).unwrap();
    assert_eq!(p.name, "Azerbaijan");
    assert_eq!(p.mentions, 2);
    assert_eq!(p.mentions_total, 2);
    assert_eq!(p.documents, 2);
    assert!(p
        .recognition
        .iter()
        .all(|r| r.mentions > 0 && r.max_confidence <= 1.0));
    assert_eq!(p.recognition.iter().map(|r| r.mentions).sum::<u32>(), 2);
    let (left, kw, right) = p.lines.items[0].texts(&c);
    assert_eq!(kw, "Azerbaijan");
    assert_eq!(left, "");
    assert!(right.starts_with(" and China signed"), "{right:?}");
    let china = entity(&c, "China");
    assert_eq!(p.related[0].entity, china);
    assert_eq!(p.related[0].passages, 2);
    assert_eq!(p.years, [(2024, 1)]);
    let iso: Vec<&str> = p.dates.iter().map(|&d| &*c.dates[d as usize].iso).collect();
    assert!(iso.contains(&"2024-06-13"), "{iso:?}");
    // The figures are in the next passage, not one that mentions Azerbaijan.
    assert!(p.figures.is_empty());
}

#[test]
fn a_profile_is_narrowed_by_the_selection_and_paged() {
    let c = news();
    let v = Views::new(&c);
    let kz = entity(&c, "Kazakhstan");
    let whole = v.profile(kz, &all(&c), Page::first(1)).unwrap();
    assert_eq!(whole.mentions, 3);
    assert_eq!(whole.lines.items.len(), 1);
    assert_eq!(whole.lines.total, 3);
    let second = v
        .profile(
            kz,
            &all(&c),
            Page {
                offset: 1,
                limit: 5,
            },
        )
        .unwrap();
    assert_eq!((second.lines.items.len(), second.lines.offset), (2, 1));
    let narrowed = v
        .profile(kz, &select(&c, "wheat"), Page::first(10))
        .unwrap();
    assert_eq!((narrowed.mentions, narrowed.mentions_total), (1, 3));
    assert!(narrowed.related.is_empty());
    assert!(v.profile(9999, &all(&c), Page::first(1)).is_none());
}

// ---- reader

#[test]
fn the_reader_marks_entities_dates_figures_and_matches() {
    let c = news();
    let v = Views::new(&c);
    let r = v.reader(0, &select(&c, "railway")).unwrap();
    let text = &c.docs[0].text;
    let marked = |want: fn(&MarkKind) -> bool| -> Vec<&str> {
        r.marks
            .iter()
            .filter(|m| want(&m.kind))
            .map(|m| &text[m.range.clone()])
            .collect()
    };
    assert_eq!(marked(|k| *k == MarkKind::Match), ["railway", "railway"]);
    assert_eq!(r.matches, 2);
    let entities = marked(|k| matches!(k, MarkKind::Entity { .. }));
    for name in ["Azerbaijan", "China", "Baku", "Kazakhstan"] {
        assert!(entities.contains(&name), "{entities:?}");
    }
    assert!(marked(|k| matches!(k, MarkKind::Date { .. })).contains(&"13 June 2024"));
    let figures = marked(|k| matches!(k, MarkKind::Figure { .. }));
    assert!(figures.contains(&"USD 3.744 billion"), "{figures:?}");
    assert!(r
        .marks
        .windows(2)
        .all(|w| w[0].range.start <= w[1].range.start));
    let segs = reader::segments(text.len(), &r.marks);
    assert_eq!(segs.first().map(|s| s.range.start), Some(0));
    assert_eq!(segs.last().map(|s| s.range.end), Some(text.len()));
    assert_eq!(r.match_ranges().count(), 2);
}

#[test]
fn the_reader_lists_headings_and_similar_documents() {
    let c = news();
    let v = Views::new(&c);
    let r = v.reader(0, &all(&c)).unwrap();
    let headings: Vec<&str> = r
        .toc
        .iter()
        .map(|t| &c.docs[0].text[t.heading.clone()])
        .collect();
    assert_eq!(headings, ["Summit", "Freight"]);
    assert!(r.toc.iter().all(|t| t.passage.is_some()));
    // The railway documents are each other's closest.
    assert!(!r.similar.is_empty());
    assert!(
        r.similar[0].doc == 1 || r.similar[0].doc == 3,
        "{:?}",
        r.similar
    );
    assert!(v.reader(99, &all(&c)).is_none());
}

// ---- timeline

#[test]
fn the_timeline_counts_documents_and_stated_dates_by_year() {
    let c = news();
    let v = Views::new(&c);
    let t = v.timeline(&all(&c));
    assert_eq!(t.unit, Unit::Year);
    let keys: Vec<&str> = t.buckets.iter().map(|b| b.key.as_str()).collect();
    assert_eq!(keys, ["2021", "2022", "2023", "2024"]);
    let y2024 = &t.buckets[3];
    assert_eq!(y2024.documents, 1);
    // 13 June 2024 and the bare year 2024 of the trade figure's sentence.
    assert!(y2024.stated >= 2, "{y2024:?}");
    assert_eq!(t.buckets[2].passages, 0);
    assert!(t.contiguous);
    assert_eq!((t.undated_documents, t.undated_passages), (1, 1));
    let undated = v.undated_documents(&all(&c), Page::first(10));
    assert_eq!(undated.items, [3]);
}

#[test]
fn a_short_span_is_bucketed_by_day_or_month() {
    let c = compile(
        &[
            dated("The talks opened in Baku.", "2024-06-10"),
            dated("The talks closed in Baku.", "2024-06-14"),
        ],
        &Config::default(),
    );
    let v = Views::new(&c);
    let t = v.timeline(&all(&c));
    assert_eq!(t.unit, Unit::Day);
    assert_eq!(t.buckets.len(), 5);
    assert_eq!(t.buckets[0].key, "2024-06-10");
    assert_eq!(t.buckets[4].documents, 1);
    let c = compile(
        &[
            dated("Talks opened.", "2024-01-10"),
            dated("Talks closed.", "2024-09-14"),
        ],
        &Config::default(),
    );
    let t = Views::new(&c).timeline(&all(&c));
    assert_eq!(t.unit, Unit::Month);
    assert_eq!(t.buckets.len(), 9);
}

#[test]
fn a_bucket_lists_its_passages_and_the_timeline_follows_the_selection() {
    let c = news();
    let v = Views::new(&c);
    let items = v.bucket_items(&all(&c), "2024", false, Page::first(50));
    assert!(items.items.iter().any(|i| i.stated.is_none() && i.doc == 0));
    assert!(items
        .items
        .iter()
        .any(|i| i.iso == "2024-06-13" && i.stated.is_some()));
    assert!(items.items.iter().all(|i| i.iso.starts_with("2024")));
    // One document's day: a one-day axis.
    let wheat = v.timeline(&select(&c, "wheat"));
    let keys: Vec<&str> = wheat.buckets.iter().map(|b| b.key.as_str()).collect();
    assert_eq!(keys, ["2021-09-30"]);
    let none = v.timeline(&select(&c, "nothing-matches-this"));
    assert!(none.buckets.is_empty() && none.undated_documents == 0);
}

// ---- network

#[test]
fn the_network_is_narrowed_and_recounted_for_the_selection() {
    let c = news();
    let v = Views::new(&c);
    let whole = v.network(&all(&c), 150);
    assert_eq!(whole.left_out, 0);
    assert!(whole
        .nodes
        .iter()
        .all(|n| (0.0..=1.0).contains(&n.x) && (0.0..=1.0).contains(&n.y)));
    let pair = |net: &Network, a: &str, b: &str| {
        let (a, b) = (
            net.node_of(entity(&c, a)).unwrap(),
            net.node_of(entity(&c, b)).unwrap(),
        );
        net.edges
            .iter()
            .find(|e| (e.a, e.b) == (a.min(b), a.max(b)))
            .map(|e| e.passages)
    };
    assert_eq!(pair(&whole, "Azerbaijan", "China"), Some(2));
    let railway = v.network(&select(&c, "signed"), 150);
    assert_eq!(pair(&railway, "Azerbaijan", "China"), Some(1));
    assert!(railway.node_of(entity(&c, "Russia")).is_none());
    assert_eq!(railway.rows().len(), railway.edges.len());
}

#[test]
fn the_network_keeps_the_strongest_nodes_and_counts_the_rest() {
    let c = news();
    let v = Views::new(&c);
    let net = v.network(&all(&c), 2);
    assert_eq!(net.nodes.len(), 2);
    assert_eq!(net.left_out, net.entities - 2);
    assert!(net.nodes[0].passages >= net.nodes[1].passages);
    let n = net.neighbours(0);
    assert!(n.iter().all(|&(i, w)| i == 1 && w > 0));
}

// ---- concordance

#[test]
fn concordance_lines_align_on_every_form_of_the_keyword() {
    let c = news();
    let v = Views::new(&c);
    let conc = v.concordance(&select(&c, "railways"), &ConcordanceOptions::default());
    assert!(conc.has_keyword);
    let keywords: Vec<&str> = conc.lines.iter().map(|l| l.texts(&c).1).collect();
    assert!(
        keywords.iter().all(|k| k.eq_ignore_ascii_case("railway")),
        "{keywords:?}"
    );
    assert_eq!(conc.lines.len(), 5);
    assert_eq!(conc.total, 5);
    assert!(conc.total_exact && conc.is_complete());
    assert_eq!(conc.forms, [("railway".to_string(), 5)]);
}

#[test]
fn concordance_sorts_by_the_nearest_words() {
    let c = news();
    let v = Views::new(&c);
    let sel = select(&c, "railway");
    let right = v.concordance(
        &sel,
        &ConcordanceOptions {
            sort: ContextSort::Right,
            ..ConcordanceOptions::default()
        },
    );
    let next: Vec<String> = right
        .lines
        .iter()
        .map(|l| {
            let r = l.texts(&c).2;
            crate::text::tokenize(r)
                .first()
                .map(|t| t.folded.clone())
                .unwrap_or_default()
        })
        .collect();
    let mut sorted = next.clone();
    sorted.sort();
    assert_eq!(next, sorted);
    let left = v.concordance(
        &sel,
        &ConcordanceOptions {
            sort: ContextSort::Left,
            ..ConcordanceOptions::default()
        },
    );
    let prev: Vec<String> = left
        .lines
        .iter()
        .map(|l| {
            let t = crate::text::tokenize(l.texts(&c).0);
            t.last().map(|t| t.folded.clone()).unwrap_or_default()
        })
        .collect();
    let mut sorted = prev.clone();
    sorted.sort();
    assert_eq!(prev, sorted);
}

#[test]
fn a_phrase_is_one_keyword_and_collocates_are_counted_near_it() {
    let c = news();
    let v = Views::new(&c);
    let conc = v.concordance(
        &select(&c, "\"railway corridor\""),
        &ConcordanceOptions::default(),
    );
    assert_eq!(conc.lines.len(), 2);
    for l in &conc.lines {
        assert_eq!(l.texts(&c).1, "railway corridor");
    }
    let kz = conc
        .frequent
        .iter()
        .find(|x| x.text == "kazakhstan")
        .unwrap();
    // "Russia and Kazakhstan discussed the railway corridor", "the railway corridor through
    // Kazakhstan".
    assert_eq!((kz.count, kz.left, kz.right), (2, 1, 1));
    assert!(conc.collocates.iter().all(|x| x.log_likelihood > 0.0));
}

#[test]
fn a_concordance_is_bounded_and_says_so() {
    let c = news();
    let v = Views::new(&c);
    let conc = v.concordance(
        &select(&c, "railway"),
        &ConcordanceOptions {
            limit: 2,
            ..ConcordanceOptions::default()
        },
    );
    assert_eq!(conc.lines.len(), 2);
    assert_eq!(conc.total, 5);
    assert!(!conc.is_complete());
    let filters = v.concordance(&select(&c, "place:Russia"), &ConcordanceOptions::default());
    assert!(!filters.has_keyword && filters.lines.is_empty());
}

// ---- figures

#[test]
fn figures_are_rows_sorted_by_any_column() {
    let c = news();
    let v = Views::new(&c);
    let t = v.figures(
        &all(&c),
        FigureFilter::default(),
        FigureSort::Value,
        true,
        Page::first(10),
    );
    assert_eq!(t.rows.total, t.money + t.percentages + t.quantities);
    assert_eq!((t.money, t.percentages), (2, 1));
    let values: Vec<f64> = t.rows.items.iter().map(|r| r.value).collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
    let top = &t.rows.items[0];
    assert_eq!(
        &c.docs[top.doc as usize].text[top.written.clone()],
        "USD 3.744 billion"
    );
    assert_eq!(
        (top.value, &*top.unit, top.year),
        (3.744e9, "USD", Some(2024))
    );
    assert!(c.docs[0].text[top.sentence.clone()].starts_with("Trade reached"));
    for sort in FigureSort::ALL {
        let t = v.figures(
            &all(&c),
            FigureFilter::default(),
            sort,
            false,
            Page::first(10),
        );
        assert_eq!(t.rows.items.len(), t.rows.total, "{sort:?}");
        assert_eq!(FigureSort::from_name(sort.name()), Some(sort));
    }
}

#[test]
fn money_is_totalled_by_year_and_currency_and_the_table_follows_the_selection() {
    let c = news();
    let v = Views::new(&c);
    let t = v.figures(
        &all(&c),
        FigureFilter::default(),
        FigureSort::Year,
        false,
        Page::first(1),
    );
    let by_year: Vec<(i32, &str, f64)> = t
        .money_by_year
        .iter()
        .map(|m| (m.year, &*m.currency, m.total))
        .collect();
    assert_eq!(by_year, [(2022, "USD", 5e6), (2024, "USD", 3.744e9)]);
    assert_eq!(t.rows.items.len(), 1);
    let money = FigureFilter {
        kind: Some(FigureKind::Money),
    };
    let t = v.figures(
        &select(&c, "Russia"),
        money,
        FigureSort::Document,
        false,
        Page::first(10),
    );
    assert_eq!(t.rows.total, 1);
    assert_eq!(t.rows.items[0].value, 5e6);
}

// ---- words

#[test]
fn the_whole_corpus_lists_its_most_frequent_words() {
    let c = news();
    let v = Views::new(&c);
    let w = v.words(&all(&c), 5);
    assert_eq!(w.frequent_words[0].text, "railway");
    assert_eq!(w.frequent_words[0].count, 5);
    assert!(w.distinctive_words.is_empty());
    assert!(w.sample.is_none());
    assert_eq!(w.tokens, w.corpus_tokens);
}

#[test]
fn a_selection_has_its_distinctive_words() {
    let c = news();
    let v = Views::new(&c);
    let w = v.words(&select(&c, "harvest OR grain"), 10);
    let texts: Vec<&str> = w
        .distinctive_words
        .iter()
        .map(|s| s.text.as_str())
        .collect();
    assert!(!texts.contains(&"railway"), "{texts:?}");
    assert!(w.frequent_words.iter().any(|s| s.text == "wheat"));
    assert!(w.tokens < w.corpus_tokens);
    assert!(w.distinctive_words.iter().all(|s| s.log_likelihood > 0.0));
    let railway = v.words(&select(&c, "railway"), 10);
    assert_eq!(railway.distinctive_words[0].text, "railway");
}

#[test]
fn a_trend_follows_a_word_across_years_and_documents() {
    let c = news();
    let v = Views::new(&c);
    let e = v.word_entry("Railway").unwrap();
    let t = v.trend(&all(&c), e).unwrap();
    assert_eq!(t.count, 5);
    let years: Vec<(&str, u32)> = t
        .by_year
        .iter()
        .map(|p| (p.label.as_str(), p.count))
        .collect();
    assert_eq!(years, [("2021", 0), ("2022", 2), ("2024", 2)]);
    assert_eq!(t.undated, 1);
    // Twice in the first and the second document (the shorter first: a higher rate), once in
    // the undated one.
    let docs: Vec<(Option<u32>, u32)> = t.by_doc.iter().map(|p| (p.doc, p.count)).collect();
    assert_eq!(docs, [(Some(1), 2), (Some(0), 2), (Some(3), 1)]);
    assert!(t.by_year.iter().all(|p| p.per_10k >= 0.0));
    assert!(v.word_entry("no such words here").is_none());
    assert!(v.trend(&all(&c), u32::MAX).is_none());
}

// ---- export

#[test]
fn exports_carry_the_rows_and_neutralise_formulas() {
    let c = compile(
        &[doc(
            "=HYPERLINK(\"x\") Azerbaijan exported USD 2 billion in 2023.",
        )],
        &Config::default(),
    );
    let v = Views::new(&c);
    let engine = Engine::new(&c);
    let hits = engine.search(&SearchRequest::new("Azerbaijan")).hits;
    let csv = v.results_csv(&hits);
    assert!(csv.starts_with("rank,doc,title,section,passage,key,score,text\r\n"));
    assert!(
        csv.contains(",\"'=HYPERLINK(\"\"x\"\") Azerbaijan"),
        "{csv}"
    );
    let json: serde_json::Value = serde_json::from_str(&v.results_json(&hits)).unwrap();
    assert_eq!(json[0]["doc"], "doc0.txt");

    let entities: serde_json::Value = serde_json::from_str(&v.entities_json(&all(&c))).unwrap();
    assert_eq!(entities[0]["name"], "Azerbaijan");
    assert!(v.entities_csv(&all(&c)).contains("\r\nAzerbaijan,place,"));

    let rows = v.figure_rows(&all(&c), FigureFilter::default(), FigureSort::Value, false);
    let figures: serde_json::Value = serde_json::from_str(&v.figures_json(&rows)).unwrap();
    assert_eq!(figures[0]["value"], 2e9);
    assert_eq!(figures[0]["year"], 2023);
    assert!(v
        .figures_csv(&rows)
        .contains(",USD 2 billion,2000000000,USD,2023,"));

    let conc = v.concordance(&select(&c, "exported"), &ConcordanceOptions::default());
    let csv = v.concordance_csv(&conc);
    assert_eq!(csv.lines().count(), 2);
    let rows: serde_json::Value = serde_json::from_str(&v.concordance_json(&conc)).unwrap();
    assert_eq!(rows[0]["keyword"], "exported");
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_start_with_a_quote_mark() {
    use crate::views::export::csv_cell;
    for (value, cell) in [
        ("=1+2", "'=1+2"),
        ("+1+2", "'+1+2"),
        ("-1+2", "'-1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "\"'\r=1\""),
        ("  =1", "'  =1"),
        ("\u{a0}@x", "'\u{a0}@x"),
        (
            "=HYPERLINK(\"x\",\"y\")",
            "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"",
        ),
    ] {
        assert_eq!(csv_cell(value), cell, "{value:?}");
    }
    for plain in ["Baku", "a = b", "2 + 2", "e-mail", ""] {
        assert_eq!(csv_cell(plain), plain, "{plain:?}");
    }
}

// ---- identity

#[test]
fn passage_keys_survive_a_rebuild_and_tell_changed_from_vanished() {
    let before = compile(
        &[
            doc("First paragraph.\n\nSecond paragraph."),
            doc("Other text."),
        ],
        &Config::default(),
    );
    let keys: Vec<String> = {
        let v = Views::new(&before);
        (0..before.passages.len() as u32)
            .map(|p| v.passage_key(p))
            .collect()
    };
    assert!(keys[0].starts_with("doc0.txt#"));
    // Rebuilt: a paragraph inserted before, the second one edited, the other document gone.
    let after = compile(
        &[doc(
            "New opening.\n\nFirst paragraph.\n\nSecond paragraph, edited.",
        )],
        &Config::default(),
    );
    let v = Views::new(&after);
    assert_eq!(v.resolve_passage(&keys[0]), PassageStatus::Found(1));
    assert_eq!(
        v.resolve_passage(&keys[1]),
        PassageStatus::Changed { doc: 0 }
    );
    assert_eq!(v.resolve_passage(&keys[2]), PassageStatus::Vanished);
    assert_eq!(v.resolve_passage("no key"), PassageStatus::Vanished);
    // The storage key stays, the content hash changes.
    let (a, b) = (&before.views.identity, &after.views.identity);
    assert_eq!(a.key, b.key);
    assert_ne!(a.content, b.content);
    assert_eq!(a.key.len(), 16);
}

//! The engine on small corpora built for each case: one test per query construct, plus a
//! property test that no query panics or exceeds its work bound.

use super::*;
use crate::compile::{build, Input};
use crate::config::Config;
use crate::ingest::Parsed;
use crate::model::{Entity, EntityKind, Format, Mention, Span};

/// A document for a test corpus.
#[derive(Clone, Default)]
struct D {
    id: &'static str,
    title: &'static str,
    lang: &'static str,
    date: Option<&'static str>,
    /// Paragraphs; one starting with `# ` is a heading.
    blocks: Vec<&'static str>,
}

fn doc(id: &'static str, blocks: &[&'static str]) -> D {
    D {
        id,
        title: "",
        lang: "en",
        date: None,
        blocks: blocks.to_vec(),
    }
}

fn corpus(docs: &[D]) -> Corpus {
    let inputs = docs
        .iter()
        .map(|d| Input {
            id: d.id.to_string(),
            format: Format::Text,
            parsed: Parsed {
                title: (!d.title.is_empty()).then(|| d.title.to_string()),
                date: d.date.map(str::to_string),
                lang: Some(d.lang.to_string()),
                blocks: crate::ingest::test_blocks(d.blocks.iter().copied(), 2),
                ..Parsed::default()
            },
        })
        .collect();
    build("test", inputs, &Config::default())
}

/// Adds an entity mentioned wherever `surface` occurs, and re-indexes.
fn add_entity(c: &mut Corpus, kind: EntityKind, name: &str, aliases: &[&str], surfaces: &[&str]) {
    let e = c.entities.len() as u32;
    let mut docs = Vec::new();
    let mut count = 0;
    for p in 0..c.passages.len() {
        let text = c.passage_text(p as u32).to_string();
        let base = c.passages[p].span.start as usize;
        for s in surfaces {
            for (at, _) in text.match_indices(s) {
                c.mentions.push(Mention {
                    entity: e,
                    passage: p as u32,
                    span: Span::new(base + at, base + at + s.len()),
                    rule: "test".into(),
                    confidence: 1.0,
                });
                count += 1;
                docs.push(c.passages[p].doc);
            }
        }
    }
    docs.dedup();
    c.entities.push(Entity {
        kind,
        name: name.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        roles: Vec::new(),
        subtype: None,
        doc_count: docs.len() as u32,
        mention_count: count,
    });
    c.mentions.sort_by_key(|m| (m.passage, m.span.start));
    c.index = crate::build::index::build(c);
}

fn search(c: &Corpus, q: &str) -> SearchResponse {
    Engine::new(c).search(&SearchRequest::new(q).limit(100))
}

/// Texts of the hits, in order.
fn texts<'a>(c: &'a Corpus, r: &SearchResponse) -> Vec<&'a str> {
    r.hits.iter().map(|h| c.passage_text(h.passage)).collect()
}

/// Texts of the complete hits.
fn complete<'a>(c: &'a Corpus, r: &SearchResponse) -> Vec<&'a str> {
    r.hits
        .iter()
        .filter(|h| h.complete)
        .map(|h| c.passage_text(h.passage))
        .collect()
}

fn news() -> Corpus {
    corpus(&[
        doc(
            "a.txt",
            &[
                "The energy ministers met in Karamay to discuss energy cooperation.",
                "Ministers of energy signed nothing in Baku.",
                "The Ufa summit admitted four dialogue partners.",
            ],
        ),
        doc(
            "b.txt",
            &[
                "Digital transformation and digitalization were on the agenda in Shanghai.",
                "A crude oil deal was signed, oil prices rose.",
            ],
        ),
    ])
}

#[test]
fn a_document_about_the_query_ranks_its_passage_first() {
    // The same sentence about Tokayev in two documents: one mentions him once in passing, the
    // other comes back to him in two more passages.
    let c = corpus(&[
        doc(
            "passing.txt",
            &[
                "A message from Tokayev was read out at the opening.",
                "Railway officials discussed tariffs and timetables.",
                "Ferry operators asked for more berths at the port.",
            ],
        ),
        doc(
            "about.txt",
            &[
                "A message from Tokayev was read out at the opening.",
                "Tokayev later met the foreign ministers of the region.",
                "In the evening Tokayev opened the new terminal.",
            ],
        ),
    ]);
    let r = search(&c, "Tokayev");
    let first = c.passages[r.hits[0].passage as usize].doc as usize;
    assert_eq!(c.docs[first].id, "about.txt");
    // Among the two identical passages, the one from the document about him comes first.
    let same: Vec<&str> = r
        .hits
        .iter()
        .filter(|h| c.passage_text(h.passage).starts_with("A message"))
        .map(|h| {
            c.docs[c.passages[h.passage as usize].doc as usize]
                .id
                .as_str()
        })
        .collect();
    assert_eq!(same, ["about.txt", "passing.txt"]);
}

#[test]
fn words_must_all_match() {
    let c = news();
    let r = search(&c, "energy Karamay");
    assert!(r.matched_all);
    assert_eq!(complete(&c, &r), [c.passage_text(0)]);
}

#[test]
fn phrase_anywhere() {
    let c = news();
    let r = search(&c, "signed \"energy ministers\"");
    assert!(!r.matched_all, "no passage has the phrase and `signed`");
    let r = search(&c, "\"energy ministers\" Karamay");
    assert_eq!(complete(&c, &r), [c.passage_text(0)]);
}

#[test]
fn phrase_needs_adjacency_and_order() {
    let c = news();
    let r = search(&c, "\"ministers energy\"");
    assert!(!r.hits.iter().any(|h| h.complete), "{:?}", texts(&c, &r));
    let r = search(&c, "\"energy ministers\"");
    assert_eq!(complete(&c, &r), [c.passage_text(0)]);
}

#[test]
fn hyphenated_word_is_a_phrase() {
    let c = corpus(&[doc(
        "r.txt",
        &["The Rasht-Astara railway.", "Astara is far from Rasht."],
    )]);
    assert_eq!(
        complete(&c, &search(&c, "Rasht-Astara")),
        [c.passage_text(0)]
    );
}

#[test]
fn prefix_star() {
    let c = news();
    let r = search(&c, "digit*");
    assert_eq!(complete(&c, &r), [c.passage_text(3)]);
    let h: Vec<&str> = r.hits[0]
        .highlights
        .iter()
        .map(|x| &c.passage_text(3)[x.clone()])
        .collect();
    assert_eq!(h, ["Digital", "digitalization"]);
}

fn typing(c: &Corpus, q: &str) -> SearchResponse {
    Engine::new(c).search(&SearchRequest::new(q).limit(100).typing(true))
}

#[test]
fn last_word_being_typed_matches_as_a_prefix() {
    let c = news();
    let r = typing(&c, "crude pri");
    assert_eq!(complete(&c, &r), [c.passage_text(4)]);
    assert!(search(&c, "crude pri").hits.iter().all(|h| !h.complete));
}

#[test]
fn a_finished_word_is_not_a_prefix() {
    let c = news();
    // A space after the word: the reader has finished it.
    assert!(typing(&c, "crude pri ").hits.iter().all(|h| !h.complete));
}

#[test]
fn unfinished_word_prefers_completions_to_typos() {
    let c = corpus(&[doc(
        "t.txt",
        &["All of them came.", "President Aliyev came."],
    )]);
    let r = typing(&c, "aliy");
    assert_eq!(complete(&c, &r), [c.passage_text(1)]);
}

#[test]
fn typing_keeps_earlier_words_exact() {
    let c = news();
    // `oil` is not the last word: no completion to `oil`-something, and the last one completes.
    let r = typing(&c, "oil dea");
    assert_eq!(complete(&c, &r), [c.passage_text(4)]);
}

#[test]
fn prefix_expansions_are_capped() {
    let words: Vec<String> = (0..200).map(|i| format!("a{i:03}x")).collect();
    let text: &'static str = Box::leak(words.join(" ").into_boxed_str());
    let c = corpus(&[doc("w.txt", &[text])]);
    let r = search(&c, "a*");
    let terms = &r.expansions[0].terms;
    assert_eq!(terms.len(), terms::MAX_PREFIX);
}

#[test]
fn or_operator() {
    let c = news();
    let r = search(&c, "Baku OR Karamay");
    assert_eq!(complete(&c, &r).len(), 2);
    let r = search(&c, "ministers Baku OR Shanghai");
    assert_eq!(complete(&c, &r), [c.passage_text(1)]);
}

#[test]
fn exclusion() {
    let c = news();
    let r = search(&c, "energy -Karamay");
    assert_eq!(complete(&c, &r), [c.passage_text(1)]);
}

#[test]
fn exclusion_of_a_phrase() {
    let c = news();
    let r = search(&c, "signed -\"crude oil\"");
    assert_eq!(complete(&c, &r), [c.passage_text(1)]);
}

#[test]
fn only_exclusions_browse_the_rest() {
    let c = news();
    let r = search(&c, "-energy");
    assert_eq!(r.total, c.passages.len() - 2);
}

fn with_people() -> Corpus {
    let mut c = corpus(&[
        doc(
            "p.txt",
            &[
                "President Ilham Aliyev met Xi Jinping in Astana.",
                "Aliyev later spoke about trade.",
                "Rashid Alimov signed the memorandum.",
            ],
        ),
        D {
            lang: "ru",
            ..doc("ru.txt", &["Рашид Алимов подписал меморандум."])
        },
    ]);
    // The entities of these tests are set by hand, in place of what extraction found.
    c.entities.clear();
    c.mentions.clear();
    c.relations.clear();
    add_entity(
        &mut c,
        EntityKind::Person,
        "Ilham Aliyev",
        &["Aliyev"],
        &["Ilham Aliyev", "Aliyev later"],
    );
    add_entity(
        &mut c,
        EntityKind::Person,
        "Xi Jinping",
        &[],
        &["Xi Jinping"],
    );
    add_entity(&mut c, EntityKind::Place, "Astana", &[], &["Astana"]);
    add_entity(
        &mut c,
        EntityKind::Person,
        "Rashid Alimov",
        &["Рашид Алимов"],
        &["Rashid Alimov", "Рашид Алимов"],
    );
    c
}

#[test]
fn field_person_quoted() {
    let c = with_people();
    let r = search(&c, "person:\"Ilham Aliyev\"");
    assert_eq!(complete(&c, &r), [c.passage_text(0), c.passage_text(1)]);
    let r = search(&c, "person:\"Ilham Aliyev\" trade");
    assert_eq!(complete(&c, &r), [c.passage_text(1)]);
}

#[test]
fn field_person_by_surname_with_a_typo() {
    let c = with_people();
    let r = search(&c, "person:Aliev");
    assert_eq!(r.total, 2);
}

#[test]
fn field_person_across_scripts() {
    let c = with_people();
    let r = search(&c, "person:Алимов");
    assert_eq!(r.total, 2, "{:?}", texts(&c, &r));
}

#[test]
fn field_kind_is_respected() {
    let c = with_people();
    assert_eq!(search(&c, "place:Astana").total, 1);
    assert_eq!(search(&c, "person:Astana").total, 0);
}

#[test]
fn negated_field() {
    let c = with_people();
    let r = search(&c, "-person:Aliyev");
    assert_eq!(r.total, 2);
}

fn dated() -> Corpus {
    corpus(&[
        D {
            date: Some("2015-02-10"),
            ..doc("2015.txt", &["Azerbaijan applied for observer status."])
        },
        D {
            date: Some("2019-06-01"),
            ..doc("2019.txt", &["Observer status was discussed again."])
        },
        D {
            date: Some("2024-06-13"),
            lang: "tr",
            ..doc("2024.txt", &["Gözlemci statüsü yeniden gündemde."])
        },
        doc("undated.txt", &["Observer status, undated."]),
    ])
}

#[test]
fn year_single() {
    let c = dated();
    let r = search(&c, "observer year:2019");
    assert_eq!(texts(&c, &r), [c.passage_text(1)]);
}

#[test]
fn year_range() {
    let c = dated();
    assert_eq!(search(&c, "year:2015..2019").total, 2);
    assert_eq!(search(&c, "year:2016..").total, 2);
    assert_eq!(search(&c, "year:..2015").total, 1);
}

#[test]
fn year_word_finds_documents_of_that_year() {
    let c = dated();
    let r = search(&c, "2015");
    assert_eq!(texts(&c, &r), [c.passage_text(0)]);
}

#[test]
fn lang_and_doc_filters() {
    let c = dated();
    assert_eq!(texts(&c, &search(&c, "lang:tr")), [c.passage_text(2)]);
    assert_eq!(texts(&c, &search(&c, "doc:undated")), [c.passage_text(3)]);
}

#[test]
fn theme_filter() {
    let mut c = news();
    c.themes = vec!["energy".into(), "digital/ICT".into()];
    c.docs[1].themes = vec![1];
    c.passages[0].themes = vec![0];
    assert_eq!(texts(&c, &search(&c, "theme:ict")).len(), 2);
    assert_eq!(texts(&c, &search(&c, "theme:energy")), [c.passage_text(0)]);
    // A document theme that some passages carry stays with those passages.
    c.docs[0].themes = vec![0];
    assert_eq!(texts(&c, &search(&c, "theme:energy")), [c.passage_text(0)]);
}

#[test]
fn facet_counts_are_the_same_for_any_subset() {
    let c = with_people();
    let engine = Engine::new(&c);
    let f = &engine.features;
    let n = c.passages.len();
    assert!(n <= 12, "every subset is tried");
    for bits in 0u32..(1 << n) {
        let mut set = PassageSet::empty(n);
        for p in 0..n as u32 {
            if bits & (1 << p) != 0 {
                set.insert(p);
            }
        }
        let counts = f.count(&c, &set);
        for x in 0..f.feature_count() as u32 {
            let naive = set.iter().filter(|&p| f.of(p).contains(&x)).count() as u32;
            assert_eq!(
                counts.features[x as usize], naive,
                "feature {x}, subset {bits:b}"
            );
            assert_eq!(
                counts.touched.contains(&x),
                naive > 0,
                "feature {x}, subset {bits:b}"
            );
        }
    }
}

#[test]
fn unclosed_quote_reports_and_searches() {
    let c = news();
    let r = search(&c, "Karamay \"energy ministers");
    assert_eq!(r.errors.len(), 1);
    assert_eq!(r.errors[0].span, 8..25);
    assert_eq!(complete(&c, &r), [c.passage_text(0)]);
}

#[test]
fn unknown_field_reports_and_searches() {
    let c = news();
    let r = search(&c, "foo:Karamay");
    assert!(r.errors[0].message.contains("unknown field `foo:`"));
    assert_eq!(texts(&c, &r), [c.passage_text(0)]);
}

#[test]
fn typo_one_edit() {
    let c = news();
    let r = search(&c, "Shangai");
    assert_eq!(texts(&c, &r), [c.passage_text(3)]);
}

#[test]
fn short_words_get_no_typos() {
    let c = news();
    assert_eq!(search(&c, "Bak").total, 0);
}

#[test]
fn common_words_get_no_typos() {
    let mut blocks = vec!["A groin injury."; 1];
    blocks.extend(std::iter::repeat_n("Grain prices.", terms::MIN_COMMON + 1));
    let c = corpus(&[doc("e.txt", &blocks)]);
    let r = search(&c, "grain");
    assert_eq!(r.total, terms::MIN_COMMON + 1);
    // A rare word keeps its typo neighbours.
    let r = search(&c, "groin");
    assert_eq!(r.total, terms::MIN_COMMON + 2);
}

#[test]
fn typo_two_edits_in_long_words() {
    let c = corpus(&[doc(
        "m.txt",
        &["Elmar Mammadyarov signed.", "Nothing here."],
    )]);
    let r = search(&c, "Mamedyarov");
    assert_eq!(texts(&c, &r), [c.passage_text(0)]);
}

#[test]
fn typos_rank_below_exact() {
    let c = corpus(&[doc("k.txt", &["Karamai hosted it.", "Karamay hosted it."])]);
    let r = search(&c, "Karamay");
    assert_eq!(texts(&c, &r), [c.passage_text(1), c.passage_text(0)]);
}

#[test]
fn latin_finds_cyrillic_and_back() {
    let c = corpus(&[
        D {
            lang: "ru",
            ..doc(
                "ru.txt",
                &["Генсек Рашид Алимов и министр Эльмар Мамедъяров."],
            )
        },
        doc("en.txt", &["Rashid Alimov and Elmar Mammadiarov."]),
    ]);
    assert_eq!(search(&c, "Alimov").total, 2);
    assert_eq!(search(&c, "Алимов").total, 2);
    // Another romanisation, with two differences from one spelling and none from the other.
    assert_eq!(search(&c, "Mamedyarov").total, 2);
}

#[test]
fn cjk_query_is_a_phrase() {
    let c = corpus(&[
        D {
            lang: "zh",
            ..doc(
                "zh.txt",
                &["上海合作组织峰会在阿斯塔纳举行。", "组织合作是重要的。"],
            )
        },
        doc("en.txt", &["Nothing in Chinese."]),
    ]);
    let r = search(&c, "合作组织");
    assert_eq!(texts(&c, &r), [c.passage_text(0)]);
    let text = c.passage_text(0);
    let h: Vec<&str> = r.hits[0]
        .highlights
        .iter()
        .map(|x| &text[x.clone()])
        .collect();
    assert_eq!(h.concat(), "合作组织");
}

#[test]
fn stemming_by_language() {
    let c = corpus(&[
        doc("en.txt", &["The meeting was long."]),
        D {
            lang: "ru",
            ..doc("ru.txt", &["Встреча министров прошла в Уфе."])
        },
    ]);
    assert_eq!(search(&c, "meetings").total, 1);
    assert_eq!(search(&c, "министра").total, 1);
}

#[test]
fn engine_with_some_stemmers_stems_their_languages_and_names_the_others() {
    let c = corpus(&[
        doc("en.txt", &["The meeting was long."]),
        D {
            lang: "ru",
            ..doc("ru.txt", &["Встреча министров прошла в Уфе."])
        },
    ]);
    fn english_only(a: Algorithm) -> Option<text::Stemmer> {
        (a == Algorithm::English).then(|| text::Stemmer::create(Algorithm::English))
    }
    let engine = Engine::with_stemmers(&c, english_only);
    assert_eq!(engine.missing_stemmers(), [Algorithm::Russian]);
    let total = |q: &str| engine.search(&SearchRequest::new(q).limit(100)).total;
    assert_eq!(total("meetings"), 1);
    // Without the Russian stemmer, a form three edits away is not found; as written, it is.
    assert_eq!(total("министрами"), 0);
    assert_eq!(total("министров"), 1);
    let every = Engine::new(&c);
    assert!(every.missing_stemmers().is_empty());
    assert_eq!(every.search(&SearchRequest::new("министрами")).total, 1);
}

#[test]
fn exact_above_stemmed() {
    let c = corpus(&[doc("s.txt", &["Two meetings today.", "One meeting today."])]);
    let r = search(&c, "meeting");
    assert_eq!(texts(&c, &r), [c.passage_text(1), c.passage_text(0)]);
}

#[test]
fn title_lifts_its_passages() {
    let c = corpus(&[
        D {
            title: "Karamay forum",
            ..doc("t.txt", &["Delegates talked about energy."])
        },
        doc("u.txt", &["Delegates talked about energy too."]),
    ]);
    let r = search(&c, "energy");
    assert_eq!(texts(&c, &r)[0], c.passage_text(0));
    let r = search(&c, "Karamay energy");
    assert_eq!(complete(&c, &r), [c.passage_text(0)]);
}

#[test]
fn heading_lifts_its_section() {
    let c = corpus(&[doc(
        "h.txt",
        &[
            "Some talk about energy.",
            "# Energy in Karamay",
            "More talk about energy.",
        ],
    )]);
    let r = search(&c, "energy Karamay");
    assert_eq!(complete(&c, &r), [c.passage_text(1)]);
}

#[test]
fn proximity_ranks_words_together_first() {
    let c = corpus(&[doc(
        "p.txt",
        &[
            "Observer nations, after long and patient talks, settled their status.",
            "Observer status, after long and patient talks, nations settled.",
        ],
    )]);
    let r = search(&c, "observer status");
    assert_eq!(texts(&c, &r)[0], c.passage_text(1));
}

#[test]
fn partial_matches_when_nothing_matches_all() {
    let c = news();
    let r = search(&c, "Karamay Shanghai");
    assert!(!r.matched_all);
    assert_eq!(r.total, 2);
    assert!(r.hits.iter().all(|h| !h.complete));
}

#[test]
fn partial_matches_follow_complete_ones() {
    let c = news();
    let r = search(&c, "energy cooperation");
    assert!(r.matched_all);
    assert_eq!(r.total, 1);
    assert_eq!(r.partial_total, 1);
    assert!(r.hits[0].complete && !r.hits[1].complete);
    assert_eq!(c.passage_text(r.hits[1].passage), c.passage_text(1));
}

#[test]
fn unknown_words_are_reported() {
    let c = news();
    let r = search(&c, "Karamay zzyzx");
    assert_eq!(r.unknown, ["zzyzx"]);
    assert!(!r.matched_all);
    assert_eq!(texts(&c, &r), [c.passage_text(0)]);
}

#[test]
fn empty_query_browses_everything() {
    let c = news();
    assert_eq!(search(&c, "").total, c.passages.len());
    assert_eq!(search(&c, " — ").total, c.passages.len());
}

#[test]
fn facets_count_passages_by_value() {
    let c = with_people();
    let r = search(&c, "");
    let people = &r.facets[0];
    assert_eq!(people.key, "person");
    let counts: Vec<(&str, u32)> = people
        .values
        .iter()
        .map(|v| (v.label.as_str(), v.count))
        .collect();
    assert_eq!(
        counts,
        [("Ilham Aliyev", 2), ("Rashid Alimov", 2), ("Xi Jinping", 1)]
    );
    let langs = r.facets.iter().find(|f| f.key == "lang").unwrap();
    let counts: Vec<(&str, u32)> = langs
        .values
        .iter()
        .map(|v| (v.id.as_str(), v.count))
        .collect();
    assert_eq!(counts, [("en", 3), ("ru", 1)]);
}

#[test]
fn facet_selection_lifts_its_own_counts() {
    let c = with_people();
    let engine = Engine::new(&c);
    let r = engine.search(&SearchRequest::new("").select("person", "Xi Jinping"));
    assert_eq!(r.total, 1);
    let people = &r.facets[0];
    // Still counted as if no person were selected: the other people keep their counts.
    let aliyev = people
        .values
        .iter()
        .find(|v| v.id == "Ilham Aliyev")
        .unwrap();
    assert_eq!(aliyev.count, 2);
    assert!(
        people
            .values
            .iter()
            .find(|v| v.id == "Xi Jinping")
            .unwrap()
            .selected
    );
    // Other facets are counted under the selection.
    let places = &r.facets[2];
    assert_eq!(places.values[0].count, 1);
    let docs = r.facets.iter().find(|f| f.key == "doc").unwrap();
    assert_eq!(docs.values.len(), 1);
}

#[test]
fn facet_values_combine_with_or_within_and_across() {
    let c = with_people();
    let engine = Engine::new(&c);
    let or = engine.search(
        &SearchRequest::new("")
            .select("person", "Xi Jinping")
            .select("person", "Rashid Alimov"),
    );
    assert_eq!(or.total, 3);
    let and = engine.search(
        &SearchRequest::new("")
            .select("person", "Rashid Alimov")
            .select("lang", "ru"),
    );
    assert_eq!(and.total, 1);
}

#[test]
fn query_filter_and_selection_are_the_same_sets() {
    let c = with_people();
    let engine = Engine::new(&c);
    let by_query = engine.search(&SearchRequest::new("person:\"Xi Jinping\""));
    let by_facet = engine.search(&SearchRequest::new("").select("person", "Xi Jinping"));
    assert_eq!(by_query.hits[0].passage, by_facet.hits[0].passage);
    assert_eq!(by_query.total, by_facet.total);
}

#[test]
fn unknown_facet_is_reported() {
    let c = news();
    let r = Engine::new(&c).search(&SearchRequest::new("energy").select("colour", "red"));
    assert_eq!(r.errors.len(), 1);
    assert_eq!(r.total, 2);
}

#[test]
fn sort_by_date_and_document_order() {
    let c = dated();
    let engine = Engine::new(&c);
    let ids = |sort| {
        engine
            .search(&SearchRequest::new("status").sort(sort))
            .hits
            .iter()
            .map(|h| {
                c.docs[c.passages[h.passage as usize].doc as usize]
                    .id
                    .clone()
            })
            .collect::<Vec<_>>()
    };
    // `statüsü` is `status` with a typo.
    assert_eq!(
        ids(Sort::Newest),
        ["2024.txt", "2019.txt", "2015.txt", "undated.txt"]
    );
    assert_eq!(
        ids(Sort::Oldest),
        ["2015.txt", "2019.txt", "2024.txt", "undated.txt"]
    );
    assert_eq!(
        ids(Sort::Document),
        ["2015.txt", "2019.txt", "2024.txt", "undated.txt"]
    );
}

#[test]
fn paging_with_offset() {
    let c = dated();
    let engine = Engine::new(&c);
    let all = engine.search(&SearchRequest::new("status").limit(10));
    let second = engine.search(&SearchRequest::new("status").offset(1).limit(1));
    assert_eq!(second.hits.len(), 1);
    assert_eq!(second.hits[0].passage, all.hits[1].passage);
}

#[test]
fn highlights_are_byte_ranges_of_matched_words() {
    let c = with_people();
    let r = search(&c, "Aliyev trade");
    let text = c.passage_text(r.hits[0].passage);
    let words: Vec<&str> = r.hits[0]
        .highlights
        .iter()
        .map(|h| &text[h.clone()])
        .collect();
    assert_eq!(words, ["Aliyev", "trade"]);
}

#[test]
fn snippet_is_the_densest_window() {
    let long: &'static str = Box::leak(
        format!(
            "{} Karamay hosted the energy forum. {}",
            "filler ".repeat(60),
            "padding ".repeat(60)
        )
        .into_boxed_str(),
    );
    let c = corpus(&[doc("l.txt", &[long])]);
    let r = search(&c, "Karamay energy");
    let s = &long[r.hits[0].snippet.clone()];
    assert!(s.contains("Karamay hosted the energy forum."), "{s}");
    assert!(s.len() < long.len() / 2);
}

#[test]
fn suggest_words_by_frequency() {
    let c = news();
    let s = Engine::new(&c).suggest("energy mini", 5);
    assert_eq!(s[0].text, "ministers");
    assert_eq!(s[0].kind, SuggestionKind::Word);
    assert_eq!(s[0].count, 2);
    let s = Engine::new(&c).suggest("dig", 5);
    let words: Vec<&str> = s.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(words, ["digital", "digitalization"]);
}

#[test]
fn suggest_entities_with_kind() {
    let c = with_people();
    let s = Engine::new(&c).suggest("Ali", 4);
    assert_eq!(s[0].text, "Ilham Aliyev");
    assert_eq!(s[0].kind, SuggestionKind::Entity(EntityKind::Person));
    assert_eq!(s[0].query, "person:\"Ilham Aliyev\"");
    assert!(s
        .iter()
        .any(|x| x.kind == SuggestionKind::Word && x.text == "aliyev"));
    let only = Engine::new(&c).suggest("place:ast", 4);
    assert_eq!(only.len(), 1);
    assert_eq!(only[0].text, "Astana");
}

#[test]
fn thousand_terms_are_cut_and_bounded() {
    let c = news();
    let q = vec!["energy"; 1000].join(" ");
    let r = search(&c, &q);
    assert_eq!(
        r.errors.len(),
        2,
        "the cut at the byte limit, the clauses beyond the cap"
    );
    assert!(r.work.postings <= parse::MAX_CLAUSES * 3);
}

/// A bound on a query's work over corpus `c`: every clause reads at most a bounded number of
/// terms' postings, and each term has at most one posting per passage.
fn work_bound(c: &Corpus) -> usize {
    let per_clause = parse::MAX_ALTERNATIVES * terms::MAX_TERMS.max(MAX_PHRASE_INTERSECT);
    2 * parse::MAX_CLAUSES * per_clause * c.passages.len()
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    #[test]
    fn no_query_panics_and_work_is_bounded(q in "\\PC{0,80}") {
        let c = with_people();
        let start = std::time::Instant::now();
        let r = search(&c, &q);
        proptest::prop_assert!(r.work.postings <= work_bound(&c));
        proptest::prop_assert!(r.work.terms <= terms::MAX_SCAN + 64);
        proptest::prop_assert!(r.work.passages <= MAX_PHRASE_CHECKS + RERANK + 100);
        for h in &r.hits {
            let text = c.passage_text(h.passage);
            for x in &h.highlights {
                proptest::prop_assert!(text.is_char_boundary(x.start) && text.is_char_boundary(x.end));
            }
            proptest::prop_assert!(text.get(h.snippet.clone()).is_some());
        }
        for e in &r.errors {
            proptest::prop_assert!(q.is_char_boundary(e.span.start.min(q.len())));
        }
        let _ = Engine::new(&c).suggest(&q, 5);
        // Generous: a debug build on a busy machine.
        proptest::prop_assert!(start.elapsed() < std::time::Duration::from_secs(2));
    }

    #[test]
    fn query_syntax_soup_never_panics(q in proptest::collection::vec(
        proptest::prop_oneof![
            proptest::strategy::Just("\"".to_string()),
            proptest::strategy::Just("-".to_string()),
            proptest::strategy::Just("OR".to_string()),
            proptest::strategy::Just("*".to_string()),
            proptest::strategy::Just("person:".to_string()),
            proptest::strategy::Just("year:2015..".to_string()),
            proptest::strategy::Just(" ".to_string()),
            "[a-zA-Zа-я合作]{0,6}",
        ],
        0..40,
    )) {
        let c = with_people();
        let q = q.concat();
        let r = search(&c, &q);
        proptest::prop_assert!(r.work.postings <= work_bound(&c));
    }
}

/// The words a hit highlights.
fn highlighted<'a>(c: &'a Corpus, h: &Hit) -> Vec<&'a str> {
    let text = c.passage_text(h.passage);
    h.highlights.iter().map(|r| &text[r.clone()]).collect()
}

#[test]
fn entity_filters_and_selections_highlight_their_mentions() {
    let c = with_people();
    let engine = Engine::new(&c);
    let r = engine.search(&SearchRequest::new("person:Jinping"));
    assert_eq!(r.hits.len(), 1);
    assert_eq!(highlighted(&c, &r.hits[0]), ["Xi Jinping"]);
    // With words: both the words and the person.
    let r = engine.search(&SearchRequest::new("astana person:jinping"));
    assert_eq!(highlighted(&c, &r.hits[0]), ["Xi Jinping", "Astana"]);
    // A facet selection likewise; other people's mentions are not highlighted.
    let r = engine.search(&SearchRequest::new("").select("person", "Rashid Alimov"));
    assert_eq!(r.hits.len(), 2);
    for h in &r.hits {
        let words = highlighted(&c, h);
        assert_eq!(
            words.len(),
            1,
            "one highlight for the whole name: {words:?}"
        );
        assert_eq!(words[0].split_whitespace().count(), 2, "{words:?}");
    }
    let r = engine.search(&SearchRequest::new("met"));
    assert_eq!(highlighted(&c, &r.hits[0]), ["met"]);
}

#[test]
fn selecting_a_value_does_not_move_it() {
    let c = with_people();
    let engine = Engine::new(&c);
    let ids = |r: &SearchResponse| -> Vec<String> {
        r.facets[0].values.iter().map(|v| v.id.clone()).collect()
    };
    let before = ids(&engine.search(&SearchRequest::new("")));
    for name in &before {
        let after = engine.search(&SearchRequest::new("").select("person", name.clone()));
        assert_eq!(ids(&after), before, "after selecting {name}");
    }
}

// What runs of query words stand for: entities by any alias, number values, acronyms.

/// The highlighted texts of a hit.
fn marks<'a>(c: &'a Corpus, h: &Hit) -> Vec<&'a str> {
    let text = c.passage_text(h.passage);
    h.highlights.iter().map(|r| &text[r.clone()]).collect()
}

/// A corpus about one man written in three scripts, with his aliases known to the build.
fn putin() -> Corpus {
    let mut c = corpus(&[
        doc("en.txt", &["Vladimir Putin arrived in Tianjin on Sunday."]),
        D {
            lang: "zh",
            ..doc("zh.txt", &["俄罗斯总统普京抵达天津。"])
        },
        D {
            lang: "ru",
            ..doc("ru.txt", &["Владимир Путин прибыл в Тяньцзинь."])
        },
        doc("other.txt", &["Nobody arrived in Tianjin."]),
    ]);
    c.entities.clear();
    c.mentions.clear();
    add_entity(
        &mut c,
        EntityKind::Person,
        "Vladimir Putin",
        &["Putin", "普京", "Владимир Путин"],
        &["Vladimir Putin", "普京", "Владимир Путин"],
    );
    c
}

#[test]
fn a_name_finds_passages_that_write_another_spelling_of_the_entity() {
    let c = putin();
    let r = search(&c, "Putin");
    let found = texts(&c, &r);
    assert_eq!(found.len(), 3, "{found:?}");
    let zh = r
        .hits
        .iter()
        .find(|h| c.passage_text(h.passage).contains("普京"))
        .expect("the Chinese passage");
    assert_eq!(marks(&c, zh), ["普京"]);
}

/// A city written in English, Chinese and Azerbaijani, each passage a mention of it.
fn astana() -> Corpus {
    let mut c = corpus(&[
        doc("en.txt", &["The summit opened in Astana on Monday."]),
        D {
            lang: "zh",
            ..doc("zh.txt", &["峰会在阿斯塔纳开幕。"])
        },
        D {
            lang: "az",
            ..doc("az.txt", &["Sammit Astanada açıldı."])
        },
        doc("other.txt", &["The summit opened in Tashkent on Monday."]),
    ]);
    c.entities.clear();
    c.mentions.clear();
    add_entity(
        &mut c,
        EntityKind::Place,
        "Astana",
        &["阿斯塔纳"],
        &["Astana", "阿斯塔纳"],
    );
    c
}

#[test]
fn a_name_typed_with_a_case_ending_finds_the_entity_in_every_language() {
    let c = astana();
    // Russian locative, Azerbaijani locative and ablative, and the bare name: the same city.
    for q in ["Астане", "Astanada", "Astanadan", "Astana"] {
        let found = texts(&c, &search(&c, q));
        assert_eq!(found.len(), 3, "{q}: {found:?}");
        assert!(
            found.iter().all(|t| !t.contains("Tashkent")),
            "{q}: {found:?}"
        );
    }
}

#[test]
fn a_chinese_name_finds_the_latin_and_cyrillic_spellings() {
    let c = putin();
    let found = texts(&c, &search(&c, "普京"));
    assert_eq!(found.len(), 3, "{found:?}");
}

#[test]
fn a_full_name_typed_without_quotes_is_one_name() {
    let c = putin();
    let r = search(&c, "vladimir putin");
    assert!(r.matched_all);
    assert_eq!(complete(&c, &r).len(), 3, "{:?}", texts(&c, &r));
}

#[test]
fn entity_matches_rank_just_below_literal_matches() {
    let c = putin();
    let r = search(&c, "Putin");
    let order = texts(&c, &r);
    // The passages that write "Putin" (Latin, and Cyrillic by romanisation) come first.
    assert!(
        order[0].contains("Putin") || order[0].contains("Путин"),
        "{order:?}"
    );
    assert!(order[2].contains("普京"), "{order:?}");
    assert!(r.hits[1].score > r.hits[2].score);
}

#[test]
fn person_filter_and_suggestions_accept_every_alias() {
    let c = putin();
    let engine = Engine::new(&c);
    for q in ["person:普京", "person:Путин", "person:\"Vladimir Putin\""] {
        let r = engine.search(&SearchRequest::new(q).limit(10));
        assert_eq!(r.total, 3, "{q}");
    }
    let s = engine.suggest("普", 5);
    assert!(
        s.iter().any(|s| s.text == "Vladimir Putin"),
        "suggestions for 普: {s:?}"
    );
}

/// Chad the country (also written Tchad) beside chad the word.
fn chad() -> Corpus {
    let mut c = corpus(&[
        doc("lake.txt", &["Chad and Niger share the lake."]),
        D {
            lang: "fr",
            ..doc("fr.txt", &["Le Tchad et le Niger partagent le lac."])
        },
        doc(
            "ballot.txt",
            &["A hanging chad hung from the ballot; every chad was checked."],
        ),
        doc("georgia.txt", &["Georgia signed the accord in Tbilisi."]),
        D {
            lang: "ru",
            ..doc("ru.txt", &["Грузия подписала соглашение."])
        },
    ]);
    c.entities.clear();
    c.mentions.clear();
    add_entity(
        &mut c,
        EntityKind::Place,
        "Chad",
        &["Tchad"],
        &["Chad", "Tchad"],
    );
    add_entity(
        &mut c,
        EntityKind::Place,
        "Georgia",
        &["Грузия"],
        &["Georgia", "Грузия"],
    );
    c
}

#[test]
fn a_common_word_in_lower_case_does_not_expand_to_the_entity() {
    let c = chad();
    let found = texts(&c, &search(&c, "chad"));
    assert!(!found.iter().any(|t| t.contains("Tchad")), "{found:?}");
    assert_eq!(found.len(), 2, "the word in any case: {found:?}");
}

#[test]
fn a_common_word_written_as_a_name_expands() {
    let c = chad();
    let found = texts(&c, &search(&c, "Chad"));
    assert!(found.iter().any(|t| t.contains("Tchad")), "{found:?}");
}

#[test]
fn a_name_never_written_in_lower_case_expands_however_typed() {
    let c = chad();
    for q in ["Georgia", "georgia"] {
        let found = texts(&c, &search(&c, q));
        assert_eq!(found.len(), 2, "{q}: {found:?}");
    }
}

#[test]
fn a_decimal_point_finds_a_decimal_comma() {
    let c = corpus(&[
        D {
            lang: "az",
            ..doc("az.txt", &["Ticarət dövriyyəsi 1,5 milyard dollar olub."])
        },
        D {
            lang: "ru",
            ..doc("ru.txt", &["Товарооборот составил 1,5 млрд долларов."])
        },
        D {
            lang: "zh",
            ..doc("zh.txt", &["贸易额达到15亿美元。"])
        },
        doc("en.txt", &["Trade reached 1.5 billion dollars."]),
        doc("other.txt", &["Trade reached 2.5 billion dollars."]),
    ]);
    let r = search(&c, "1.5 billion");
    assert!(r.matched_all);
    let found = complete(&c, &r);
    assert_eq!(found.len(), 4, "{found:?}");
    let az = r
        .hits
        .iter()
        .find(|h| c.passage_text(h.passage).contains("milyard"))
        .unwrap();
    assert_eq!(marks(&c, az), ["1,5 milyard"]);
    // Written the Chinese way, the currency onto the number: the same sum in every language.
    let found = complete(&c, &search(&c, "15亿美元"));
    assert_eq!(found.len(), 4, "{found:?}");
    // And the number alone finds the decimal comma (15亿 is 1.5 billion, but not 1.5).
    let found = texts(&c, &search(&c, "1.5"));
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(!found.iter().any(|t| t.contains('亿')), "{found:?}");
}

#[test]
fn thousands_separators_of_every_kind_find_each_other() {
    let c = corpus(&[
        doc("comma.txt", &["It cost 1,500,000 dollars."]),
        D {
            lang: "ru",
            ..doc("space.txt", &["Это стоило 1 500 000 долларов."])
        },
        D {
            lang: "tr",
            ..doc("point.txt", &["Bu 1.500.000 dolara mal oldu."])
        },
        doc("thin.txt", &["It cost 1\u{2009}500\u{2009}000 dollars."]),
        doc("plain.txt", &["It cost 1500000 dollars."]),
    ]);
    for q in ["1,500,000", "1 500 000", "1500000", "1.5 million"] {
        assert_eq!(search(&c, q).total, 5, "{q}");
    }
}

#[test]
fn an_acronym_finds_its_long_form_in_other_documents_and_back() {
    let c = corpus(&[
        doc(
            "defines.txt",
            &["Baku joined the Shanghai Cooperation Organisation (SCO) as a partner."],
        ),
        doc("short.txt", &["SCO ministers met in Qingdao."]),
        doc(
            "long.txt",
            &["The Shanghai Cooperation Organisation opened an office."],
        ),
    ]);
    assert_eq!(c.acronyms.len(), 1);
    let found = texts(&c, &search(&c, "SCO"));
    assert!(
        found.iter().any(|t| t.starts_with("The Shanghai")),
        "{found:?}"
    );
    let r = search(&c, "Shanghai Cooperation Organisation");
    let found = complete(&c, &r);
    assert!(
        found.iter().any(|t| t.starts_with("SCO ministers")),
        "{found:?}"
    );
    // Literal matches first.
    assert!(!texts(&c, &r)[0].starts_with("SCO ministers"));
}

#[test]
fn a_lower_case_acronym_that_is_a_common_word_does_not_expand() {
    let c = corpus(&[
        doc(
            "defines.txt",
            &[
                "The World Health Organization (WHO) met.",
                "Those who came stayed.",
            ],
        ),
        doc("long.txt", &["The World Health Organization spoke."]),
        doc("who.txt", &["People who travel rest."]),
    ]);
    let found = texts(&c, &search(&c, "who"));
    assert!(!found.iter().any(|t| t.contains("spoke")), "{found:?}");
    let found = texts(&c, &search(&c, "WHO"));
    assert!(found.iter().any(|t| t.contains("spoke")), "{found:?}");
}

#[test]
fn traditional_and_simplified_chinese_find_each_other() {
    let c = corpus(&[
        D {
            lang: "zh",
            ..doc("hans.txt", &["各国应深化经济合作。"])
        },
        D {
            lang: "zh",
            ..doc("hant.txt", &["各國應加強經濟合作。"])
        },
    ]);
    for q in ["经济合作", "經濟合作", "经濟"] {
        let r = search(&c, q);
        assert_eq!(r.total, 2, "{q}");
        for h in &r.hits {
            let m = marks(&c, h).concat();
            assert!(
                m == "经济合作" || m == "經濟合作" || m == "经济" || m == "經濟",
                "{q}: {m}"
            );
        }
    }
}

#[test]
fn snippets_for_the_first_hits_only_leave_the_ranking_as_it_is() {
    let c = news();
    let engine = Engine::new(&c);
    let all = engine.search(&SearchRequest::new("energy OR oil OR summit").limit(100));
    let two = engine.search(
        &SearchRequest::new("energy OR oil OR summit")
            .limit(100)
            .snippets(2),
    );
    assert!(all.hits.len() > 2, "{:?}", all.hits);
    // The same hits in the same order with the same scores and counts.
    let ranked = |r: &SearchResponse| {
        r.hits
            .iter()
            .map(|h| (h.passage, h.score.to_bits(), h.complete))
            .collect::<Vec<_>>()
    };
    assert_eq!(ranked(&two), ranked(&all));
    assert_eq!(
        (two.total, two.partial_total, &two.facets),
        (all.total, all.partial_total, &all.facets)
    );
    // The first two analysed as before, the rest not at all.
    for (a, b) in all.hits.iter().zip(&two.hits).take(2) {
        assert!(a.analysed && b.analysed);
        assert_eq!((&a.highlights, &a.snippet), (&b.highlights, &b.snippet));
        assert!(!b.highlights.is_empty());
    }
    for h in &two.hits[2..] {
        assert!(!h.analysed, "{h:?}");
        assert_eq!((h.highlights.len(), h.snippet.clone()), (0, 0..0));
    }
    assert!(all.hits.iter().all(|h| h.analysed));
    // Fewer passages read.
    assert!(
        two.work.passages < all.work.passages,
        "{:?} against {:?}",
        two.work,
        all.work
    );
}

#[test]
fn score_keys_order_as_the_scores_then_the_passages_and_keep_both() {
    let scores = [
        0.0f32,
        -0.0,
        1.0,
        1.0 + f32::EPSILON,
        0.5,
        2.75,
        -3.0,
        -0.25,
        f32::MIN_POSITIVE,
        f32::MAX,
        f32::INFINITY,
        f32::NEG_INFINITY,
        f32::NAN,
        -f32::NAN,
        1e-40,
    ];
    let mut hits: Vec<(u32, f32)> = Vec::new();
    for (i, &s) in scores.iter().enumerate() {
        hits.push((i as u32 * 7 % 11, s));
        hits.push((100 + i as u32, s));
    }
    for &(p, s) in &hits {
        let (q, t) = from_score_key(score_key(p, s));
        assert_eq!((q, t.to_bits()), (p, s.to_bits()));
    }
    let by_score = |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
    let mut expected = hits.clone();
    expected.sort_by(by_score);
    let mut keys: Vec<u64> = hits.iter().map(|&(p, s)| score_key(p, s)).collect();
    keys.sort_unstable();
    let got: Vec<(u32, u32)> = keys
        .iter()
        .map(|&k| from_score_key(k))
        .map(|(p, s)| (p, s.to_bits()))
        .collect();
    let want: Vec<(u32, u32)> = expected.iter().map(|&(p, s)| (p, s.to_bits())).collect();
    assert_eq!(got, want);
}

#[test]
fn orders_by_date_break_ties_by_passage_and_keep_the_scores() {
    // Several passages per document and documents sharing a date.
    let c = corpus(&[
        D {
            date: Some("2019-06-01"),
            ..doc("b.txt", &["Trade rose.", "Trade fell.", "No match."])
        },
        doc("undated1.txt", &["Trade, undated.", "More trade."]),
        D {
            date: Some("2015-02-10"),
            ..doc("a.txt", &["Trade talks.", "Trade and trade again."])
        },
        D {
            date: Some("2019-06-01"),
            ..doc("c.txt", &["Trade held."])
        },
        doc("undated2.txt", &["Trade once."]),
    ]);
    let engine = Engine::new(&c);
    let date = |p: u32| c.docs[c.passages[p as usize].doc as usize].date.clone();
    let by_document = engine.search(&SearchRequest::new("trade").sort(Sort::Document).limit(100));
    assert_eq!(by_document.hits.len(), 8);
    for newest in [true, false] {
        let sort = if newest { Sort::Newest } else { Sort::Oldest };
        let got = engine.search(&SearchRequest::new("trade").sort(sort).limit(100));
        let mut want: Vec<(u32, u32)> = by_document
            .hits
            .iter()
            .map(|h| (h.passage, h.score.to_bits()))
            .collect();
        want.sort_by(|a, b| {
            let ord = match (date(a.0), date(b.0)) {
                (Some(x), Some(y)) if newest => y.cmp(&x),
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            };
            ord.then(a.0.cmp(&b.0))
        });
        let got: Vec<(u32, u32)> = got
            .hits
            .iter()
            .map(|h| (h.passage, h.score.to_bits()))
            .collect();
        assert_eq!(got, want, "{sort:?}");
    }
}

#[test]
fn the_words_of_a_query_find_their_translations_in_every_language() {
    let c = corpus(&[
        doc(
            "en.txt",
            &["The Middle Corridor carries more containers each year."],
        ),
        D {
            lang: "ru",
            ..doc("ru.txt", &["Грузы по Среднему коридору выросли вдвое."])
        },
        D {
            lang: "tr",
            ..doc("tr.txt", &["Orta Koridor üzerinden taşımacılık arttı."])
        },
        D {
            lang: "tr",
            ..doc("pipe.txt", &["Yeni doğal gaz boru hattı açıldı."])
        },
        doc(
            "other.txt",
            &["The northern corridor was closed for repairs."],
        ),
    ]);
    for q in ["Middle Corridor", "Средний коридор", "Orta Koridor"] {
        let found = complete(&c, &search(&c, q));
        assert_eq!(found.len(), 3, "{q}: {found:?}");
        assert!(
            found.iter().all(|t| !t.contains("northern")),
            "{q}: {found:?}"
        );
    }
    // A form of two words (`boru hattı`) is one concept: `pipeline` finds it.
    let found = complete(&c, &search(&c, "gas pipeline"));
    assert_eq!(found, ["Yeni doğal gaz boru hattı açıldı."]);
}

#[test]
fn a_name_with_the_h_russian_writes_as_g_finds_the_person() {
    let c = corpus(&[
        doc(
            "index.txt",
            &["Leyla Hasanova, director of research at the institute, said the index was ready."],
        ),
        doc(
            "gong.txt",
            &["Hong Kong traders struck the gong at the opening."],
        ),
    ]);
    let engine = Engine::new(&c);
    let passages = |q: &str| -> Vec<u32> {
        let r = engine.search(&SearchRequest::new(q).limit(10));
        r.hits.iter().map(|h| h.passage).collect()
    };
    let hasanova = passages("Hasanova");
    assert_eq!(hasanova.len(), 1);
    for q in ["Gasanova", "Гасанова", "Leyla Gasanova"] {
        assert_eq!(passages(q), hasanova, "{q}");
    }
    // A short word, or one that names no person, keeps its g: "gong" is not Hong Kong.
    let gong = passages("gong");
    assert_eq!(gong.len(), 1);
    assert!(engine
        .search(&SearchRequest::new("gong").limit(10))
        .hits
        .iter()
        .all(|h| c.passage_text(h.passage).contains("gong")));
}

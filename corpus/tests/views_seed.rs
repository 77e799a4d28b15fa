//! The views on the seed corpus (`seeds/`), checked against the facts issue 8 names: the entity
//! pages of Bakhtiyar Mammadov and Ilham Aliyev, the money figure of 2024, the timeline, the
//! concordance of `SCO` and the network. The bundle is read back first, as the page reads it.

use std::path::Path;

use corpus::compile::compile_dir;
use corpus::model::FigureKind;
use corpus::query::{Engine, SearchRequest};
use corpus::views::figures::FigureFilter;
use corpus::views::{
    ConcordanceOptions, ContextSort, EntityLookup, FigureSort, Page, Selection, Views,
};
use corpus::Corpus;

fn seed() -> Corpus {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let corpus = compile_dir(&dir, None).expect("the seed compiles").corpus;
    Corpus::from_bytes(&corpus.to_bytes()).expect("the bundle reads back")
}

fn whole(c: &Corpus) -> Selection {
    Selection::all(c.passages.len())
}

fn found(v: &Views, name: &str) -> u32 {
    match v.find_entity(name, None) {
        EntityLookup::Found(e) => e,
        other => panic!("{name}: {other:?}"),
    }
}

#[test]
fn bakhtiyar_mammadov_has_his_role_and_the_karamay_meeting() {
    let c = seed();
    let v = Views::new(&c);
    let e = found(&v, "Bakhtiyar Mammadov");
    let p = v.profile(e, &whole(&c), Page::first(20)).unwrap();
    assert!(
        p.roles
            .iter()
            .any(|r| r.contains("Ministry of Digital Development and Transport")),
        "{:?}",
        p.roles
    );
    assert!(p.mentions >= 1 && p.documents == 1);
    assert!(!p.recognition.is_empty());
    let karamay = p.lines.items.iter().any(|l| {
        let (left, kw, _) = l.texts(&c);
        kw.contains("Mammadov") && left.contains("Karamay")
    });
    assert!(
        karamay,
        "{:?}",
        p.lines
            .items
            .iter()
            .map(|l| l.texts(&c))
            .collect::<Vec<_>>()
    );
}

#[test]
fn ilham_aliyev_is_found_with_the_countries_he_met() {
    let c = seed();
    let v = Views::new(&c);
    let e = found(&v, "Ilham Aliyev");
    let p = v.profile(e, &whole(&c), Page::first(20)).unwrap();
    // Each by its name or an alias (`Türkiye` is an alias of the country's canonical name).
    let related: Vec<Vec<&str>> = p
        .related
        .iter()
        .map(|r| {
            let e = &c.entities[r.entity as usize];
            std::iter::once(e.name.as_str())
                .chain(e.aliases.iter().map(String::as_str))
                .collect()
        })
        .collect();
    for country in ["China", "Türkiye", "Russia", "Pakistan", "Kazakhstan"] {
        assert!(
            related.iter().any(|names| names.contains(&country)),
            "{country} not in {related:?}"
        );
    }
}

#[test]
fn the_figures_hold_usd_3_744_billion_of_2024() {
    let c = seed();
    let v = Views::new(&c);
    let t = v.figures(
        &whole(&c),
        FigureFilter {
            kind: Some(FigureKind::Money),
        },
        FigureSort::Value,
        true,
        Page::first(50),
    );
    let row = t
        .rows
        .items
        .iter()
        .find(|r| r.value == 3.744e9)
        .expect("USD 3.744 billion is a row");
    assert_eq!((&*row.unit, row.year), ("USD", Some(2024)));
    assert_eq!(
        &c.docs[row.doc as usize].text[row.written.clone()],
        "USD 3.744 billion"
    );
    assert!(t
        .money_by_year
        .iter()
        .any(|m| m.year == 2024 && &*m.currency == "USD" && m.total >= 3.744e9));
}

#[test]
fn the_timeline_has_2024() {
    let c = seed();
    let v = Views::new(&c);
    let t = v.timeline(&whole(&c));
    let y = t
        .buckets
        .iter()
        .find(|b| b.key == "2024")
        .expect("a bucket for 2024");
    assert!(y.stated >= 1 && y.passages >= 1, "{y:?}");
    let items = v.bucket_items(&whole(&c), "2024", false, Page::first(10));
    assert!(items.total >= 1);
    assert!(c.passage_text(items.items[0].passage).contains("2024"));
}

#[test]
fn the_concordance_of_sco_gives_aligned_lines() {
    let c = seed();
    let engine = Engine::new(&c);
    let v = Views::new(&c);
    let sel = engine.select(&SearchRequest::new("SCO"));
    let conc = v.concordance(
        &sel,
        &ConcordanceOptions {
            sort: ContextSort::Right,
            ..ConcordanceOptions::default()
        },
    );
    assert!(conc.lines.len() >= 10, "{}", conc.lines.len());
    assert_eq!(conc.total, conc.lines.len());
    for l in &conc.lines {
        let (left, kw, right) = l.texts(&c);
        // The acronym and, through its expansion, the name it stands for.
        assert!(
            kw == "SCO" || kw.starts_with("Shanghai Cooperation Organi"),
            "{kw}"
        );
        assert!(left.chars().count() <= 60 && right.chars().count() <= 60);
    }
    assert!(!conc.collocates.is_empty());
    let csv = v.concordance_csv(&conc);
    assert_eq!(csv.lines().count(), conc.lines.len() + 1);
}

#[test]
fn the_network_has_positioned_nodes() {
    let c = seed();
    let v = Views::new(&c);
    let net = v.network(&whole(&c), 150);
    assert!(net.nodes.len() >= 10, "{}", net.nodes.len());
    assert!(!net.edges.is_empty());
    assert!(net.nodes.iter().all(|n| n.laid_out));
    let distinct: std::collections::BTreeSet<(u32, u32)> = net
        .nodes
        .iter()
        .map(|n| ((n.x * 1000.0) as u32, (n.y * 1000.0) as u32))
        .collect();
    assert_eq!(
        distinct.len(),
        net.nodes.len(),
        "every node has its own place"
    );
    let aliyev = net
        .node_of(found(&v, "Ilham Aliyev"))
        .expect("Aliyev is a node");
    assert!(!net.neighbours(aliyev).is_empty());
}

#[test]
fn the_corpus_has_an_identity_and_passages_have_keys() {
    let c = seed();
    let v = Views::new(&c);
    assert_eq!(v.identity().key.len(), 16);
    assert_eq!(v.identity().content.len(), 16);
    for p in 0..c.passages.len() as u32 {
        let key = v.passage_key(p);
        assert!(key.starts_with("azerbaijan-and-the-SCO.txt#"), "{key}");
        assert_eq!(
            v.resolve_passage(&key),
            corpus::views::identity::PassageStatus::Found(p)
        );
    }
}

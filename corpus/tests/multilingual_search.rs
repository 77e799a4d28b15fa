//! Search across languages and scripts on the multilingual fixture
//! (`tests/fixtures/multilingual-search`): a name finds the passages that write another spelling
//! of its entity, a Chinese name in Simplified and Traditional characters, pinyin, Russian and
//! Azerbaijani finds the others, a number with a decimal point finds it with a decimal comma, an
//! acronym its long form in another document. The fixture's `explorer.toml` names what the build
//! should treat as one entity; `names_the_build_merges_by_itself_find_each_other` checks, without
//! it, every merge the analysis makes on its own.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use corpus::compile::compile_dir;
use corpus::query::{Engine, SearchRequest};
use corpus::Corpus;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/multilingual-search")
}

fn compiled(config: Option<&Path>) -> Corpus {
    compile_dir(&fixture().join("docs"), config)
        .expect("the fixture compiles")
        .corpus
}

/// The documents with a hit for `query`, and the highlighted texts of each hit by document.
fn docs(engine: &Engine, query: &str) -> BTreeSet<String> {
    let c = engine.corpus();
    let r = engine.search(&SearchRequest::new(query).limit(1000));
    r.hits
        .iter()
        .map(|h| {
            c.docs[c.passages[h.passage as usize].doc as usize]
                .id
                .clone()
        })
        .collect()
}

fn marks(engine: &Engine, query: &str, doc: &str) -> Vec<String> {
    let c = engine.corpus();
    let r = engine.search(&SearchRequest::new(query).limit(1000));
    r.hits
        .iter()
        .filter(|h| c.docs[c.passages[h.passage as usize].doc as usize].id == doc)
        .flat_map(|h| {
            let text = c.passage_text(h.passage);
            h.highlights
                .iter()
                .map(move |r| text[r.clone()].to_string())
        })
        .collect()
}

const SUMMIT: [&str; 6] = [
    "az-tyanjin-sammiti.md",
    "en-tianjin-summit.md",
    "ru-tyanczin-sammit.md",
    "tr-tianjin-zirvesi.md",
    "zh-hans-tianjin.md",
    "zh-hant-tianjin.md",
];

#[test]
fn a_chinese_name_in_every_writing_finds_every_report() {
    let c = compiled(None);
    let engine = Engine::new(&c);
    let want: BTreeSet<String> = SUMMIT.iter().map(|s| s.to_string()).collect();
    for query in [
        "Xi Jinping",
        "习近平",
        "習近平",
        "Си Цзиньпин",
        "Si Cinpin",
        "Şi Cinping",
    ] {
        let found = docs(&engine, query);
        assert!(found.is_superset(&want), "{query}: {found:?}");
    }
    assert_eq!(
        marks(&engine, "Xi Jinping", "zh-hant-tianjin.md"),
        ["習近平", "習近平"]
    );
    assert_eq!(
        marks(&engine, "習近平", "zh-hans-tianjin.md"),
        ["习近平", "习近平"]
    );
}

#[test]
fn a_spelling_of_an_entity_finds_passages_that_write_another() {
    let c = compiled(None);
    let engine = Engine::new(&c);
    let found = docs(&engine, "Aliyev");
    for doc in SUMMIT {
        assert!(found.contains(doc), "Aliyev: {doc} missing from {found:?}");
    }
    assert!(marks(&engine, "Aliyev", "az-tyanjin-sammiti.md").contains(&"Əliyev".to_string()));
    assert!(marks(&engine, "Aliyev", "zh-hans-tianjin.md").contains(&"阿利耶夫".to_string()));
}

#[test]
fn a_decimal_point_finds_the_number_with_a_decimal_comma() {
    let c = compiled(None);
    let engine = Engine::new(&c);
    let found = docs(&engine, "3.7 billion");
    for doc in [
        "az-tyanjin-sammiti.md",
        "ru-tyanczin-sammit.md",
        "zh-hans-tianjin.md",
        "zh-hant-tianjin.md",
    ] {
        assert!(found.contains(doc), "{doc} missing from {found:?}");
    }
    assert_eq!(
        marks(&engine, "3.7 billion", "ru-tyanczin-sammit.md"),
        ["3,7 млрд"]
    );
}

#[test]
fn traditional_and_simplified_queries_highlight_each_other() {
    let c = compiled(None);
    let engine = Engine::new(&c);
    assert_eq!(
        marks(&engine, "經濟合作", "zh-hans-tianjin.md"),
        ["经济合作"]
    );
    assert_eq!(
        marks(&engine, "经济合作", "zh-hant-tianjin.md"),
        ["經濟合作"]
    );
}

#[test]
fn an_acronym_defined_in_one_document_finds_the_other_form_in_another() {
    let c = compiled(None);
    let engine = Engine::new(&c);
    assert!(
        docs(&engine, "Shanghai Cooperation Organisation").contains("en-sco-energy-ministers.md")
    );
}

#[test]
fn chad_the_country_is_not_chad_the_word() {
    let c = compiled(None);
    let engine = Engine::new(&c);
    assert!(docs(&engine, "Chad").contains("fr-tchad-accord.md"));
    assert!(!docs(&engine, "chad").contains("fr-tchad-accord.md"));
}

/// Every entity the analysis gave several names, without the fixture's configuration: each of
/// its names finds every document that mentions it. As the analysis learns to merge more names
/// across scripts by itself, this covers them.
#[test]
fn names_the_build_merges_by_itself_find_each_other() {
    let c = compiled(Some(&fixture().join("no-aliases.toml")));
    let engine = Engine::new(&c);
    let mut checked = 0;
    for (e, entity) in c.entities.iter().enumerate() {
        if entity.aliases.is_empty() {
            continue;
        }
        // The documents of its mentions.
        let want: BTreeSet<String> = c
            .mentions
            .iter()
            .filter(|m| m.entity == e as u32)
            .map(|m| {
                c.docs[c.passages[m.passage as usize].doc as usize]
                    .id
                    .clone()
            })
            .collect();
        assert_eq!(want.len(), entity.doc_count as usize, "{}", entity.name);
        for name in std::iter::once(&entity.name).chain(&entity.aliases) {
            let found = docs(&engine, name);
            assert!(
                found.is_superset(&want),
                "{name} ({}): {found:?} misses some of {want:?}",
                entity.name
            );
            checked += 1;
        }
    }
    assert!(checked >= 4, "only {checked} names checked");
}

/// The fixture of foreign names written in Chinese (`tests/fixtures/multilingual-names`): the
/// same meeting reported in six languages, with no configuration.
fn names_fixture() -> Corpus {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/multilingual-names");
    compile_dir(&root.join("docs"), None)
        .expect("the fixture compiles")
        .corpus
}

#[test]
fn a_latin_name_finds_its_chinese_transliteration() {
    let c = names_fixture();
    let engine = Engine::new(&c);
    for (query, doc, mark) in [
        ("Seitkaliyev", "01-zh-hans-astana.md", "赛特卡利耶夫"),
        ("Seitkaliyev", "02-zh-hant-astana.md", "賽特卡利耶夫"),
        ("Nazarov", "01-zh-hans-astana.md", "纳扎罗夫"),
        ("Сейткалиев", "01-zh-hans-astana.md", "赛特卡利耶夫"),
    ] {
        assert!(
            marks(&engine, query, doc).iter().any(|m| m == mark),
            "{query} in {doc}: {:?}",
            marks(&engine, query, doc)
        );
    }
    // And the reverse: the Chinese form finds the Latin and Cyrillic reports.
    let found = docs(&engine, "赛特卡利耶夫");
    for doc in ["03-ru-astana.md", "04-az-astana.md", "06-en-astana.md"] {
        assert!(found.contains(doc), "{doc} missing from {found:?}");
    }
}

#[test]
fn a_base_form_finds_the_inflected_country() {
    let c = names_fixture();
    let engine = Engine::new(&c);
    assert!(docs(&engine, "Узбекистан").contains("03-ru-astana.md"));
    assert!(docs(&engine, "Özbəkistan").contains("04-az-astana.md"));
}

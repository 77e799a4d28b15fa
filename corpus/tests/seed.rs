//! Golden test: what the seed corpus (`seeds/`, with its `explorer.toml`) compiles to. Every name
//! the issue lists is extracted with the right kind, the figure with its year and sentence, the
//! themes on the right passages, and nothing from the headings or the jokes.

use std::path::Path;

use corpus::compile::compile_dir;
use corpus::model::{Corpus, Entity, EntityKind, FigureKind};

fn seed() -> Corpus {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    compile_dir(&dir, None)
        .expect("the seed corpus compiles")
        .corpus
}

/// Every surface form of every mention, with its entity.
fn mentions(c: &Corpus) -> Vec<(&str, &Entity)> {
    c.mentions
        .iter()
        .map(|m| {
            let p = &c.passages[m.passage as usize];
            (
                &c.docs[p.doc as usize].text[m.span.range()],
                &c.entities[m.entity as usize],
            )
        })
        .collect()
}

fn entity<'c>(c: &'c Corpus, surface: &str) -> &'c Entity {
    mentions(c)
        .into_iter()
        .find(|(s, _)| *s == surface)
        .map(|(_, e)| e)
        .unwrap_or_else(|| panic!("{surface:?} is not extracted"))
}

#[test]
fn people_with_their_roles() {
    let c = seed();
    for name in ["Bakhtiyar Mammadov", "Ilham Aliyev", "Xi Jinping"] {
        assert_eq!(entity(&c, name).kind, EntityKind::Person, "{name}");
    }
    let m = entity(&c, "Bakhtiyar Mammadov");
    assert_eq!(
        m.roles,
        ["Deputy Chief of Staff at the Ministry of Digital Development and Transport"]
    );
    assert!(entity(&c, "Ilham Aliyev")
        .roles
        .iter()
        .any(|r| r == "President"));
    // "President Aliyev" later in the text is the same person.
    assert_eq!(entity(&c, "Aliyev").name, "Ilham Aliyev");
}

#[test]
fn organisations_and_their_aliases() {
    let c = seed();
    let sco = entity(&c, "Shanghai Cooperation Organisation");
    assert_eq!(sco.kind, EntityKind::Organization);
    assert!(
        std::ptr::eq(sco, entity(&c, "SCO")),
        "SCO is the same entity"
    );
    for name in [
        "Ministry of Digital Development and Transport",
        "SCO Expert Group on Information and Communication Technologies",
    ] {
        assert_eq!(entity(&c, name).kind, EntityKind::Organization, "{name}");
    }
}

#[test]
fn places() {
    let c = seed();
    for name in [
        "Azerbaijan",
        "China",
        "Russia",
        "Kazakhstan",
        "India",
        "Pakistan",
        "Türkiye",
        "Karamay",
        "Qingdao",
        "Astana",
    ] {
        assert_eq!(entity(&c, name).kind, EntityKind::Place, "{name}");
    }
    assert_eq!(entity(&c, "Karamay").subtype.as_deref(), Some("city"));
    assert_eq!(entity(&c, "Türkiye").subtype.as_deref(), Some("country"));
}

#[test]
fn nothing_from_headings_or_jokes() {
    let c = seed();
    let all = mentions(&c);
    for not in [
        "Digital Silk Road",
        "Silk Road",
        "Shopping List",
        "Multipolar Wave",
        "Digital Dreams",
        "Bottom",
        "Double",
        "Translation",
        "Think",
        "Forget",
        "Check",
        "Opportunity",
        "Nope",
        "Hey",
        "West",
        "Europe",
        "Asia",
        "Belt and Road Initiative",
        "ICT",
    ] {
        assert!(
            !all.iter().any(|(s, _)| s.contains(not)),
            "{not:?} must not be an entity"
        );
    }
    // No mention lies in a heading.
    for m in &c.mentions {
        let p = &c.passages[m.passage as usize];
        assert!(p.span.contains(m.span));
    }
}

#[test]
fn the_trade_figure_with_its_year_and_sentence() {
    let c = seed();
    let f = c
        .figures
        .iter()
        .find(|f| f.kind == FigureKind::Money)
        .expect("a money figure");
    let text = &c.docs[0].text;
    assert_eq!(&text[f.span.range()], "USD 3.744 billion");
    assert_eq!(f.value, 3_744_000_000.0);
    assert_eq!(&*f.unit, "USD");
    assert_eq!(f.year, Some(2024));
    assert!(text[f.sentence.range()].starts_with("China has catapulted"));
    assert!(text[f.sentence.range()].contains("bilateral trade"));
}

#[test]
fn themes_on_the_passages_about_them() {
    let c = seed();
    assert_eq!(
        c.themes,
        [
            "digital/ICT",
            "trade/economy",
            "security",
            "transport/connectivity",
            "energy",
            "education/culture",
            "diplomacy/membership"
        ]
    );
    let tagged = |label: &str, needle: &str| {
        let t = c.themes.iter().position(|l| l == label).unwrap() as u16;
        c.passages
            .iter()
            .enumerate()
            .any(|(i, p)| p.themes.contains(&t) && c.passage_text(i as u32).contains(needle))
    };
    assert!(tagged(
        "digital/ICT",
        "Information and Communication Technologies (ICT) in Karamay"
    ));
    assert!(tagged("trade/economy", "bilateral trade clocking in"));
    assert!(tagged("security", "combating terrorism, extremism"));
    assert!(tagged(
        "transport/connectivity",
        "North-South transport corridor"
    ));
    assert!(tagged("energy", "energy ministers"));
    assert!(tagged(
        "diplomacy/membership",
        "application for observer status"
    ));
    assert!(!c.docs[0].themes.is_empty());
    assert!(!c.docs[0].keywords.is_empty());
}

#[test]
fn relations_link_people_places_and_organisations() {
    let c = seed();
    let id = |name: &str| c.entities.iter().position(|e| e.name == name).unwrap() as u32;
    let (az, cn) = (id("Azerbaijan"), id("China"));
    let r = c
        .relations
        .iter()
        .find(|r| (r.a, r.b) == (az.min(cn), az.max(cn)))
        .expect("Azerbaijan and China appear together");
    assert!(r.passages >= 3);
}

#[test]
fn each_relation_counts_the_passages_its_entities_share() {
    let c = seed();
    assert!(!c.relations.is_empty());
    for r in &c.relations {
        let a = c.index.entity_passages(r.a);
        let b = c.index.entity_passages(r.b);
        let shared = a.iter().filter(|p| b.binary_search(p).is_ok()).count();
        assert_eq!(r.passages as usize, shared, "{r:?}");
    }
}

#[test]
fn each_entity_counts_the_documents_that_mention_it() {
    let c = seed();
    for (e, entity) in c.entities.iter().enumerate() {
        let mut docs: Vec<u32> = c
            .index
            .entity_passages(e as u32)
            .iter()
            .map(|&p| c.passages[p as usize].doc)
            .collect();
        docs.dedup();
        assert_eq!(entity.doc_count as usize, docs.len(), "{}", entity.name);
        assert!(entity.doc_count >= 1 && entity.doc_count <= entity.mention_count);
    }
}

/// The themes of the shipped configuration on articles unlike the seed: an attack on a company's
/// computers is a digital and a security story, demining is security, a ferry's passengers are
/// transport; a hospital's training is no transport (English stems "training" to "train").
#[test]
fn the_shipped_themes_know_attacks_on_computers_demining_and_passengers() {
    let dir = std::env::temp_dir().join(format!("corpus-seed-themes-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds/explorer.toml");
    std::fs::copy(&config, dir.join("explorer.toml")).expect("the shipped configuration");
    let articles = [
        ("attack.txt", "Hackers lock a logistics firm's computers\n\nHackers encrypted the computers of the firm with ransomware on Monday and asked for a ransom.\n\nThe cyberattack stopped its software for three days; the police said the attack came from abroad and that criminals had stolen data."),
        ("demining.txt", "Demining teams clear fields\n\nDemining teams cleared landmines from farmland near the border this spring.\n\nThe army said the demining of the area would take two more years, as landmines still kill civilians."),
        ("ferry.txt", "More passengers on the ferry\n\nThe ferry carried 40,000 passengers last year, and its vessels now sail daily.\n\nMaritime officials expect more passengers and more vessels on the route."),
        ("hospital.txt", "A hospital trains its nurses\n\nThe hospital opened a training centre for nurses and doctors.\n\nTraining courses for young doctors begin in May, the hospital said."),
    ];
    for (name, text) in articles {
        std::fs::write(dir.join(name), text).expect("an article");
    }
    let c = compile_dir(&dir, None)
        .expect("the articles compile")
        .corpus;
    let _ = std::fs::remove_dir_all(&dir);
    let themes = |id: &str| -> Vec<&str> {
        let d = c.docs.iter().find(|d| d.id == id).expect("the document");
        d.themes
            .iter()
            .map(|&t| c.themes[t as usize].as_str())
            .collect()
    };
    let attack = themes("attack.txt");
    assert!(
        attack.contains(&"digital/ICT") && attack.contains(&"security"),
        "{attack:?}"
    );
    assert!(themes("demining.txt").contains(&"security"));
    assert!(themes("ferry.txt").contains(&"transport/connectivity"));
    assert!(!themes("hospital.txt").contains(&"transport/connectivity"));
}

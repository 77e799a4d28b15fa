//! Extraction scored against gold annotations of articles written apart from the development
//! corpus: a floor under how well the rules generalise to names they were not developed on.
//!
//! - `tests/fixtures/extract/`: five original articles written for these tests.
//! - `tests/fixtures/heldout-a/`: held-out set A, ten articles the extraction rules were measured
//!   on (not developed from: each rule has its own unit test with invented sentences). Kept as a
//!   regression fixture; its floors sit a little below the scores reached when it was added.
//! - `tests/fixtures/heldout-b/`: held-out set B, sealed until the rules were done and scored
//!   once (the figure in `BENCHMARKS.md`), then kept here likewise.
//! - `tests/fixtures/multilingual/`: ten original articles in English, Chinese (Simplified and
//!   Traditional), Russian, Azerbaijani and Turkish, written for the rules on names across
//!   scripts (each rule has its own named case besides).
//! - `tests/fixtures/heldout-c/`: held-out set C, 22 articles in six languages and scripts, sealed
//!   until the multilingual work was done and scored (the figures in `BENCHMARKS.md`), then kept
//!   here likewise.
//! - `tests/fixtures/multilingual-names/`: six original articles on one meeting, in Chinese
//!   (Simplified and Traditional), Russian, Azerbaijani, Turkish and English, written for the
//!   rules on foreign names in Chinese transliteration, inflected countries, dates relative to
//!   the document, currency words with Turkic endings and agencies named as sources.
//! - `tests/fixtures/heldout-d/` to `heldout-q/`: held-out sets D to Q, each written apart from
//!   the code, scored once while sealed (the figures in `BENCHMARKS.md`), then kept here likewise.

use std::path::Path;

use corpus::compile::compile_dir;
use corpus::eval::{evaluate, parse_gold};

fn meets_floors(fixture: &str, floors: [(&str, f64); 6]) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixtures = root.join("tests/fixtures").join(fixture);
    let config = root.join("../seeds/explorer.toml");
    let corpus = compile_dir(&fixtures.join("docs"), Some(&config))
        .expect("fixtures compile")
        .corpus;
    let gold = parse_gold(&std::fs::read_to_string(fixtures.join("gold.json")).unwrap()).unwrap();
    let report = evaluate(&corpus, &gold);
    assert!(report.missing_docs.is_empty(), "{:?}", report.missing_docs);
    for (kind, floor) in floors {
        let s = &report.scores[kind];
        assert!(
            s.f1() >= floor,
            "{fixture} {kind}: F1 {:.3} < {floor} (misses {:?}, false hits {:?})",
            s.f1(),
            report.misses,
            report.false_hits
        );
    }
}

#[test]
fn fixture_articles_meet_the_floor() {
    meets_floors(
        "extract",
        [
            ("persons", 0.85),
            ("organizations", 0.85),
            ("places", 0.85),
            ("dates", 0.90),
            ("money", 0.95),
            ("themes", 0.80),
        ],
    );
}

#[test]
fn heldout_a_meets_the_floor() {
    // Reached when added: persons 1.0, organisations 0.976, places 1.0, dates 1.0, money 1.0,
    // themes 0.783 (theme vocabulary comes from seeds/explorer.toml).
    meets_floors(
        "heldout-a",
        [
            ("persons", 0.95),
            ("organizations", 0.92),
            ("places", 0.95),
            ("dates", 0.95),
            ("money", 0.95),
            ("themes", 0.75),
        ],
    );
}

#[test]
fn heldout_b_meets_the_floor() {
    // Scored once while still sealed: persons 0.947, organisations 0.923, places 0.965,
    // dates 1.0, money 1.0, themes 0.923.
    meets_floors(
        "heldout-b",
        [
            ("persons", 0.92),
            ("organizations", 0.90),
            ("places", 0.94),
            ("dates", 0.95),
            ("money", 0.95),
            ("themes", 0.88),
        ],
    );
}

#[test]
fn multilingual_fixture_meets_the_floor() {
    // Reached when added: persons 0.970, organisations 0.984, places 0.990, dates 1.0. After the
    // rules for transliterated Chinese names and Turkic currency endings: persons 1.0,
    // organisations 1.0, places 0.990, dates 1.0, money 1.0.
    meets_floors(
        "multilingual",
        [
            ("persons", 0.95),
            ("organizations", 0.95),
            ("places", 0.95),
            ("dates", 0.95),
            ("money", 0.95),
            ("themes", 0.0),
        ],
    );
}

#[test]
fn multilingual_names_fixture_meets_the_floor() {
    // Reached when added: persons 1.0, organisations 0.97 (the English "bp" is missed), places
    // 1.0, dates 1.0, money 1.0. Before the rules for it: 0.70, 0.74, 0.83, 0.67, 0.73.
    meets_floors(
        "multilingual-names",
        [
            ("persons", 0.95),
            ("organizations", 0.90),
            ("places", 0.95),
            ("dates", 0.95),
            ("money", 0.95),
            ("themes", 0.0),
        ],
    );
}

#[test]
fn heldout_c_meets_the_floor() {
    // Scored while sealed, after the multilingual work: persons 0.762, organisations 0.707,
    // places 0.898, dates 0.958, money 0.952, themes 0.952; after the second pass on the general
    // classes of its misses: 0.883, 0.729, 0.943, 0.983, 1.0, 0.952; on 2026-12-03 (rules of
    // sets A to D, and lists before a title): 0.902, 0.774, 0.960.
    meets_floors(
        "heldout-c",
        [
            ("persons", 0.88),
            ("organizations", 0.75),
            ("places", 0.94),
            ("dates", 0.95),
            ("money", 0.95),
            ("themes", 0.90),
        ],
    );
}

#[test]
fn heldout_d_meets_the_floor() {
    // Scored while sealed on main before the work of 2026-12-03: persons 0.879, organisations
    // 0.746, places 0.938, dates 0.991, money 1.0, themes 0.789; after it, still sealed: 0.889,
    // 0.758, 0.947, 0.991, 1.0, 0.789; after five rules made from its misses: 0.944, 0.794,
    // 0.959, 0.991, 1.0, 0.789; with the camel-case rule (AzerTelecom), organisations 0.812, and 0.824 with no
    // title taken for an organisation of its country ("President of Azerbaijan"); persons 1.0,
    // organisations 0.841 and places 0.966 with names by their shape (Ebrahim Raisi, Хасан
    // Роухани) and a national company's name ending with its trade.
    meets_floors(
        "heldout-d",
        [
            ("persons", 0.97),
            ("organizations", 0.82),
            ("places", 0.95),
            ("dates", 0.97),
            ("money", 0.97),
            ("themes", 0.76),
        ],
    );
}

#[test]
fn heldout_e_meets_the_floor() {
    // Scored while sealed on main at 1635e1f: persons 0.950, organisations 0.829, places 0.956,
    // dates 1.0, money 1.0, themes 0.647; with the name-by-shape rule, still sealed: 0.938,
    // 0.829, 0.956, 1.0, 1.0, 0.647; after six rules made from its misses: 0.969, 0.861, 0.965,
    // 1.0, 1.0, 0.647; organisations 0.916 with a name and its trade in one word (Kazakhtelecom)
    // and a national company's name ending with its trade (Pakistan State Oil).
    meets_floors(
        "heldout-e",
        [
            ("persons", 0.94),
            ("organizations", 0.88),
            ("places", 0.94),
            ("dates", 0.97),
            ("money", 0.97),
            ("themes", 0.62),
        ],
    );
}

#[test]
fn heldout_f_meets_the_floor() {
    // Scored while sealed on main at 051c66d: persons 0.849, organisations 0.872, places 0.922,
    // dates 1.0, money 1.0, themes 0.895; after the rules made from its misses (occupations as
    // titles, a Russian title's complement in a case, patronymics, a first name that is a city
    // between commas, no Turkish ending without an apostrophe on a place, portfolios and things
    // named before "said", a weekday after a name, an en dash joining names, a title, a name and
    // "of" its employer): persons 0.985, organisations 0.914, places 0.930.
    meets_floors(
        "heldout-f",
        [
            ("persons", 0.96),
            ("organizations", 0.89),
            ("places", 0.91),
            ("dates", 0.97),
            ("money", 0.97),
            ("themes", 0.87),
        ],
    );
}

#[test]
fn heldout_g_meets_the_floor() {
    // Scored while sealed on main at 914263b: persons 0.867, organisations 0.712, places 0.920,
    // dates 1.0, money 0.941, themes 0.778; after the rules made from its misses (an
    // organisation's complement ends where a person's name begins after a title, a name then
    // "of" and its employer, a country after "and" beginning another organisation, the
    // region's currency codes, the titles under a related-links heading as furniture, no
    // three-letter alternate names of cities, the ends of a route and a second named port as
    // places, an Uzbek o' kept in its word, no person by shape for what follows an article):
    // persons 0.944, organisations 0.824, places 0.955, money 1.0.
    meets_floors(
        "heldout-g",
        [
            ("persons", 0.90),
            ("organizations", 0.80),
            ("places", 0.93),
            ("dates", 0.97),
            ("money", 0.97),
            ("themes", 0.75),
        ],
    );
}

#[test]
fn heldout_h_meets_the_floor() {
    // Scored while sealed on main at 63506f6: persons 0.929, organisations 0.867, places 0.957,
    // dates 1.0, money 1.0, themes 0.809; after the rules made from its misses (a portfolio's
    // name ends where a person's begins, also after a name that is a small town, before "and"
    // or after a list with commas; a national adjective after "and" begins another company; a
    // company in apposition to "the joint venture"; the other end of a stretch from a town and
    // the ends of a route with a spaced dash; Russian names with one key in every case; a
    // country after a title is no name; breadcrumb trails as furniture): persons 1.0,
    // organisations 0.965, places 0.973.
    meets_floors(
        "heldout-h",
        [
            ("persons", 0.97),
            ("organizations", 0.93),
            ("places", 0.95),
            ("dates", 0.97),
            ("money", 0.97),
            ("themes", 0.78),
        ],
    );
}

#[test]
fn heldout_i_meets_the_floor() {
    // Scored while sealed on main at 65bae6c: persons 0.922, organisations 0.836, places 0.956,
    // dates 1.0, money 1.0, themes 0.720; after the rules made from its misses (particles are no
    // words of a name by its shape, so "Ursula von der Leyen" and "Abdel Fattah el-Sisi" are
    // names; a demonym after the article of an apposition's title; an unknown town in capitals
    // before its country and a dash opens a dateline): persons 0.959, organisations 0.843,
    // places 0.962.
    meets_floors(
        "heldout-i",
        [
            ("persons", 0.94),
            ("organizations", 0.82),
            ("places", 0.94),
            ("dates", 0.97),
            ("money", 0.97),
            ("themes", 0.70),
        ],
    );
}

#[test]
fn heldout_j_meets_the_floor() {
    // Scored while sealed on main at 6ab734b: persons 0.879, organisations 0.843, places 0.945,
    // dates 0.979, money 1.0, themes 0.714; after the rules made from its misses (a town before
    // its facility or after "crossing at", a second title or "-elect" before a name, particles
    // making room for a fourth word, a surname with its particle, a bare organisation word
    // naming none, header lines of plain text, initials and credit lines): persons 0.986,
    // organisations 0.874, places 0.983, dates 1.0; organisations 0.936 once a company's tail
    // word and the region's trade words glued to a name were read (the session after).
    meets_floors(
        "heldout-j",
        [
            ("persons", 0.96),
            ("organizations", 0.91),
            ("places", 0.96),
            ("dates", 0.97),
            ("money", 0.97),
            ("themes", 0.69),
        ],
    );
}

#[test]
fn heldout_k_meets_the_floor() {
    // Scored while sealed on main at 1017389: persons 0.944, organisations 0.889, places 0.948,
    // dates 0.972, money 1.0, themes 0.800; after the rules made from its misses (exonyms of big
    // cities taken through Russian, military ranks, a possessive after "and", a town in capitals
    // opening a dateline, header lines under a long headline, a town before "Sea", Turkish "de",
    // names in guillemets, hyphenated first names, an unknown word among listed towns): persons
    // 0.989, organisations 0.957, places 0.968, dates 1.0.
    meets_floors(
        "heldout-k",
        [
            ("persons", 0.96),
            ("organizations", 0.93),
            ("places", 0.95),
            ("dates", 0.97),
            ("money", 0.97),
            ("themes", 0.78),
        ],
    );
}

#[test]
fn heldout_l_meets_the_floor() {
    // Scored while sealed on main at 2de9ef4: persons 0.920, organisations 0.810, places 0.973,
    // dates 1.0, money 0.978, themes 0.588; with the list of companies written before the set
    // was opened, organisations 0.831; after the rules made from its misses (another party after
    // "and" or a comma in a complement, a title before "of" and an employer, think tanks,
    // hospitals, a possessive or an apostrophe inside a name, no person right after a country or
    // in quotation marks, Turkish titles in the possessive, a town that is a person's surname,
    // the Kyrgyz som): persons 0.948, organisations 0.908, places 0.975, money 1.0.
    meets_floors(
        "heldout-l",
        [
            ("persons", 0.92),
            ("organizations", 0.88),
            ("places", 0.95),
            ("dates", 0.97),
            ("money", 0.97),
            ("themes", 0.55),
        ],
    );
}

#[test]
fn heldout_m_meets_the_floor() {
    // Scored while sealed on main at 965a4d6: persons 0.867, organisations 0.850, places 0.946,
    // dates 0.992, money 1.0, themes 0.611; after the rules made from its misses (names alone
    // after a written sentence of the same paragraph are no headline, mills, observatories,
    // digests, bulletins, trading and services as organisation words, no organisation in a
    // minister's portfolio after "for", two towns before a plural of "town"): persons 0.925,
    // organisations 0.908, places 0.953.
    meets_floors(
        "heldout-m",
        [
            ("persons", 0.90),
            ("organizations", 0.88),
            ("places", 0.93),
            ("dates", 0.97),
            ("money", 0.97),
            ("themes", 0.58),
        ],
    );
}

#[test]
fn heldout_n_meets_the_floor() {
    // Scored while sealed with the extraction of 25de210: persons 0.822, organisations 0.810,
    // places 0.955, dates 0.990, money 1.0, themes 0.706; after the rules made from its misses
    // (a city opening an organisation's name, Azerbaijani ə read as e or a and towns in their
    // Turkish spelling, double-barrelled names and two-letter initials, firms named by their
    // trade or with a legal form left out, Chinese deputies and titles glued to an employer,
    // Chinese towns in a list): persons 0.938, organisations 0.933, places 0.991.
    meets_floors(
        "heldout-n",
        [
            ("persons", 0.91),
            ("organizations", 0.90),
            ("places", 0.97),
            ("dates", 0.97),
            ("money", 0.97),
            ("themes", 0.66),
        ],
    );
}

#[test]
fn heldout_o_meets_the_floor() {
    // Scored while sealed with the extraction of 574316b: persons 0.872, organisations 0.821,
    // places 0.962, dates 0.993, money 1.0, themes 0.571; after the rules made from its misses
    // (share buttons and readers' comments are furniture, firms named by their trade, clergy
    // titles, a shouted word is no acronym, a first name that is a city before a surname by its
    // ending, middle initials before "of" and an employer, a surname that is a village's name,
    // a Chinese city joined to its 市): persons 0.952, organisations 0.900, places 0.973, dates
    // 1.0.
    meets_floors(
        "heldout-o",
        [
            ("persons", 0.92),
            ("organizations", 0.87),
            ("places", 0.95),
            ("dates", 0.97),
            ("money", 0.97),
            ("themes", 0.53),
        ],
    );
}

#[test]
fn heldout_p_meets_the_floor() {
    // Scored while sealed with the extraction of 83069ab: persons 0.886, organisations 0.825,
    // places 0.961, dates 1.0, money 1.0, themes 0.743; after the rules made from its misses (a
    // name spelt by the acronym after it, a plural's possessive inside a name, museums,
    // orchestras, networks and insurers, a title alone is no name, Turkish and Azerbaijani
    // deputies and heads, a town south of a place, before a district's word or beside a big
    // city; an organisation's word counts toward the themes; a person after "of" and a work; a
    // Turkish builder): persons 0.989, organisations 0.989, places 0.978, themes 0.743.
    meets_floors(
        "heldout-p",
        [
            ("persons", 0.95),
            ("organizations", 0.95),
            ("places", 0.95),
            ("dates", 0.97),
            ("money", 0.97),
            ("themes", 0.70),
        ],
    );
}

#[test]
fn heldout_q_meets_the_floor() {
    // Scored while sealed with the extraction of 7166d25: persons 0.875, organisations 0.827,
    // places 0.960, dates 1.0, money 0.984, themes 0.667; after the rules made from its misses
    // (two words before "of" and a city are a firm's, a town in an apposition, 蒙古国, the
    // tugrik's sign, Russian organisations' words): persons 0.903, organisations 0.857, places
    // 0.970, money 1.0.
    meets_floors(
        "heldout-q",
        [
            ("persons", 0.88),
            ("organizations", 0.83),
            ("places", 0.95),
            ("dates", 0.97),
            ("money", 0.97),
            ("themes", 0.63),
        ],
    );
}

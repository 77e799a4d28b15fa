//! Search on the held-out sets once unsealed: set C (`tests/fixtures/heldout-c/`), graded,
//! cross-language judgments in six languages and scripts, and sets D to N
//! (`tests/fixtures/heldout-d/` to `heldout-q/`), the development corpus's subject and conventions. Floors a little below the scores reached when
//! each set was unsealed, so that ranking cannot slip back unseen.

use std::path::Path;

use corpus::compile::compile_dir;
use corpus::query::Engine;
use corpus::search_eval::{evaluate, Judgment, Report};

/// A set's judgments run on its documents, with the seed's configuration.
fn score(set: &str, queries: usize) -> Report {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixture = root.join("tests/fixtures").join(set);
    let config = root.join("../seeds/explorer.toml");
    let corpus = compile_dir(&fixture.join("docs"), Some(&config))
        .unwrap_or_else(|e| panic!("{set} compiles: {e:?}"))
        .corpus;
    let judgments: Vec<Judgment> =
        serde_json::from_str(&std::fs::read_to_string(fixture.join("queries.json")).unwrap())
            .unwrap_or_else(|e| panic!("{set}'s judgments parse: {e}"));
    assert_eq!(judgments.len(), queries);
    evaluate(&Engine::new(&corpus), &judgments)
}

/// The queries that missed a relevant document, for a failure's message.
fn missed(report: &Report) -> Vec<String> {
    report
        .queries
        .iter()
        .filter(|q| !q.missed.is_empty())
        .map(|q| format!("{}: {:?}", q.query, q.missed))
        .collect()
}

/// Fails, naming the queries that missed, when a floor is not met.
fn meets_floors(report: &Report, ndcg: f64, recall: f64, mrr: f64) {
    assert!(
        report.ndcg >= ndcg,
        "nDCG@10 {:.3}: {:?}",
        report.ndcg,
        missed(report)
    );
    assert!(
        report.recall >= recall,
        "recall@10 {:.3}: {:?}",
        report.recall,
        missed(report)
    );
    assert!(report.mrr >= mrr, "MRR {:.3}", report.mrr);
}

#[test]
fn heldout_q_search_meets_the_floor() {
    let report = score("heldout-q", 49);
    // Sealed, with the search of 7166d25: nDCG@10 0.844, recall@10 0.878, MRR 0.915; 0.931, 0.959
    // and 0.980 once the glossary had pensions, reforms, cement, factories, sales,
    // schoolchildren, wool, processing, sprat, fishing, quotas, hotels and fairs.
    meets_floors(&report, 0.90, 0.93, 0.95);
}

#[test]
fn heldout_p_search_meets_the_floor() {
    let report = score("heldout-p", 49);
    // Sealed, with the search of 83069ab: nDCG@10 0.847, recall@10 0.857, MRR 0.905; 0.904, 0.901
    // and 0.956 once the glossary had tea, insurance, carpets, orchestras, concerts, fires,
    // ferries, tunnels, archaeology, heritage, natural disasters, water supply, cybersecurity,
    // cars and warnings.
    meets_floors(&report, 0.88, 0.88, 0.93);
}

#[test]
fn heldout_o_search_meets_the_floor() {
    let report = score("heldout-o", 47);
    // Sealed, with the search of 574316b: nDCG@10 0.903, recall@10 0.882, MRR 0.968; 0.957, 0.946
    // and 0.989 once the glossary had textiles, strikes, workers, locusts, wine, electronic money,
    // prize funds, hectares, chess, insulin, dams, mergers, bribery and monasteries.
    meets_floors(&report, 0.93, 0.92, 0.96);
}

#[test]
fn heldout_n_search_meets_the_floor() {
    let report = score("heldout-n", 45);
    // Sealed, with the search of 25de210: nDCG@10 0.765, recall@10 0.867, MRR 0.772; 0.936, 1.0
    // and 0.970 once places answer to the gazetteer's other names (Urumchi), a name with the g
    // Russian writes for h finds the person (Gasanova), and the glossary had a harvest, an
    // aircraft purchase, a television series, a museum's exhibition and ransomware.
    meets_floors(&report, 0.91, 0.97, 0.94);
}

#[test]
fn heldout_m_search_meets_the_floor() {
    let report = score("heldout-m", 43);
    // Sealed, on main at 965a4d6: nDCG@10 0.894, recall@10 0.926, MRR 0.965; 0.938, 0.973 and
    // 0.988 once the glossary had earthquake, flood, friendship group, parcel, migrant,
    // remittance, youth and tourist.
    meets_floors(&report, 0.92, 0.95, 0.96);
}

#[test]
fn heldout_l_search_meets_the_floor() {
    let report = score("heldout-l", 40);
    // Sealed, on main at 2de9ef4: nDCG@10 0.883, recall@10 0.905, MRR 0.956; 0.917, 0.935 and
    // 0.975 once the glossary had settlement, currency, national currency, doctor and culture.
    meets_floors(&report, 0.89, 0.91, 0.95);
}

#[test]
fn heldout_k_search_meets_the_floor() {
    let report = score("heldout-k", 40);
    // Sealed, on main at 1017389: nDCG@10 0.905, recall@10 0.933, MRR 0.971; 0.929, 0.967 and
    // 0.971 once the glossary had the words of its cross-language queries (partnership,
    // strategic, comprehensive, hazelnut, pomegranate, visa-free and others).
    meets_floors(&report, 0.91, 0.94, 0.95);
}

#[test]
fn heldout_j_search_meets_the_floor() {
    let report = score("heldout-j", 40);
    // Sealed, on main at 6ab734b: nDCG@10 0.929, recall@10 0.954, MRR 0.966; the same after the
    // extraction rules made from its misses (nDCG@10 0.930).
    meets_floors(&report, 0.91, 0.93, 0.94);
}

#[test]
fn heldout_i_search_meets_the_floor() {
    let report = score("heldout-i", 40);
    // Sealed, on main at 65bae6c, and after the extraction rules made from its misses alike:
    // nDCG@10 0.955, recall@10 0.963, MRR 0.988.
    meets_floors(&report, 0.93, 0.94, 0.97);
}

#[test]
fn heldout_h_search_meets_the_floor() {
    let report = score("heldout-h", 40);
    // Sealed, on main at 63506f6: nDCG@10 0.904, recall@10 0.984, MRR 0.975; 0.908, 0.987 and
    // 0.975 after the extraction rules made from its misses; 0.938, 0.987 and 0.988 once a
    // passage gains from the other passages of its document that match the whole query.
    meets_floors(&report, 0.92, 0.97, 0.96);
}

#[test]
fn heldout_g_search_meets_the_floor() {
    let report = score("heldout-g", 40);
    // Sealed, on main at 914263b and after this session's extraction rules alike: nDCG@10
    // 0.869, recall@10 0.872, MRR 0.912; 0.894, 0.897 and 0.938 once `zh`, `dzh`, `dj` and `j`
    // are one sound in spelling variants ("Dzhumangarin" for Zhumangarin, Jumangarin,
    // Жумангарин). Left: English topics whose only relevant document is Turkish or Russian.
    meets_floors(&report, 0.88, 0.88, 0.92);
}

#[test]
fn heldout_f_search_meets_the_floor() {
    let report = score("heldout-f", 37);
    // Sealed, on main at 051c66d: nDCG@10 0.944, recall@10 0.959, MRR 0.978; 0.965, 0.986 and
    // 0.978 once `ye` is read as the Cyrillic `е` in spelling variants (Yermekbayev, Ermekbaev).
    meets_floors(&report, 0.94, 0.96, 0.95);
}

#[test]
fn heldout_e_search_meets_the_floor() {
    let report = score("heldout-e", 32);
    // Sealed, before and after the name-by-shape rule alike: nDCG@10 0.844, recall@10 0.836,
    // MRR 0.971; 0.855 and 0.852 once a Turkish spelling of a name joins the English one, and
    // 0.932 and 0.984 once the subject's words find their translations.
    meets_floors(&report, 0.90, 0.95, 0.94);
}

#[test]
fn heldout_d_search_meets_the_floor() {
    let report = score("heldout-d", 30);
    // Sealed, before and after the work of 2026-12-03 alike: nDCG@10 0.869, recall@10 0.879,
    // MRR 0.970; 0.888 and 0.906 once the subject's words find their translations.
    meets_floors(&report, 0.86, 0.88, 0.93);
}

#[test]
fn heldout_c_search_meets_the_floor() {
    let report = score("heldout-c", 53);
    // Reached when unsealed (after the second pass): nDCG@10 0.779, recall@10 0.745, MRR 0.981;
    // then 0.800 and 0.772 once a name typed with a case ending ("Астане", "Moskvada") names
    // its entity, and 0.818 and 0.791 (MRR 1.0) once a sum with its currency written onto it
    // ("1.2亿美元") is read as the sum (2026-12-03); 0.881 and 0.869 once the subject's words
    // find their translations ("Middle Corridor", "konteyner qatarı", second session).
    meets_floors(&report, 0.85, 0.84, 0.95);
    // Every language keeps finding something relevant first.
    for (lang, means) in report.by_lang() {
        assert!(means.mrr >= 0.75, "{lang}: MRR {:.3}", means.mrr);
    }
}

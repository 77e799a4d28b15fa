//! Where a bundle's bytes go: decodes BUNDLE (a single bundle, or a sharded site's
//! `corpus-core.bin`, whose chunked parts then measure as empty) and writes each part, serialised
//! again with postcard, to a file of OUT_DIR (compress them to see what each costs over the wire).
//!
//! ```sh
//! cargo run --release -p corpus --example bundle_parts -- BUNDLE OUT_DIR
//! ```

use corpus::Corpus;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [bundle, out] = args.as_slice() else {
        eprintln!("usage: bundle_parts BUNDLE OUT_DIR");
        std::process::exit(2);
    };
    let bytes = std::fs::read(bundle).expect("read the bundle");
    let site;
    let c: &Corpus = if corpus::shard::is_core(&bytes) {
        site = corpus::shard::Site::from_core(&bytes).expect("decode the core");
        let m = site.manifest();
        println!(
            "{:24} {:>12}",
            "manifest",
            postcard::to_allocvec(m).expect("serialises").len()
        );
        let size = |v: &dyn erased::Ser| v.bytes().len();
        for (name, n) in [
            (
                "  files",
                size(&(&m.term_files, &m.doc_files, &m.note_files)),
            ),
            ("  figure counts", size(&m.figure_counts)),
            ("  date counts", size(&m.date_counts)),
            ("  date forms", size(&m.date_isos)),
            ("  date form ids", size(&m.date_iso_ids)),
        ] {
            println!("{name:24} {n:>12}");
        }
        site.corpus()
    } else {
        site_free(Corpus::from_bytes(&bytes).expect("decode the bundle"))
    };
    std::fs::create_dir_all(out).expect("create OUT_DIR");
    let write = |name: &str, value: &dyn erased::Ser| {
        let b = value.bytes();
        println!("{name:24} {:>12}", b.len());
        std::fs::write(format!("{out}/{name}"), b).expect("write a part");
    };
    // As the bundle writes them (columns): a corpus holding only them, less an empty one.
    let empty = postcard::to_allocvec(&Corpus::default())
        .expect("serialises")
        .len();
    // Each also written to a file (with the few bytes of an empty corpus around it).
    let only = |part: Corpus, name: &str| {
        let b = postcard::to_allocvec(&part).expect("serialises");
        std::fs::write(format!("{out}/{name}"), &b).expect("write a part");
        b.len() - empty
    };
    let texts: Vec<&str> = c.docs.iter().map(|d| d.text.as_str()).collect();
    let text: String = texts.concat();
    write("doc_text", &text.as_bytes());
    let meta: Vec<_> = c
        .docs
        .iter()
        .map(|d| {
            (
                &d.id, &d.title, &d.date, &d.lang, &d.source, &d.tags, &d.meta, d.format,
            )
        })
        .collect();
    write("doc_meta", &meta);
    let ids: Vec<_> = c.docs.iter().map(|d| &d.id).collect();
    write("doc_ids", &ids);
    let titles: Vec<_> = c.docs.iter().map(|d| &d.title).collect();
    write("doc_titles", &titles);
    let sources: Vec<_> = c.docs.iter().map(|d| &d.source).collect();
    write("doc_sources", &sources);
    let ranges: Vec<_> = c.docs.iter().map(|d| (&d.sections, &d.passages)).collect();
    write("doc_ranges", &ranges);
    let kw: Vec<_> = c.docs.iter().map(|d| (&d.keywords, &d.themes)).collect();
    write("doc_keywords", &kw);
    let furn: Vec<_> = c.docs.iter().map(|d| &d.furniture).collect();
    write("doc_furniture", &furn);
    let docs = Corpus {
        docs: c.docs.clone(),
        ..Corpus::default()
    };
    println!(
        "{:24} {:>12}",
        "docs (as written)",
        only(docs, "docs_written")
    );
    write("sections", &c.sections);
    let sections = Corpus {
        sections: c.sections.clone(),
        ..Corpus::default()
    };
    println!(
        "{:24} {:>12}",
        "sections (as written)",
        only(sections, "sections_written")
    );
    let spans: Vec<_> = c
        .passages
        .iter()
        .map(|p| (p.doc, p.section, p.span, &p.themes))
        .collect();
    write("passages", &spans);
    let passages = Corpus {
        passages: c.passages.clone(),
        ..Corpus::default()
    };
    println!(
        "{:24} {:>12}",
        "passages (as written)",
        only(passages, "passages_written")
    );
    let sentences: Vec<_> = c.passages.iter().map(|p| &p.sentences).collect();
    write("passage_sentences", &sentences);
    write("entities", &c.entities);
    let entities = Corpus {
        entities: c.entities.clone(),
        ..Corpus::default()
    };
    println!(
        "{:24} {:>12}",
        "entities (as written)",
        only(entities, "entities_written")
    );
    let names: Vec<_> = c.entities.iter().map(|e| (&e.name, &e.aliases)).collect();
    write("entity_names_aliases", &names);
    let roles: Vec<_> = c.entities.iter().map(|e| &e.roles).collect();
    write("entity_roles", &roles);
    write("alias_evidence", &c.alias_evidence);
    write("acronyms", &c.acronyms);
    let mentions = Corpus {
        mentions: c.mentions.clone(),
        ..Corpus::default()
    };
    println!("{:24} {:>12}", "mentions", only(mentions, "mentions"));
    let ents: Vec<u32> = c.mentions.iter().map(|m| m.entity).collect();
    write("mention_entities", &ents);
    let rules: Vec<&str> = c.mentions.iter().map(|m| &*m.rule).collect();
    write("mention_rules", &rules);
    let pass: Vec<u32> = c.mentions.iter().map(|m| m.passage).collect();
    write("mention_passages", &pass);
    write("dates", &c.dates);
    write("figures", &c.figures);
    write("relations", &c.relations);
    let i = &c.index;
    write("ix_terms_fst", &i.terms);
    write("ix_offsets", &i.offsets);
    write("ix_postings", &i.postings);
    write("ix_df", &i.df);
    write("ix_stems", &i.stems);
    write("ix_variants", &i.variants);
    write(
        "ix_fields",
        &(&i.field_terms, &i.field_offsets, &i.field_postings),
    );
    write("ix_entity_words", &i.entity_words);
    write(
        "ix_entity_postings",
        &(&i.entity_offsets, &i.entity_postings),
    );
    write("ix_passage_len", &i.passage_len);
    write("ix_passage_facts", &i.passage_facts);
    let v = &c.views;
    write("views_identity", &v.identity);
    write("views_similar", &v.similar);
    write("views_layout", &v.layout);
    write("views_words", &(&v.words.words, &v.words.keys));
    write("views_phrases", &v.words.phrases);
    write("views_counts", &v.words.counts);
    write("views_passage_bytes", &v.words.passage_bytes);
    write("views_entries", &v.words.entries);
    println!("{:24} {:>12}", "bundle", bytes.len());
}

/// A decoded bundle that lives as long as the program.
fn site_free(c: Corpus) -> &'static Corpus {
    Box::leak(Box::new(c))
}

mod erased {
    pub trait Ser {
        fn bytes(&self) -> Vec<u8>;
    }
    impl<T: serde::Serialize> Ser for T {
        fn bytes(&self) -> Vec<u8> {
            postcard::to_allocvec(self).expect("serialises")
        }
    }
}

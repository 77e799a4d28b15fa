//! Where a bundle's bytes go: decodes BUNDLE and writes each part, serialised again with postcard,
//! to a file of OUT_DIR (compress them to see what each costs over the wire).
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
    let c = Corpus::from_bytes(&bytes).expect("decode the bundle");
    std::fs::create_dir_all(out).expect("create OUT_DIR");
    let write = |name: &str, value: &dyn erased::Ser| {
        let b = value.bytes();
        println!("{name:24} {:>12}", b.len());
        std::fs::write(format!("{out}/{name}"), b).expect("write a part");
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
    let kw: Vec<_> = c.docs.iter().map(|d| (&d.keywords, &d.themes)).collect();
    write("doc_keywords", &kw);
    let furn: Vec<_> = c.docs.iter().map(|d| &d.furniture).collect();
    write("doc_furniture", &furn);
    write("sections", &c.sections);
    let spans: Vec<_> = c
        .passages
        .iter()
        .map(|p| (p.doc, p.section, p.span, &p.themes))
        .collect();
    write("passages", &spans);
    let sentences: Vec<_> = c.passages.iter().map(|p| &p.sentences).collect();
    write("passage_sentences", &sentences);
    write("entities", &c.entities);
    write("mentions", &c.mentions);
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

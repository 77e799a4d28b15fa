fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let c = corpus::compile::compile_dir(std::path::Path::new(&dir), None).unwrap().corpus;
    for p in 0..c.passages.len() {
        println!("{p} len {} facts {}", c.index.passage_len[p], c.index.passage_facts[p]);
    }
    println!("avg {}", c.index.avg_passage_len);
}

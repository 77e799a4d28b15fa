//! Resolution: a document's candidates once all of it has been read, then what no single
//! document could resolve, and finally the numbered entities with their names, aliases, roles and
//! mentions.

use std::collections::{HashMap, HashSet};

use super::context::{DocState, Found, Key, Pending};
use super::lexicon::{
    normalize_name_key, ACRONYM_TAILS, CAPITAL_PARTICLES, COMPANY_TAILS, NAME_PARTICLES,
};
use super::rule::Rule;
use super::russian::russian_nominative;
use super::Extractor;
use crate::analyze::gazetteer::{self, Gazetteer};
use crate::analyze::lex;
use crate::model::{AliasEvidence, Entity, EntityKind, Mention, Span};

/// A name's surname with the particles before it ("al jasser" of "muhammad al jasser", "von der
/// leyen"), from its folded words; the last word when no particle precedes it.
fn surname_of(parts: &[&str]) -> String {
    let particle = |w: &str| CAPITAL_PARTICLES.contains(&w) || NAME_PARTICLES.contains(&w);
    let Some(mut i) = parts.len().checked_sub(1) else {
        return String::new();
    };
    while i > 0 && particle(parts[i - 1]) {
        i -= 1;
    }
    parts[i..].join(" ")
}

impl Extractor<'_> {
    /// Resolves a document's candidates once all of it has been read.
    pub(super) fn resolve(&mut self, doc: u32, st: DocState, first: usize) {
        let DocState { mut names, cands } = st;
        // Names found by rule in this document.
        for f in &self.found[first..] {
            if let Key::Name(..) = f.key {
                let folded = gazetteer::key_of(&f.surface);
                if !folded.contains(' ') {
                    names
                        .short
                        .entry(folded.clone())
                        .or_insert((f.kind, f.key.clone()));
                }
                names.full.entry(folded).or_insert((f.kind, f.key.clone()));
            }
        }
        // People first: their surnames resolve what follows.
        for c in &cands {
            if let Some((rule, role)) = &c.person {
                let parts: Vec<&str> = c.key.split(' ').collect();
                let key = if parts.len() == 1 || surname_of(&parts) == c.key {
                    // A title and a surname alone ("President Aliyev"): the full name if known.
                    match names.short.get(&c.key) {
                        Some((EntityKind::Person, k)) => k.clone(),
                        _ => Key::Name(EntityKind::Person, c.key.clone()),
                    }
                } else {
                    Key::Name(EntityKind::Person, c.key.clone())
                };
                if parts.len() >= 2 {
                    let last = parts[parts.len() - 1].to_string();
                    names
                        .short
                        .entry(last)
                        .or_insert((EntityKind::Person, key.clone()));
                    // "Muhammad Al Jasser" is "Al Jasser" after his title too.
                    let surname = surname_of(&parts);
                    if surname.contains(' ') && surname.len() < c.key.len() {
                        names
                            .short
                            .entry(surname)
                            .or_insert((EntityKind::Person, key.clone()));
                    }
                }
                names
                    .full
                    .insert(c.key.clone(), (EntityKind::Person, key.clone()));
                self.found.push(Found {
                    doc,
                    passage: c.passage,
                    span: c.span,
                    surface: c.surface.clone(),
                    kind: EntityKind::Person,
                    key,
                    rule: *rule,
                    role: role.clone(),
                    subtype: None,
                });
            }
        }
        // Then names by their shape alone, where the document has no other reading of them
        // (nor writes them after an article, as a thing's name: "the Oyu Tolgoi mine"): their
        // surnames resolve what follows as well.
        let mut shaped: HashSet<String> = HashSet::new();
        let evidenced: HashSet<&str> = cands
            .iter()
            .filter(|o| o.source.is_some() || o.person.is_some() || o.after_article)
            .map(|o| o.key.as_str())
            .collect();
        for c in &cands {
            if c.person.is_some() || c.source.is_some() || !c.shaped {
                continue;
            }
            let explained = names.full.contains_key(&c.key) || evidenced.contains(c.key.as_str());
            if explained || !shaped.insert(c.key.clone()) {
                continue;
            }
            let key = Key::Name(EntityKind::Person, c.key.clone());
            if let Some(last) = c.key.rsplit(' ').next() {
                names
                    .short
                    .entry(last.to_string())
                    .or_insert((EntityKind::Person, key.clone()));
            }
            names.full.insert(c.key.clone(), (EntityKind::Person, key));
        }
        // Then sources, then what refers back to a name.
        for c in &cands {
            if c.person.is_some() {
                continue;
            }
            if let Some(rule) = c.source {
                // A city the text names as one ("Tyanjin şəhərində").
                let kind = if rule == Rule::NamedCity {
                    EntityKind::Place
                } else {
                    EntityKind::Organization
                };
                let key = match names.full.get(&c.key).or_else(|| names.short.get(&c.key)) {
                    Some((k, key)) if *k == kind => key.clone(),
                    Some(_) => continue,
                    None => Key::Name(kind, normalize_name_key(&c.key)),
                };
                names.full.insert(c.key.clone(), (kind, key.clone()));
                if c.words == 1 {
                    names.short.insert(c.key.clone(), (kind, key.clone()));
                }
                self.found.push(Found {
                    doc,
                    passage: c.passage,
                    span: c.span,
                    surface: c.surface.clone(),
                    kind,
                    key,
                    rule,
                    role: None,
                    subtype: if rule == Rule::NamedCity {
                        Some("city")
                    } else {
                        rule.is_source().then_some("outlet")
                    },
                });
            }
        }
        for c in cands {
            if c.person.is_some() || c.source.is_some() {
                continue;
            }
            let hit = names.full.get(&c.key).or_else(|| {
                if c.words == 1 || surname_of(&c.key.split(' ').collect::<Vec<_>>()) == c.key {
                    names.short.get(&c.key)
                } else {
                    None
                }
            });
            if let Some((kind, key)) = hit.cloned() {
                let rule = match kind {
                    EntityKind::Person if c.words == 1 => Rule::Surname,
                    EntityKind::Person if shaped.contains(&c.key) => Rule::NameShape,
                    _ => Rule::SameName,
                };
                self.found.push(Found {
                    doc,
                    passage: c.passage,
                    span: c.span,
                    surface: c.surface,
                    kind,
                    key,
                    rule,
                    role: None,
                    subtype: None,
                });
                continue;
            }
            // Names other documents may know; acronyms.
            if c.words >= 2
                || c.all_caps
                || (c.words == 1
                    && (camel_case(&c.surface)
                        || trade_compound(&c.surface)
                        || self.listed_company(&c.surface).is_some()))
            {
                self.pending.push(Pending {
                    doc,
                    passage: c.passage,
                    span: c.span,
                    surface: c.surface,
                    key: c.key,
                });
            }
        }
        // "Osman Kaya ... Kaya, takımın ...": a town's name that is the surname of a person of
        // the document is that person (towns of a million or more stay places).
        for f in &mut self.found[first..] {
            if f.rule != (Rule::GazetteerCity { million: false }) || f.surface.contains(' ') {
                continue;
            }
            if let Some((EntityKind::Person, key)) = names.short.get(&gazetteer::key_of(&f.surface))
            {
                f.kind = EntityKind::Person;
                f.key = key.clone();
                f.rule = Rule::Surname;
                f.subtype = None;
            }
        }
    }

    /// The rule by which a name no document explains is an organisation by its shape alone:
    /// an acronym no text spells out ("SOCAR signed with CNPC"), or one word with a capital
    /// inside, as brands write theirs ("AzerTelecom", "PetroChina").
    fn name_by_its_shape(&self, surface: &str) -> Option<Rule> {
        if self.unexplained_acronym(surface) {
            Some(Rule::AcronymUnexplained)
        } else if camel_case(surface) {
            Some(Rule::CamelCase)
        } else if trade_compound(surface) {
            Some(Rule::TradeCompound)
        } else if surface.split_once(' ').is_some_and(|(first, rest)| {
            // "POSCO International", "ACWA Power".
            self.unexplained_acronym(first)
                && rest.split(' ').all(|w| {
                    let w_folded = crate::text::fold(w);
                    lex::is_capitalized(w)
                        && (COMPANY_TAILS.contains(&w_folded.as_str())
                            || ACRONYM_TAILS.contains(&w_folded.as_str()))
                })
        }) {
            Some(Rule::AcronymUnexplained)
        } else {
            None
        }
    }

    /// A listed company a name no document explains is, with the key of its entity and, when
    /// the name is one of the company's own, the listed name to call it by: the whole name in
    /// any listed form ("Huawei", "Газпрома"), or a listed name followed by words that end a
    /// company's name ("Huawei Technologies", "Samsung Electronics": another entity). One word
    /// the corpus also writes in lower case is not taken.
    fn listed_company(&self, surface: &str) -> Option<(Key, Option<String>)> {
        let words: Vec<&str> = surface.split(' ').collect();
        let folded: Vec<String> = words.iter().map(|w| gazetteer::key_of(w)).collect();
        let listed = |n: usize| {
            let key = folded[..n].join(" ");
            self.gaz.company(&key).or_else(|| {
                // Russian in another case: the nominative of the last word.
                if !gazetteer::is_cyrillic(surface) {
                    return None;
                }
                let head = folded[..n - 1].join(" ");
                crate::text::inflect::russian_nominatives(&folded[n - 1])
                    .into_iter()
                    .find_map(|form| {
                        let key = if head.is_empty() {
                            form
                        } else {
                            format!("{head} {form}")
                        };
                        self.gaz.company(&key)
                    })
            })
        };
        if words.len() == 1 && self.is_common(&folded[0]) {
            return None;
        }
        if let Some(company) = listed(words.len()) {
            let key = Key::Name(EntityKind::Organization, gazetteer::key_of(&company.name));
            return Some((key, Some(company.name.clone())));
        }
        (1..words.len()).rev().find_map(|n| {
            let tails = words[n..].iter().zip(&folded[n..]).all(|(w, f)| {
                lex::is_capitalized(w)
                    && (COMPANY_TAILS.contains(&f.as_str())
                        || ACRONYM_TAILS.contains(&f.as_str())
                        || LISTED_COMPANY_TAILS.contains(&f.as_str())
                        || super::lexicon::is_org_word(f))
            });
            (tails && listed(n).is_some()).then(|| {
                let key = Key::Name(EntityKind::Organization, folded.join(" "));
                (key, None)
            })
        })
    }

    /// Resolves what no single document could (names known from other documents), numbers the
    /// entities and returns them with their mentions.
    pub fn finish(mut self) -> (Vec<Entity>, Vec<Mention>, Vec<Vec<AliasEvidence>>) {
        // The configuration has the last word: names it ignores go, names it aliases join.
        if !self.ignore.is_empty() || !self.aliases.is_empty() {
            let (ignore, aliases) = (&self.ignore, &self.aliases);
            self.found
                .retain(|f| !ignore.contains(&gazetteer::key_of(&f.surface)));
            for f in &mut self.found {
                if let Some((kind, key, _)) = aliases.get(&gazetteer::key_of(&f.surface)) {
                    f.kind = *kind;
                    f.key = key.clone();
                }
            }
            // An alias may name a gazetteer entity: all its mentions join.
            let mut remap: HashMap<Key, (EntityKind, Key)> = HashMap::new();
            for f in &self.found {
                if f.rule == Rule::ConfigAlias {
                    continue;
                }
                if let Some((kind, key, _)) = aliases.get(&gazetteer::key_of(&f.surface)) {
                    remap.insert(f.key.clone(), (*kind, key.clone()));
                }
            }
            for f in &mut self.found {
                if let Some((kind, key)) = remap.get(&f.key) {
                    f.kind = *kind;
                    f.key = key.clone();
                }
            }
        }
        let mut canonical: HashMap<Key, String> = self
            .aliases
            .values()
            .map(|(_, key, name)| (key.clone(), name.clone()))
            .collect();
        // Names found by rule anywhere in the corpus, by their folded form.
        let mut known: HashMap<String, (EntityKind, Key)> = HashMap::new();
        let mut acronym_of: HashMap<String, HashSet<Key>> = HashMap::new();
        for f in &self.found {
            if let Key::Name(..) = f.key {
                if f.rule != Rule::Surname {
                    known
                        .entry(gazetteer::key_of(&f.surface))
                        .or_insert((f.kind, f.key.clone()));
                    // A Russian candidate's key is its words without their case endings.
                    if gazetteer::is_cyrillic(&f.surface) {
                        known
                            .entry(super::russian::person_key("ru", &f.surface))
                            .or_insert((f.kind, f.key.clone()));
                    }
                }
            }
            if f.rule == Rule::Acronym {
                acronym_of
                    .entry(f.surface.clone())
                    .or_default()
                    .insert(f.key.clone());
            }
        }
        for p in std::mem::take(&mut self.pending) {
            let hit = known.get(&p.key).cloned().or_else(|| {
                acronym_of
                    .get(&p.surface)
                    .filter(|s| s.len() == 1)
                    .map(|s| {
                        let key = s.iter().next().expect("one").clone();
                        (key.kind(), key)
                    })
            });
            // Another document's reading, else a listed company, else an organisation by its
            // shape alone.
            let reading = if let Some((kind, key)) = hit {
                Some((kind, key, Rule::SameNameInCorpus))
            } else if let Some((key, name)) = self.listed_company(&p.surface) {
                if let Some(name) = name {
                    canonical.entry(key.clone()).or_insert(name);
                }
                Some((EntityKind::Organization, key, Rule::GazetteerCompany))
            } else {
                self.name_by_its_shape(&p.surface).map(|rule| {
                    let key = Key::Name(EntityKind::Organization, p.key.clone());
                    (EntityKind::Organization, key, rule)
                })
            };
            if let Some((kind, key, rule)) = reading {
                self.found.push(Found {
                    doc: p.doc,
                    passage: p.passage,
                    span: p.span,
                    surface: p.surface,
                    kind,
                    key,
                    rule,
                    role: None,
                    subtype: None,
                });
            }
        }
        build_entities(self.gaz, self.found, &canonical, &self.langs)
    }
}

/// More words that end a company's name after a listed company's, besides organisation words
/// (Logistics, Motors) and [`COMPANY_TAILS`] and [`ACRONYM_TAILS`]: its branches and trades
/// ("Huawei Cloud", "Gazprom Neft", "Hyundai Motor", "Maersk Line") (folded).
const LISTED_COMPANY_TAILS: &[&str] = &[
    "energy",
    "motor",
    "neft",
    "oil",
    "gas",
    "cloud",
    "mobile",
    "line",
    "systems",
    "solutions",
    "automotive",
    "marine",
    "aerospace",
    "defence",
    "defense",
    "chemical",
    "chemicals",
    "ventures",
    "securities",
    "finance",
    "leasing",
    "insurance",
    "cargo",
];

/// Prefixes of surnames written with a capital after them ("McDonald", "MacArthur", "DeSantis",
/// "LaGuardia", "VanDyke", "DiCaprio", "O'Neill" is two tokens).
const CAPITAL_INSIDE_PREFIXES: &[&str] = &[
    "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von",
];

/// Whether one word is written with a capital inside, as brands write theirs ("AzerTelecom",
/// "PetroChina", "KazMunayGas"): five letters or more, all letters, a capital first and a
/// lower-case letter before another capital, not a surname's prefix ("McDonald").
fn camel_case(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    chars.len() >= 5
        && chars.iter().all(|c| c.is_alphabetic())
        && chars[0].is_uppercase()
        && chars
            .windows(2)
            .any(|w| w[0].is_lowercase() && w[1].is_uppercase())
        && !CAPITAL_INSIDE_PREFIXES.iter().any(|p| {
            word.strip_prefix(p)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_uppercase)
        })
}

/// The trades national companies write after a name in one word (folded): telecom, gas and oil in
/// the region's spellings, energy, industry, banking, building, mobile telephony.
const TRADE_ENDINGS: &[&str] = &[
    "telecom", "gaz", "neft", "neftegaz", "energo", "enerji", "nebit", "prom", "bank", "stroy",
    "cell", "flot", "avia", "atom", "kosmos", "cosmos", "yollari", "yollary", "film",
];

/// Whether one capitalised word is a name and its trade ("Kazakhtelecom", "Türkmengaz",
/// "Rosneft", "Uzbekenerji", "Kyrgyzavia"): letters only, a trade ending after three letters or more.
fn trade_compound(word: &str) -> bool {
    let folded = crate::text::fold(word);
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
        && TRADE_ENDINGS.iter().any(|e| {
            folded
                .strip_suffix(e)
                .is_some_and(|head| head.chars().count() >= 3)
        })
}

/// Numbers the entities (people, then organisations, then places; most mentioned first) and
/// their mentions.
pub(super) fn build_entities(
    gaz: &Gazetteer,
    mut found: Vec<Found>,
    canonical: &HashMap<Key, String>,
    langs: &[String],
) -> (Vec<Entity>, Vec<Mention>, Vec<Vec<AliasEvidence>>) {
    // Same span twice (a name reached by two rules): keep the more confident.
    found.sort_by(|a, b| {
        (a.doc, a.span.0, a.span.1)
            .cmp(&(b.doc, b.span.0, b.span.1))
            .then(b.rule.confidence().total_cmp(&a.rule.confidence()))
    });
    found.dedup_by(|b, a| a.doc == b.doc && a.span == b.span);

    let mut groups: HashMap<Key, Vec<usize>> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        groups.entry(f.key.clone()).or_default().push(i);
    }
    let mut keys: Vec<(Key, Vec<usize>)> = groups.into_iter().collect();
    // A deterministic order before merging, whatever the hasher did.
    keys.sort_by(|a, b| a.0.cmp(&b.0));
    let merged = super::merge::merge(&found, keys, langs);
    let mut keys = merged.groups;
    keys.sort_by(|a, b| {
        let kind = |k: &(Key, Vec<usize>)| found[k.1[0]].kind;
        kind(a)
            .cmp(&kind(b))
            .then(b.1.len().cmp(&a.1.len()))
            .then(a.0.cmp(&b.0))
    });
    let mut entities = Vec::with_capacity(keys.len());
    let mut mentions = Vec::with_capacity(found.len());
    let mut evidence = Vec::with_capacity(keys.len());
    for (idx, (key, members)) in keys.into_iter().enumerate() {
        let kind = found[members[0]].kind;
        // Surface forms by frequency; the canonical name is the gazetteer's, else the longest
        // full form (for people) or the most frequent long form.
        let mut forms: Vec<(String, usize)> = Vec::new();
        // The first mention of each form, for the evidence of its alias.
        let mut first: Vec<usize> = Vec::new();
        for &m in &members {
            let s = clean_surface(&found[m].surface);
            match forms.iter_mut().find(|(f, _)| *f == s) {
                Some((_, n)) => *n += 1,
                None => {
                    forms.push((s, 1));
                    first.push(m);
                }
            }
        }
        let first_of: HashMap<String, usize> = forms
            .iter()
            .zip(&first)
            .map(|((f, _), &m)| (f.clone(), m))
            .collect();
        let name = match &key {
            k if canonical.contains_key(k) => canonical[k].clone(),
            Key::Place(i) => gaz.places[*i as usize].name.clone(),
            Key::Org(i) => gaz.orgs[*i as usize].name.clone(),
            Key::Name(..) => {
                let best = forms
                    .iter()
                    .max_by(|a, b| {
                        let words = |s: &str| s.split_whitespace().count();
                        let caps = |s: &str| lex::is_all_caps(s) as usize;
                        // A name merged across scripts is named as an English document writes
                        // it, else in plain Latin letters, when some document does.
                        let plain = |s: &str| {
                            let english = first_of.get(s).is_some_and(|&m| {
                                langs.get(found[m].doc as usize).is_some_and(|l| l == "en")
                            });
                            2 * english as usize + s.is_ascii() as usize
                        };
                        // The most words, the most often, then the shortest: the nominative
                        // of a Russian name ("Ильхам Алиев", not "Ильхамом Алиевым").
                        (
                            words(&a.0),
                            plain(&a.0),
                            a.1,
                            std::cmp::Reverse(caps(&a.0)),
                            std::cmp::Reverse(a.0.len()),
                            std::cmp::Reverse(a.0.clone()),
                        )
                            .cmp(&(
                                words(&b.0),
                                plain(&b.0),
                                b.1,
                                std::cmp::Reverse(caps(&b.0)),
                                std::cmp::Reverse(b.0.len()),
                                std::cmp::Reverse(b.0.clone()),
                            ))
                    })
                    .map(|(f, _)| f.clone())
                    .unwrap_or_default();
                // "Ильхамом Алиевым", "Тимуру Белоусову": a Russian name is named in the
                // nominative.
                match kind {
                    EntityKind::Person => russian_nominative(&best).unwrap_or(best),
                    _ => best,
                }
            }
        };
        forms.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut aliases: Vec<String> = forms
            .into_iter()
            .map(|(f, _)| f)
            .filter(|f| *f != name)
            .collect();
        // Why each alias names the entity: the merge that brought it, else how its key joined it.
        // When the name itself came by a merge, the other side of that merge rests on the same
        // evidence.
        let name_link = first_of.get(&name).and_then(|&m| {
            merged
                .evidence
                .get(&m)
                .copied()
                .or((found[m].rule == Rule::PairedName).then_some(AliasEvidence::Paired))
        });
        let mut why: Vec<AliasEvidence> = aliases
            .iter()
            .map(|a| {
                let Some(&m) = first_of.get(a) else {
                    return AliasEvidence::SameName;
                };
                if let Some(e) = merged.evidence.get(&m).or(name_link.as_ref()) {
                    return *e;
                }
                match (&found[m].rule, &found[m].key) {
                    (Rule::PairedName, _) => AliasEvidence::Paired,
                    (Rule::ConfigAlias, _) => AliasEvidence::Config,
                    _ if canonical.contains_key(&key) => AliasEvidence::Config,
                    (_, Key::Place(_) | Key::Org(_)) => AliasEvidence::Gazetteer,
                    _ => AliasEvidence::SameName,
                }
            })
            .collect();
        // A place written only with a case ending ("Пакистана", "Özbəkistan Respublikasının"):
        // its base form in the mention's language, from the gazetteer, is a name of it too.
        if let Key::Place(i) = &key {
            for &m in &first {
                let Some(base) = gaz.base_name(*i, &clean_surface(&found[m].surface)) else {
                    continue;
                };
                let lower = base.to_lowercase();
                if name.to_lowercase() != lower
                    && !aliases.iter().any(|a| a.to_lowercase() == lower)
                {
                    aliases.push(base.to_string());
                    why.push(AliasEvidence::Gazetteer);
                }
            }
        }
        // Names no mention writes: the pinyin of a Chinese name.
        for (extra, e) in merged.extra.get(&key).into_iter().flatten() {
            let lower = extra.to_lowercase();
            if name.to_lowercase() != lower && !aliases.iter().any(|a| a.to_lowercase() == lower) {
                aliases.push(extra.clone());
                why.push(*e);
            }
        }
        evidence.push(why);
        let mut roles: Vec<String> = Vec::new();
        let mut docs: Vec<u32> = Vec::new();
        let mut subtype = None;
        for &m in &members {
            let f = &found[m];
            if let Some(r) = &f.role {
                if !roles.contains(r) {
                    roles.push(r.clone());
                }
            }
            docs.push(f.doc);
            if subtype.is_none() {
                subtype = f.subtype;
            }
            mentions.push(Mention {
                entity: idx as u32,
                passage: f.passage,
                span: Span::new(f.span.0, f.span.1),
                rule: f.rule.name().into(),
                confidence: f.rule.confidence(),
            });
        }
        docs.sort_unstable();
        docs.dedup();
        entities.push(Entity {
            kind,
            name,
            aliases,
            roles,
            subtype: subtype.map(str::to_string),
            doc_count: docs.len() as u32,
            mention_count: members.len() as u32,
        });
    }
    mentions.sort_by_key(|m| (m.passage, m.span.start, m.span.end, m.entity));
    (entities, mentions, evidence)
}

/// A surface form as an alias: no line breaks or doubled spaces.
fn clean_surface(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

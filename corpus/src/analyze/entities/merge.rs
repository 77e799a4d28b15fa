//! Merging across scripts and spellings: people the corpus names in several languages become one
//! entity when a transliteration scheme of [`crate::analyze::translit`] gives their full names the
//! same key, and every alias keeps the evidence that joined it ([`AliasEvidence`]).
//!
//! Conservative by construction: only people are merged this way, only on full names (two words
//! or more, or a Chinese name whose pinyin is two), and only when the keys are equal. Places and
//! listed organisations are joined earlier by their gazetteer id; names written side by side in
//! the text ("王毅（Wang Yi）") share one key from the start.

use std::collections::HashMap;

use super::context::{Found, Key};
use super::han::is_han;
use super::rule::Rule;
use crate::analyze::gazetteer::han_key;
use crate::analyze::translit::{self, Turkic};
use crate::model::{AliasEvidence, EntityKind};

/// The most common Chinese surnames (Simplified): a Chinese name in characters is read as
/// surname and given name, and given its pinyin, only when it starts with one of them
/// (普京 and 阿利耶夫 are transliterations, not Chinese names).
pub(crate) const CHINESE_SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习温栗俞常康施牛洪汪傅齐申柳鲁葛伍翟殷颜庞倪甘岳";

/// The pinyin of a Chinese person's name in characters, when it reads as one.
pub(super) fn chinese_pinyin(surface: &str) -> Option<String> {
    let key = han_key(surface);
    let n = key.chars().count();
    let first = key.chars().next()?;
    if !(2..=3).contains(&n) || !key.chars().all(is_han) || !CHINESE_SURNAMES.contains(first) {
        return None;
    }
    translit::pinyin_name(&key)
}

/// Keys a person's name is known by in every script, with the evidence each rests on.
fn person_keys(surface: &str, lang: &str) -> Vec<(String, AliasEvidence)> {
    let mut out = Vec::new();
    let pinyin = if surface.chars().any(is_han) {
        chinese_pinyin(surface)
    } else if translit::is_pinyin_name(surface) {
        Some(surface.to_string())
    } else {
        None
    };
    if let Some(py) = pinyin {
        out.push((translit::name_key(&py, "en"), AliasEvidence::Pinyin));
        if let Some(ru) = translit::palladius(&py) {
            out.push((translit::name_key(&ru, "ru"), AliasEvidence::Pinyin));
        }
        for (t, lang) in [(Turkic::Azerbaijani, "az"), (Turkic::Turkish, "tr")] {
            if let Some(s) = translit::turkic_pinyin(&py, t) {
                out.push((translit::name_key(&s, lang), AliasEvidence::Pinyin));
            }
        }
    }
    if !surface.chars().any(is_han) && surface.split_whitespace().count() >= 2 {
        let key = translit::name_key(surface, lang);
        // Turkish writes an Azerbaijani name's ə as e where English writes a ("Rövşen Necef",
        // "Rovshan Najaf", "Rövşən Nəcəf"): the key with the two vowels as one joins them.
        let vowels = key.replace('e', "a");
        if vowels != key {
            out.push((vowels, AliasEvidence::Transliteration));
        }
        out.push((key, AliasEvidence::Transliteration));
    }
    out
}

/// What merging found: the groups of mentions that are one entity, the evidence of the mentions
/// that joined another group, and names in other scripts no mention writes (the pinyin of a
/// Chinese name).
pub(super) struct Merged {
    pub groups: Vec<(Key, Vec<usize>)>,
    pub evidence: HashMap<usize, AliasEvidence>,
    pub extra: HashMap<Key, Vec<(String, AliasEvidence)>>,
}

/// Merges the people of `groups` whose names share a key in some script.
pub(super) fn merge(found: &[Found], groups: Vec<(Key, Vec<usize>)>, langs: &[String]) -> Merged {
    let mut parent: Vec<usize> = (0..groups.len()).collect();
    let mut link: Vec<Option<AliasEvidence>> = vec![None; groups.len()];
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut by_key: HashMap<String, (usize, AliasEvidence)> = HashMap::new();
    let mut extra: HashMap<Key, Vec<(String, AliasEvidence)>> = HashMap::new();
    for (g, (key, members)) in groups.iter().enumerate() {
        if !matches!(key, Key::Name(EntityKind::Person, _)) {
            continue;
        }
        let mut seen: Vec<&str> = Vec::new();
        for &m in members {
            let f = &found[m];
            if f.rule == Rule::Surname || seen.contains(&f.surface.as_str()) {
                continue;
            }
            seen.push(&f.surface);
            let lang = langs.get(f.doc as usize).map(String::as_str).unwrap_or("");
            if f.surface.chars().any(is_han) {
                if let Some(py) = chinese_pinyin(&f.surface) {
                    extra
                        .entry(key.clone())
                        .or_default()
                        .push((py, AliasEvidence::Pinyin));
                }
            }
            for (k, evidence) in person_keys(&f.surface, lang) {
                if k.split(' ').count() < 2 {
                    continue;
                }
                match by_key.get(&k) {
                    None => {
                        by_key.insert(k, (g, evidence));
                    }
                    Some(&(other, first)) => {
                        // A match through a pinyin spelling rests on pinyin, on either side.
                        let evidence = if first == AliasEvidence::Pinyin {
                            first
                        } else {
                            evidence
                        };
                        let (a, b) = (root(&mut parent, other), root(&mut parent, g));
                        if a != b {
                            // The group with more mentions leads.
                            let (lead, joined) = if groups[a].1.len() >= groups[b].1.len() {
                                (a, b)
                            } else {
                                (b, a)
                            };
                            parent[joined] = lead;
                            link[joined] = Some(evidence);
                        }
                    }
                }
            }
        }
    }
    transliterated_people(found, &groups, langs, &mut parent, &mut link);
    let mut evidence = HashMap::new();
    let mut merged: Vec<Option<(Key, Vec<usize>)>> = groups.into_iter().map(Some).collect();
    let mut extras: HashMap<Key, Vec<(String, AliasEvidence)>> = HashMap::new();
    for g in 0..merged.len() {
        let r = root(&mut parent, g);
        if r == g {
            continue;
        }
        let (key, members) = merged[g].take().expect("each group once");
        // Evidence of the first link on the way to the root.
        let why = link[g].unwrap_or(AliasEvidence::Transliteration);
        for &m in &members {
            evidence.insert(m, why);
        }
        if let Some(x) = extra.remove(&key) {
            extras.entry(r_key(&merged, r)).or_default().extend(x);
        }
        if let Some((_, lead)) = merged[r].as_mut() {
            lead.extend(members);
        }
    }
    for (k, x) in extra {
        extras.entry(k).or_default().extend(x);
    }
    Merged {
        groups: merged.into_iter().flatten().collect(),
        evidence,
        extra: extras,
    }
}

/// Places and listed organisations a document names, by gazetteer key.
fn gazetteer_keys(found: &[Found], doc: u32) -> Vec<&Key> {
    let mut keys: Vec<&Key> = found
        .iter()
        .filter(|f| f.doc == doc && matches!(f.key, Key::Place(_) | Key::Org(_)))
        .map(|f| &f.key)
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// A foreign person's name in the Chinese transliteration syllabary joins the person a Latin or
/// Cyrillic document names when (1) their consonant skeletons are equal
/// ([`translit::han_skeleton`], [`translit::latin_skeleton`]) — the Chinese name against the
/// other's surname, or a dotted Chinese full name against the full name — with four classes or
/// more, (2) some document of each names at least two of the same places or listed
/// organisations, and (3) exactly one person matches so. The evidence is a transliteration.
fn transliterated_people(
    found: &[Found],
    groups: &[(Key, Vec<usize>)],
    langs: &[String],
    parent: &mut [usize],
    link: &mut [Option<AliasEvidence>],
) {
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let people: Vec<usize> = (0..groups.len())
        .filter(|&g| matches!(groups[g].0, Key::Name(EntityKind::Person, _)))
        .collect();
    let docs_of = |g: usize| {
        let mut d: Vec<u32> = groups[g].1.iter().map(|&m| found[m].doc).collect();
        d.sort_unstable();
        d.dedup();
        d
    };
    let mut keys_of_doc: HashMap<u32, Vec<&Key>> = HashMap::new();
    // The Latin and Cyrillic people: (group, full-name skeleton, surname skeleton).
    let mut latin: Vec<(usize, String, String)> = Vec::new();
    for &g in &people {
        let f = &found[groups[g].1[0]];
        if f.surface.chars().any(is_han) {
            continue;
        }
        let lang = langs.get(f.doc as usize).map(String::as_str).unwrap_or("");
        let best = groups[g]
            .1
            .iter()
            .map(|&m| &found[m].surface)
            .max_by_key(|s| s.split_whitespace().count())
            .expect("a group has a mention");
        let surname = best.split_whitespace().last().unwrap_or("");
        latin.push((
            g,
            translit::latin_skeleton(best, lang),
            translit::latin_skeleton(surname, lang),
        ));
    }
    for &g in &people {
        let f = &found[groups[g].1[0]];
        if !f
            .surface
            .chars()
            .all(|c| is_han(c) || matches!(c, '·' | '・' | '•' | '‧' | '．'))
            || chinese_pinyin(&f.surface).is_some()
        {
            continue;
        }
        let dotted = f.surface.contains(['·', '・', '•', '‧', '．']);
        let Some(skeleton) = translit::han_skeleton(&f.surface) else {
            continue;
        };
        if skeleton.chars().count() < 4 {
            continue;
        }
        let han_docs = docs_of(g);
        let mut matches: Vec<usize> = Vec::new();
        for (l, full, surname) in &latin {
            let same = if dotted {
                full == &skeleton
            } else {
                surname == &skeleton || full == &skeleton
            };
            if !same {
                continue;
            }
            let shared = han_docs.iter().any(|&a| {
                docs_of(*l).iter().any(|&b| {
                    let ka = keys_of_doc
                        .entry(a)
                        .or_insert_with(|| gazetteer_keys(found, a))
                        .clone();
                    let kb = keys_of_doc
                        .entry(b)
                        .or_insert_with(|| gazetteer_keys(found, b));
                    ka.iter().filter(|k| kb.contains(k)).count() >= 2
                })
            });
            if shared {
                let r = root(parent, *l);
                if !matches.contains(&r) {
                    matches.push(r);
                }
            }
        }
        if let [r] = matches[..] {
            let me = root(parent, g);
            if me != r {
                parent[me] = r;
                link[me] = Some(AliasEvidence::Transliteration);
            }
        }
    }
}

fn r_key(merged: &[Option<(Key, Vec<usize>)>], r: usize) -> Key {
    merged[r]
        .as_ref()
        .expect("a root keeps its group")
        .0
        .clone()
}

//! Chinese text: no capitals mark a name, so sentences are segmented into words with jieba's
//! dictionary (jieba-rs, MIT; build time only) and read by these rules:
//!
//! - names the gazetteers list in Chinese (countries and cities in Simplified and Traditional
//!   characters, international organisations), taken only on word boundaries;
//! - an organisation ends in an organisation word (公司, 集团, 银行, 委员会, 外交部 …) and reaches
//!   back over the nouns and names before it ("阿塞拜疆铁路公司");
//! - a title (主席, 总统, 總統, 外长 …) comes before the person's name ("国家主席习近平"); a place
//!   or organisation right before the title is the person's employer ("俄罗斯总统普京");
//! - a foreign full name is written with a middle dot ("弗拉基米尔·普京");
//! - a news outlet is named as a source ("据新华社报道", "中新社报道");
//! - once a document has named a person or organisation, its other mentions are found too.
//!
//! Traditional characters are folded to Simplified for every comparison ([`simplified`]), so 總統
//! is 总统 and 習近平 is 习近平; mentions keep the text as written.

use std::sync::OnceLock;

use jieba_rs::Jieba;

use super::context::{Cand, Cx, DocState, Found, Key};
use super::rule::Rule;
use super::Extractor;
use crate::analyze::gazetteer::{Entry, PlaceKind};
use crate::model::EntityKind;

/// The segmenter, with jieba's default dictionary, loaded on the first Chinese sentence.
fn jieba() -> &'static Jieba {
    static J: OnceLock<Jieba> = OnceLock::new();
    J.get_or_init(Jieba::new)
}

/// Whether a character is a Chinese ideograph.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}' | '〇')
}

/// A word of a Chinese sentence: byte range in the document, text, jieba's part of speech.
#[derive(Debug, Clone)]
pub(super) struct HanWord {
    pub start: usize,
    pub end: usize,
    /// The word folded to Simplified characters.
    pub key: String,
    pub tag: &'static str,
    pub han: bool,
}

/// Words that end an organisation's name (Simplified).
const ORG_SUFFIXES: &[&str] = &[
    "有限责任公司",
    "股份有限公司",
    "有限公司",
    "公司",
    "集团",
    "银行",
    "组织",
    "委员会",
    "理事会",
    "联合会",
    "基金会",
    "协会",
    "学会",
    "大学",
    "学院",
    "研究院",
    "研究所",
    "研究中心",
    "议会",
    "法院",
    "交易所",
    "通讯社",
    "新闻社",
    "电视台",
    "广播电台",
    "日报",
    "时报",
    "联盟",
    "论坛",
];

/// Words ending in 部, 局 or 署 that are no ministry or office (parts, directions, totals).
const NOT_OFFICES: &[&str] = &[
    "内部",
    "外部",
    "全部",
    "局部",
    "东部",
    "西部",
    "南部",
    "北部",
    "中部",
    "总部",
    "本部",
    "西北部",
    "东北部",
    "西南部",
    "东南部",
    "干部",
    "部署",
    "布局",
    "格局",
    "大局",
    "结局",
    "时局",
    "政局",
    "当局",
    "部分",
    "部门",
];

/// Outlet words: a name ending so is a news outlet (Simplified).
const OUTLET_SUFFIXES: &[&str] = &[
    "通讯社",
    "新闻社",
    "社",
    "电视台",
    "广播电台",
    "日报",
    "时报",
    "晚报",
    "新闻网",
    "网",
];

/// Words after an outlet that say it reported ("新华社报道").
const REPORT_WORDS: &[&str] = &["报道", "报导", "消息", "援引", "称", "获悉", "发布", "记者"];

/// Parts of speech (jieba's tags) that never belong to a name: verbs, prepositions,
/// conjunctions, particles, adverbs, pronouns, numerals, measure words, locality words, time
/// words, modal particles, interjections, onomatopoeia, punctuation.
fn is_function_tag(tag: &str) -> bool {
    matches!(
        tag,
        "v" | "vd"
            | "vi"
            | "vq"
            | "p"
            | "c"
            | "u"
            | "uj"
            | "ul"
            | "uv"
            | "uz"
            | "ug"
            | "ud"
            | "d"
            | "r"
            | "rr"
            | "rz"
            | "m"
            | "mq"
            | "q"
            | "f"
            | "t"
            | "tg"
            | "y"
            | "e"
            | "o"
            | "w"
            | "ad"
            | "a"
            | "z"
            | "zg"
            | "b"
    )
}

/// Characters before a place that say a place is meant (在天津, 赴北京, 抵达巴库).
const LOCATIVE_WORDS: &[&str] = &[
    "在", "于", "赴", "到", "至", "从", "经", "抵达", "前往", "来自", "访问", "途经", "首都",
    "首府", "城市",
];

/// Characters Chinese uses to write foreign names by sound: the syllabary of the transliteration
/// convention Xinhua's name-translation bureau follows for foreign personal names (the same
/// inventory the GB/T 17693 series uses for place names), written out here from the convention's
/// syllables, one character for each common reading. A name cut by the segmenter ("埃尔多/安",
/// "米舒斯/京") is joined again when every part is written in them, and a run of them next to a
/// person cue is one name ([`sound_run`]).
///
/// Left out on purpose, though the convention uses some of them: characters that are more often
/// a word of their own right after a name — 于 (at), 因 (because), 大, 东, 本, 文, 明, 通, 提, 万,
/// 和, 等, 在, 与, 也 — so that a run stops where the name does ("普京在", "米舒斯京与").
pub(super) const SOUND_CHARACTERS: &str = "阿埃艾爱安昂奥巴拜班邦保鲍贝比彼毕宾波伯博布采策查柴茨达戴丹道德登迪蒂丁杜敦多厄恩尔法凡菲费芬丰弗伏夫福盖甘冈戈格根贡古圭哈海罕汉豪赫亨洪胡华怀霍基吉加贾杰捷金津京卡凯坎康考柯科克肯孔库夸奎昆拉莱赖兰朗劳勒雷蕾里利莉丽连列林琳留柳卢鲁伦罗洛马玛迈麦曼芒毛梅门蒙米敏莫姆穆纳娜奈南内尼妮涅宁纽努诺欧帕派潘庞佩彭皮珀普奇齐恰乔切钦琼丘曲让热若瑞萨塞赛桑瑟森沙莎山尚绍舍申圣施什舒斯松苏索塔泰坦汤唐陶特廷图托瓦旺威韦维温翁沃乌武西希锡夏谢辛欣休雅亚延扬耶叶伊英尤约扎泽詹哲兹祖佐娃娅别茹";

/// Whether every character of a (folded) word is one of the [`SOUND_CHARACTERS`].
fn sounds_foreign(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| SOUND_CHARACTERS.contains(c))
}

/// The dots that join the parts of a foreign name ("·", "・", "•", "‧", "．").
fn is_name_dot(key: &str) -> bool {
    matches!(key, "·" | "・" | "•" | "‧" | "．")
}

/// A run of transliteration words starting at word `i`: its end (exclusive) and its length in
/// characters (dots not counted), or `None`. Words are taken whole (the run ends where the
/// segmenter ends a word, so "普京多次" stops before 多次); a word of two or more characters the
/// segmenter tags as a function word ("特别", an adverb) ends it, and a dot joins two parts
/// ("阿纳托利·米哈伊洛夫", "阿納托利．米哈伊洛夫").
pub(super) fn sound_run(words: &[HanWord], used: &[bool], i: usize) -> Option<(usize, usize)> {
    let mut end = i;
    let mut chars = 0;
    while let Some(w) = words.get(end) {
        if used[end]
            || end > i && w.start != words[end - 1].end && !is_name_dot(&words[end - 1].key)
        {
            break;
        }
        if is_name_dot(&w.key) {
            let next_sounds = words
                .get(end + 1)
                .is_some_and(|x| sounds_foreign(&x.key) && !used[end + 1]);
            if end == i || !next_sounds {
                break;
            }
            end += 1;
            continue;
        }
        let n = w.key.chars().count();
        if !w.han || !sounds_foreign(&w.key) || n >= 2 && is_function_tag(w.tag) {
            break;
        }
        chars += n;
        end += 1;
    }
    (2..=16).contains(&chars).then_some((end, chars))
}

/// Words the segmenter glues to the last syllable of a transliterated name ("埃尔多/安等",
/// "托卡/耶夫在"): function words and verbs that follow a name.
const GLUED_AFTER: &[&str] = &[
    "等", "在", "和", "与", "及", "的", "是", "也", "都", "说", "称", "将", "已", "曾", "则", "就",
    "向", "对", "同", "为", "于", "表示", "指出", "强调", "会见", "出席", "访问", "抵达",
];

/// Splits a word the segmenter glued onto a transliterated name: after a word written in the
/// sound characters, a word made of more sound characters and a [`GLUED_AFTER`] word is cut in
/// two ("埃尔多/安等" → "埃尔多/安/等"), so the name's run can take its last syllable.
fn unglue_names(words: Vec<HanWord>) -> Vec<HanWord> {
    let mut out: Vec<HanWord> = Vec::with_capacity(words.len());
    for w in words {
        let after_name = out
            .last()
            .is_some_and(|p| p.han && sounds_foreign(&p.key) && p.end == w.start);
        let cut = after_name && !sounds_foreign(&w.key) && w.han;
        let split = cut
            .then(|| {
                w.key.char_indices().skip(1).find_map(|(i, _)| {
                    let (head, tail) = w.key.split_at(i);
                    (sounds_foreign(head) && GLUED_AFTER.contains(&tail)).then_some(i)
                })
            })
            .flatten();
        match split {
            Some(i) => {
                out.push(HanWord {
                    start: w.start,
                    end: w.start + i,
                    key: w.key[..i].to_string(),
                    tag: "nrt",
                    han: true,
                });
                out.push(HanWord {
                    start: w.start + i,
                    end: w.end,
                    key: w.key[i..].to_string(),
                    tag: "u",
                    han: true,
                });
            }
            None => out.push(w),
        }
    }
    out
}

/// Words after a name that say it is a person's ("先生", "女士").
const HONORIFICS_AFTER: &[&str] = &["先生", "女士", "夫人", "阁下"];

/// Words between two names of a list ("普京、托卡耶夫", "普京和托卡耶夫").
const LIST_WORDS: &[&str] = &["、", "和", "与", "及", "同", "，"];

/// Words before a reporter's name in a byline ("（记者刘晓峰）", "記者陳美玲報道").
const REPORTER_WORDS: &[&str] = &["记者", "特约记者", "实习记者", "通讯员"];

/// Words that end a person's name: the verbs of saying and meeting that follow a name.
const SAID_WORDS: &[&str] = &[
    "表示", "说", "指出", "强调", "称", "认为", "介绍", "透露", "宣布", "会见", "会晤", "出席",
    "主持", "致辞", "发表",
];

impl Extractor<'_> {
    /// The words of a sentence with Chinese characters in it, or nothing when it has none.
    pub(super) fn han_words(&self, cx: Cx) -> Vec<HanWord> {
        let span = cx.d.sentences[cx.si].span.range();
        let text = &cx.text()[span.clone()];
        if !text.chars().any(is_han) {
            return Vec::new();
        }
        // Segmented in Simplified characters, which jieba's dictionary is written in; folding
        // keeps every character's length, so the offsets are the text's.
        let folded = simplified(text);
        let words: Vec<HanWord> = jieba()
            .tag(&folded, true)
            .into_iter()
            .filter(|t| !t.word.trim().is_empty())
            .map(|t| HanWord {
                start: span.start + t.byte_start,
                end: span.start + t.byte_end,
                key: t.word.to_string(),
                tag: static_tag(t.tag),
                han: t.word.chars().any(is_han),
            })
            .collect();
        unglue_names(words)
    }

    /// Reads the Chinese words of a sentence (see the module documentation).
    pub(super) fn read_han(&mut self, cx: Cx, words: &[HanWord], st: &mut DocState) {
        if words.is_empty() {
            return;
        }
        let mut used = vec![false; words.len()];
        // Organisations first: a place or a title inside one is part of its name.
        let mut i = 0;
        while i < words.len() {
            if let Some((from, outlet)) = self.han_org(cx, words, i) {
                let key = words[from..=i]
                    .iter()
                    .map(|w| w.key.as_str())
                    .collect::<String>();
                let known = self
                    .gaz
                    .lookup_han(&key)
                    .iter()
                    .find(|e| matches!(e, Entry::Org(_)))
                    .copied();
                let (kind, k, rule) = match known {
                    Some(e) => {
                        let (kind, k) = self.key_of_entry(e);
                        (kind, k, self.gazetteer_rule(e))
                    }
                    None => (
                        EntityKind::Organization,
                        Key::Name(EntityKind::Organization, key.clone()),
                        if outlet {
                            Rule::ReportingSource
                        } else {
                            Rule::OrganizationWord
                        },
                    ),
                };
                self.push_bytes(cx, (words[from].start, words[i].end), kind, k.clone(), rule);
                if outlet && known.is_none() {
                    if let Some(f) = self.found.last_mut() {
                        f.subtype = Some("outlet");
                    }
                }
                st.names.full.insert(key, (kind, k));
                // Countries named inside ("阿塞拜疆铁路公司").
                for w in &words[from..i] {
                    if let Some(Entry::Place(p)) = self.gaz.lookup_han(&w.key).first().copied() {
                        if self.is_country(Entry::Place(p)) {
                            self.push_bytes(
                                cx,
                                (w.start, w.end),
                                EntityKind::Place,
                                Key::Place(p),
                                Rule::CountryInName,
                            );
                        }
                    }
                }
                used[from..=i].iter_mut().for_each(|u| *u = true);
            }
            i += 1;
        }
        let mut i = 0;
        while i < words.len() {
            if used[i] || !words[i].han {
                i += 1;
                continue;
            }
            // A name the gazetteers list, longest first.
            if let Some((n, e)) = self.han_known(words, &used, i) {
                let (kind, key) = self.key_of_entry(e);
                let rule = self.gazetteer_rule(e);
                // "奇尔奇克市": the mention is the name, without the "city" the gazetteer lacks.
                let mut end = words[i + n - 1].end;
                let joined: String = words[i..i + n].iter().map(|w| w.key.as_str()).collect();
                if joined.ends_with(['市', '港']) && self.gaz.lookup_han(&joined).is_empty() {
                    end -= '市'.len_utf8();
                }
                self.push_bytes(cx, (words[i].start, end), kind, key, rule);
                used[i..i + n].iter_mut().for_each(|u| *u = true);
                i += n;
                continue;
            }
            // A title, then the name.
            if let Some(n) = self.han_title(words, i) {
                // A transliterated foreign name is the whole run of sound characters after the
                // title, however the segmenter cut it ("总理米舒斯京" → 米舒斯京).
                let native = han_name(words, &used, i + n);
                let run = sound_run(words, &used, i + n).map(|(end, _)| end);
                let name = match (native, run) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    (a, b) => a.or(b),
                };
                if let Some(end) = name {
                    // The employer: a place or organisation right before the title.
                    let from = (i > 0 && used[i - 1]).then(|| {
                        let mut f = i - 1;
                        while f > 0 && used[f - 1] && words[f - 1].end == words[f].start {
                            f -= 1;
                        }
                        f
                    });
                    let role_start = from.map_or(words[i].start, |f| words[f].start);
                    let role = cx.text()[role_start..words[i + n - 1].end].to_string();
                    let rule = Rule::Title;
                    self.han_person(cx, words, i + n, end, Some((rule, Some(role))), st);
                    used[i..end].iter_mut().for_each(|u| *u = true);
                    i = end;
                    continue;
                }
                i += n;
                continue;
            }
            // A reporter named in a byline: "（记者刘晓峰）".
            if REPORTER_WORDS.contains(&words[i].key.as_str()) {
                if let Some(end) = han_name(words, &used, i + 1).filter(|&end| {
                    words.get(end).is_none_or(|w| {
                        !w.han || REPORT_WORDS.contains(&w.key.as_str()) || w.key == "、"
                    })
                }) {
                    self.han_person(cx, words, i + 1, end, Some((Rule::Byline, None)), st);
                    used[i..end].iter_mut().for_each(|u| *u = true);
                    i = end;
                    continue;
                }
            }
            // A foreign name with a middle dot: "弗拉基米尔·普京".
            if let Some(end) = dotted_name(words, &used, i) {
                self.han_person(cx, words, i, end, Some((Rule::DottedName, None)), st);
                used[i..end].iter_mut().for_each(|u| *u = true);
                i = end;
                continue;
            }
            // A run of sound characters with a person cue after it: an honorific ("托卡耶夫先生")
            // or a verb of saying ("米舒斯京表示"); two characters only when the segmenter
            // also takes it for a person's name.
            let run_start = i == 0 || used[i - 1] || !sounds_foreign(&words[i - 1].key);
            if let Some((end, chars)) = sound_run(words, &used, i).filter(|_| run_start) {
                let next = words.get(end).map(|w| w.key.as_str());
                let honorific = next.is_some_and(|k| HONORIFICS_AFTER.contains(&k));
                let said = next.is_some_and(|k| SAID_WORDS.contains(&k))
                    && (chars >= 3 || words[i..end].iter().any(|w| w.tag.starts_with("nr")));
                if honorific || said {
                    let rule = if honorific {
                        Rule::TransliteratedName
                    } else {
                        Rule::Said
                    };
                    self.han_person(cx, words, i, end, Some((rule, None)), st);
                    used[i..end].iter_mut().for_each(|u| *u = true);
                    i = end;
                    continue;
                }
            }
            // A name jieba knows as a person's, before a verb of saying ("王毅表示").
            if words[i].tag.starts_with("nr")
                && words[i].key.chars().count() >= 2
                && words
                    .get(i + 1)
                    .is_some_and(|w| SAID_WORDS.contains(&w.key.as_str()))
            {
                self.han_person(cx, words, i, i + 1, Some((Rule::Said, None)), st);
                used[i] = true;
            }
            i += 1;
        }
        self.han_listed_people(cx, words, &mut used, st);
    }

    /// Runs of sound characters listed with a person this sentence names ("普京、托卡耶夫和
    /// 米尔济约耶夫"): each is a person too, found outwards from the named one in both directions.
    fn han_listed_people(
        &mut self,
        cx: Cx,
        words: &[HanWord],
        used: &mut [bool],
        st: &mut DocState,
    ) {
        // People this sentence names by rule, and runs that spell a person the document named
        // before ("纳扎罗夫、别克穆拉托娃" after "副总理纳扎罗夫").
        let people = |st: &DocState, used: &[bool]| -> Vec<(usize, usize)> {
            let known: Vec<&str> = st
                .cands
                .iter()
                .filter(|c| c.person.is_some())
                .map(|c| c.key.as_str())
                .collect();
            let mut spans: Vec<(usize, usize)> = st
                .cands
                .iter()
                .filter(|c| c.person.is_some() && c.passage == cx.passage())
                .map(|c| c.span)
                .collect();
            let mut k = 0;
            while k < words.len() {
                match sound_run(words, used, k) {
                    Some((end, _)) => {
                        let span = (words[k].start, words[end - 1].end);
                        if known.contains(&han_key(&cx.text()[span.0..span.1]).as_str()) {
                            spans.push(span);
                        }
                        k = end;
                    }
                    None => k += 1,
                }
            }
            spans
        };
        let mut changed = true;
        while changed {
            changed = false;
            let spans = people(st, used);
            for (k, w) in words.iter().enumerate() {
                if !LIST_WORDS.contains(&w.key.as_str()) || w.key == "，" {
                    continue;
                }
                let before = k > 0 && spans.iter().any(|s| s.1 == words[k - 1].end);
                let after = spans
                    .iter()
                    .any(|s| words.get(k + 1).is_some_and(|x| s.0 == x.start));
                // The name after the list word, when the one before is a person.
                if before && !after {
                    if let Some((end, _)) = sound_run(words, used, k + 1) {
                        self.han_person(
                            cx,
                            words,
                            k + 1,
                            end,
                            Some((Rule::TransliteratedName, None)),
                            st,
                        );
                        used[k + 1..end].iter_mut().for_each(|u| *u = true);
                        changed = true;
                    }
                }
                // The name before it, when the one after is a person.
                if after && !before && k > 0 {
                    let mut from = k;
                    while from > 0 && !used[from - 1] && sounds_foreign(&words[from - 1].key) {
                        from -= 1;
                    }
                    if sound_run(words, used, from).is_some_and(|(end, _)| end == k) {
                        self.han_person(
                            cx,
                            words,
                            from,
                            k,
                            Some((Rule::TransliteratedName, None)),
                            st,
                        );
                        used[from..k].iter_mut().for_each(|u| *u = true);
                        changed = true;
                    }
                }
            }
        }
    }

    /// Where an organisation's name ending at word `i` starts, and whether it is a news outlet;
    /// `None` when word `i` ends no organisation.
    fn han_org(&self, cx: Cx, words: &[HanWord], i: usize) -> Option<(usize, bool)> {
        let w = &words[i];
        if !w.han {
            return None;
        }
        let listed = self
            .gaz
            .lookup_han(&w.key)
            .iter()
            .any(|e| matches!(e, Entry::Org(_)));
        if listed {
            return Some((i, false));
        }
        let reported = words
            .get(i + 1)
            .is_some_and(|x| REPORT_WORDS.contains(&x.key.as_str()))
            || (i > 0 && matches!(words[i - 1].key.as_str(), "据" | "援引" | "引述" | "综合"));
        let outlet_word =
            OUTLET_SUFFIXES.iter().any(|s| w.key.ends_with(s)) && w.key.chars().count() >= 2;
        // "据新华社报道": a source.
        if outlet_word && (reported || w.tag == "nt") && !self.han_title_word(&w.key) {
            return Some((i, true));
        }
        let suffix = ORG_SUFFIXES.iter().any(|s| w.key.ends_with(s))
            || (["部", "局", "署"].iter().any(|s| w.key.ends_with(s))
                && w.key.chars().count() >= 2
                && !NOT_OFFICES.contains(&w.key.as_str()));
        // "签署" (to sign) ends in 署 and is a verb.
        if !suffix || self.han_title_word(&w.key) || (is_function_tag(w.tag) && w.tag != "nt") {
            return None;
        }
        // Back over the names and nouns before it.
        let mut from = i;
        let mut proper = w.tag == "nt" || w.tag == "nz";
        while from > 0 && i - from < 8 {
            let p = &words[from - 1];
            let place = self
                .gaz
                .lookup_han(&p.key)
                .iter()
                .any(|e| matches!(e, Entry::Place(_)));
            // Adjectives and distinguishing words belong to names ("有限责任公司", "国有").
            let noun = p.han
                && (!is_function_tag(p.tag) || matches!(p.tag, "a" | "b" | "z"))
                && !self.han_title_word(&p.key);
            let latin = !p.han && p.key.chars().any(char::is_alphabetic);
            // "数字发展和交通部": 和 between two nouns of the name.
            let and = matches!(p.key.as_str(), "和" | "及")
                && from >= 2
                && words[from - 2].han
                && !is_function_tag(words[from - 2].tag)
                && from - 1 > 0;
            let ends_org = from - 1 < i && ORG_SUFFIXES.iter().any(|s| p.key.ends_with(s));
            if ends_org || !(place || noun || latin || and) || p.end != words[from].start && !latin
            {
                break;
            }
            proper |=
                place || latin || matches!(p.tag, "nt" | "nz" | "ns" | "nr" | "nrt" | "nrfg" | "j");
            from -= 1;
        }
        // A bare organisation word ("该公司", "部门") names nothing.
        let _ = cx;
        // A long compound of nouns before it is a name too ("中铁集装箱运输有限责任公司").
        ((proper && (from < i || w.key.chars().count() >= 3)) || i - from >= 3)
            .then_some((from, false))
    }

    /// The longest gazetteer name on word boundaries at word `i`, in words.
    fn han_known(&self, words: &[HanWord], used: &[bool], i: usize) -> Option<(usize, Entry)> {
        for n in (1..=4.min(words.len() - i)).rev() {
            if used[i..i + n].iter().any(|&u| u) || !words[i..i + n].iter().all(|w| w.han) {
                continue;
            }
            let key: String = words[i..i + n].iter().map(|w| w.key.as_str()).collect();
            // "奇尔奇克市", "波季港": a city's name the segmenter joined to its "city" or "port".
            let bare = key
                .strip_suffix('市')
                .or_else(|| key.strip_suffix('港'))
                .filter(|b| b.chars().count() >= 2);
            // "蒙古国": a country's name with its "country".
            let bare_country = key.strip_suffix('国').filter(|b| b.chars().count() >= 2);
            let Some(&e) = self
                .gaz
                .lookup_han(&key)
                .first()
                .or_else(|| {
                    bare.and_then(|b| {
                        self.gaz
                            .lookup_han(b)
                            .iter()
                            .find(|e| matches!(e, Entry::Place(_)))
                    })
                })
                .or_else(|| {
                    bare_country
                        .and_then(|b| self.gaz.lookup_han(b).iter().find(|&&e| self.is_country(e)))
                })
            else {
                continue;
            };
            if let Entry::Place(p) = e {
                let place = &self.gaz.places[p as usize];
                // A town's two characters are often a word: only where the text puts a place,
                // or beside another place in a list ("巴库、占贾和苏姆盖特"). Three characters
                // or more are a transliteration ("撒马尔罕"), no word.
                let separator = |k: usize| {
                    words
                        .get(k)
                        .is_some_and(|w| matches!(w.key.as_str(), "、" | "和" | "与" | "及"))
                };
                let place_at = |k: usize| {
                    words.get(k).is_some_and(|w| {
                        w.han
                            && matches!(self.gaz.lookup_han(&w.key).first(), Some(Entry::Place(_)))
                    })
                };
                let listed = (i >= 2 && separator(i - 1) && place_at(i - 2))
                    || (separator(i + n) && place_at(i + n + 1));
                // "弗拉基米尔·普京": a word before or after a name's middle dot is a name's.
                let dotted = words.get(i + n).is_some_and(|w| is_name_dot(&w.key))
                    || (i > 0 && is_name_dot(&words[i - 1].key));
                if place.kind == PlaceKind::City
                    && place.population < 1_000_000
                    && (key.chars().count() < 3 || dotted)
                    && !listed
                    && !(n == 1 && words[i].tag == "ns")
                    && !(i > 0 && LOCATIVE_WORDS.contains(&words[i - 1].key.as_str()))
                    && words.get(i + n).is_none_or(|w| w.key != "市")
                {
                    continue;
                }
            }
            return Some((n, e));
        }
        None
    }

    /// Whether a folded word is a Chinese title.
    fn han_title_word(&self, key: &str) -> bool {
        self.gaz.han_title(key)
    }

    /// The number of words of a title at word `i` (a title may be cut in two: "外交部/长").
    /// One word the segmenter made of a title and what it is of ("公司总裁": the company's
    /// president) is a title too.
    fn han_title(&self, words: &[HanWord], i: usize) -> Option<usize> {
        for n in (1..=3.min(words.len() - i)).rev() {
            let key: String = words[i..i + n].iter().map(|w| w.key.as_str()).collect();
            if self.gaz.han_title(&key) {
                return Some(n);
            }
        }
        let key = &words[i].key;
        let ends_with_title = key.chars().count() <= 6
            && key
                .char_indices()
                .skip(1)
                .any(|(at, _)| key[at..].chars().count() >= 2 && self.gaz.han_title(&key[at..]));
        ends_with_title.then_some(1)
    }

    /// Records a person named by words `from..end`, with its evidence.
    fn han_person(
        &mut self,
        cx: Cx,
        words: &[HanWord],
        from: usize,
        end: usize,
        person: Option<(Rule, Option<String>)>,
        st: &mut DocState,
    ) {
        let span = (words[from].start, words[end - 1].end);
        let surface = cx.text()[span.0..span.1].to_string();
        let key = han_key(&surface);
        // "王毅（Wang Yi）": the name again in another script, in brackets right after it.
        let paired = paired_name(cx.text(), span.1).map(|inner| Cand {
            passage: cx.passage(),
            span: inner,
            surface: cx.text()[inner.0..inner.1].to_string(),
            key: key.clone(),
            words: 2,
            sentence_initial: false,
            all_caps: false,
            person: Some((Rule::PairedName, None)),
            source: None,
            shaped: false,
            after_article: false,
        });
        st.cands.push(Cand {
            passage: cx.passage(),
            span,
            surface,
            key,
            words: 1,
            sentence_initial: false,
            all_caps: false,
            person,
            source: None,
            shaped: false,
            after_article: false,
        });
        st.cands.extend(paired);
    }

    /// After the whole document has been read: the other mentions of the Chinese names it found
    /// ("阿利耶夫" after "阿塞拜疆总统阿利耶夫").
    pub(super) fn han_same_names(
        &mut self,
        doc: u32,
        sentences: &[(Cx, Vec<HanWord>)],
        st: &mut DocState,
    ) {
        let mut people: Vec<String> = st
            .cands
            .iter()
            .filter(|c| c.person.is_some() && c.key.chars().any(is_han))
            .map(|c| c.key.clone())
            .collect();
        // The last part of a dotted foreign name names the person alone ("米哈伊洛夫" after
        // "阿纳托利·米哈伊洛夫").
        let surnames: Vec<(String, String)> = st
            .cands
            .iter()
            .filter(|c| c.person.is_some())
            .filter_map(|c| {
                let last = simplified(&c.surface)
                    .rsplit(['·', '・', '•', '‧', '．'])
                    .next()
                    .filter(|l| l.chars().count() >= 2 && *l != simplified(&c.surface))?
                    .to_string();
                Some((last, c.key.clone()))
            })
            .collect();
        people.extend(surnames.iter().map(|(l, _)| l.clone()));
        let taken: Vec<(usize, usize)> = self
            .found
            .iter()
            .rev()
            .take_while(|f| f.doc == doc)
            .map(|f| f.span)
            .chain(st.cands.iter().map(|c| c.span))
            .collect();
        let overlaps = |a: (usize, usize)| taken.iter().any(|b| a.0 < b.1 && b.0 < a.1);
        for (cx, words) in sentences {
            // Runs of sound characters, however the segmenter cut them: a run that spells a
            // person's name whole is that person; a part of a longer run is not.
            let none = vec![false; words.len()];
            let mut k = 0;
            while k < words.len() {
                let Some((end, _)) = sound_run(words, &none, k) else {
                    k += 1;
                    continue;
                };
                let span = (words[k].start, words[end - 1].end);
                let key = han_key(&cx.text()[span.0..span.1]);
                if !overlaps(span) && people.contains(&key) {
                    let full = surnames
                        .iter()
                        .find(|(l, _)| *l == key)
                        .map_or(key.clone(), |(_, f)| f.clone());
                    let (kind, key) = match st.names.full.get(&full) {
                        Some((kind, key)) => (*kind, key.clone()),
                        None => (EntityKind::Person, Key::Name(EntityKind::Person, full)),
                    };
                    self.push_bytes(*cx, span, kind, key, Rule::SameName);
                }
                k = end;
            }
            for w in words {
                if !w.han || overlaps((w.start, w.end)) {
                    continue;
                }
                let found = (people.contains(&w.key) && !sounds_foreign(&w.key))
                    || st
                        .names
                        .full
                        .get(&w.key)
                        .is_some_and(|(kind, _)| *kind == EntityKind::Organization);
                if !found {
                    continue;
                }
                let (kind, key) = match st.names.full.get(&w.key) {
                    Some((kind, key)) => (*kind, key.clone()),
                    None => (
                        EntityKind::Person,
                        Key::Name(EntityKind::Person, w.key.clone()),
                    ),
                };
                self.push_bytes(*cx, (w.start, w.end), kind, key, Rule::SameName);
            }
        }
    }

    /// Records a mention of bytes `span` of the document.
    pub(super) fn push_bytes(
        &mut self,
        cx: Cx,
        span: (usize, usize),
        kind: EntityKind,
        key: Key,
        rule: Rule,
    ) {
        let subtype = match key {
            Key::Place(i) => Some(match self.gaz.places[i as usize].kind {
                PlaceKind::Country => "country",
                PlaceKind::City => "city",
            }),
            Key::Org(_) => Some("international"),
            _ => None,
        };
        self.found.push(Found {
            doc: cx.doc,
            passage: cx.passage(),
            span,
            surface: cx.text()[span.0..span.1].to_string(),
            kind,
            key,
            rule,
            role: None,
            subtype,
        });
    }
}

/// Where a name starting at word `i` ends (exclusive), after a title: the words of the name are
/// no function words, no titles or gazetteer names, and six characters at most (a foreign name
/// with a middle dot may be longer). `None` when no name follows.
fn han_name(words: &[HanWord], used: &[bool], i: usize) -> Option<usize> {
    if let Some(end) = dotted_name(words, used, i) {
        return Some(end);
    }
    let first = words.get(i)?;
    if !first.han
        || used[i]
        || is_function_tag(first.tag)
        || SAID_WORDS.contains(&first.key.as_str())
    {
        return None;
    }
    let mut end = i + 1;
    let mut chars = first.key.chars().count();
    // A surname cut off its given name: "张/海涛"; the given name may read as an adjective or
    // a noun on its own ("周/明远", 明远 "far-sighted"), never as a verb ("李/明说").
    let surname = chars == 1 && super::merge::CHINESE_SURNAMES.contains(first.key.as_str());
    while chars < 3 {
        let Some(next) = words.get(end) else { break };
        let given = surname
            && end == i + 1
            && next.key.chars().count() == 2
            && matches!(next.tag, "a" | "an" | "vn" | "n" | "ng" | "nz");
        if !next.han
            || used[end]
            || (is_function_tag(next.tag) && !given)
            || SAID_WORDS.contains(&next.key.as_str())
            || next.key.chars().count() + chars > 4
            || next.start != words[end - 1].end
            || !(next.tag.starts_with("nr") || next.tag == "x" || chars == 1)
        {
            break;
        }
        chars += next.key.chars().count();
        end += 1;
    }
    // A foreign name cut by the segmenter: "埃尔多/安", "古尔班/利".
    while sounds_foreign(
        &words[i..end]
            .iter()
            .map(|w| w.key.as_str())
            .collect::<String>(),
    ) {
        let Some(next) = words.get(end) else { break };
        let n = next.key.chars().count();
        if !next.han
            || used[end]
            || next.start != words[end - 1].end
            || !sounds_foreign(&next.key)
            || chars + n > 6
            || SAID_WORDS.contains(&next.key.as_str())
        {
            break;
        }
        chars += n;
        end += 1;
    }
    (2..=6).contains(&chars).then_some(end)
}

/// A foreign name with middle dots starting at word `i`: its end, or `None`.
fn dotted_name(words: &[HanWord], used: &[bool], i: usize) -> Option<usize> {
    // Parts in sound characters, each perhaps cut by the segmenter: the whole run.
    if let Some((end, _)) = sound_run(words, used, i) {
        if words[i..end].iter().any(|w| is_name_dot(&w.key)) {
            return Some(end);
        }
    }
    let is_dot = |w: &HanWord| is_name_dot(&w.key);
    let mut end = i;
    let mut parts = 0;
    loop {
        let w = words.get(end)?;
        if !w.han || used[end] || is_function_tag(w.tag) && w.tag != "m" {
            return None;
        }
        end += 1;
        parts += 1;
        // Parts glued by a dot.
        match words.get(end) {
            Some(d) if is_dot(d) && words.get(end + 1).is_some_and(|x| x.han) => end += 1,
            _ => break,
        }
    }
    (parts >= 2).then_some(end)
}

/// The bytes of a name in Latin or Cyrillic letters in brackets right after byte `at`
/// ("（Wang Yi）", " (Vladimir Putin)"): two to four capitalised words.
fn paired_name(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = &text[at..];
    let trimmed = rest.trim_start();
    let open = trimmed.chars().next().filter(|c| matches!(c, '（' | '('))?;
    let start = at + (rest.len() - trimmed.len()) + open.len_utf8();
    let close = text[start..].find(['）', ')'])?;
    let inner = &text[start..start + close];
    let words: Vec<&str> = inner.split_whitespace().collect();
    let ok = (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() && !is_han(c) || matches!(c, '-' | '\'' | '’'))
        });
    let lead = inner.len() - inner.trim_start().len();
    ok.then(|| (start + lead, start + lead + inner.trim().len()))
}

/// The key of a Chinese name: Simplified characters without spaces or dots.
pub(super) fn han_key(surface: &str) -> String {
    simplified(surface)
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '·' | '・' | '•' | '‧' | '．'))
        .collect()
}

/// jieba's tags as `'static` strings (its tag set is small and fixed).
fn static_tag(tag: &str) -> &'static str {
    const TAGS: &[&str] = &[
        "a", "ad", "ag", "an", "b", "c", "d", "df", "dg", "e", "eng", "f", "g", "h", "i", "j", "k",
        "l", "m", "mg", "mq", "n", "ng", "nr", "nrfg", "nrt", "ns", "nt", "nz", "o", "p", "q", "r",
        "rg", "rr", "rz", "s", "t", "tg", "u", "ud", "ug", "uj", "ul", "uv", "uz", "v", "vd", "vg",
        "vi", "vn", "vq", "x", "y", "yg", "z", "zg", "w",
    ];
    TAGS.iter().find(|t| **t == tag).copied().unwrap_or("x")
}

/// Folds Traditional characters to Simplified.
pub fn simplified(s: &str) -> String {
    crate::text::fold_han(s).into_owned()
}

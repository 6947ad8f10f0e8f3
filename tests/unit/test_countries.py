"""Country data (resources/generalization/countries.json, regions.json) and app.disclosure.countries:
complete, well-formed, correct M49 codes, labels in both languages, terms for the scanner."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.disclosure import countries as C

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "resources" / "generalization"
SCHEMA = json.loads((ROOT / "resources" / "schema" / "dossier-interchange-v1.schema.json").read_text("utf-8"))
COUNTRY_PATTERN = re.compile(SCHEMA["$defs"]["country"]["pattern"])

# ISO 3166-1 alpha-2, all 249 officially assigned codes.
ISO_3166_1 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT
BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH
ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT
HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI
NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG
SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG
UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

SUBREGIONS = {"015", "202", "419", "021", "030", "035", "034", "143", "145", "151", "154", "039",
              "155", "053", "054", "057", "061"}
REGIONS = {"002": {"015", "202"}, "019": {"419", "021"}, "142": {"030", "035", "034", "143", "145"},
           "150": {"151", "154", "039", "155"}, "009": {"053", "054", "057", "061"}}

# Countries refugees in Japan often come from: several aliases/demonyms in both languages.
PRIORITY = ("AF MM CD CG UA SY TR LK NP CM UG ET ER SD SS IR IQ YE BD PK RU BY NG GN CI SO PS VE "
            "CN KH LA VN PH ID EG LY TN MA DZ").split()


@pytest.fixture(scope="module")
def raw():
    return json.loads((DATA / "countries.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def regions():
    return json.loads((DATA / "regions.json").read_text("utf-8"))


def entries(raw):
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def test_every_iso_code_plus_xk_xx_zz(raw):
    codes = set(entries(raw))
    assert len(ISO_3166_1) == 249
    assert codes == ISO_3166_1 | {"XK", "XX", "ZZ"}
    assert set(C.codes()) == codes
    assert all(COUNTRY_PATTERN.fullmatch(c) for c in codes)


def test_entries_are_well_formed(raw):
    for code, e in entries(raw).items():
        assert set(e) <= {"m49_subregion", "m49_region", "name", "aliases", "demonyms", "capital",
                          "sovereign", "related"}, code
        assert e["name"]["en"].strip() and e["name"]["ja"].strip(), code
        assert isinstance(e["aliases"], list) and all(isinstance(a, str) and a.strip() for a in e["aliases"])
        assert set(e["demonyms"]) == {"en", "ja"}, code
        assert all(isinstance(d, str) and d.strip() for ds in e["demonyms"].values() for d in ds), code
        if e["capital"] is not None:
            assert e["capital"]["en"].strip() and e["capital"]["ja"].strip(), code
        assert isinstance(e["sovereign"], bool)
        # Japanese names are written in Japanese.
        assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", e["name"]["ja"]), code


def test_m49_codes_are_valid_and_consistent(raw, regions):
    for code, e in entries(raw).items():
        sub, reg = e["m49_subregion"], e["m49_region"]
        if code in ("XX", "ZZ", "AQ"):
            assert sub is None and reg is None
            continue
        assert sub in SUBREGIONS, code
        assert sub in REGIONS[reg], (code, sub, reg)
        assert regions["subregions"][sub]["region"] == reg


@pytest.mark.parametrize("code, sub, reg", [
    ("AF", "034", "142"), ("IR", "034", "142"), ("LK", "034", "142"), ("NP", "034", "142"),
    ("MM", "035", "142"), ("KH", "035", "142"), ("VN", "035", "142"), ("PH", "035", "142"),
    ("CN", "030", "142"), ("JP", "030", "142"), ("TW", "030", "142"), ("KZ", "143", "142"),
    ("SY", "145", "142"), ("TR", "145", "142"), ("IQ", "145", "142"), ("YE", "145", "142"),
    ("PS", "145", "142"), ("CY", "145", "142"), ("GE", "145", "142"), ("AM", "145", "142"),
    ("UA", "151", "150"), ("RU", "151", "150"), ("BY", "151", "150"), ("MD", "151", "150"),
    ("GB", "154", "150"), ("RS", "039", "150"), ("XK", "039", "150"), ("FR", "155", "150"),
    ("SD", "015", "002"), ("EG", "015", "002"), ("LY", "015", "002"), ("EH", "015", "002"),
    ("SS", "202", "002"), ("CD", "202", "002"), ("ET", "202", "002"), ("NG", "202", "002"),
    ("ZA", "202", "002"), ("IO", "202", "002"), ("TF", "202", "002"), ("SH", "202", "002"),
    ("VE", "419", "019"), ("MX", "419", "019"), ("HT", "419", "019"), ("BV", "419", "019"),
    ("GS", "419", "019"), ("US", "021", "019"), ("GL", "021", "019"), ("BM", "021", "019"),
    ("AU", "053", "009"), ("CX", "053", "009"), ("HM", "053", "009"), ("PG", "054", "009"),
    ("FM", "057", "009"), ("UM", "057", "009"), ("WS", "061", "009"),
])
def test_m49_assignments(code, sub, reg):
    c = C.country(code)
    assert (c.subregion, c.region) == (sub, reg)


def test_every_m49_code_used_has_labels_in_both_languages(raw, regions):
    used_sub = {e["m49_subregion"] for e in entries(raw).values()} - {None}
    used_reg = {e["m49_region"] for e in entries(raw).values()} - {None}
    assert used_sub == set(regions["subregions"]) == SUBREGIONS
    assert used_reg == set(regions["regions"]) == set(REGIONS)
    for table in (regions["subregions"], regions["regions"], regions["special"]):
        for code, labels in table.items():
            for lang in ("en", "ja"):
                assert isinstance(labels[lang], str) and labels[lang].strip(), (code, lang)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_region_label_for_every_code(lang):
    for code in C.codes():
        for level in ("subregion", "region"):
            text = C.region_label(code, lang, level=level)
            assert text.strip()
            c = C.country(code)
            if c.subregion is None:
                assert text == C.not_stated_label(lang)


def test_stateless_and_unknown_read_not_stated():
    for code in ("XX", "ZZ", "AQ", "QQ", None, ""):
        assert C.region_label(code, "en") == "not stated"
        assert C.region_label(code, "ja") == "非公開"
    labels = json.dumps(json.loads((DATA / "regions.json").read_text("utf-8"))["subregions"], ensure_ascii=False)
    assert "stateless" not in labels.lower() and "無国籍" not in labels


def test_region_labels_never_contain_the_country_name():
    for code in C.codes():
        c = C.country(code)
        if c.subregion is None:
            continue
        for lang in ("en", "ja"):
            for level in ("subregion", "region"):
                text = C.region_label(code, lang, level=level).casefold()
                for name in (c.name("en"), c.name("ja"), *c.demonyms("en"), *c.demonyms("ja")):
                    assert name.casefold() not in text, (code, name, text)


def test_priority_countries_are_thorough():
    for code in PRIORITY:
        c = C.country(code)
        assert len(c.aliases) >= 2, code
        assert len(c.demonyms("en")) >= 1 and len(c.demonyms("ja")) >= 1, code
        assert c.capital("en") and c.capital("ja"), code
        assert len(C.terms(code)) >= 8, code
        # At least one alias or demonym in Japanese besides the name.
        assert any(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", t) and t != c.name("ja")
                   for t in C.terms(code, capitals=False)), code


def test_every_sovereign_state_has_an_english_demonym():
    exceptions = {"VA", "FM"}  # "Vatican" is listed; Micronesian is the sub-region's own word
    for code in C.codes():
        c = C.country(code)
        if c.sovereign and code not in exceptions:
            assert c.demonyms("en"), code


@pytest.mark.parametrize("code, term", [
    ("CD", "DRC"), ("CD", "Congo-Kinshasa"), ("CD", "Congolese"), ("CD", "Zaire"), ("CD", "コンゴ民主共和国"),
    ("CG", "Congolese"), ("CG", "Congo-Brazzaville"),
    ("MM", "Burma"), ("MM", "Myanmar"), ("MM", "ミャンマー"), ("MM", "ビルマ"), ("MM", "Burmese"), ("MM", "Rohingya"),
    ("AF", "Afghan"), ("AF", "アフガニスタン人"), ("AF", "Kabul"),
    ("TR", "Turkey"), ("TR", "Türkiye"), ("TR", "トルコ"),
    ("LK", "Ceylon"), ("LK", "Colombo"), ("CI", "Ivory Coast"), ("CI", "Ivorian"),
    ("IR", "Persian"), ("PS", "Gaza"), ("UA", "Kiev"), ("UA", "キーウ"), ("CN", "Uyghur"),
    ("SY", "Syrian"), ("ET", "Tigray"), ("SD", "Darfur"), ("SO", "Somali"), ("VN", "Viet Nam"),
    ("XX", "stateless person"),
])
def test_terms_find_the_usual_names(code, term):
    assert term.casefold() in {t.casefold() for t in C.terms(code)}


def test_terms_edge_cases():
    assert C.terms("ZZ") == []
    assert C.terms(None) == [] and C.terms("QQ") == []
    t = C.terms("AF")
    assert len(t) == len({x.casefold() for x in t})  # no duplicates
    assert "Kabul" not in C.terms("AF", capitals=False)
    assert C.country("af") is C.country("AF")
    assert not any("Kurdistan" == x for code in C.codes() for x in C.terms(code))  # not a country


def test_country_dataclass():
    c = C.country("AF")
    assert c.code == "AF" and c.name("en") == "Afghanistan" and c.name("ja") == "アフガニスタン"
    assert c.subregion == "034" and c.region == "142"
    assert c.capital("ja") == "カブール"
    assert "Afghan" in c.demonyms("en")
    with pytest.raises(ValueError):
        c.name("fr")
    assert C.region_label("AF", "en") == "Southern Asia"
    assert C.region_label("AF", "ja", level="region") == "アジア"
    with pytest.raises(ValueError):
        C.region_label("AF", "en", level="country")

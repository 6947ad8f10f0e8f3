"""Generalization of quasi-identifiers (app.disclosure.generalize, resources/generalization/rules.json):
the ladder is monotone and ends with everything suppressed; bands at their edges; partial dates;
experience merging; labels complete in both languages; no status, visa, country, employer or
institution name ever comes out."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.disclosure import countries as C
from app.disclosure import generalize as G
from app.synthetic import generate_document

ROOT = Path(__file__).resolve().parents[2]
RULES = json.loads((ROOT / "resources" / "generalization" / "rules.json").read_text("utf-8"))
SCHEMA = json.loads((ROOT / "resources" / "schema" / "dossier-interchange-v1.schema.json").read_text("utf-8"))
DOSSIER = SCHEMA["$defs"]["dossier"]["properties"]
SAMPLE = json.loads((ROOT / "tests" / "data" / "sample-dossiers.json").read_text("utf-8"))["dossiers"]
TODAY = date(2026, 6, 1)
LANGS = ("en", "ja")


@pytest.fixture(scope="module")
def synthetic():
    return generate_document(300, 7)["dossiers"] + generate_document(300, 11)["dossiers"] + SAMPLE


# --------------------------------------------------------------------------------------------
# Random dossiers
# --------------------------------------------------------------------------------------------

CODES = list(C.codes())
partial_dates = st.one_of(
    st.integers(1940, 2030).map(lambda y: f"{y:04d}"),
    st.tuples(st.integers(1940, 2030), st.integers(1, 12)).map(lambda t: f"{t[0]:04d}-{t[1]:02d}"),
    st.dates(date(1940, 1, 1), date(2030, 12, 31)).map(date.isoformat),
    st.tuples(st.integers(1940, 2030), st.integers(0, 13), st.integers(0, 32)).map(
        lambda t: f"{t[0]:04d}-{t[1]:02d}-{t[2]:02d}"),  # also impossible months and days
)
country_codes = st.one_of(st.sampled_from(CODES), st.sampled_from(["JP", "XX", "ZZ", "QQ"]))


def _opt(strategy):
    return st.one_of(st.none(), strategy)


@st.composite
def dossiers(draw):
    d: dict = {"ref": "R", "names": {"full": "X"}}
    if (b := draw(_opt(partial_dates))) is not None:
        d["birth_date"] = b
    if (g := draw(_opt(st.sampled_from(DOSSIER["gender"]["enum"])))) is not None:
        d["gender"] = g
    if draw(st.booleans()):
        d["nationalities"] = draw(st.lists(country_codes, max_size=3))
    if (o := draw(_opt(country_codes))) is not None:
        d["country_of_origin"] = o
    if draw(st.booleans()):
        res = {}
        if (w := draw(_opt(st.sampled_from(["yes", "restricted", "no", "unknown"])))) is not None:
            res["work_permission"] = w
        res["status"] = draw(st.sampled_from(DOSSIER["residence"]["properties"]["status"]["enum"]))
        d["residence"] = res
    edu_levels = DOSSIER["education"]["items"]["properties"]["level"]["enum"]
    d["education"] = draw(st.lists(st.fixed_dictionaries({}, optional={
        "level": st.sampled_from(edu_levels), "country": country_codes, "completed": st.booleans(),
        "field": st.sampled_from(["law", "nursing"]), "institution": st.just("Some University")}), max_size=3))
    kinds = DOSSIER["experience"]["items"]["properties"]["employer_kind"]["enum"]
    d["experience"] = draw(st.lists(st.fixed_dictionaries({}, optional={
        "employer_kind": st.sampled_from(kinds), "country": country_codes, "start": partial_dates,
        "end": partial_dates, "sector": st.sampled_from(["health", "trade"]),
        "employer": st.just("Acme Employer Ltd")}), max_size=4))
    return d


todays = st.dates(date(2000, 1, 1), date(2040, 12, 31))


# --------------------------------------------------------------------------------------------
# The rules file
# --------------------------------------------------------------------------------------------


def test_rules_ladder_is_well_formed_and_monotone():
    grains = RULES["grains"]
    assert tuple(grains) == G.FIELDS
    assert len(RULES["ladder"]) == G.LEVELS == len(G.STEPS)
    for lv, step in enumerate(RULES["ladder"]):
        assert step["step"].strip()
        for f in G.FIELDS:
            assert step[f] in grains[f], (lv, f)
            if lv:
                before = RULES["ladder"][lv - 1][f]
                assert grains[f].index(step[f]) >= grains[f].index(before), (lv, f)
        if lv:
            assert step != RULES["ladder"][lv - 1], f"level {lv} changes nothing"
    assert all(grains[f][0] == RULES["ladder"][0][f] for f in G.FIELDS)
    assert all(v == "suppressed" for f, v in RULES["ladder"][-1].items() if f != "step")


@pytest.mark.parametrize("name, fine, coarse", [("age_bands", "band5", "band10"),
                                                 ("experience_bands", "fine", "coarse")])
def test_bands_nest_and_cover(name, fine, coarse):
    for key in (fine, coarse):
        bands = RULES[name][key]
        assert bands[0][0] == 0 and bands[-1][1] is None
        for (lo, hi), (nlo, _) in zip(bands, bands[1:]):
            assert lo <= hi and nlo == hi + 1
    for lo, hi in RULES[name][fine]:
        assert any(clo <= lo and (chi is None or (hi is not None and hi <= chi))
                   for clo, chi in RULES[name][coarse])


def test_experience_bands_as_specified():
    assert RULES["experience_bands"]["fine"] == [[0, 1], [2, 4], [5, 9], [10, 14], [15, 19], [20, None]]
    assert RULES["experience_bands"]["coarse"] == [[0, 4], [5, 9], [10, None]]


def _labelled(table, lang):
    return isinstance(table.get(lang), str) and table[lang].strip()


@pytest.mark.parametrize("lang", LANGS)
def test_every_schema_enum_value_has_a_label(lang):
    for g in DOSSIER["gender"]["enum"]:
        assert _labelled(RULES["gender"][g], lang) and G.label(f"gender:{g}", lang)
    for w in DOSSIER["residence"]["properties"]["work_permission"]["enum"]:
        assert G.work_permission_label(w, lang)
    for lv in DOSSIER["education"]["items"]["properties"]["level"]["enum"]:
        assert _labelled(RULES["education_levels"][lv], lang)
        kind = RULES["education_levels"][lv]["institution"]
        for place in ("japan", "abroad", "unknown"):
            assert _labelled(RULES["institutions"]["kinds"][kind][place], lang)
    for k in DOSSIER["experience"]["items"]["properties"]["employer_kind"]["enum"]:
        assert _labelled(RULES["employer_kinds"][k], lang)
        assert _labelled(RULES["employer_groups"][RULES["employer_kinds"][k]["group"]], lang)
    for t in DOSSIER["employment_types"]["items"]["enum"]:
        assert G.employment_type_label(t, lang).strip()
    level_pattern = DOSSIER["languages"]["items"]["properties"]["level"]["pattern"]
    for lv in re.fullmatch(r"\^\((.*)\)\$", level_pattern).group(1).split("|"):
        assert _labelled(RULES["language_levels"][lv], lang)
    for f in G.FIELDS:
        assert G.field_label(f, lang).strip()
    for tag in RULES["languages"]:
        if not tag.startswith("_"):
            assert _labelled(RULES["languages"][tag], lang)


def test_labels_differ_between_languages_where_they_should():
    assert G.label("gender:female", "en") != G.label("gender:female", "ja")
    assert G.label("edu:master", "ja") == "修士"
    assert G.label("age:30-34", "ja") == "30～34歳"
    assert G.label("age:30-34", "en") == "30–34"
    assert G.label("age:0-19", "en") == "under 20"
    assert G.label("age:65-", "en") == "65 and over"
    assert G.label("age:60-", "ja") == "60歳以上"
    assert G.label("exp:0-1", "en") == "under 2 years"
    assert G.label("exp:20-", "en") == "20 years or more"
    assert G.label("exp:5-9", "ja") == "5～9年"
    assert G.label("m49:202", "ja") == "サブサハラ・アフリカ"
    assert G.label("m49r:142", "en") == "Asia"
    assert G.label("geo:none", "en") == "not stated"
    assert G.label("geo:japan", "ja") == "日本"


@pytest.mark.parametrize("code", ["", "age", "nope:1", "gender:other", "m49:999", "geo:mars", "emp:bank",
                                  "emp:_comment", "lang:_comment", "age:x-y"])
def test_label_rejects_unknown_codes(code):
    with pytest.raises(ValueError):
        G.label(code, "en")


def test_unsupported_language_and_level_are_refused():
    with pytest.raises(ValueError):
        G.label("gender:male", "fr")
    with pytest.raises(ValueError):
        G.generalize(SAMPLE[0], G.LEVELS, TODAY)
    with pytest.raises(ValueError):
        G.generalize(SAMPLE[0], -1, TODAY)
    with pytest.raises(ValueError):
        G.generalize(SAMPLE[0], 0, TODAY, keep={"birth_date"})


# --------------------------------------------------------------------------------------------
# The ladder
# --------------------------------------------------------------------------------------------


def _assert_coarsening(qs_by_dossier):
    """For every level L: whoever shares a key at L shares it at L+1, and each field's value at
    L+1 is a function of its value at L (each field is at least as general)."""
    for lv in range(G.LEVELS - 1):
        nxt: dict = {}
        per_field: dict = defaultdict(dict)
        for qs in qs_by_dossier:
            a, b = qs[lv], qs[lv + 1]
            assert nxt.setdefault(G.key(a), G.key(b)) == G.key(b), lv
            for f in G.FIELDS:
                va, vb = getattr(a, f), getattr(b, f)
                if va is None:
                    assert vb is None, (lv, f)
                assert per_field[f].setdefault(va, vb) == vb, (lv, f, va)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(dossiers(), min_size=2, max_size=25), todays)
def test_ladder_is_monotone_for_random_dossiers(ds, today):
    qs = [G.ladder(d, today) for d in ds]
    _assert_coarsening(qs)
    last = {G.key(q[-1]) for q in qs}
    assert last == {()}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(dossiers(), min_size=2, max_size=10), todays,
       st.sets(st.sampled_from(G.FIELDS)), st.sets(st.sampled_from(G.FIELDS)))
def test_ladder_is_monotone_with_fields_kept_or_suppressed(ds, today, keep, suppress):
    qs = [G.ladder(d, today, keep=keep, suppress=suppress) for d in ds]
    _assert_coarsening(qs)
    for q in qs:
        for f in suppress:
            assert all(getattr(x, f) is None for x in q)
        for f in keep - suppress:
            assert getattr(q[-1], f) == getattr(q[0], f) is not None


def test_ladder_is_monotone_on_synthetic_register(synthetic):
    qs = [G.ladder(d, TODAY) for d in synthetic]
    _assert_coarsening(qs)
    # k never decreases as the level rises, and the last level makes k the register's size.
    counts = [defaultdict(int) for _ in range(G.LEVELS)]
    for q in qs:
        for lv in range(G.LEVELS):
            counts[lv][G.key(q[lv])] += 1
    for q in qs:
        ks = [counts[lv][G.key(q[lv])] for lv in range(G.LEVELS)]
        assert ks == sorted(ks)
        assert ks[-1] == len(synthetic)
    # The ladder actually helps: fewer distinct keys at every step, a handful at the end.
    distinct = [len(c) for c in counts]
    assert distinct == sorted(distinct, reverse=True)
    assert distinct[0] > distinct[5] > distinct[-2] >= 1 == distinct[-1]


def test_ladder_equals_generalize_at_each_level(synthetic):
    for d in synthetic[:40]:
        assert G.ladder(d, TODAY) == tuple(G.generalize(d, lv, TODAY) for lv in range(G.LEVELS))


def test_last_level_suppresses_everything(synthetic):
    for d in synthetic:
        q = G.generalize(d, G.LEVELS - 1, TODAY)
        assert G.key(q) == () and q.shown() == {}
        assert G.describe(q, "en") == []


def test_level_zero_covers_every_quasi_identifier():
    d = SAMPLE[0]
    q = G.generalize(d, 0, TODAY)
    assert all(getattr(q, f) is not None for f in G.FIELDS)
    assert [f for f, _ in G.key(q)] == list(G.FIELDS)


def test_residence_status_never_matters():
    base = {"ref": "a", "names": {"full": "A"}, "birth_date": "1990-01-01", "residence": {"work_permission": "yes"}}
    keys = set()
    for status in DOSSIER["residence"]["properties"]["status"]["enum"]:
        d = {**base, "residence": {"work_permission": "yes", "status": status, "card_number": "AB12345678CD",
                                   "expires": "2027-01-01", "notes": "x"}}
        keys.add(tuple(G.key(q) for q in G.ladder(d, TODAY)))
    assert len(keys) == 1


# --------------------------------------------------------------------------------------------
# Age
# --------------------------------------------------------------------------------------------


def _age(birth, today, level=0):
    return G.generalize({"birth_date": birth} if birth is not None else {}, level, today).age


@pytest.mark.parametrize("birth, today, expected", [
    ("1996-06-01", date(2026, 6, 1), "age:30-34"),      # 30th birthday today
    ("1996-06-02", date(2026, 6, 1), "age:25-29"),      # tomorrow
    ("1996-05-31", date(2026, 6, 1), "age:30-34"),      # yesterday
    ("2006-06-01", date(2026, 6, 1), "age:20-24"),      # 20 today
    ("2006-06-02", date(2026, 6, 1), "age:0-19"),       # 19 until tomorrow
    ("1961-06-01", date(2026, 6, 1), "age:65-"),
    ("1961-06-02", date(2026, 6, 1), "age:60-64"),
    ("2000-02-29", date(2030, 2, 28), "age:25-29"),     # leap day: 29 on 28 Feb of a common year
    ("2000-02-29", date(2030, 3, 1), "age:30-34"),      # 30 on 1 March
    ("2000-02-29", date(2028, 2, 29), "age:25-29"),     # 28 on a leap day
    ("1996", date(2026, 6, 30), "age:25-29"),           # year only: taken as 1 July
    ("1996", date(2026, 7, 1), "age:30-34"),
    ("1996-06", date(2026, 6, 14), "age:25-29"),        # year and month: taken as the 15th
    ("1996-06", date(2026, 6, 15), "age:30-34"),
    ("1996-02-30", date(2026, 2, 14), "age:25-29"),     # impossible day → month → the 15th
    ("1996-02-30", date(2026, 2, 15), "age:30-34"),
    ("1996-13-01", date(2026, 6, 30), "age:25-29"),     # impossible month → year → 1 July
    ("2027-01-01", date(2026, 6, 1), "age:unknown"),    # in the future
    (None, date(2026, 6, 1), "age:unknown"),
    ("garbage", date(2026, 6, 1), "age:unknown"),
])
def test_age_bands_at_their_edges(birth, today, expected):
    assert _age(birth, today) == expected


def test_partial_birth_dates_inside_one_band_need_no_assumption():
    # Born some time in 1990: between 35 and 36 on 1 June 2026 → 35–39 whatever the day.
    assert _age("1990", TODAY) == "age:35-39"
    assert {_age(f"1990-{m:02d}", TODAY) for m in range(1, 13)} == {"age:35-39"}


def test_ten_year_bands():
    assert _age("1996-06-01", TODAY, level=2) == "age:30-39"
    assert _age("1996-06-02", TODAY, level=2) == "age:20-29"
    assert _age("1950-01-01", TODAY, level=2) == "age:60-"
    assert G.label("age:60-", "en") == "60 and over"


@given(st.dates(date(1930, 1, 1), date(2020, 12, 31)), todays)
def test_age_matches_a_plain_computation(birth, today):
    expected = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
    assert G.age_years(birth.isoformat(), today) == (expected if birth <= today else None)


# --------------------------------------------------------------------------------------------
# Experience
# --------------------------------------------------------------------------------------------


def _years(*periods, today=TODAY):
    return G.experience_total_years([dict(zip(("start", "end"), p)) if isinstance(p, tuple) else p
                                     for p in periods], today)


def test_experience_whole_periods():
    assert _years(("2015", "2021")) == 7                    # 1 Jan 2015 – 31 Dec 2021
    assert _years(("2010", "2014")) == 5                    # five calendar years, not 4.99
    assert _years(("2023-04", "2025-03")) == 2              # 24 months
    assert _years(("2023-04-01", "2025-03-31")) == 2
    assert _years(("2023-04-02", "2025-03-31")) == 2        # a day short: rounds to 24 months
    assert _years(("2023-04-20", "2025-03-31")) == 1        # 23 months
    assert _years(("2012", "2021-08")) == 9


def test_experience_overlapping_periods_are_merged():
    assert _years(("2010", "2014"), ("2012", "2016")) == 7      # not 10
    assert _years(("2010", "2019"), ("2012", "2013")) == 10     # contained
    assert _years(("2010", "2019"), ("2010", "2019")) == 10     # the same job twice
    assert _years(("2010", "2011"), ("2012", "2013")) == 4      # adjacent, not overlapping
    assert _years(("2010", "2011"), ("2015", "2016")) == 4      # a gap
    assert _years(("2018-01", None), ("2020", "2021"), today=date(2026, 1, 1)) == 8  # open-ended


def test_experience_edge_cases():
    assert _years() == 0
    assert _years((None, "2020")) == 0                    # no start: counts for nothing
    assert _years(("2020", "2018")) == 0                  # ends before it starts
    assert _years(("2030", None)) == 0                    # not started yet
    assert _years(("2020-06", "2035"), today=date(2026, 6, 1)) == 6   # nothing past today
    assert _years(("2020-06", None), today=date(2026, 5, 31)) == 6
    assert _years(("2020-06", None), today=date(2026, 5, 25)) == 6    # 5 y 11.8 m rounds to 6 y
    assert _years(("2020-06", None), today=date(2026, 5, 1)) == 5


@given(st.lists(st.tuples(st.dates(date(1990, 1, 1), date(2025, 12, 31)),
                          st.dates(date(1990, 1, 1), date(2025, 12, 31))), max_size=6))
def test_merged_experience_lies_between_longest_job_and_sum(spans):
    items = [{"start": a.isoformat(), "end": b.isoformat()} for a, b in spans]
    total = G.experience_total_years(items, TODAY)
    each = [G.experience_total_years([i], TODAY) for i in items]
    assert max(each, default=0) <= total <= sum(each) + len(each)
    exact_days = len({a + timedelta(n) for a, b in spans for n in range((b - a).days + 1)})
    assert abs(total - exact_days / 365.2425) <= 1


def test_experience_bands_per_level():
    d = {"experience": [{"start": "2015", "end": "2021"}]}   # 7 years
    assert G.generalize(d, 0, TODAY).experience_years == "exp:5-9"
    assert G.generalize(d, 0, TODAY).experience_durations == ("exp:5-9",)
    assert G.generalize(d, 1, TODAY).experience_durations is None
    d3 = {"experience": [{"start": "2023", "end": "2025"}]}
    assert G.generalize(d3, 0, TODAY).experience_years == "exp:2-4"
    assert G.generalize(d3, 3, TODAY).experience_years == "exp:0-4"
    d12 = {"experience": [{"start": "2010", "end": "2021"}]}
    assert G.generalize(d12, 0, TODAY).experience_years == "exp:10-14"
    assert G.generalize(d12, 3, TODAY).experience_years == "exp:10-"
    assert G.generalize({}, 0, TODAY).experience_years == "exp:0-1"
    assert G.generalize({"experience": [{"end": "2020"}]}, 0, TODAY).experience_durations == ("exp:unknown",)


# --------------------------------------------------------------------------------------------
# Geography, permission, education, employers
# --------------------------------------------------------------------------------------------


def test_origin_and_nationality_generalize_by_level():
    d = {"country_of_origin": "AF", "nationalities": ["AF", "IR", "SY"]}
    q0, q5, q8 = (G.generalize(d, lv, TODAY) for lv in (0, 5, 8))
    assert q0.origin == "m49:034" and q0.nationalities == ("m49:034", "m49:145")
    assert q5.origin == "m49r:142" and q5.nationalities == ("m49r:142",)
    assert q8.origin is None and q8.nationalities is None


@pytest.mark.parametrize("code", ["XX", "ZZ", "AQ", "QQ"])
def test_stateless_and_unknown_are_not_stated(code):
    d = {"country_of_origin": code, "nationalities": [code]}
    for lv in range(G.LEVELS - 1):
        q = G.generalize(d, lv, TODAY)
        if q.origin is not None:
            assert q.origin == "geo:none" and q.nationalities == ("geo:none",)
    # ... exactly as if nothing were recorded: the two are indistinguishable.
    assert [G.key(q) for q in G.ladder(d, TODAY)] == [G.key(q) for q in G.ladder({}, TODAY)]
    for lang in LANGS:
        text = json.dumps(G.describe(G.generalize(d, 0, TODAY), lang), ensure_ascii=False).lower()
        assert "stateless" not in text and "無国籍" not in text and "unknown" not in text


def test_japan_as_a_place_of_study_or_work():
    d = {"education": [{"level": "master", "country": "JP"}], "experience": [{"country": "JP", "start": "2024"}],
         "country_of_origin": "JP"}
    for lv in (0, 5):
        q = G.generalize(d, lv, TODAY)
        assert q.study_regions == ("geo:japan",) and q.work_regions == ("geo:japan",)
        assert q.education == ("inst:japan",)
    assert G.generalize(d, 0, TODAY).origin == "m49:030"    # origin JP is a country like any other


FORBIDDEN_PERMIT = re.compile(
    r"refugee|asylum|visa|status|designated|humanitarian|protection|restricted|applicant|"
    r"難民|在留資格|ビザ|査証|特定活動|人道|制限|申請|補完", re.I)


@pytest.mark.parametrize("value", ["yes", "restricted", "no", "unknown", None, "bogus"])
def test_work_permission_never_names_a_status_or_visa(value):
    d = {"residence": {"work_permission": value} if value is not None else {}}
    q = G.generalize(d, 0, TODAY)
    assert q.work_permission == ("permit:authorized" if value == "yes" else "permit:to_be_confirmed")
    for lang in LANGS:
        for text in (G.work_permission_label(value, lang), G.label(q.work_permission, lang),
                     *(v for _, v in G.describe(q, lang))):
            assert not FORBIDDEN_PERMIT.search(text), text
    assert G.work_permission_label("yes", "en") == "authorized to work in Japan"
    assert G.work_permission_label("restricted", "en") == "to be confirmed"
    assert G.work_permission_label("yes", "ja") == "日本での就労可"


def test_no_label_anywhere_names_a_status_or_visa():
    texts = [v[lang] for v in RULES["work_permission"]["labels"].values() for lang in LANGS]
    texts += [RULES["field_labels"]["work_permission"][lang] for lang in LANGS]
    assert not any(FORBIDDEN_PERMIT.search(t) for t in texts)


def _country_words(code):
    c = C.country(code)
    words = [c.name("en"), c.name("ja"), *c.aliases, *c.demonyms("en"), *c.demonyms("ja"), *c.related]
    if c.capital_names:
        words += [c.capital("en"), c.capital("ja"), *c.capital_other]
    return [w for w in words if len(w) >= 4 or re.search(r"[^\x00-\x7f]", w)]


# A sub-region's own name may coincide with an alias: the label is still the area's name.
ALLOWED_OVERLAP = {("US", "America"), ("US", "アメリカ")}


@pytest.mark.parametrize("lang", LANGS)
def test_generalized_text_never_names_the_country(lang):
    for code in C.codes():
        if code == "JP":
            continue
        words = [w for w in _country_words(code) if (code, w) not in ALLOWED_OVERLAP]
        exp = {"employer_kind": "ngo", "sector": "health", "country": code, "start": "2015", "end": "2020"}
        edu = {"level": "bachelor", "field": "law", "country": code}
        d = {"country_of_origin": code, "nationalities": [code], "education": [edu], "experience": [exp]}
        for lv in range(G.LEVELS):
            out = [G.experience_detail(exp, lv, lang, TODAY), G.education_text(edu, lv, lang)]
            out += [v for _, v in G.describe(G.generalize(d, lv, TODAY), lang)]
            text = " ".join(out).casefold()
            for w in words:
                assert w.casefold() not in text, (code, lv, w, text)


def test_education_text():
    farid = SAMPLE[1]["education"][0]
    assert G.education_text(farid, 0, "en") == "Master's · civil engineering · university in Japan"
    assert G.education_text(farid, 0, "ja") == "修士／civil engineering／日本の大学"
    jb = SAMPLE[0]["education"][0]
    assert G.education_text(jb, 0, "en") == \
        "Bachelor's · business administration · university abroad (Sub-Saharan Africa)"
    assert G.education_text(jb, 5, "en") == "Bachelor's · business administration · university abroad (Africa)"
    assert G.education_text(jb, 7, "en") == "Bachelor's · business administration · university abroad"
    assert G.education_text(jb, 11, "en") == "Bachelor's · business administration"
    assert G.education_text({"level": "secondary", "country": "SY", "completed": False}, 0, "en") == \
        "Secondary education (not completed) · school abroad (Western Asia)"
    assert G.education_text({"level": "vocational"}, 0, "ja") == "職業訓練・専門教育／専門学校"
    assert G.education_text({}, 0, "en") == "institution"


def test_experience_detail():
    farid = SAMPLE[1]["experience"][0]
    assert G.experience_detail(farid, 0, "en", TODAY) == \
        "International organization · rural development · Southern Asia · 5–9 years"
    assert G.experience_detail(farid, 1, "en", TODAY) == \
        "International organization · rural development · Southern Asia"
    assert G.experience_detail(farid, 4, "en", TODAY) == \
        "Public or non-profit sector · rural development · Southern Asia"
    assert G.experience_detail(farid, 5, "ja", TODAY) == "公的機関・非営利団体／rural development／アジア"
    assert G.experience_detail(farid, 10, "en", TODAY) == "rural development"
    jp = SAMPLE[0]["experience"][1]
    assert G.experience_detail(jp, 0, "en", TODAY) == "Private company · manufacturing · Japan · 2–4 years"


@pytest.mark.parametrize("lang", LANGS)
def test_names_of_employers_and_institutions_never_come_out(synthetic, lang):
    for d in synthetic:
        for lv in (0, 4, 5, 8, G.LEVELS - 1):
            for e in d.get("experience", []):
                text = G.experience_detail(e, lv, lang, TODAY)
                if e.get("employer") and e["employer"] != e.get("sector"):
                    assert e["employer"] not in text
                if e.get("country") and e["country"] != "JP":
                    assert C.country(e["country"]).name(lang) not in text
            for e in d.get("education", []):
                text = G.education_text(e, lv, lang)
                if e.get("institution"):
                    assert e["institution"] not in text


def test_employer_kinds_and_groups():
    d = {"experience": [{"employer_kind": "ngo"}, {"employer_kind": "government"}, {"employer_kind": "private"}]}
    assert G.generalize(d, 0, TODAY).employers == ("emp:government", "emp:ngo", "emp:private")
    assert G.generalize(d, 4, TODAY).employers == ("empgrp:business", "empgrp:public")
    assert G.generalize(d, 10, TODAY).employers is None


def test_language_text():
    assert G.language_text({"language": "ja", "level": "N2"}, "en") == "Japanese — JLPT N2"
    assert G.language_text({"language": "ja", "level": "N2"}, "ja") == "日本語（日本語能力試験N2）"
    assert G.language_text({"language": "fr", "level": "native"}, "en") == "French — native"
    assert G.language_text({"language": "en", "level": "B2"}, "en") == "English — CEFR B2"
    assert G.language_text({"language": "fr-CD", "level": "C1"}, "en") == "French — CEFR C1"  # no region
    assert G.language_text({"language": "prs"}, "ja") == "ダリー語"
    assert G.language_text({"language": "xyz", "level": "basic"}, "en") == "Other language — basic"
    assert G.language_text({"language": "_comment"}, "en") == "Other language"
    assert G.experience_detail({"employer_kind": "_comment", "sector": "x"}, 0, "en", TODAY) == "x · duration not stated"


def test_every_code_generalize_produces_has_labels(synthetic):
    codes = set()
    for d in synthetic:
        for q in G.ladder(d, TODAY):
            for v in q.shown().values():
                codes.update(v if isinstance(v, tuple) else (v,))
        for lang in LANGS:
            for item in d.get("languages", []):
                assert G.language_text(item, lang).strip()
            for t in d.get("employment_types", []):
                assert G.employment_type_label(t, lang).strip()
    assert len(codes) > 40
    for code in codes:
        for lang in LANGS:
            assert G.label(code, lang).strip()


def test_sample_dossiers_at_level_zero():
    jb = G.generalize(SAMPLE[0], 0, TODAY)
    assert jb.age == "age:30-34" and jb.gender == "gender:male" and jb.origin == "m49:202"
    assert jb.work_regions == ("geo:japan", "m49:202") and jb.education == ("inst:abroad",)
    assert jb.experience_years == "exp:5-9" and jb.work_permission == "permit:authorized"
    assert G.describe(jb, "en") == [
        ("Age", "30–34"), ("Gender", "male"), ("Region of origin", "Sub-Saharan Africa"),
        ("Nationality (region)", "Sub-Saharan Africa"), ("Work experience", "5–9 years"),
        ("Work permission", "authorized to work in Japan")]


# --------------------------------------------------------------------------------------------
# stand_out
# --------------------------------------------------------------------------------------------


def _person(**kw):
    d = {"birth_date": "1990-01-01", "gender": "male", "country_of_origin": "AF", "nationalities": ["AF"],
         "residence": {"work_permission": "yes"}}
    d.update(kw)
    return d


def test_stand_out_names_the_rare_attributes():
    register = [_person() for _ in range(10)]
    target = _person(gender="female", country_of_origin="CD", nationalities=["CD"])
    register.append(target)
    assert G.stand_out(register, target, TODAY) == ["gender", "origin", "nationalities"]
    # Not in the register: counted once all the same.
    assert G.stand_out(register[:-1], target, TODAY) == ["gender", "origin", "nationalities"]


def test_stand_out_names_a_combination_when_no_single_value_is_rare():
    register = [_person(gender="female") for _ in range(5)] + [_person(country_of_origin="CD") for _ in range(5)]
    target = _person(gender="female", country_of_origin="CD")
    register.append(target)
    out = G.stand_out(register, target, TODAY, k=5)
    assert set(out) == {"gender", "origin"}
    assert G.stand_out([_person() for _ in range(9)], _person(), TODAY) == []


def test_stand_out_on_synthetic_register(synthetic):
    for target in synthetic[:20]:
        out = G.stand_out(synthetic, target, TODAY)
        assert set(out) <= set(G.FIELDS)

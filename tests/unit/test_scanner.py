"""The free-text scanner (app.disclosure.scanner): one family of identifiers per test class.

Every test scans a short text against a dossier's known identifiers (or none) and checks which
spans are hit, of which kind, and what the redacted text says. Ordinary professional text must
come out unchanged.
"""

from __future__ import annotations

import json
import sys
import time
import types

import pytest

from app.disclosure import known as known_mod
from app.disclosure.scanner import (
    MARKERS,
    MARKERS_JA,
    Hit,
    Identifier,
    find_in,
    known_identifiers,
    merge,
    normalize,
    redact,
    scan,
)
from tests.support import SAMPLE

# A small stand-in for app.disclosure.countries, used only if that module is missing.
_FALLBACK_TERMS = {
    "CD": ["Democratic Republic of the Congo", "DRC", "DR Congo", "Congo", "Congolese", "コンゴ民主共和国",
           "コンゴ", "コンゴ人", "Kinshasa", "キンシャサ"],
    "AF": ["Afghanistan", "Afghan", "Afghans", "アフガニスタン", "アフガン", "アフガニスタン人", "Kabul", "カブール"],
    "UA": ["Ukraine", "Ukrainian", "ウクライナ", "ウクライナ人", "Kyiv", "Kiev", "キーウ"],
}


@pytest.fixture(autouse=True)
def countries_module(monkeypatch):
    try:
        import app.disclosure.countries  # noqa: F401
    except ImportError:
        fake = types.ModuleType("app.disclosure.countries")
        fake.terms = lambda code, capitals=True: list(_FALLBACK_TERMS.get(code, []))
        monkeypatch.setitem(sys.modules, "app.disclosure.countries", fake)
        import app.disclosure as pkg
        monkeypatch.setattr(pkg, "countries", fake, raising=False)


@pytest.fixture(scope="module")
def samples() -> list[dict]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))["dossiers"]


@pytest.fixture
def jb(samples):
    return known_identifiers(samples[0])


@pytest.fixture
def farid(samples):
    return known_identifiers(samples[1])


@pytest.fixture
def olena(samples):
    return known_identifiers(samples[2])


def hits_of(text: str, known, **kw) -> list[tuple[str, str]]:
    return [(h.kind, h.text) for h in scan(text, known, **kw)]


def only(kind: str, value: str) -> list[Identifier]:
    return [Identifier(kind, value)]


# ---------------------------------------------------------------------------------------------
# Normalization and offsets
# ---------------------------------------------------------------------------------------------

class TestNormalization:
    def test_width_case_accents_and_dashes_fold(self):
        assert normalize("ＦＡＲＩＤ Université – Ｏ’Neil") == "farid universite - o'neil"

    def test_kana_voicing_is_kept_and_half_width_kana_composes(self):
        assert normalize("ｶﾞｷﾞ") == "ガギ"
        assert normalize("ガ") != normalize("カ")
        assert normalize("か\u3099") == "が"

    def test_invisible_characters_vanish_and_digits_of_any_script_become_ascii(self):
        assert normalize("Fa\u200brid\u00ad") == "farid"
        assert normalize("۰۹۰") == "090"   # Persian digits
        assert normalize("٠٩٠") == "090"   # Arabic-Indic digits

    def test_letters_without_decomposition_and_homoglyphs(self):
        assert normalize("Yıldız Øre Łukasz") == "yildiz ore lukasz"
        assert normalize("Fаrid") == "farid"   # a Cyrillic а

    def test_hits_are_reported_on_the_original_text(self):
        text = "Ｍｒ．　Ｒａｈｉｍｉ’ｓ ｃａｒｄ"
        known = only("name", "Rahimi")
        (hit,) = scan(text, known)
        assert text[hit.start:hit.end] == hit.text == "Ｍｒ．　Ｒａｈｉｍｉ’ｓ"

    def test_offsets_survive_expanding_and_vanishing_characters(self):
        text = "Straße\u200b ﬁne, then Kalala."
        (hit,) = scan(text, only("name", "Kalala"))
        assert hit.text == "Kalala"
        assert text[hit.start:hit.end] == "Kalala"


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

class TestNames:
    def test_each_part_as_a_word_never_inside_a_word(self):
        known = [Identifier("name", "Ali Said")]
        assert hits_of("Ali's report said that Said works well.", known) == [
            ("name", "Ali's"), ("name", "said"), ("name", "Said")]
        assert scan("quality control near Saidaiji", known) == []

    def test_short_alias_is_found_as_a_whole_word(self, jb):
        assert hits_of("JB speaks French.", jb) == [("name", "JB")]
        assert scan("The JBL speaker, a JBoss server", jb) == []

    def test_case_width_accents(self, farid):
        for text in ("FARID", "farid", "ＦａＲｉＤ", "Farîd", "Fari\u0301d"):
            assert hits_of(f"{text} leads the team.", farid) == [("name", text)], text

    def test_titles_initials_possessives_honorifics_are_in_the_span(self, farid):
        cases = {
            "Mr. Rahimi's plan": "Mr. Rahimi's",
            "Dr Rahimi": "Dr Rahimi",
            "F. Rahimi": "F. Rahimi",
            "Dr. F. A. Rahimi": "Dr. F. A. Rahimi",
            "the Rahimis' house": "Rahimis'",
            "Farid-san": "Farid-san",
            "Farid san": "Farid san",
            "Faridさん": "Faridさん",
            "ラヒミ先生": "ラヒミ先生",
            "ファリド氏": "ファリド氏",
            "Rahimi’s": "Rahimi’s",
        }
        for text, span in cases.items():
            assert [h.text for h in scan(text, farid)] == [span], text

    def test_compound_names_with_any_separator(self, jb):
        for written in ("Jean-Baptiste", "Jean Baptiste", "JeanBaptiste", "JEAN–BAPTISTE", "Baptiste",
                        "ジャン＝バティスト", "ジャン・バティスト", "ジャンバティスト", "ジャン=バティスト・カララ",
                        "ｼﾞｬﾝ･ﾊﾞﾃｨｽﾄ"):
            assert [h.text for h in scan(f"({written})", jb)] == [written], written

    def test_parts_in_any_order_are_one_hit(self, farid):
        for written in ("Rahimi, Farid", "RAHIMI FARID AHMAD", "farid.rahimi", "FaridRahimi", "ラヒミ・ファリド"):
            assert [h.text for h in scan(f"Ask {written} today", farid)] == [written], written

    def test_katakana_parts_do_not_match_inside_katakana_words(self):
        known = [Identifier("name", "ライ"), Identifier("name", "ラム"), Identifier("name", "アリ")]
        assert scan("オンライン研修とプログラム開発、アリゾナ出張", known) == []
        assert hits_of("ライさんとアリは来日した。", known) == [("name", "ライさん"), ("name", "アリ")]

    def test_kanji_names_are_found_anywhere(self):
        known = [Identifier("name", "王小明")]
        assert hits_of("担当は王小明さんです", known) == [("name", "王小明さん")]

    def test_latin_name_next_to_japanese(self, farid):
        assert hits_of("私はFaridです。Rahimiさんの経験", farid) == [("name", "Farid"), ("name", "Rahimiさん")]

    def test_other_scripts(self, farid, olena):
        assert hits_of("فرید احمد رحیمی مهندس است", farid)[0][0] == "name"
        assert hits_of("Олена Гриценко; ОЛЕНА", olena) == [("name", "Олена Гриценко"), ("name", "ОЛЕНА")]

    def test_particles_only_next_to_a_name(self):
        known = [Identifier("name", "Walid Al-Hakimi")]
        assert hits_of("Al-Hakimi and al Hakimi and AlHakimi", known) == [
            ("name", "Al-Hakimi"), ("name", "al Hakimi"), ("name", "AlHakimi")]
        assert scan("Al is short for aluminium; at al-Azhar", known) == []

    def test_spaced_out_letters(self, farid, jb):
        for written in ("F a r i d", "R.A.H.I.M.I", "F-A-R-I-D", "r_a_h_i_m_i"):
            assert [h.text for h in scan(f"{written} joined", farid)] == [written], written
        assert [h.text for h in scan("J.B. joined", jb)] == ["J.B"]
        assert scan("e.g. a b c", farid) == []

    def test_transliteration_variants_of_long_parts(self):
        known = [Identifier("name", "Mohammed Hosseini"), Identifier("name", "ファーリド")]
        for written in ("Muhammad", "Mohamed", "Mouhammad", "Husseini", "Hosseyni"):
            assert [h.text for h in scan(f"{written} called", known)] == [written], written
        assert [h.text for h in scan("ファリドが来た", known)] == ["ファリド"]

    def test_family_members_names(self, jb):
        assert hits_of("His wife Marie runs a shop.", jb) == [("name", "Marie")]

    def test_line_breaks_inside_a_name(self, farid):
        assert [h.text for h in scan("連絡先はファリ\nド・ラヒミです", farid)] == ["ファリ\nド・ラヒミ"]
        assert [h.text for h in scan("Farid Ra-\nhimi led", farid)] == ["Farid Ra-\nhimi"]

    def test_code_in_a_name_field_is_matched_whole(self):
        known = [Identifier("name", "Farid CANARY-000001")]
        assert hits_of("Summary canary-000001 and CANARY 000001", known) == [
            ("name", "canary-000001"), ("name", "CANARY 000001")]


# ---------------------------------------------------------------------------------------------
# Phones, cards, documents, refs
# ---------------------------------------------------------------------------------------------

class TestNumbers:
    @pytest.mark.parametrize("written", [
        "090-4417-2208", "09044172208", "090 4417 2208", "(090) 4417-2208", "090.4417.2208",
        "+81 90 4417 2208", "+81-90-4417-2208", "+81 (0)90 4417 2208", "0081 90 4417 2208",
        "81 90 4417 2208", "０９０－４４１７－２２０８", "090ー4417ー2208", "4417-2208",
        "〇九〇・四四一七・二二〇八", "zero nine zero, four four one seven, two two zero eight",
    ])
    def test_known_phone_in_any_format(self, jb, written):
        text = f"Call {written} after five."
        assert hits_of(text, jb, shapes=False) == [("phone", written)]

    def test_international_messaging_number(self):
        known = known_mod.known_identifiers({"ref": "X", "names": {"full": "A B"},
                                             "contact": {"messaging": ["WhatsApp +967 41 855 6968"]}})
        assert Identifier("phone", "WhatsApp +967 41 855 6968") in known
        for written in ("+967 41 855 6968", "00967418556968", "041-855-6968"):
            assert [h.kind for h in scan(f"tel {written}", known, shapes=False)] == ["phone"], written

    @pytest.mark.parametrize("written", [
        "UH48213390FA", "uh48213390fa", "UH 4821 3390 FA", "uh-48213390-fa", "ＵＨ４８２１３３９０ＦＡ",
        "U H 4 8 2 1 3 3 9 0 F A", "48213390", "4821 3390",
    ])
    def test_known_card_in_any_case_and_spacing(self, jb, written):
        assert hits_of(f"Card: {written}.", jb, shapes=False) == [("card", written)]

    def test_documents_and_refs(self):
        known = known_mod.known_identifiers({"ref": "SYN-000123", "names": {"full": "A B"},
                                             "documents": [{"kind": "passport", "number": "P12345678"}]})
        assert hits_of("passport p 1234 5678 (ref syn000123)", known, shapes=False) == [
            ("number", "p 1234 5678"), ("number", "syn000123")]


# ---------------------------------------------------------------------------------------------
# E-mails, handles, places, organizations, countries
# ---------------------------------------------------------------------------------------------

class TestContactAndPlaces:
    def test_known_email_and_its_obfuscations(self, farid):
        for written in ("farid.rahimi@mail.example", "FARID.RAHIMI＠MAIL.EXAMPLE", "farid.rahimi at mail dot example",
                        "farid.rahimi[at]mail[dot]example", "farid.rahimi (at) mail.example"):
            assert [h.kind for h in scan(f"mail {written} now", farid, shapes=False)] == ["email"], written

    def test_handles(self, olena):
        assert hits_of("Instagram @olena_draws or olena_draws or Olena Draws", olena, shapes=False) == [
            ("handle", "@olena_draws"), ("handle", "olena_draws"), ("handle", "Olena Draws")]

    def test_home_town_with_variants(self, farid):
        for written in ("Mazar-i-Sharif", "Mazar-e-Sharif", "Mazar-e Sharif", "Mazar i Sharif", "Mazari Sharif",
                        "MAZAR-I-SHARIF's", "Mazar", "Mazar-e-Sharīf"):
            assert [h.kind for h in scan(f"from {written}.", farid, shapes=False)] == ["place"], written

    def test_transliterated_place(self, olena):
        assert hits_of("Grew up in Kharkov.", olena, shapes=False) == [("place", "Kharkov")]

    def test_address_parts_but_never_the_prefecture(self, jb):
        text = "Lives at 3-12-7 Ikebukuro, Toshima-ku, Tokyo; wants to work in Tokyo or Saitama."
        assert hits_of(text, jb, shapes=False) == [
            ("address", "3-12-7"), ("place", "Ikebukuro"), ("place", "Toshima-ku")]
        assert hits_of("Toshima ku, Toshima, 3丁目12番7号", jb, shapes=False) == [
            ("place", "Toshima ku"), ("place", "Toshima"), ("address", "3丁目12番7号")]

    def test_japanese_address_parts(self):
        known = known_mod.known_identifiers({"ref": "X", "names": {"full": "A B"},
                                             "contact": {"address": "東京都豊島区池袋3-12-7 サニーハイツ301号室"}})
        places = {i.value for i in known if i.kind == "place"}
        assert places == {"豊島区", "池袋", "サニーハイツ"}
        assert hits_of("東京都で働きたい。豊島在住、池袋の近く。", known, shapes=False) == [
            ("place", "豊島"), ("place", "池袋")]

    def test_placeholders_and_prefectures_are_not_places(self):
        known = known_mod.known_identifiers({"ref": "X", "names": {"full": "A B"}, "hometown": "Tokyo",
                                             "family": [{"name": "C D", "location": "unknown"},
                                                        {"name": "E F", "location": "Osaka"}]})
        assert not [i for i in known if i.kind == "place"]

    def test_employer_whole_legal_form_dropped_and_acronyms(self, jb, farid):
        assert hits_of("Ran Kalala Import-Export SARL, then KALALA IMPORT EXPORT.", jb, shapes=False) == [
            ("employer", "Kalala Import-Export SARL"), ("employer", "KALALA IMPORT EXPORT")]
        assert hits_of("Led GIS work for UNDP Afghanistan and UNDP.", farid, shapes=False) == [
            ("employer", "UNDP Afghanistan"), ("employer", "UNDP")]

    def test_institution_abbreviations_and_word_order(self, farid, jb):
        for written in ("Kyushu University", "Kyushu Univ.", "KYUSHU UNIV", "University of Kyushu"):
            assert [h.kind for h in scan(f"studied at {written}", farid, shapes=False)] == ["institution"], written
        for written in ("Université de Kinshasa", "Universite de Kinshasa", "University of Kinshasa"):
            assert [h.kind for h in scan(f"studied at {written}", jb, shapes=False)] == ["institution"], written

    def test_generic_words_and_a_region_alone_are_not_hits(self, farid):
        assert scan("Wants to work on disaster-resilient infrastructure in Kyushu at a university.", farid) == []

    def test_descriptive_employers_are_not_identifiers(self):
        known = [Identifier("employer", "freelance"), Identifier("employer", "family farm")]
        assert scan("Freelance illustrator; grew up on a family farm.", known) == []

    def test_latin_places_and_names_written_in_katakana(self, jb, farid, olena):
        assert hits_of("カナンガ出身で、キンシャサに住んでいた。", jb) == [("place", "カナンガ"), ("country", "キンシャサ")]
        assert hits_of("マザーリシャリーフ出身。母のザフラさんは", farid) == [
            ("place", "マザーリシャリーフ"), ("name", "ザフラ")]
        assert hits_of("ハルキウの美術学校", olena) == [("place", "ハルキウ")]
        known = [Identifier("place", "Tehran"), Identifier("place", "Damascus")]
        assert [h.text for h in scan("テヘランとダマスカス", known)] == ["テヘラン", "ダマスカス"]
        assert scan("オンラインのプログラム、チームで", jb + farid + olena) == []

    def test_country_names_demonyms_and_japanese_terms(self, farid, jb):
        assert hits_of("An Afghan engineer from Afghanistan (アフガニスタン出身).", farid) == [
            ("country", "Afghan"), ("country", "Afghanistan"), ("country", "アフガニスタン")]
        assert [k for k, _ in hits_of("Congolese trader from the DRC; コンゴ人", jb)] == ["country"] * 3


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

class TestDates:
    @pytest.mark.parametrize("written", [
        "1992-05-14", "1992/05/14", "1992/5/14", "1992.5.14", "19920514", "14/05/1992", "05/14/1992", "14.5.92",
        "14 May 1992", "May 14, 1992", "May 14th 1992", "14th of May, 1992", "14-May-92", "Sat 14 May 1992",
        "1992年5月14日", "１９９２年５月１４日", "平成4年5月14日", "平成４年５月１４日", "H4.5.14", "平成四年五月十四日",
        "一九九二年五月十四日", "May 14", "5月14日", "May 1992", "1992年5月",
    ])
    def test_birth_date_in_any_form(self, jb, written):
        hits = scan(f"Born: {written}.", jb, shapes=False)
        assert [h.kind for h in hits] == ["date"], written
        assert hits[0].text in written and any(c.isdigit() or c in "一二三四五六七八九十" for c in hits[0].text)

    def test_other_dates_and_years_are_not_hits(self, jb):
        assert scan("From 2015 to 2021 (2015–2021); May 2026; 14 April 1992", jb, shapes=False) == []

    def test_year_only_birth_date_needs_a_birth_context(self):
        known = [Identifier("date", "1983")]
        assert scan("Worked there since 1983.", known, shapes=False) == []
        assert hits_of("Born in 1983; 1983年生まれ", known, shapes=False) == [("date", "1983"), ("date", "1983年")]

    def test_era_boundary_years(self):
        known = [Identifier("date", "1989-01-08")]
        assert [h.kind for h in scan("平成元年1月8日", known, shapes=False)] == ["date"]


# ---------------------------------------------------------------------------------------------
# Generic shapes
# ---------------------------------------------------------------------------------------------

class TestShapes:
    @pytest.mark.parametrize("text,kind", [
        ("write to someone@example.org today", "email"),
        ("write to some.one at example dot com today", "email"),
        ("write to some.one [at] example [dot] org", "email"),
        ("see https://example.org/a?b=1 now", "url"),
        ("see www.example.org now", "url"),
        ("see portfolio.example.com/works now", "url"),
        ("call +243 81 234 5678 now", "phone"),
        ("call 03-1234-5678 now", "phone"),
        ("call 080-1111-2222 now", "phone"),
        ("call 0120-123-456 now", "phone"),
        ("card AB12345678CD now", "card"),
        ("card ab 1234 5678 cd now", "card"),
        ("passport A1234567 now", "number"),
        ("My Number 1234 5678 9012 now", "number"),
        ("〒170-0013 Tokyo", "postal"),
        ("zip 170-0013 Tokyo", "postal"),
        ("lives at 3-12-7 near", "address"),
        ("3丁目12番7号に住む", "address"),
        ("東京都豊島区池袋3-12-7", "address"),
        ("川口市在住", "address"),
        ("Kawaguchi-shi resident", "address"),
        ("in Naka-ku somewhere", "address"),
        ("2-chome 5-3", "address"),
        ("サニーハイツ301号室", "address"),
        ("follow @some_body", "handle"),
        ("LINE ID: somebody99", "handle"),
        ("born 3 March 1988 in", "date"),
        ("DOB 1988-03-03", "date"),
        ("1988/3/3 wedding", "date"),
        ("昭和63年3月3日", "date"),
        ("1988年生まれ", "date"),
        ("a 37-year-old nurse", "number"),
        ("37歳の看護師", "number"),
        ("ID no. 12345678", "number"),
    ])
    def test_shape(self, text, kind):
        kinds = [h.kind for h in scan(text, [])]
        assert kinds == [kind], (text, scan(text, []))

    @pytest.mark.parametrize("text", [
        "Managed a team of 14 engineers across 9 provinces from 2012 to 2021.",
        "Civil engineer with 18 years in rural development; since 2015.",
        "Worked 2012–2021 and 2019-2021; budget USD 500,000 a year; 1,200 households.",
        "Built ASP.NET and Node.js apps; used e.g. Python 3.11 and version 1.2.3.",
        "Ran a 40-bed ward; 12-15 rooms a shift; about 80 covers a day; score 3-2.",
        "JLPT N2 (2023); TOEIC 900; IELTS 7.0; available from 2026-07.",
        "Exam on 2026-07-05 at 10:30; interview 12/03/2026.",
        "2015年から2021年まで、9つの州で14人のチームを率いた。",
        "日本語能力試験N2に合格し、介護職員初任者研修を修了。週3回、日本語教室に通う。",
        "月給25万円、従業員120名の工場で3年間勤務。",
        "Speaks French, Lingala and English; wants to work in Tokyo or Saitama.",
        "Supervised construction of 25 km of rural roads and drainage.",
    ])
    def test_professional_text_is_left_intact(self, text, jb, farid):
        for known in ([], jb, farid):
            assert scan(text, known) == [], (text, scan(text, known))

    def test_uppercase_dotted_product_is_not_a_url(self):
        assert scan("Experienced in ASP.NET", []) == []

    def test_a_word_before_a_number_is_not_a_passport_prefix(self):
        assert [h.text for h in scan("raised from 1000000 to 12345678 yen", [])] == ["12345678"]
        assert [h.text for h in scan("passport TZ 1234567", [])] == ["TZ 1234567"]

    def test_a_year_next_to_a_phone_stays(self):
        assert [h.text for h in scan("Until 2021. 090-1111-2222 works; since 2021 080-3333-4444", [])] == [
            "090-1111-2222", "080-3333-4444"]


# ---------------------------------------------------------------------------------------------
# Merging, redaction, find_in, known identifiers
# ---------------------------------------------------------------------------------------------

class TestRedaction:
    def test_hits_are_sorted_non_overlapping_and_the_larger_kind_wins(self, jb):
        hits = scan("Kalala Import-Export SARL was run by Kalala.", jb)
        assert [(h.kind, h.text) for h in hits] == [("employer", "Kalala Import-Export SARL"), ("name", "Kalala")]
        assert all(a.end <= b.start for a, b in zip(hits, hits[1:]))

    def test_overlapping_hits_merge_into_their_union(self):
        text = "abcdefghij"
        merged = merge([Hit(0, 4, "name", "known", "abcd"), Hit(2, 8, "place", "shape", "cdefgh")], text)
        assert merged == [Hit(0, 8, "place", "shape", "abcdefgh")]

    def test_adjacent_name_hits_are_joined(self):
        assert merge([Hit(0, 5, "name", "known", "Farid"), Hit(6, 12, "name", "known", "Rahimi")],
                     "Farid Rahimi") == [Hit(0, 12, "name", "known", "Farid Rahimi")]

    def test_redact_with_default_and_japanese_markers(self, jb):
        text = "JB (090-4417-2208) from Kananga"
        hits = scan(text, jb)
        assert redact(text, hits) == "[name] ([phone]) from [place]"
        assert redact(text, hits, MARKERS_JA) == "［氏名］ (［電話番号］) from ［地名］"
        assert set(MARKERS) == set(MARKERS_JA)

    def test_redact_accepts_overlapping_hits_from_a_caseworker(self):
        text = "call Farid at home"
        hits = [Hit(5, 10, "name", "known", "Farid"), Hit(7, 18, "place", "known", "rid at home")]
        assert redact(text, hits) == "call [place]"

    def test_find_in_has_no_shapes(self, jb):
        text = "Contact the office: office@npo.example, 03-1234-5678. JB is ready."
        assert [(h.kind, h.text) for h in find_in(text, jb)] == [("name", "JB")]
        assert {h.kind for h in scan(text, jb)} == {"email", "phone", "name"}

    def test_empty_and_identifier_free_text(self):
        assert scan("", []) == []
        assert redact("nothing here", []) == "nothing here"


class TestKnownIdentifiers:
    def test_sample_dossier(self, samples):
        known = known_identifiers(samples[0])
        values = {(i.kind, i.value) for i in known}
        for expected in [("name", "Jean-Baptiste Mukendi Kalala"), ("name", "Jean"), ("name", "Baptiste"),
                         ("name", "JB"), ("name", "カララ"), ("date", "1992-05-14"), ("phone", "090-4417-2208"),
                         ("email", "jb.kalala@mail.example"), ("card", "UH48213390FA"), ("place", "Kananga"),
                         ("place", "Ikebukuro"), ("place", "Toshima-ku"), ("family", "Marie Kalala"),
                         ("employer", "Kalala Import-Export SARL"), ("institution", "Université de Kinshasa"),
                         ("country", "Congolese"), ("ref", "S-001")]:
            assert expected in values, expected
        assert ("place", "Tokyo") not in values
        assert len(values) == len(known)

    def test_messaging_handles_and_phones(self):
        known = known_mod.known_identifiers({"ref": "X", "names": {"full": "A B"}, "contact": {"messaging": [
            "Signal @farid_r", "LINE ID: farid99", "WhatsApp +93 70 123 4567", "Telegram @x_y"]}})
        values = {(i.kind, i.value) for i in known}
        assert {("handle", "@farid_r"), ("handle", "farid_r"), ("handle", "farid99"),
                ("phone", "WhatsApp +93 70 123 4567"), ("handle", "@x_y")} <= values

    def test_name_particles_are_not_listed_alone(self):
        known = known_mod.known_identifiers({"ref": "X", "names": {
            "full": "Walid Al-Hakimi", "other_scripts": ["ワリード・アル＝ハキミ"]}})
        values = {i.value for i in known}
        assert {"Walid", "Al-Hakimi", "Hakimi", "ワリード", "ハキミ"} <= values
        assert "Al" not in values and "アル" not in values

    def test_scan_uses_known_identifiers_of_a_whole_dossier(self, samples):
        dossier = samples[1]
        text = dossier["summary"] + " " + dossier["aspirations"]
        out = redact(text, scan(text, known_identifiers(dossier)))
        assert "Farid" not in out and "Kyushu University" not in out and "UNDP" not in out
        assert "infrastructure in Kyushu" in out and "18 years" in out


# ---------------------------------------------------------------------------------------------
# Throughput (a figure, with a floor far below the measured one)
# ---------------------------------------------------------------------------------------------

def test_scan_throughput(samples, capsys):
    from app.synthetic import generate_document

    texts = []
    for d in generate_document(300, 5)["dossiers"]:
        texts += [d.get("summary", ""), d.get("aspirations", "")]
        texts += [e.get("description", "") for e in d.get("experience", [])]
    base = "\n".join(t for t in texts if t)
    text = (base * (1_000_000 // len(base) + 1))[:1_000_000]
    known = known_identifiers(samples[0]) + known_identifiers(samples[1])
    started = time.perf_counter()
    scan("warm up", known)  # compiles the matcher once
    compiled = time.perf_counter() - started
    started = time.perf_counter()
    scan(text, known)
    elapsed = time.perf_counter() - started
    mb_per_s = len(text.encode("utf-8")) / 1e6 / elapsed
    with capsys.disabled():
        print(f"\nscan_mb_per_s={mb_per_s:.2f} (identifiers={len(known)}, compile_s={compiled:.3f})")
    assert mb_per_s > 0.3

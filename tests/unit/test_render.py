"""The anonymized profile PDF: one scrubbed A4 page, Japanese that reads back, atomic 0600 files.

Rendering needs Qt (QtGui), unlike the rest of ``tests/unit``. If no Qt application exists yet,
the desk's own ``KakehashiApplication`` is made (as ``tests/ui`` would make it), so running these
tests before or after the desk's tests in one session gives every test the application it
expects. The path where the renderer makes its own offscreen ``QGuiApplication`` (the command
line) is tested in a child process.
"""

from __future__ import annotations

from tests.support import desk_app

import dataclasses
import io
import os
import re
import stat
import subprocess
import sys
import textwrap
import threading
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.disclosure.profile import EducationItem, ExperienceItem, Fact, Organization, Profile

ROOT = Path(__file__).resolve().parents[2]

ORG = Organization("Bridge to Work Japan (NPO)", "jobs@bridge-to-work.example", "03-5555-0142")
ORG_JA = Organization("NPO法人 ブリッジ・トゥ・ワーク", "jobs@bridge-to-work.example", "03-5555-0142")

JA_LABELS = {
    "summary": "概要", "experience": "職歴", "aspirations": "希望・将来の目標", "skills": "スキル",
    "languages": "言語", "education": "学歴", "certifications": "資格", "desired_roles": "希望職種",
    "introduced_by": "紹介元", "contact": "連絡先",
    "note": "匿名化されたプロフィールです。候補者の身元は本人の同意がある場合にのみ開示されます。",
    "more": "ほか{n}件", "booklet_title": "候補者リスト",
    "booklet_subtitle": "匿名化された候補者プロフィール {n} 件（1ページに1名）",
}


def english_profile(code: str = "KH-7Q2M-X4BD", **changes) -> Profile:
    profile = Profile(
        code=code, lang="en", title="Candidate profile",
        headline="Civil engineer · Site supervisor · CAD technician",
        facts=(Fact("Age", "30–39"), Fact("Region of origin", "Southern Asia"),
               Fact("Work in Japan", "Authorized to work in Japan"),
               Fact("Available from", "April 2026"),
               Fact("Preferred locations", "Tokyo, Kanagawa, Saitama"),
               Fact("Employment", "Full-time, contract")),
        skills=("AutoCAD", "Revit", "Structural analysis", "Site safety management",
                "Quantity surveying", "Microsoft Excel", "Team leadership", "Python (basic)"),
        certifications=("PMP (Project Management Professional)", "OSHA 30-hour construction safety"),
        desired_roles=("Civil engineer", "Site supervisor", "CAD technician"),
        languages=("Japanese — JLPT N3, daily conversation", "English — fluent", "Dari — native"),
        experience=(
            ExperienceItem("Site engineer",
                           "International NGO · rural infrastructure · South Asia · 5–9 years",
                           "Planned and supervised construction of schools, clinics and small "
                           "bridges in remote districts; managed crews of up to 40 workers."),
            ExperienceItem("Warehouse staff", "Logistics company · Japan · under 1 year",
                           "Picking, packing and inventory checks in a large distribution centre."),
        ),
        education=(EducationItem("Bachelor's · civil engineering · university abroad"),),
        summary=("Civil engineer with eight years of field experience on public infrastructure, "
                 "careful about safety and documentation. Has lived in Japan for two years and "
                 "studies Japanese every day."),
        aspirations=("Return to engineering work in a Japanese construction company, starting as "
                     "a CAD technician, and grow toward site management."),
        organization=ORG,
        labels={},
    )
    return dataclasses.replace(profile, **changes)


def japanese_profile(code: str = "KH-9R3T-0PMN", **changes) -> Profile:
    profile = Profile(
        code=code, lang="ja", title="候補者プロフィール",
        headline="土木技術者・現場監督・CADオペレーター",
        facts=(Fact("年齢", "30〜39歳"), Fact("出身地域", "南アジア"), Fact("就労資格", "日本で就労可能"),
               Fact("希望勤務地", "東京都・神奈川県・埼玉県")),
        skills=("AutoCAD", "構造計算", "安全管理", "積算", "チームリーダー経験"),
        certifications=("PMP（プロジェクトマネジメント・プロフェッショナル）",),
        desired_roles=("土木技術者", "現場監督", "CADオペレーター"),
        languages=("日本語 — JLPT N3（日常会話）", "英語 — 流暢"),
        experience=(ExperienceItem("現場技術者", "国際NGO・農村インフラ・南アジア・5〜9年",
                                   "遠隔地における学校・診療所・小規模な橋梁の建設を計画・監督。"),),
        education=(EducationItem("学士・土木工学・海外の大学"),),
        summary=("公共インフラの現場経験8年の土木技術者。限られた予算と多様なチームの中で安全と記録を"
                 "重視して働いてきました。来日して2年、毎日日本語を勉強しています。"),
        aspirations="日本の建設会社で、まずCADオペレーターとして働き、将来は現場管理を担いたい。",
        organization=ORG_JA,
        labels=JA_LABELS,
    )
    return dataclasses.replace(profile, **changes)


ensure_app = desk_app  # the name test_readback imports


@pytest.fixture(scope="module", autouse=True)
def qt_app():
    return ensure_app()


@pytest.fixture(scope="module")
def pdf():
    from app.render import pdf as module

    return module


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_text(data: bytes) -> str:
    """All pages' text, NFKC, whitespace collapsed."""
    text = "\n".join(p.extract_text() for p in reader(data).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def flat(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


# -- one page, everything on it -----------------------------------------------------------------


def test_english_profile_is_one_a4_page_with_every_word(pdf):
    profile = english_profile()
    data = pdf.render_profile(profile)
    doc = reader(data)
    assert len(doc.pages) == 1
    box = doc.pages[0].mediabox
    assert abs(float(box.width) - 595.3) <= 1 and abs(float(box.height) - 841.9) <= 1
    words = set(page_text(data).replace("·", " ").split())
    expected = [profile.code, *profile.skills, *profile.desired_roles, profile.summary,
                profile.aspirations, *profile.languages, *profile.certifications,
                *(f"{f.label} {f.value}" for f in profile.facts),
                *(x for job in profile.experience for x in (job.title, job.detail, job.description)),
                *(e.text for e in profile.education), ORG.name, ORG.email, ORG.phone]
    for value in expected:
        for word in unicodedata.normalize("NFKC", value).replace("·", " ").split():
            assert word in words, (word, value)


def test_japanese_text_is_extracted_as_written(pdf):
    profile = japanese_profile()
    text = flat(page_text(pdf.render_profile(profile)))
    for value in (profile.code, profile.headline, profile.summary, profile.aspirations,
                  *profile.skills, *profile.languages, *profile.certifications,
                  profile.experience[0].description, *(f.value for f in profile.facts),
                  ORG_JA.name, JA_LABELS["note"], JA_LABELS["summary"]):
        assert flat(value) in text, value
    assert "⽇" not in text  # U+2F47 KANGXI RADICAL SUN, which shares 日's glyph in the font


def test_characters_sharing_a_glyph_read_back_as_the_text_had_them(pdf):
    # IPAex Gothic draws each pair with one glyph; Qt's own ToUnicode map would give the first of
    # each (a radical, a combining mark) and could not name 𠀋 (beyond the BMP) at all.
    samples = "日本 子ども 長い 水 馬 鳥 身 English — fluent 𠀋 𡈽"
    data = pdf.render_profile(english_profile(summary=samples))
    assert flat(samples) in flat(page_text(data))


def test_characters_the_font_lacks_are_reported(pdf):
    _, fitted = pdf.render_profile_fitted(english_profile(summary="Speaks دری well 🙂"))
    assert set(fitted.missing) == set("دری🙂")
    assert pdf.render_profile_fitted(japanese_profile())[1].missing == ""


def test_labels_default_to_english_and_follow_the_profile(pdf):
    data = pdf.render_profile(english_profile(labels={"skills": "Key skills"}))
    text = page_text(data)
    assert "Key skills" in text and "Summary" in text and "Experience" in text
    assert pdf.LABELS["note"] in text
    assert "Introduced by Bridge to Work Japan (NPO)" in text


def test_desired_roles_not_in_the_headline_get_a_section(pdf):
    data = pdf.render_profile(english_profile(headline="Engineering roles",
                                              desired_roles=("Civil engineer", "Surveyor")))
    text = page_text(data)
    assert "Engineering roles" in text and "Desired roles" in text and "Surveyor" in text
    # and none when the headline already says them
    assert "Desired roles" not in page_text(pdf.render_profile(english_profile()))


def test_values_are_escaped_never_markup(pdf):
    hostile = ('<a href="https://evil.example/x">link</a> <img src="file:///etc/passwd"> '
               '<b>bold</b> &amp; <script>alert(1)</script>')
    data = pdf.render_profile(english_profile(summary=hostile, skills=("<i>x</i>",)))
    text = page_text(data)
    assert '<a href="https://evil.example/x">link</a>' in text
    assert "<script>alert(1)</script>" in text and "&amp;" in text and "<i>x</i>" in text
    assert b"/URI" not in data and b"/Annots" not in data and b"/Image" not in data


# -- metadata and structure ---------------------------------------------------------------------

FORBIDDEN_KEYS = {"/Annots", "/AcroForm", "/JavaScript", "/JS", "/OpenAction", "/AA", "/Outlines",
                  "/EmbeddedFiles", "/Names", "/Launch", "/URI", "/XFA", "/Metadata", "/Dests",
                  "/ViewerPreferences", "/PieceInfo"}


def all_keys(doc: PdfReader) -> set[str]:
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    keys: set[str] = set()
    seen: set[int] = set()

    def walk(obj):
        if isinstance(obj, IndirectObject):
            if obj.idnum in seen:
                return
            seen.add(obj.idnum)
            obj = obj.get_object()
        if isinstance(obj, DictionaryObject):
            for key, value in obj.items():
                keys.add(str(key))
                walk(value)
        elif isinstance(obj, ArrayObject):
            for value in obj:
                walk(value)

    walk(doc.trailer)
    for number in range(1, int(doc.trailer["/Size"])):
        walk(doc.get_object(number))
    return keys


@pytest.mark.parametrize("make", [english_profile, japanese_profile])
def test_metadata_is_scrubbed(pdf, make):
    profile = make()
    data = pdf.render_profile(profile)
    doc = reader(data)
    assert dict(doc.metadata) == {"/Title": f"{profile.title} {profile.code}",
                                  "/Creator": "Kakehashi", "/Producer": pdf.PRODUCER}
    assert "Qt" not in pdf.PRODUCER
    for needle in (b"Qt 6", b"Qt ", b"CreationDate", b"ModDate", b"xpacket", b"xmp:", b"uuid:",
                   b"/Author", b"/Subject", b"/Keywords"):
        assert needle not in data, needle
    assert "/Metadata" not in doc.trailer["/Root"]


@pytest.mark.parametrize("make", [english_profile, japanese_profile])
def test_no_annotations_forms_scripts_outlines_or_attachments(pdf, make):
    doc = reader(pdf.render_profile(make()))
    assert not (all_keys(doc) & FORBIDDEN_KEYS)
    assert set(doc.trailer["/Root"].keys()) == {"/Type", "/Pages"}


def test_same_profile_same_bytes(pdf):
    for make in (english_profile, japanese_profile):
        assert pdf.render_profile(make()) == pdf.render_profile(make())
    assert pdf.render_profile(english_profile()) != pdf.render_profile(english_profile(code="KH-0000-0000"))


# -- too much to fit ----------------------------------------------------------------------------


def test_a_very_long_summary_is_cut_with_an_ellipsis_on_one_page(pdf):
    sentence = "Experienced engineer who enjoys solving practical problems on construction sites."
    profile = english_profile(summary=" ".join([sentence] * 120))
    data, fitted = pdf.render_profile_fitted(profile)
    assert len(reader(data).pages) == 1
    assert fitted.trimmed == ["summary"] and not fitted.clipped
    assert fitted.scale == pdf.MIN_SCALE
    text = page_text(data)
    assert text.count(sentence) >= 3 and "…" in unicodedata.normalize("NFC", "".join(
        p.extract_text() for p in reader(data).pages))
    # the rest of the page is all there
    for skill in profile.skills:
        assert skill in text
    assert profile.aspirations.split()[0] in text and ORG.email in text


def test_a_slightly_long_profile_is_drawn_smaller_not_cut(pdf):
    profile = english_profile(summary=" ".join(["A summary sentence of medium length."] * 30))
    data, fitted = pdf.render_profile_fitted(profile)
    assert len(reader(data).pages) == 1
    assert fitted.complete and fitted.scale < 1.0
    assert profile.summary in page_text(data)


def test_long_lists_show_the_first_items_and_how_many_more(pdf):
    skills = tuple(f"Skill {i:02d}" for i in range(80))
    data, fitted = pdf.render_profile_fitted(english_profile(skills=skills))
    text = page_text(data)
    assert len(reader(data).pages) == 1 and "skills" in fitted.trimmed
    shown = [s for s in skills if s in text]
    assert shown == list(skills[: len(shown)]) and 8 <= len(shown) < 80
    assert f"+{80 - len(shown)} more" in text


def test_japanese_overflow_uses_the_japanese_label(pdf):
    profile = japanese_profile(summary="長い概要の文です。" * 500, skills=tuple(f"スキル{i}" for i in range(70)))
    data, fitted = pdf.render_profile_fitted(profile)
    text = page_text(data)
    assert len(reader(data).pages) == 1 and {"summary", "skills"} <= set(fitted.trimmed)
    assert re.search(r"ほか\s*\d+\s*件", text)


def test_a_pathological_profile_is_still_one_page(pdf):
    profile = english_profile(
        facts=tuple(Fact(f"Label {i}", "value " * 20) for i in range(120)),
        skills=("x" * 3000,), summary="y" * 30000,
        experience=tuple(ExperienceItem("Title " * 30, "Detail " * 30, "Text " * 400)
                         for _ in range(30)),
        headline="Role " * 400)
    data, fitted = pdf.render_profile_fitted(profile)
    assert len(reader(data).pages) == 1
    assert "summary" in fitted.trimmed and "headline" in fitted.trimmed


def test_empty_profile_renders(pdf):
    data = pdf.render_profile(Profile(code="KH-0000-0000", lang="en", title="Candidate profile",
                                      headline=None))
    assert len(reader(data).pages) == 1
    assert "KH-0000-0000" in page_text(data)


# -- booklet ------------------------------------------------------------------------------------


def test_booklet_has_a_cover_and_one_page_per_profile(pdf):
    profiles = [english_profile(code=f"KH-000{i}-AAAA") for i in range(3)]
    data = pdf.render_booklet(profiles)
    doc = reader(data)
    assert len(doc.pages) == 4
    cover = doc.pages[0].extract_text()
    assert all(p.code in cover for p in profiles) and "Shortlist" in cover
    for page, profile in zip(doc.pages[1:], profiles):
        assert profile.code in page.extract_text()
    assert dict(doc.metadata) == {"/Title": "Shortlist", "/Creator": "Kakehashi",
                                  "/Producer": pdf.PRODUCER}
    assert len(reader(pdf.render_booklet(profiles, cover=False)).pages) == 3


def test_a_long_shortlist_has_a_cover_of_several_pages(pdf):
    profiles = [japanese_profile(code=f"KH-{i:04d}-BBBB") for i in range(60)]
    doc = reader(pdf.render_booklet(profiles))
    cover_pages = len(doc.pages) - 60
    assert cover_pages >= 2
    cover = " ".join(p.extract_text() for p in doc.pages[:cover_pages])
    assert all(p.code in cover for p in profiles) and "候補者リスト" in flat(cover)
    with pytest.raises(ValueError):
        pdf.render_booklet([])


# -- files --------------------------------------------------------------------------------------


def test_write_pdf_is_atomic_and_private(pdf, tmp_path):
    data = pdf.render_profile(english_profile())
    target = tmp_path / pdf.profile_filename(english_profile())
    assert target.name == "KH-7Q2M-X4BD.pdf"
    os.umask(0o022)
    pdf.write_pdf(target, data)
    assert target.read_bytes() == data
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    pdf.write_pdf(target, data)  # replaces, still private
    assert target.read_bytes() == data and stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temp file left


def test_write_pdf_refuses_what_is_not_a_pdf_and_leaves_nothing(pdf, tmp_path):
    with pytest.raises(ValueError):
        pdf.write_pdf(tmp_path / "x.pdf", b"Ahmad Karimi")
    assert list(tmp_path.iterdir()) == []


def test_file_names_are_candidate_codes_only(pdf):
    for bad in ("../etc/passwd", "Ahmad Karimi", "", "a/b", "KH 1234", "D-2024-0117", "KH-0000-00IO",
                "kh-7q2m-x4bd", "KH-7Q2M-X4BD/../x"):
        with pytest.raises(ValueError):
            pdf.profile_filename(english_profile(code=bad))


# -- threads and processes ----------------------------------------------------------------------


def test_renders_in_worker_threads_as_on_the_main_thread(pdf):
    expected = {make.__name__: pdf.render_profile(make()) for make in (english_profile, japanese_profile)}
    results, errors = [], []

    def work(offset: int) -> None:
        try:
            for i in range(4):
                make = (english_profile, japanese_profile)[(i + offset) % 2]
                results.append(pdf.render_profile(make()) == expected[make.__name__])
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors and len(results) == 12 and all(results)


def test_rendering_does_not_drain_none(pdf):
    # PySide6 6.12 on CPython 3.11 dropped a reference to None on every void Qt call, and the
    # interpreter aborted after a few hundred renders: the pin in pyproject.toml avoids it.
    pdf.render_profile(english_profile())
    before = sys.getrefcount(None)
    for _ in range(30):
        pdf.render_profile(japanese_profile())
    assert sys.getrefcount(None) >= before


def run_child(code: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=300)


def test_headless_without_any_qt_application(tmp_path):
    # The command line: no application, no platform chosen. 300 renders also prove the process
    # survives PySide6's None references (it aborted at exit after ~200 without the fix).
    result = run_child(f"""
        import os, sys
        from tests.unit.test_render import english_profile, japanese_profile
        from app.render.pdf import render_profile, write_pdf
        from PySide6.QtGui import QGuiApplication
        for i in range(300):
            data = render_profile(english_profile() if i % 2 else japanese_profile())
        write_pdf(__import__("pathlib").Path({str(tmp_path)!r}) / "KH-9R3T-0PMN.pdf", data)
        assert type(QGuiApplication.instance()) is QGuiApplication
        print(os.environ["QT_QPA_PLATFORM"])
    """)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "offscreen"
    assert "Fatal" not in result.stderr
    assert (tmp_path / "KH-9R3T-0PMN.pdf").read_bytes().startswith(b"%PDF-")


def test_no_application_and_a_worker_thread_is_a_clear_error():
    result = run_child("""
        import threading
        from tests.unit.test_render import english_profile
        from app.render.pdf import RenderError, render_profile
        seen = []
        def work():
            try:
                render_profile(english_profile())
            except RenderError as exc:
                seen.append(str(exc))
        t = threading.Thread(target=work); t.start(); t.join()
        print(seen[0])
    """)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "main thread" in result.stdout


def test_a_bare_core_application_is_a_clear_error():
    result = run_child("""
        from PySide6.QtCore import QCoreApplication
        app = QCoreApplication([])
        from tests.unit.test_render import english_profile
        from app.render.pdf import RenderError, render_profile
        try:
            render_profile(english_profile())
        except RenderError as exc:
            print("refused:", exc)
    """)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("refused:")


def test_the_renderer_keeps_to_its_layer():
    # only app/render may import QtGui; nothing in app/ imports QtWidgets
    for path in (ROOT / "app" / "render").glob("*.py"):
        assert "QtWidgets" not in path.read_text(encoding="utf-8")
    assert "PySide6" not in (ROOT / "app" / "render" / "readback.py").read_text(encoding="utf-8")

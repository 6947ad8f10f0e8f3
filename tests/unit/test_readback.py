"""The read-back: whatever a recipient could read out of a PDF, searched for identifiers.

It should never fire on a real export (the allow-list and the scanner come first), so these tests
plant identifiers where the first net would have had to miss them: in the free text (as a
recipient reads it: wrapped, spaced, full-width), in the metadata, in an XMP packet, in an
annotation, in a stream of its own; and check that a clean profile gives nothing.
"""

from __future__ import annotations

import io
import zlib

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from app.render.readback import ReadBack, extract, find_identifiers, normalize, ttf_names
from tests.unit.test_render import english_profile, ensure_app, japanese_profile

#: What the dossier behind the sample profiles would know about the person.
IDENTIFIERS = ["Ahmad Karimi", "Karimi", "アフマド・カリミ", "山田太郎", "090-4417-2208",
               "+81 90 4417 2208", "ahmad.karimi@example.org", "1990-04-12", "AB12345678CD",
               "Herat", "Afghan", "Afghanistan", "D-2024-0117", "Ali"]


@pytest.fixture(scope="module", autouse=True)
def qt_app():
    return ensure_app()


@pytest.fixture(scope="module")
def render():
    from app.render.pdf import render_profile

    return render_profile


def rewritten(data: bytes, change) -> bytes:
    """``data`` with ``change(writer)`` applied, as a new PDF."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# -- a clean profile ----------------------------------------------------------------------------


@pytest.mark.parametrize("make", [english_profile, japanese_profile])
def test_a_clean_profile_holds_no_identifier(render, make):
    assert find_identifiers(render(make()), IDENTIFIERS) == []


def test_extract_reads_text_streams_and_metadata(render):
    profile = english_profile()
    read = extract(render(profile))
    assert isinstance(read, ReadBack) and read.page_count == 1
    assert profile.code in read.text and "Structural analysis" in read.text
    assert read.metadata == {"/Title": "Candidate profile KH-7Q2M-X4BD", "/Creator": "Kakehashi",
                             "/Producer": "Kakehashi"}
    assert any(b" Tj" in s for s in read.streams)  # a page's contents, decompressed
    assert any(b"beginbfchar" in s for s in read.streams)  # the ToUnicode map
    assert "font" in read.stream_kinds and len(read.stream_kinds) == len(read.streams)
    assert "IPAexGothic" in read.fonts  # the embedded font's name table


def test_japanese_text_is_read_without_spurious_breaks(render):
    read = extract(render(japanese_profile()))
    assert "限られた予算と多様なチームの中で安全と記録を重視して働いてきました。" in read.text
    assert "日本語" in read.text


# -- identifiers planted in the text ------------------------------------------------------------


@pytest.mark.parametrize("written, needle", [
    ("09044172208", "090-4417-2208"), ("090 4417 2208", "090-4417-2208"),
    ("090-4417-2208", "09044172208"), ("(090) 4417-2208", "090-4417-2208"),
    ("090.4417.2208", "090 4417 2208"), ("０９０‐４４１７‐２２０８", "090-4417-2208"),
    ("+81 90 4417 2208", "+81-90-4417-2208"), ("+819044172208", "+81 90 4417 2208"),
])
def test_a_phone_number_is_found_however_it_is_spaced(render, written, needle):
    profile = english_profile(summary=f"Reach me at {written} any evening after work.")
    assert find_identifiers(render(profile), [needle]) == [needle]


@pytest.mark.parametrize("written", ["Ahmad Karimi", "AHMAD   KARIMI", "ahmad karimi", "Ａｈｍａｄ Ｋａｒｉｍｉ"])
def test_a_name_is_found_in_any_case_spacing_or_width(render, written):
    profile = english_profile(summary=f"My name is {written} and I was a site engineer.")
    assert find_identifiers(render(profile), ["Ahmad Karimi"]) == ["Ahmad Karimi"]


def test_a_name_broken_across_lines_is_found(render):
    filler = "word " * 13
    for offset in range(0, 14):  # somewhere the line wraps between, or inside, the name parts
        summary = filler[: offset * 5] + "Ahmad Karimi-Noori " + filler
        found = find_identifiers(render(english_profile(summary=summary)),
                                 ["Ahmad Karimi-Noori", "Karimi-Noori"])
        assert found == ["Ahmad Karimi-Noori", "Karimi-Noori"], offset


def test_a_japanese_name_broken_across_lines_is_found(render):
    for offset in range(0, 40, 3):
        summary = "あ" * offset + "山田太郎" + "い" * 60
        assert find_identifiers(render(japanese_profile(summary=summary)), ["山田太郎", "山田 太郎"]) \
            == ["山田太郎", "山田 太郎"], offset


def test_words_must_stand_alone_but_cjk_and_numbers_need_not(render):
    profile = english_profile(summary="Quality control of materials; Ali's team; born 1990 04 12.")
    found = find_identifiers(render(profile), ["Ali", "Alice", "ality", "1990-04-12", "Herat"])
    assert found == ["Ali", "1990-04-12"]


def test_a_latin_name_in_japanese_text_is_found(render):
    profile = japanese_profile(summary="以前はKarimiさんのチームで働いていました。")
    assert find_identifiers(render(profile), ["Karimi", "Ahmad Karimi"]) == ["Karimi"]


def test_a_demonym_or_country_in_the_free_text_is_found(render):
    profile = english_profile(aspirations="As an Afghan engineer I want to build bridges.")
    assert find_identifiers(render(profile), ["Afghan", "Afghanistan"]) == ["Afghan"]


def test_short_numbers_are_not_matched_inside_other_numbers(render):
    # "40" (workers) and "2026" are on the page; a 4-digit needle is compared as written
    found = find_identifiers(render(english_profile()), ["4417", "0142", "5555-0142"])
    assert found == ["0142", "5555-0142"]  # the nonprofit's own phone is on the page, by design


def test_empty_and_one_character_needles_are_ignored(render):
    assert find_identifiers(render(english_profile()), ["", " ", "a", "日"]) == []


# -- identifiers planted elsewhere in the file --------------------------------------------------


def test_a_name_in_the_document_information_is_found(render):
    data = rewritten(render(english_profile()), lambda w: w.add_metadata({"/Author": "Ahmad Karimi"}))
    assert find_identifiers(data, IDENTIFIERS) == ["Ahmad Karimi", "Karimi"]
    assert extract(data).metadata["/Author"] == "Ahmad Karimi"


def test_a_name_in_an_xmp_packet_is_found(render):
    xmp = ('<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
           '<dc:creator>山田太郎</dc:creator></x:xmpmeta><?xpacket end="w"?>').encode()

    def add(writer):
        stream = DecodedStreamObject()
        stream.set_data(xmp)
        stream.update({NameObject("/Type"): NameObject("/Metadata"),
                       NameObject("/Subtype"): NameObject("/XML")})
        writer.root_object[NameObject("/Metadata")] = writer._add_object(stream)

    data = rewritten(render(japanese_profile()), add)
    assert find_identifiers(data, IDENTIFIERS) == ["山田太郎"]
    assert "山田太郎" in extract(data).metadata["xmp"]


def test_a_name_in_an_annotation_is_found(render):
    def add(writer):
        annot = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Text"),
            NameObject("/Rect"): ArrayObject([NumberObject(0)] * 4),
            NameObject("/Contents"): TextStringObject("call ahmad.karimi@example.org"),
        })
        writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(annot)])

    data = rewritten(render(english_profile()), add)
    assert find_identifiers(data, IDENTIFIERS) == ["Karimi", "ahmad.karimi@example.org"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-be", "latin-1"])
def test_a_name_in_a_compressed_stream_is_found_in_any_encoding(render, encoding):
    def add(writer):
        stream = DecodedStreamObject()
        stream.set_data(b"\x00\x01junk " + "Karimi family, Herat".encode(encoding) + b" \xff")
        writer.root_object[NameObject("/Extra")] = writer._add_object(stream.flate_encode())

    data = rewritten(render(english_profile()), add)
    assert zlib.compress(b"x") and b"Herat" not in data  # compressed: not in the raw bytes
    assert find_identifiers(data, IDENTIFIERS) == ["Karimi", "Herat"]


def test_actual_text_of_marked_content_is_read(render):
    def add(writer):
        page = writer.pages[0]
        content = page.get_contents().get_data()
        hidden = "Ahmad Karimi".encode("utf-16-be").hex().upper()
        page.replace_contents(_stream(content + f"\n/Span << /ActualText <FEFF{hidden}> >> BDC EMC\n".encode()))

    data = rewritten(render(english_profile()), add)
    read = extract(data)
    assert "Ahmad Karimi" in read.actual_text
    assert find_identifiers(read, ["Ahmad Karimi"]) == ["Ahmad Karimi"]


def _stream(data: bytes):
    stream = DecodedStreamObject()
    stream.set_data(data)
    return stream


def test_what_cannot_be_read_back_is_an_error(render):
    with pytest.raises(Exception):
        extract(b"%PDF-1.4 not really")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(render(english_profile()))))
    writer.encrypt("secret", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ValueError):
        extract(out.getvalue())


# -- helpers ------------------------------------------------------------------------------------


def test_normalize():
    assert normalize("  ＡＨＭＡＤ\n\tKarimi ") == "ahmad karimi"
    assert normalize("山田\n太郎 さん") == "山田太郎さん"
    assert normalize("Straße") == "strasse"


def test_ttf_names_of_the_bundled_font():
    from app.resources import resource_path

    names = ttf_names(resource_path("fonts", "ipaexg.ttf").read_bytes())
    assert "IPAexGothic" in names
    assert ttf_names(b"not a font") == []

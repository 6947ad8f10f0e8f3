"""Nothing identifying leaves the vault: a corpus of dossiers whose free text hides their own
identifiers in many disguises is exported through the command line, and every PDF is searched
(extracted text, metadata, decompressed streams) by an oracle that shares no code with the
scanner.

Also: every skill and desired role is on the profile.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
import zlib

import pytest
from pypdf import PdfReader

from app.disclosure import countries
from app.disclosure.known import is_prefecture
from app.synthetic import generate_document
from tests.support import PASSPHRASE, init_vault_cli, run_cli

P = PASSPHRASE + "\n"
COMPANY = "Hakata Logistics Co."
HONORIFICS = ["Mr. {}", "Ms. {}", "Dr. {}", "{}-san", "{}さん", "{}'s", "{}’s", "{} 様"]
#: Not names of anyone: words the generator writes where a self-employed person has no employer.
GENERIC_EMPLOYERS = {"self-employed", "freelance", "own business", "family business", "family farm"}
PLACEHOLDERS = {"unknown", "not known", "n/a", "-"}
FULLWIDTH = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def digits(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isdigit())


# -- disguises ----------------------------------------------------------------------------------


def disguise_name(rng: random.Random, name: str) -> str:
    form = rng.choice(["plain", "upper", "lower", "honorific", "fullwidth", "accent-free"])
    if form == "upper":
        name = name.upper()
    elif form == "lower":
        name = name.lower()
    elif form == "fullwidth":
        name = name.translate(FULLWIDTH)
    elif form == "accent-free":
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    if rng.random() < 0.4:
        name = rng.choice(HONORIFICS).format(name)
    return name


def disguise_phone(rng: random.Random, phone: str) -> str:
    d = digits(phone)
    if d.startswith("81"):
        d = "0" + d[2:]
    local = d
    groups = [local[:3], local[3:7], local[7:]] if len(local) == 11 else [local[:2], local[2:6], local[6:]]
    sep = rng.choice(["-", " ", ".", "", "‐", "－"])
    text = sep.join(g for g in groups if g)
    form = rng.choice(["local", "intl", "intl-paren", "fullwidth"])
    if form == "intl":
        text = "+81 " + sep.join([groups[0][1:], *groups[1:]])
    elif form == "intl-paren":
        text = "+81 (0)" + sep.join([groups[0][1:], *groups[1:]])
    elif form == "fullwidth":
        text = text.translate(FULLWIDTH)
    return text


def disguise_card(rng: random.Random, card: str) -> str:
    card = rng.choice([card, card.lower(), card[:2] + " " + card[2:6] + " " + card[6:10] + " " + card[10:]])
    return card


def disguise_date(rng: random.Random, iso: str) -> str:
    if len(iso) != 10:
        return iso
    y, m, d = (int(p) for p in iso.split("-"))
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    return rng.choice([iso, f"{d} {months[m - 1]} {y}", f"{months[m - 1]} {d}, {y}",
                       f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}"])


def identifiers_of(dossier: dict) -> dict[str, list[str]]:
    """The oracle's list: what must never appear in this dossier's PDF."""
    names = dossier["names"]
    parts = set()
    for value in [names.get("full", ""), names.get("given", ""), names.get("family", ""),
                  names.get("preferred", ""), *names.get("aliases", ()), *names.get("other_scripts", ())]:
        for part in re.split(r"[\s・＝=\-]+", value):
            if len(part) >= 3 or (part and not part.isascii()):
                parts.add(part)
    # A prefecture of Japan is the profile's own granularity (preferred locations), and
    # "unknown" names no place: neither identifies (the definition, not the scanner's matching,
    # is shared with app.disclosure.known).
    places = [p for p in [dossier.get("hometown"), *(f.get("location") for f in dossier.get("family", ()))]
              if p and not is_prefecture(p) and fold(p) not in PLACEHOLDERS]
    family = [part for f in dossier.get("family", ()) for part in (f.get("name") or "").split() if len(part) >= 3]
    contact = dossier.get("contact", {})
    ids = {
        "name": sorted(parts | set(family)),
        "place": places,
        "email": list(contact.get("emails", ())),
        "phone": [digits(p)[-8:] for p in contact.get("phones", ())],
        "card": [re.sub(r"\W", "", dossier.get("residence", {}).get("card_number", "")).casefold()] if dossier.get("residence", {}).get("card_number") else [],
        "employer": [e["employer"] for e in dossier.get("experience", ())
                     if e.get("employer") and fold(e["employer"]) not in GENERIC_EMPLOYERS],
        "institution": [e["institution"] for e in dossier.get("education", ()) if e.get("institution")],
        "birth": [dossier["birth_date"]] if len(dossier.get("birth_date", "")) == 10 else [],
        "ref": [dossier["ref"]],
    }
    origin = dossier.get("country_of_origin")
    if origin and origin not in ("XX", "ZZ"):
        country = countries.country(origin)
        ids["country"] = [country.name("en"), *country.demonyms("en")[:1]] if country else []
    return ids


def plant(rng: random.Random, dossier: dict) -> None:
    """Hide the dossier's identifiers, disguised, in its shareable free text."""
    names = dossier["names"]
    contact = dossier.get("contact", {})
    given = names.get("given") or names["full"].split()[0]
    family = names.get("family") or names["full"].split()[-1]
    bits = [
        f"{disguise_name(rng, given)} is motivated and reliable.",
        f"References from {disguise_name(rng, family)}'s former manager are available.",
    ]
    if names.get("other_scripts"):
        bits.append(f"（{names['other_scripts'][0]}）")
    if contact.get("phones"):
        bits.append(f"Reach out at {disguise_phone(rng, contact['phones'][0])} any time.")
    if contact.get("emails"):
        email = contact["emails"][0]
        bits.append(rng.choice([f"Email {email}.", f"Email {email.replace('@', ' [at] ')}.",
                                f"Mail: {email.upper()}"]))
    card = dossier.get("residence", {}).get("card_number")
    if card:
        bits.append(f"Card {disguise_card(rng, card)} checked.")
    if dossier.get("hometown"):
        bits.append(f"Grew up in {dossier['hometown'].upper() if rng.random() < 0.3 else dossier['hometown']}.")
    for member in dossier.get("family", ())[:1]:
        if member.get("name"):
            bits.append(f"Supports {disguise_name(rng, member['name'])}.")
    for item in dossier.get("experience", ())[:1]:
        if item.get("employer"):
            bits.append(f"Worked at {item['employer']} for years.")
    for item in dossier.get("education", ())[:1]:
        if item.get("institution"):
            bits.append(f"Graduated from {item['institution']}.")
    if len(dossier.get("birth_date", "")) == 10:
        bits.append(f"Born {disguise_date(rng, dossier['birth_date'])}.")
    origin = dossier.get("country_of_origin")
    country = countries.country(origin) if origin else None
    if country and origin not in ("XX", "ZZ"):
        demonyms = country.demonyms("en")
        bits.append(rng.choice([f"Left {country.name('en')} in 2021.",
                                f"A {demonyms[0] if demonyms else country.name('en')} professional."]))
    rng.shuffle(bits)
    half = len(bits) // 2
    dossier["summary"] = (dossier.get("summary", "") + " " + " ".join(bits[:half])).strip()
    dossier["aspirations"] = (dossier.get("aspirations", "") + " " + " ".join(bits[half:])).strip()
    if dossier.get("experience"):
        dossier["experience"][0]["description"] = (
            (dossier["experience"][0].get("description") or "") + " " + rng.choice(bits)).strip()
    dossier["consents"] = [{"purpose": "share_anonymized_profile", "scope": "any", "given_on": "2026-01-01"}]


@pytest.fixture(scope="module")
def corpus():
    rng = random.Random(4242)
    doc = generate_document(220, seed=11)
    doc["companies"].append({"name": COMPANY})
    for dossier in doc["dossiers"]:
        plant(rng, dossier)
    return doc


def pdf_views(path) -> dict[str, str]:
    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    raw = path.read_bytes()
    streams = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S):
        try:
            streams.append(zlib.decompress(match.group(1)))
        except zlib.error:
            streams.append(match.group(1))
    stream_text = " ".join(s.decode("latin-1") + " " + s.decode("utf-16-be", "ignore") for s in streams)
    return {"text": text, "metadata": meta, "streams": stream_text}


def leaks(views: dict[str, str], ids: dict[str, list[str]]) -> list[str]:
    found = []
    text, meta, streams = fold(views["text"]), fold(views["metadata"]), views["streams"]
    all_digits = digits(views["text"])
    for kind, values in ids.items():
        for value in values:
            if not value:
                continue
            if kind == "phone":
                if value in all_digits:
                    found.append(f"phone …{value[-4:]}")
                continue
            if kind == "card":
                if value in re.sub(r"\W", "", text):
                    found.append("card")
                continue
            needle = fold(value)
            pattern = r"(?<!\w)" + re.escape(needle) + r"(?!\w)" if needle.isascii() else re.escape(needle)
            for where, haystack in (("text", text), ("metadata", meta)):
                if re.search(pattern, haystack):
                    found.append(f"{kind} in {where}")
            if len(value) >= 5 and value in streams:
                found.append(f"{kind} in a stream")
    return found


@pytest.mark.slow
def test_a_disguised_corpus_exports_without_a_single_identifier(corpus, tmp_path):
    vault = tmp_path / "vault"
    init_vault_cli(vault)
    source = tmp_path / "corpus.json"
    source.write_text(json.dumps(corpus, ensure_ascii=False))
    assert run_cli("import", str(vault), str(source), "--passphrase-stdin", stdin=P).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    refs = [d["ref"] for d in corpus["dossiers"]]
    result = run_cli("export-profile", str(vault), *refs, "--for", COMPANY, "--out-dir", str(out),
                     "--passphrase-stdin", stdin=P, timeout=900)
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(lines) == len(refs), result.stderr
    refused = [line for line in lines if line[1] != "exported"]
    assert result.returncode == (3 if refused else 0)
    assert not refused, refused[:5]
    by_ref = {d["ref"]: d for d in corpus["dossiers"]}
    problems = []
    for ref, _, path in lines:
        dossier = by_ref[ref]
        assert ref not in path and dossier["names"]["full"] not in path
        views = pdf_views(__import__("pathlib").Path(path))
        for leak in leaks(views, identifiers_of(dossier)):
            problems.append(f"{ref}: {leak}")
        text = fold(views["text"])
        for wanted in [*dossier.get("skills", ()), *dossier.get("desired_roles", ())]:
            if fold(wanted) not in text:
                problems.append(f"{ref}: missing {wanted!r}")
    assert problems == [], problems[:20]

#!/usr/bin/env python3
"""Bring the .ts files in step with ``ui/`` and fill new Japanese entries from ``.tsv`` files.

    .venv/bin/python tools/merge_translations.py [FILE.tsv ...]

1. ``pyside6-lupdate`` over every ``ui/**/*.py`` (``-no-obsolete``): Japanese (all messages) and
   English (plurals only).
2. Each unfinished Japanese message whose (context, source) is in a ``.tsv`` (default:
   ``resources/translations/pending/*.tsv``; lines ``Context<TAB>source<TAB>Japanese``, ``\\n``
   for a newline) gets that translation; each unfinished English plural gets its singular and
   plural forms from the source's ``(s)``.
3. Prints what is still unfinished (``tests/ui/test_translations.py`` fails on those).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def lupdate(*args: str) -> None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(tool), *sources(), "-no-obsolete", "-silent", *args], check=True, cwd=ROOT)


def read_tsv(paths: list[Path]) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for path in paths:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                print(f"{path.name}:{number}: expected 3 tab-separated fields", file=sys.stderr)
                continue
            context, source, text = (p.replace("\\n", "\n") for p in parts)
            found[(context, source)] = text
    return found


def english_forms(source: str) -> list[str]:
    singular = re.sub(r"\((s|es)\)", "", source)
    plural = re.sub(r"\((s|es)\)", r"\1", source)
    return [singular, plural]


def fill(ts: Path, table: dict[tuple[str, str], str] | None) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            numerus = message.get("numerus") == "yes"
            if table is None:  # English: plural forms from the source
                forms = english_forms(source)
            elif (name, source) in table:
                forms = [table[(name, source)]]
            else:
                missing.append(f"[{name}] {source!r}")
                continue
            translation.attrib.pop("type", None)
            if numerus:
                for child in list(translation):
                    translation.remove(child)
                translation.text = "\n            "
                for form in forms:
                    element = ET.SubElement(translation, "numerusform")
                    element.text = form
                    element.tail = "\n            "
            else:
                translation.text = forms[0]
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    return missing


def main(argv: list[str]) -> int:
    tsv = [Path(a) for a in argv] or sorted((TRANSLATIONS / "pending").glob("*.tsv"))
    lupdate("-ts", str(TRANSLATIONS / "kakehashi_ja.ts"))
    lupdate("-pluralonly", "-ts", str(TRANSLATIONS / "kakehashi_en.ts"))
    missing = fill(TRANSLATIONS / "kakehashi_ja.ts", read_tsv(tsv))
    fill(TRANSLATIONS / "kakehashi_en.ts", None)
    for line in missing:
        print("unfinished:", line)
    print(f"{len(missing)} Japanese message(s) still unfinished")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

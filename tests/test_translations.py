"""Both languages are complete: every string in the .po files has its translation."""

import gettext
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

PO_FILES = sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po"))


def entries(po_file):
    blocks = po_file.read_text(encoding="utf-8").split("\n\n")
    # The first block is the header, whose msgid is empty on purpose.
    return blocks[1:]


def test_french_and_english_message_files_exist():
    assert {path.parent.parent.name for path in PO_FILES} == {"fr", "en"}


@pytest.mark.parametrize("po_file", PO_FILES, ids=lambda path: path.parent.parent.name)
def test_no_message_is_left_untranslated_or_fuzzy(po_file):
    untranslated = [
        block
        for block in entries(po_file)
        if block.strip()
        and not block.lstrip().startswith("#~")
        and ("#, fuzzy" in block or block.rstrip().endswith('msgstr ""'))
    ]

    assert untranslated == []


# French typography and compiled catalogues (#18)

FRENCH_PO = Path(settings.BASE_DIR, "locale", "fr", "LC_MESSAGES", "django.po")


def msgstrs(po_file):
    """Every translation of the file (header left out), as text."""
    from core.typography import PO_STRING, _po_unescape

    texts, current, in_msgstr = [], [], False
    for line in po_file.read_text(encoding="utf-8").split("\n"):
        match = PO_STRING.match(line)
        if match and match.group(1).startswith("msgstr"):
            if current:
                texts.append(_po_unescape("".join(current)))
            current, in_msgstr = [match.group(2)], True
        elif match and not match.group(1) and in_msgstr:
            current.append(match.group(2))
        else:
            if current:
                texts.append(_po_unescape("".join(current)))
            current, in_msgstr = [], False
    return [text for text in texts if "Content-Type" not in text]


def test_the_french_po_has_no_ordinary_space_before_high_punctuation_or_inside_quotes():
    wrong = [text for text in msgstrs(FRENCH_PO) if re.search(r" [;:!?»]|« ", text)]

    assert wrong == []


def test_running_the_typography_command_again_changes_nothing():
    from core.typography import typeset_po

    content = FRENCH_PO.read_text(encoding="utf-8")

    assert typeset_po(content) == content


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")
@pytest.mark.parametrize("po_file", PO_FILES, ids=lambda path: path.parent.parent.name)
def test_the_committed_mo_files_match_the_po_files(po_file, tmp_path):
    """A fresh clone needs no gettext: the compiled catalogues are committed, and current."""
    compiled = tmp_path / "django.mo"
    subprocess.run(
        ["msgfmt", "--check", "-o", str(compiled), str(po_file)], check=True, capture_output=True
    )
    committed = po_file.with_suffix(".mo")

    with compiled.open("rb") as fresh, committed.open("rb") as kept:
        assert gettext.GNUTranslations(kept)._catalog == gettext.GNUTranslations(fresh)._catalog, (
            "Run `manage.py compilemessages --ignore=.venv` and commit the .mo files."
        )

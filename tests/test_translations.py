"""Both languages are complete: every string in the .po files has its translation."""

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

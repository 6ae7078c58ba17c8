"""Every French public page, titles and meta tags included, is set the French way (#26)."""

import html
import re

import pytest

from tests.public_pages import NOT_FOUND_PATHS, public_paths

pytestmark = pytest.mark.django_db

# What the visitor reads or hears: the text between tags and the attributes shown elsewhere.
VISIBLE_ATTRIBUTES = re.compile(r"""\s(?:alt|title|aria-label|placeholder)=["']([^"']*)["']""")
SHOWN_META = re.compile(
    r"""<meta\s[^>]*(?:name|property)=["'][\w:]*(?:title|description)["'][^>]*"""
    r"""\scontent=["']([^"']*)["']"""
)
FAULTS = {
    "an ordinary space before ; : ! ? or »": re.compile(r"\S [;:!?»]"),
    "an ordinary space after «": re.compile(r"« "),
    "an ordinary space inside a number": re.compile(r"(?<![\d.,])\d{1,3} \d{3}(?!\d)"),
    "an HH:MM time": re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])"),
    "no space before a unit, % or €": re.compile(r"\d[%€]"),
}


def visible_texts(page):
    page = re.sub(r"<(script|style|textarea)\b.*?</\1\s*>", " ", page, flags=re.S | re.I)
    texts = [*VISIBLE_ATTRIBUTES.findall(page), *SHOWN_META.findall(page)]
    texts += re.sub(r"<[^>]*>", "\n", page).split("\n")
    return [html.unescape(text) for text in texts if text.strip()]


def faults_in(page):
    return [
        f"{fault}: {text.strip()[:120]!r}"
        for text in visible_texts(page)
        for fault, pattern in FAULTS.items()
        if pattern.search(text)
    ]


def test_the_check_finds_each_fault():
    page = (
        '<title>Sujets : séminaire</title><meta name="description" content="« eau">'
        '<img alt="Coût 139 000 €"><p>Ouvert à 09:00, 66%</p>'
    )

    assert faults_in(page) == [
        "an ordinary space inside a number: 'Coût 139 000 €'",
        "an ordinary space after «: '« eau'",
        "an ordinary space before ; : ! ? or »: 'Sujets : séminaire'",
        "an HH:MM time: 'Ouvert à 09:00, 66%'",
        "no space before a unit, % or €: 'Ouvert à 09:00, 66%'",
    ]


def test_every_french_public_page_is_set_the_french_way(client, seeded):
    paths = [path for path in public_paths(client) if path.startswith("/fr/")]
    paths.append(NOT_FOUND_PATHS[0])

    faults = {path: faults_in(client.get(path).content.decode()) for path in paths}

    assert len(paths) > 30
    assert {path: found for path, found in faults.items() if found} == {}

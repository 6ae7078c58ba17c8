"""Plain-text helpers shared by both search backends: folding, query terms, excerpts.

The PostgreSQL backend leaves matching to the database; these helpers give the SQLite
fallback the same answers for the everyday cases (case, accents, simple plurals), and turn
either backend's highlighted text into safe HTML.
"""

import html
import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

# Private-use characters never typed by staff: they survive escaping, then become <mark>.
MARK_START = "\ue000"
MARK_END = "\ue001"

TAG = re.compile(r"<[^>]*>")
# Letters and digits, without the underscore that \w also matches.
WORD = re.compile(r"[^\W_]+")
# The combining marks NFKD splits off letters; a regex removes them far faster than a loop
# (SQLite calls `fold` on every row it filters).
COMBINING_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff]")

# The words PostgreSQL's French and English dictionaries drop, for the fallback to drop too.
STOP_WORDS = {
    "fr": {
        "au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du", "elle", "en", "et",
        "il", "la", "le", "les", "leur", "mais", "ne", "nos", "notre", "nous", "ou",
        "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur", "un",
        "une", "vos", "votre", "vous",
    },
    "en": {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it",
        "of", "on", "or", "that", "the", "this", "to", "was", "with",
    },
}  # fmt: skip


def fold(text):
    """Lower case without accents or ligatures: "Gaïa" and "GAIA" both give "gaia"."""
    if text is None:
        return ""
    text = str(text).casefold()
    if text.isascii():
        return text
    text = COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text))
    return text.replace("œ", "oe").replace("æ", "ae")


def plain_text(text):
    """Rich text as a visitor reads it: without tags, entities decoded."""
    return html.unescape(TAG.sub(" ", text or ""))


def singular(word, language):
    """A crude stem that lets "écoles" find "école" and "volunteers" find "volunteer"."""
    if language == "en" and len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("aux"):
        return word[:-2]  # journaux → journa, which starts journal
    if len(word) > 3 and word[-1] in "sx":
        return word[:-1]
    return word


def query_terms(query, language):
    """The folded, singular words of a query that can match, in order, without repeats."""
    stop_words = STOP_WORDS.get(language, set())
    terms = []
    for word in WORD.findall(fold(query)):
        if len(word) < 2 or word in stop_words:
            continue
        term = singular(word, language)
        if term not in terms:
            terms.append(term)
    return terms


def term_matches(term, folded_word):
    """A word matches a term it starts with, so that "ecole" finds "ecoles"; a short term
    only matches itself and its plural, lest "or" find "organisation"."""
    if len(term) >= 4:
        return folded_word.startswith(term)
    return folded_word in (term, term + "s", term + "x")


def word_matches(word, terms):
    folded = fold(word)
    return any(term_matches(term, folded) for term in terms)


def highlight(text, terms, *, max_words=30, before=8):
    """A window of `text` around its first matching word, matches between marks.

    Gives the same shape as PostgreSQL's ts_headline so that one template shows both.
    """
    text = text.replace(MARK_START, "").replace(MARK_END, "")
    pieces = WORD.split(text)
    words = WORD.findall(text)
    if not words:
        return ""
    first = next((index for index, word in enumerate(words) if word_matches(word, terms)), 0)
    start = max(0, first - before) if first else 0
    end = min(len(words), start + max_words)
    parts = []
    for index in range(start, end):
        word = words[index]
        parts.append(f"{MARK_START}{word}{MARK_END}" if word_matches(word, terms) else word)
        if index < end - 1:
            parts.append(pieces[index + 1])
    excerpt = "".join(parts).strip()
    if start > 0:
        excerpt = "… " + excerpt
    if end < len(words):
        excerpt += " …"
    return excerpt


def excerpt_html(marked_text):
    """Escape everything, then turn the marks, and only them, into <mark> elements."""
    escaped = escape(" ".join(marked_text.split()))
    return mark_safe(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))

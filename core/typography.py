"""French typography, set by the machine so that nobody has to type invisible spaces (#18).

`french_typography(text)` puts a narrow no-break space (U+202F) before ; ! ? and a no-break
space (U+00A0) before : and inside « », in place of an ordinary space or where none was
typed. It takes plain text or HTML: tags and their attributes, entities, URLs and the
content of <code>, <pre>, <kbd>, <samp>, <script> and <style> are left exactly as they are.
A colon is only spaced when a space or the end of the text follows it, so that ratios and
URLs (https:) keep theirs. Running it twice changes nothing.

It also writes numbers, times and dates the French way (#26): a no-break space groups the
thousands ("139 000", as Django's French number format does) and comes before a unit, "%"
or "€" ("66 %", "300 m²", "3 h"); an "HH:MM" time reads "9 h", "12 h 30", a range of them
"9 h – 12 h 30"; the first of a month is "1er janvier". Visible attributes (alt, title,
aria-label, placeholder, and the content of a title or description <meta>) are set too.

It is applied to every French public page as it leaves the server
(`core.middleware.FrenchTypographyMiddleware`), so that titles, meta tags, plain-text fields,
search results and interface strings alike are set without each template remembering it;
the French Atom feed and e-mails call it themselves. `|typography` and `|rich_text` set
staff texts in places a page is not (previews, fragments), and `manage.py french_typography`
(run by `make messages`) sets the French strings of the .po file.
"""

import re

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"
SPACES = "[ \u00a0\u2009\u202f]"
# Placeholders for what must not change; private-use characters never occur in texts.
OPEN, CLOSE = "\ue000", "\ue001"

# A visitor's text in a <textarea> is sent back as typed, never rewritten.
PROTECTED = re.compile(
    r"<(code|pre|kbd|samp|script|style|textarea)\b.*?</\1\s*>"
    r"|<[^>]*>"
    r"|&#?\w+;"
    r"|\b(?:https?|ftp|mailto|tel):[^\s<>\"']*"
    r"|\bwww\.[^\s<>\"']*"
    r"|%\(\w+\)[sdifr]"
    r"|\{\{.*?\}\}|\{%.*?%\}",
    re.IGNORECASE | re.DOTALL,
)
# What may come after a sign that takes a space: a space, the end, a tag or URL placeholder,
# closing punctuation or another sign ("?!").
AFTER = rf"(?:[\s{OPEN})\]»\"’.,;!?]|$)"
BEFORE = rf"(?<=[^\s;!?:(\[«{NARROW_NBSP}{NBSP}])"
HIGH_SIGNS = re.compile(rf"{BEFORE}{SPACES}?(?=[;!?]{AFTER})")
COLON = re.compile(rf"{BEFORE}{SPACES}?(?=:{AFTER})")
OPENING_QUOTE = re.compile(rf"«{SPACES}?(?=[^\s{NBSP}{NARROW_NBSP}])")
CLOSING_QUOTE = re.compile(rf"(?<=[^\s{NBSP}{NARROW_NBSP}]){SPACES}?»")
# Numbers: digits grouped by an ordinary space, a unit after an ordinary space.
THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u202f]\d{3})+(?![\d])")
UNITS = "%|‰|€|M€|k€|\\$|USD|EUR|FCFA|m²|m³|km²|km|m|cm|kg|t|kWh|kWc|kW|MWh|MW|h|min|°C"
UNIT = re.compile(rf"(?<=\d)(?: (?=(?:{UNITS})(?![\w²³]))|(?=[%€]))")
# Times: 09:00, 9:30 and ranges of them; not parts of longer figures (10:30:00, 1:2:3).
CLOCK = r"(?<![\d:.,/])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])"
# One pass for a time and, when a dash follows, the end of its range.
TIME = re.compile(rf"{CLOCK}(?:{SPACES}*[–-]{SPACES}*{CLOCK})?")
MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
# Starting with the literal lets the engine jump from one "1" to the next.
FIRST_OF_MONTH = re.compile(rf"1(?={SPACES}(?:{MONTHS})\b)")
# Attributes a visitor sees or hears, and the <meta> tags whose content is shown elsewhere.
VISIBLE_ATTRIBUTE = re.compile(r"""(\s(?:alt|title|aria-label|placeholder)=)(["'])(.*?)\2""")
SHOWN_META = re.compile(
    r"""^<meta\s[^>]*(?:name|property)=["'][\w:]*(?:title|description|alt)["']"""
)
META_CONTENT = re.compile(r"""(\scontent=)(["'])(.*?)\2""")
SPACE_ENTITIES = {"&nbsp;": NBSP, "&#160;": NBSP, "&#xa0;": NBSP, "&#8239;": NARROW_NBSP}


def french_time(hours, minutes):
    """09, 00 → "9 h"; 12, 30 → "12 h 30"."""
    time = f"{int(hours)}{NBSP}h"
    return time if minutes == "00" else f"{time}{NBSP}{minutes}"


def _french_times(match):
    start = french_time(*match.group(1, 2))
    if match.group(3) is None:
        return start
    return f"{start}{NBSP}– {french_time(*match.group(3, 4))}"


def _first_of_month(match):
    # "11 mars" and "21 mai" end with a 1 too: only a 1 standing alone is the first.
    before = match.string[match.start() - 1 : match.start()]
    return match.group(0) if before.isalnum() else "1er"


def _typeset_attributes(tag):
    def typeset(match):
        return (
            f"{match.group(1)}{match.group(2)}{french_typography(match.group(3))}{match.group(2)}"
        )

    tag = VISIBLE_ATTRIBUTE.sub(typeset, tag)
    if SHOWN_META.match(tag):
        tag = META_CONTENT.sub(typeset, tag)
    return tag


def french_typography(text):
    if not text:
        return text
    for entity, char in SPACE_ENTITIES.items():
        text = text.replace(entity, char)
    kept = []

    def protect(match):
        found = match.group(0)
        if found.startswith("<") and not found.startswith("</") and match.group(1) is None:
            found = _typeset_attributes(found)
        kept.append(found)
        return f"{OPEN}{len(kept) - 1}{CLOSE}"

    text = PROTECTED.sub(protect, text)
    text = TIME.sub(_french_times, text)
    text = THOUSANDS.sub(lambda match: re.sub(SPACES, NBSP, match.group(0)), text)
    text = UNIT.sub(NBSP, text)
    text = FIRST_OF_MONTH.sub(_first_of_month, text)
    text = HIGH_SIGNS.sub(NARROW_NBSP, text)
    text = COLON.sub(NBSP, text)
    text = OPENING_QUOTE.sub(f"«{NBSP}", text)
    text = CLOSING_QUOTE.sub(f"{NBSP}»", text)
    return re.sub(f"{OPEN}(\\d+){CLOSE}", lambda match: kept[int(match.group(1))], text)


def typeset(text, language):
    """`text` as readers of `language` expect it: French typography in French, else as is.
    For what leaves the site without passing through a page: feeds and e-mails."""
    return french_typography(text) if language == "fr" else text


# The French .po file: every msgstr typeset, msgids and comments untouched.

PO_STRING = re.compile(r'^(msgstr(?:\[\d+\])? |)"(.*)"$')
# Every escape gettext writes in a .po string (#28: mutation testing found \\r doubled).
PO_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "v": "\v",
    '"': '"',
    "\\": "\\",
}
PO_ESCAPED = {value: f"\\{key}" for key, value in PO_ESCAPES.items()}


def _po_unescape(text):
    return re.sub(r"\\(.)", lambda match: PO_ESCAPES.get(match.group(1), match.group(0)), text)


def _po_escape(text):
    return "".join(PO_ESCAPED.get(character, character) for character in text)


def _po_lines(keyword, text, multiline):
    if not multiline and "\n" not in text.rstrip("\n"):
        return [f'{keyword}"{_po_escape(text)}"']
    # Wrapped as gettext wraps: after a line break, else after a space, at most 76 chars.
    lines, current = [f'{keyword}""'], ""
    for piece in re.findall(r"[^ \n]*(?: |\n|$)", text):
        if not piece:
            continue
        if current and len(_po_escape(current + piece)) > 76:
            lines.append(f'"{_po_escape(current)}"')
            current = ""
        current += piece
        if piece.endswith("\n"):
            lines.append(f'"{_po_escape(current)}"')
            current = ""
    if current:
        lines.append(f'"{_po_escape(current)}"')
    return lines


def typeset_po(content):
    """`content` (a French .po file) with French typography in every msgstr."""
    out, lines, index = [], content.split("\n"), 0
    header = False
    while index < len(lines):
        line = lines[index]
        if line.startswith("msgid "):
            # The header is the entry with an empty msgid: its fields keep their colons.
            header = line == 'msgid ""' and not lines[index + 1].startswith('"')
        match = PO_STRING.match(line)
        if header or not (match and match.group(1).startswith("msgstr")):
            out.append(line)
            index += 1
            continue
        keyword, parts = match.group(1), [match.group(2)]
        index += 1
        while index < len(lines) and lines[index].startswith('"'):
            parts.append(PO_STRING.match(lines[index]).group(2))
            index += 1
        text = _po_unescape("".join(parts))
        typeset = french_typography(text)
        if typeset == text:
            out += [line, *lines[index - len(parts) + 1 : index]]
        else:
            out += _po_lines(keyword, typeset, multiline=len(parts) > 1)
    return "\n".join(out)

"""French typography, set by the machine so that nobody has to type invisible spaces (#18).

`french_typography(text)` puts a narrow no-break space (U+202F) before ; ! ? and a no-break
space (U+00A0) before : and inside « », in place of an ordinary space or where none was
typed. It takes plain text or HTML: tags and their attributes, entities, URLs and the
content of <code>, <pre>, <kbd>, <samp>, <script> and <style> are left exactly as they are.
A colon is only spaced when a space or the end of the text follows it, so that times
(10:30), ratios and URLs (https:) keep theirs. Running it twice changes nothing.

It is used at display time on French staff texts (`|typography` and `|rich_text`) and on the
French interface strings of the .po file (`manage.py french_typography`, run by
`make messages`).
"""

import re

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"
SPACES = "[ \u00a0\u2009\u202f]"
# Placeholders for what must not change; private-use characters never occur in texts.
OPEN, CLOSE = "\ue000", "\ue001"

PROTECTED = re.compile(
    r"<(code|pre|kbd|samp|script|style)\b.*?</\1\s*>"
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
SPACE_ENTITIES = {"&nbsp;": NBSP, "&#160;": NBSP, "&#xa0;": NBSP, "&#8239;": NARROW_NBSP}


def french_typography(text):
    if not text:
        return text
    for entity, char in SPACE_ENTITIES.items():
        text = text.replace(entity, char)
    kept = []

    def protect(match):
        kept.append(match.group(0))
        return f"{OPEN}{len(kept) - 1}{CLOSE}"

    text = PROTECTED.sub(protect, text)
    text = HIGH_SIGNS.sub(NARROW_NBSP, text)
    text = COLON.sub(NBSP, text)
    text = OPENING_QUOTE.sub(f"«{NBSP}", text)
    text = CLOSING_QUOTE.sub(f"{NBSP}»", text)
    return re.sub(f"{OPEN}(\\d+){CLOSE}", lambda match: kept[int(match.group(1))], text)


# The French .po file: every msgstr typeset, msgids and comments untouched.

PO_STRING = re.compile(r'^(msgstr(?:\[\d+\])? |)"(.*)"$')
PO_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def _po_unescape(text):
    return re.sub(r"\\(.)", lambda match: PO_ESCAPES.get(match.group(1), match.group(0)), text)


def _po_escape(text):
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\n", "\\n")


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

"""French typography at its edges (#28): spaces already typed, what must stay, every route."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.typography import french_typography, typeset_po

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A no-break space already typed (or as an entity) becomes the right one, never two.
        (f"Quoi{NBSP}?", f"Quoi{NNBSP}?"),
        (f"Quoi{NNBSP}?", f"Quoi{NNBSP}?"),
        ("Quoi\u2009?", f"Quoi{NNBSP}?"),
        ("Quoi&nbsp;?", f"Quoi{NNBSP}?"),
        ("Quoi&#8239;?", f"Quoi{NNBSP}?"),
        ("Note&#160;: lire", f"Note{NBSP}: lire"),
        ("Note&#xa0;: lire", f"Note{NBSP}: lire"),
        (f"Note{NNBSP}: lire", f"Note{NBSP}: lire"),
        (f"«{NBSP}oui{NBSP}»", f"«{NBSP}oui{NBSP}»"),
        (f"«{NNBSP}oui{NNBSP}»", f"«{NBSP}oui{NBSP}»"),
        # A colon is spaced before a space, a line break or the end; not inside a word.
        ("Note:", f"Note{NBSP}:"),
        ("Note:\nlire", f"Note{NBSP}:\nlire"),
        ("a:b", "a:b"),
        # A sign alone, or after an opening bracket, gets no space.
        ("?", "?"),
        ("(?)", "(?)"),
        ("« ? »", f"«{NBSP}?{NBSP}»"),
        # Closing punctuation after the sign.
        ("Vraiment ?)", f"Vraiment{NNBSP}?)"),
        ("« Vraiment ? »", f"«{NBSP}Vraiment{NNBSP}?{NBSP}»"),
        ("Vraiment ?.", f"Vraiment{NNBSP}?."),
        ("Oui !?", f"Oui{NNBSP}!?"),
        ("a ; b", f"a{NNBSP}; b"),
        # What is left exactly as typed, followed by a sign that is spaced.
        ("voir https://exemple.org/?a=1 ?", f"voir https://exemple.org/?a=1{NNBSP}?"),
        ("mailto:a@exemple.fr ?", f"mailto:a@exemple.fr{NNBSP}?"),
        ("tel:+33320537676 !", f"tel:+33320537676{NNBSP}!"),
        ("www.exemple.fr/?q=1 ?", f"www.exemple.fr/?q=1{NNBSP}?"),
        ("%(name)s ?", f"%(name)s{NNBSP}?"),
        ("{{ name }} ?", f"{{{{ name }}}}{NNBSP}?"),
        ("{% if x %}a : b{% endif %}", f"{{% if x %}}a{NBSP}: b{{% endif %}}"),
        ("<PRE>a ?</PRE> b ?", f"<PRE>a ?</PRE> b{NNBSP}?"),
        ("<kbd>a ?</kbd> <samp>b !</samp>", "<kbd>a ?</kbd> <samp>b !</samp>"),
        ('<script>a = "b ?";</script>', '<script>a = "b ?";</script>'),
        ("<style>a:hover{}</style>", "<style>a:hover{}</style>"),
        ("<b>Quoi</b> ?", f"<b>Quoi</b>{NNBSP}?"),
        ("&amp; ?", f"&amp;{NNBSP}?"),
        ("", ""),
        (None, None),
    ],
)
def test_french_typography_at_its_edges(text, expected):
    assert french_typography(text) == expected


french_text = st.text(
    alphabet=st.sampled_from(["a", "é", " ", NBSP, NNBSP, "?", "!", ";", ":", "«", "»", "(", "\n"]),
    max_size=30,
)


@given(french_text)
def test_typography_twice_is_typography_once(text):
    once = french_typography(text)

    assert french_typography(once) == once


@given(french_text)
def test_typography_only_adds_or_changes_spaces(text):
    def without_spaces(value):
        return "".join(char for char in value if char not in f" {NBSP}{NNBSP}")

    assert without_spaces(french_typography(text)) == without_spaces(text)


PO = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: fr\\n"

msgid "Why?"
msgstr "Pourquoi ?"

msgid "Hours: %(hours)s"
msgstr "Horaires : %(hours)s"

msgid "Already set"
msgstr "Déjà bon"

msgid "One"
msgid_plural "Many"
msgstr[0] "Un ?"
msgstr[1] "Plusieurs ?"

msgid ""
"A long text"
msgstr ""
"Un texte assez long pour tenir sur deux lignes dans le fichier, qui "
"demande : est-ce bien le cas ?"
"""


def test_the_po_file_gets_typography_in_msgstr_only_and_keeps_its_header():
    typeset = typeset_po(PO)

    assert typeset == (
        'msgid ""\n'
        'msgstr ""\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Language: fr\\n"\n'
        "\n"
        'msgid "Why?"\n'
        f'msgstr "Pourquoi{NNBSP}?"\n'
        "\n"
        'msgid "Hours: %(hours)s"\n'
        f'msgstr "Horaires{NBSP}: %(hours)s"\n'
        "\n"
        'msgid "Already set"\n'
        'msgstr "Déjà bon"\n'
        "\n"
        'msgid "One"\n'
        'msgid_plural "Many"\n'
        f'msgstr[0] "Un{NNBSP}?"\n'
        f'msgstr[1] "Plusieurs{NNBSP}?"\n'
        "\n"
        'msgid ""\n'
        '"A long text"\n'
        'msgstr ""\n'
        '"Un texte assez long pour tenir sur deux lignes dans le fichier, qui "\n'
        f'"demande{NBSP}: est-ce bien le cas{NNBSP}?"\n'
    )
    assert typeset_po(typeset) == typeset


def test_a_po_string_with_quotes_tabs_and_line_breaks_keeps_its_escapes():
    po = 'msgid "x"\nmsgstr "Il dit \\"oui\\" ?\\tpuis\\\\ : non\\n"\n'

    assert typeset_po(po) == (
        f'msgid "x"\nmsgstr "Il dit \\"oui\\"{NNBSP}?\\tpuis\\\\{NBSP}: non\\n"\n'
    )


def test_a_long_po_string_is_wrapped_after_its_line_breaks_and_spaces():
    words = "mot " * 25
    po = f'msgid "x"\nmsgstr ""\n"Ligne ?\\n"\n"{words}fin ?"\n'

    assert typeset_po(po) == (
        f'msgid "x"\nmsgstr ""\n"Ligne{NNBSP}?\\n"\n"{"mot " * 19}"\n"{"mot " * 6}fin{NNBSP}?"\n'
    )


@pytest.mark.parametrize(
    ("po", "expected"),
    [
        # Written on two lines, it stays on two lines.
        ('msgid "x"\nmsgstr ""\n"Pourquoi ?"\n', f'msgid "x"\nmsgstr ""\n"Pourquoi{NNBSP}?"\n'),
        # A line break inside a one-line string splits it after the break, as gettext does.
        (
            'msgid "x"\nmsgstr "Quoi ?\\nX"\n',
            f'msgid "x"\nmsgstr ""\n"Quoi{NNBSP}?\\n"\n"X"\n',
        ),
        (
            'msgid "x"\nmsgstr "Quoi ?\\n \\n"\n',
            f'msgid "x"\nmsgstr ""\n"Quoi{NNBSP}?\\n"\n" \\n"\n',
        ),
        # A break at the very end keeps the string on one line.
        ('msgid "x"\nmsgstr "Quoi ?\\n"\n', f'msgid "x"\nmsgstr "Quoi{NNBSP}?\\n"\n'),
        # A file whose last line is a string, without a final line break.
        ('msgid "x"\nmsgstr ""\n"Quoi ?"', f'msgid "x"\nmsgstr ""\n"Quoi{NNBSP}?"'),
        # An escape gettext does not know is kept as it was when nothing else changes.
        ('msgid "x"\nmsgstr "Retour\\r"\n', 'msgid "x"\nmsgstr "Retour\\r"\n'),
    ],
)
def test_po_strings_keep_the_shape_gettext_gives_them(po, expected):
    assert typeset_po(po) == expected


def test_a_po_line_of_77_characters_is_wrapped_and_one_of_76_is_not():
    long_word = "a" * 72
    po = f'msgid "x"\nmsgstr ""\n"{long_word} abc b ?"\n'

    # "aaa… abc " would be 77 characters: "abc " starts the next line.
    assert typeset_po(po) == (f'msgid "x"\nmsgstr ""\n"{long_word} "\n"abc b{NNBSP}?"\n')

    po = f'msgid "x"\nmsgstr ""\n"{long_word} ab b ?"\n'

    assert typeset_po(po) == (f'msgid "x"\nmsgstr ""\n"{long_word} ab "\n"b{NNBSP}?"\n')


@pytest.mark.parametrize("escape", ["\\r", "\\a", "\\b", "\\f", "\\v", "\\t", '\\"'])
def test_every_gettext_escape_comes_back_as_it_was_written(escape):
    # Found by mutation testing: an escape the module did not know had its backslash doubled.
    po = f'msgid "Back{escape}x ?"\nmsgstr "Retour{escape}x ?"\n'

    assert typeset_po(po) == f'msgid "Back{escape}x ?"\nmsgstr "Retour{escape}x\u202f?"\n'

"""Formatted text keeps its formatting and loses anything that could run in a browser."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from association.models import Page, Programme
from core.rich_text import sanitize
from tests.factories import ProgrammeFactory, TimelineEventFactory

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "<p onmouseover=\"alert('x')\">survol</p>",
    '<a href="javascript:alert(1)">lien</a>',
    '<a href="JaVaScRiPt:alert(1)">lien</a>',
    '<a href="jav&#x09;ascript:alert(1)">lien</a>',
    '<a href=" javascript:alert(1)">lien</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">lien</a>',
    '<a href="vbscript:msgbox(1)">lien</a>',
    '<p style="background:url(javascript:alert(1))">style</p>',
    "<style>body{display:none}</style>",
    '<iframe src="https://evil.example"></iframe>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<form action="https://evil.example"><input name="q"><button>go</button></form>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    "<<script>script>alert(1)<</script>/script>",
    "<!--<script>alert(1)</script>-->",
    '<a href="https://example.org" onclick="alert(1)" target="_blank">lien</a>',
    '<h2 onclick="alert(1)" class="x" id="y">Titre</h2>',
]
FORBIDDEN = [
    "<script",
    "onerror",
    "onload",
    "onclick",
    "onmouseover",
    "javascript:",
    "vbscript:",
    "data:",
    "style=",
    "<style",
    "<iframe",
    "<object",
    "<embed",
    "<form",
    "<input",
    "<img",
    "<svg",
    "<math",
    "<base",
    "<meta",
    "target=",
    "class=",
    "id=",
]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_nothing_executable_survives_the_sanitiser(payload):
    cleaned = sanitize(payload).lower()

    assert [word for word in FORBIDDEN if word in cleaned] == []


def test_the_allowed_formatting_is_kept():
    html = (
        "<h2>Titre</h2><h3>Sous-titre</h3><h4>Intertitre</h4>"
        "<p>Un <strong>mot</strong> et un <em>autre</em>.<br>Ligne</p>"
        "<ul><li>un</li></ul><ol><li>deux</li></ol><blockquote><p>Citation</p></blockquote>"
        '<p><a href="/fr/contact/" title="Écrire">contact</a> '
        '<a href="mailto:contact@lepartenariat.org">mail</a></p>'
    )

    assert sanitize(html) == html


def test_editor_bold_and_italic_become_strong_and_em():
    assert (
        sanitize("<p><b>eau</b> <i>école</i></p>") == "<p><strong>eau</strong> <em>école</em></p>"
    )


def test_a_title_heading_becomes_text_since_the_page_has_its_own():
    assert sanitize("<h1>Grand titre</h1><p>x</p>") == "Grand titre<p>x</p>"


def test_only_external_links_get_rel_noopener(settings):
    settings.SITE_URL = "https://www.lepartenariat.org"
    html = (
        '<a href="https://www.afd.fr/fr?a=1&amp;b=2">AFD</a>'
        '<a href="https://www.lepartenariat.org/fr/">accueil</a>'
        '<a href="/fr/histoire/">histoire</a>'
        '<a href="https://evil.example" rel="opener">x</a>'
    )

    assert sanitize(html) == (
        '<a href="https://www.afd.fr/fr?a=1&amp;b=2" rel="noopener">AFD</a>'
        '<a href="https://www.lepartenariat.org/fr/">accueil</a>'
        '<a href="/fr/histoire/">histoire</a>'
        '<a href="https://evil.example" rel="noopener">x</a>'
    )


@pytest.mark.django_db
def test_pages_sanitise_text_that_was_stored_without_the_admin(client):
    programme = ProgrammeFactory(body_fr="<p>Bienvenue</p><script>alert(1)</script>")
    event = TimelineEventFactory(body_fr='<p>1981 <img src=x onerror="alert(1)"></p>')
    Page.objects.create(
        key=Page.Key.LEGAL,
        title_fr="Mentions",
        title_en="Legal",
        body_fr='<p><a href="javascript:alert(1)">ici</a></p>',
    )

    programme_html = client.get(programme.get_absolute_url()).content.decode()
    history_html = client.get("/fr/histoire/").content.decode()
    legal_html = client.get(reverse("association:legal")).content.decode()

    assert "<p>Bienvenue</p>" in programme_html and "alert(1)" not in programme_html
    assert "<p>1981 </p>" in history_html and event.title_fr in history_html
    assert "onerror" not in history_html
    assert "<p><a>ici</a></p>" in legal_html and "javascript:" not in legal_html


@pytest.mark.django_db
def test_staff_formatted_text_is_stored_sanitised_and_shown_formatted(staff_client, client):
    data = {
        "acronym": "PAEMS",
        "name_fr": "Eau dans les écoles",
        "name_en": "Water in schools",
        "slug_fr": "eau-dans-les-ecoles",
        "slug_en": "water-in-schools",
        "summary_fr": "L’eau potable dans les écoles.",
        "summary_en": "Drinking water in schools.",
        "body_fr": '<h2>Les écoles</h2><p onclick="x()"><b>124</b> écoles</p><script>x()</script>',
        "body_en": "<h2>The schools</h2><p><b>124</b> schools</p>",
        "start_year": 2012,
        "order": 0,
        "is_published": "on",
        "key_figures-TOTAL_FORMS": 0,
        "key_figures-INITIAL_FORMS": 0,
    }

    response = staff_client.post(reverse("admin:association_programme_add"), data)

    assert response.status_code == 302
    programme = Programme.objects.get(slug_fr="eau-dans-les-ecoles")
    assert programme.body_fr == "<h2>Les écoles</h2><p><strong>124</strong> écoles</p>"
    assert programme.body_en == "<h2>The schools</h2><p><strong>124</strong> schools</p>"
    english = client.get("/en/programmes/water-in-schools/").content.decode()
    assert "<h2>The schools</h2><p><strong>124</strong> schools</p>" in english


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url_name", "fields"),
    [
        ("admin:association_programme_add", ["body_fr", "body_en"]),
        ("admin:timeline_timelineevent_add", ["body_fr", "body_en"]),
        ("admin:association_page_add", ["body_fr", "body_en"]),
    ],
)
def test_each_body_tab_gets_the_formatting_editor_served_by_the_site(
    staff_client, url_name, fields
):
    html = staff_client.get(reverse(url_name), headers={"accept-language": "fr"}).content.decode()

    assert 'src="/static/vendor/pell/pell.min.js"' in html
    # The language tabs hold one editor each, so their script must load too.
    assert 'src="/static/vendor/jquery-ui/jquery-ui.min.js"' in html
    assert 'src="/static/modeltranslation/js/tabbed_translation_fields.js"' in html
    assert "/static/js/rich-text-editor.js" in html
    for field in fields:
        assert "data-rich-text=" in textarea(html, field)
    assert "&quot;Gras&quot;" in html and "&quot;Liste à puces&quot;" in html


def textarea(html, name):
    return re.search(rf'<textarea[^>]*name="{name}"[^>]*>', html).group(0)


@pytest.mark.django_db
def test_the_summary_stays_a_plain_textarea(staff_client):
    html = staff_client.get(reverse("admin:association_programme_add")).content.decode()

    assert "data-rich-text" not in textarea(html, "summary_fr")


def test_the_editor_script_and_its_library_are_in_the_static_files():
    assert finders.find("vendor/pell/pell.min.js")
    assert finders.find("js/rich-text-editor.js")

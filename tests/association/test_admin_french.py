"""Every list and form of the admin reads as French a French person wrote (#25).

Each page's headings, labels, buttons, help texts and actions are gathered and searched for
what stock Django French or an untranslated library says: "Ajout de actualité",
"Sélectionnez l’objet …", "Kio", "Mfa keys", English words."""

import re
from html.parser import HTMLParser

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse

from contact.models import Place

pytestmark = pytest.mark.django_db

# The page's own words, not the content staff typed: what these tags and classes hold.
CHROME_TAGS = {"title", "h1", "h2", "h3", "label", "th", "caption", "button", "option", "summary"}
CHROME_CLASSES = {"breadcrumbs", "object-tools", "submit-row", "help", "add-row", "actions"}

BAD_PATTERNS = {
    "“de” before a vowel": re.compile(r"\b[Dd]e [aeiouyéèêàâîôûAEIOUYÉÈÊÀÂÎÔÛ]"),
    # A message's "objet" (its subject) is French; Django's "l’objet actualité" is not.
    "“objet” for a record": re.compile(r"\b(l[’']|un |un autre |cet |les |des )objets?\b", re.I),
    "Django's headings": re.compile(r"\b(Ajout de|Modification de|Sélectionnez)\b"),
    "binary units": re.compile(r"\b[KMG]io\b"),
    "English": re.compile(
        r"\b(Add|Change|Select|Save|Delete|History|Recover|deleted|Mfa|mfa key|Axes|Can|"
        r"Access|attempt|Multi Factor|Authentication|Key|Yes|No)\b"
    ),
}


class ChromeText(HTMLParser):
    """The text of the page's chrome, one string per element."""

    def __init__(self):
        super().__init__()
        self.stack = []
        self.texts = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        inside = bool(self.stack and self.stack[-1][1])
        wanted = inside or tag in CHROME_TAGS or bool(classes & CHROME_CLASSES)
        if tag == "input" and attributes.get("type") == "submit" and attributes.get("value"):
            self.texts.append(attributes["value"])
        if tag in {"input", "br", "img", "meta", "link", "hr"}:
            return
        self.stack.append((tag, wanted and tag not in {"script", "style", "textarea"}))

    def handle_endtag(self, tag):
        while self.stack:
            opened, _wanted = self.stack.pop()
            if opened == tag:
                break

    def handle_data(self, data):
        if self.stack and self.stack[-1][1] and data.strip():
            self.texts.append(" ".join(data.split()))


def chrome_texts(html):
    parser = ChromeText()
    parser.feed(html)
    return parser.texts


# Records of django-axes name themselves in English ("Access Log for admin @ …"): their
# name is the library's data, shown as is, not a heading of ours.
LIBRARY_RECORD_NAMES = re.compile(r"^(› )?Access (Log|Attempt|Failure) for ")


def problems(url, html):
    found = []
    for text in chrome_texts(html):
        if LIBRARY_RECORD_NAMES.match(text):
            continue
        for name, pattern in BAD_PATTERNS.items():
            if pattern.search(text):
                found.append(f"{url}: {name}: {text!r}")
    return found


def admin_pages(user):
    """The list, the blank form and one record's form of every model in the admin."""
    request = RequestFactory().get("/admin/")
    request.user = user
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        name = f"admin:{opts.app_label}_{opts.model_name}"
        yield reverse(f"{name}_changelist")
        if model_admin.has_add_permission(request):
            yield reverse(f"{name}_add")
        first = model._default_manager.order_by("pk").first()
        if first is not None:
            yield reverse(f"{name}_change", args=[first.pk])


def test_every_admin_list_and_form_reads_as_french(staff_client, seeded, django_user_model):
    found = []
    pages = 0
    for url in admin_pages(django_user_model.objects.get(username="admin")):
        response = staff_client.get(url, follow=True, headers={"accept-language": "fr"})
        assert response.status_code == 200, url
        found += problems(url, response.content.decode())
        pages += 1

    assert pages >= 60
    assert not found, "\n".join(found)


def test_the_history_button_says_historique_not_the_site_s_histoire(staff_client, seeded):
    place = Place.objects.order_by("pk").first()

    html = staff_client.get(reverse("admin:contact_place_change", args=[place.pk])).content
    assert 'class="historylink">Historique</a>' in html.decode()


def test_the_checker_catches_stock_django_french():
    html = (
        "<title>Ajout de actualité | Le Partenariat</title>"
        "<h1>Sélectionnez l’objet actualité à changer</h1>"
        '<div class="help">Au plus 50,0 Kio.</div><th>Mfa keys</th>'
        "<option>Journal des connexions | tentative de connexion | Can add access attempt</option>"
        "<h2>Ajouter un objet Horaires d’ouverture supplémentaire</h2>"
    )

    assert len(problems("/", html)) == 8

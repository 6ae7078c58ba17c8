"""The staff guide inside the admin: one help page per desk, in French (#25).

The staff run the site alone and in French; each page says how to do one job, step by
step, with the screenshots the browser test takes while doing it
(tests/browser/test_staff_tasks.py). Each form's header links to the page of its job.
The pages are written in French for the French-speaking staff, like a manual, rather than
translated from English interface strings.
"""

from dataclasses import dataclass

from django.contrib.admin import site
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


@dataclass(frozen=True)
class GuidePage:
    slug: str
    title: object
    # The admin forms and lists whose header links to this page ("app_label.model_name").
    models: tuple = ()

    @property
    def template(self):
        return f"admin/guide/{self.slug}.html"


PAGES = [
    GuidePage("ecrire-une-actualite", gettext_lazy("Write a news post"), ("news.newspost",)),
    GuidePage("annoncer-un-evenement", gettext_lazy("Announce an event"), ("events.event",)),
    GuidePage("publier-un-rapport", gettext_lazy("Publish a report"), ("documents.document",)),
    GuidePage(
        "fermer-un-jour",
        gettext_lazy("Close for a day, change the hours"),
        ("contact.place", "contact.closure"),
    ),
    GuidePage(
        "repondre-a-une-reservation",
        gettext_lazy("Answer a booking request"),
        ("workshops.bookingrequest",),
    ),
    GuidePage(
        "preparer-la-mise-en-ligne",
        gettext_lazy("Prepare the launch"),
        ("support.supportsettings", "contact.sociallink"),
    ),
]


def page_for(label):
    return next((page for page in PAGES if label in page.models), None)


def guide_index(request):
    context = {**site.each_context(request), "title": _("Staff guide"), "pages": PAGES}
    return TemplateResponse(request, "admin/guide/index.html", context)


def guide_page(request, slug):
    page = next((page for page in PAGES if page.slug == slug), None)
    if page is None:
        raise Http404
    context = {**site.each_context(request), "title": page.title, "page": page, "pages": PAGES}
    return TemplateResponse(request, page.template, context)

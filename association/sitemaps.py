from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from association.models import STANDALONE_PAGE_URLS, Page, Programme
from contact.models import Place, SocialLink
from timeline.models import TimelineEvent
from workshops.models import Workshop


class BilingualSitemap(Sitemap):
    # Each URL is listed once per language with its hreflang alternates.
    i18n = True
    alternates = True
    x_default = True


def last_change(*querysets):
    """The latest `updated_at` among the rows a page shows, so that lastmod moves when staff
    save any of them."""
    moments = [queryset.aggregate(latest=Max("updated_at"))["latest"] for queryset in querysets]
    moments = [moment for moment in moments if moment is not None]
    return max(moments) if moments else None


class FixedPagesSitemap(BilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return [
            "association:home",
            "association:programme_list",
            "timeline:history",
            "contact:contact",
            "workshops:list",
        ]

    def location(self, item):
        return reverse(item)

    def lastmod(self, item):
        programmes = Programme.objects.published()
        places = Place.objects.published()
        shown_rows = {
            "association:home": [
                Page.objects.filter(key=Page.Key.HOME),
                programmes,
                TimelineEvent.objects.published().highlights(),
                places,
            ],
            "association:programme_list": [programmes],
            "timeline:history": [
                Page.objects.filter(key=Page.Key.HISTORY),
                TimelineEvent.objects.published(),
            ],
            "contact:contact": [places, SocialLink.objects.filter(is_published=True)],
            "workshops:list": [Workshop.objects.published()],
        }
        # A page listed here later without its rows gets no lastmod rather than an error.
        return last_change(*shown_rows.get(item, []))


class ProgrammeSitemap(BilingualSitemap):
    changefreq = "yearly"

    def items(self):
        return Programme.objects.published().in_order()

    def lastmod(self, programme):
        return programme.updated_at


class WorkshopSitemap(BilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return Workshop.objects.published().in_order()

    def lastmod(self, workshop):
        return workshop.updated_at


class NoticePagesSitemap(BilingualSitemap):
    """The privacy, legal and accessibility notices, when staff have published them."""

    changefreq = "yearly"
    priority = 0.2

    def items(self):
        return Page.objects.published().filter(key__in=list(STANDALONE_PAGE_URLS)).order_by("key")

    def lastmod(self, page):
        return page.updated_at


SITEMAPS = {
    "pages": FixedPagesSitemap,
    "programmes": ProgrammeSitemap,
    "workshops": WorkshopSitemap,
    "notices": NoticePagesSitemap,
}

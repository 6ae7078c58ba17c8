from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from association.models import Funding, Page, Partner, Programme
from contact.models import Place, SocialLink
from core.content import public_content_models
from core.models import SeededModel
from documents.models import Document, Kind
from events.models import Event
from lepartenariat import navigation
from news.models import NewsPost
from offers.models import Offer
from support.models import SupportSettings
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


def rows_of_app(app_label):
    """The published rows of every kind of content of one app that records change times."""
    return [
        model.published_rows()
        for model in public_content_models()
        if model._meta.app_label == app_label and issubclass(model, SeededModel)
    ]


class FixedPagesSitemap(BilingualSitemap):
    changefreq = "monthly"

    def items(self):
        # Every section of the menu: a new one joins the sitemap with its menu entry (#21).
        return ["home", *navigation.url_names()]

    def location(self, item):
        return reverse(item)

    def lastmod(self, item):
        programmes = Programme.objects.published()
        places = Place.objects.published()
        posts = NewsPost.objects.published()
        events = Event.objects.published()
        shown_rows = {
            "home": [
                Page.objects.with_key(Page.Key.HOME),
                programmes,
                TimelineEvent.objects.published().highlights(),
                places,
                posts,
                events,
                # The latest activity report, linked from the home page (#21).
                Document.objects.published().of_kind(Kind.ACTIVITY_REPORT),
            ],
            "association:programme_list": [programmes, Funding.objects.all()],
            "timeline:history": [
                Page.objects.with_key(Page.Key.HISTORY),
                TimelineEvent.objects.published(),
            ],
            "contact:contact": [places, SocialLink.objects.published()],
            "workshops:list": [Workshop.objects.published()],
            "support:support": [SupportSettings.objects.all()],
            # Closed offers too: the list changed when they left it.
            "offers:list": [Offer.objects.announced()],
            # The filters name programmes: a renamed programme changes the page too.
            "documents:list": [Document.objects.published(), programmes],
            "association:partners": [Partner.objects.all()],
            "news:list": [posts],
            "events:list": [events],
        }
        # A section not listed here shows the published rows of its own app.
        return last_change(*shown_rows.get(item, rows_of_app(item.partition(":")[0])))


class ContentSitemap(BilingualSitemap):
    """Every published record of one kind of content that has a page of its own, as its model
    declares (`sitemap_changefreq`, core.content)."""

    def __init__(self, model):
        self.model = model
        self.changefreq = model.sitemap_changefreq

    def items(self):
        return self.model.published_rows().order_by("pk")

    def lastmod(self, obj):
        return obj.last_changed()


class NoticePagesSitemap(BilingualSitemap):
    """The privacy, legal and accessibility notices, when staff have published them."""

    changefreq = "yearly"
    priority = 0.2

    def items(self):
        return Page.objects.notices()

    def lastmod(self, page):
        return page.updated_at


def content_sitemaps():
    return {
        model._meta.model_name: ContentSitemap(model)
        for model in public_content_models()
        if model.sitemap_changefreq
    }


SITEMAPS = {
    "pages": FixedPagesSitemap,
    **content_sitemaps(),
    "notices": NoticePagesSitemap,
}

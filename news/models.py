import datetime

from django.db import models
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from association.models import Country, Funding, Programme
from core.admin_names import AdminNames
from core.articles import Article
from core.content import PublicContent, SearchFields
from core.models import (
    ScheduledQuerySet,
    publication_window_constraint,
    published_field,
    summary_field,
)

# A page of the news list (#15).
POSTS_PER_PAGE = 12
# "Read also" under a post, and the latest posts on the home and programme pages.
RELATED_POSTS = 3


class NewsPostQuerySet(ScheduledQuerySet):
    def newest_first(self):
        # A post whose date staff have not yet entered (seeded from old sources) goes last.
        return self.order_by(F("published_on").desc(nulls_last=True), "-pk")

    def as_cards(self):
        """Only what a post's card shows: lists never read the body."""
        return self.only(
            "title",
            "slug",
            "summary",
            "published_on",
            "image",
            "image_alt",
            "image_is_decorative",
            "image_caption",
            "image_renditions",
            "is_published",
            "publish_from",
            "publish_until",
            # Feeds give each entry's last change.
            "updated_at",
        )

    def about(self, programme):
        """The posts on a programme or on one of its projects, each once."""
        return self.filter(
            pk__in=NewsPost.programmes.through.objects.filter(
                models.Q(programme=programme) | models.Q(programme__parent=programme)
            ).values("newspost")
        )

    def related_to(self, post, programmes):
        """Other posts sharing one of `programmes` (the post's published ones)."""
        shared = NewsPost.programmes.through.objects.filter(programme__in=programmes)
        return self.filter(pk__in=shared.values("newspost")).exclude(pk=post.pk)

    def with_programmes(self):
        """With their published programmes and those programmes' grants: a post dated inside
        a grant carries the funder's attribution (#16)."""
        return self.prefetch_related(
            models.Prefetch(
                "programmes",
                queryset=Programme.objects.published()
                .in_order()
                .as_cards()
                .prefetch_related(Funding.prefetch_for(None)),
                to_attr="published_programmes",
            )
        )


class NewsPost(Article, PublicContent):
    image_folder = "news/"
    dashboard_rank = 12
    sitemap_changefreq = "monthly"
    search = SearchFields(
        label=pgettext_lazy("search result kind", "News"),
        title=("title_{lang}",),
        summary=("summary_{lang}",),
        body=("body_{lang}",),
        excerpt=("summary_{lang}", "body_{lang}"),
    )

    summary = summary_field(_("One or two sentences, shown in lists, feeds and to search engines."))
    published_on = models.DateField(
        _("date of publication"),
        null=True,
        blank=True,
        help_text=_(
            "The date shown on the post. Leave empty only while it is unknown: the post then "
            "comes after the dated ones."
        ),
    )
    programmes = models.ManyToManyField(
        Programme,
        verbose_name=_("programmes"),
        blank=True,
        related_name="news_posts",
        help_text=_("The programmes the post is about; its page links to them."),
    )
    countries = models.ManyToManyField(
        Country, verbose_name=_("countries"), blank=True, related_name="news_posts"
    )
    is_published = published_field()

    objects = NewsPostQuerySet.as_manager()

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "a news post"),
        the=pgettext_lazy("admin heading", "the news post"),
    )

    class Meta:
        ordering = [F("published_on").desc(nulls_last=True), "-pk"]
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")
        constraints = [publication_window_constraint("newspost_publish_until_after_publish_from")]

    def get_absolute_url(self):
        return reverse("news:detail", kwargs={"slug": self.slug})

    @property
    def published_at(self):
        """The date of publication as a moment (midnight where the association works), for
        feeds and search engines; None while unknown."""
        if self.published_on is None:
            return None
        return timezone.make_aware(datetime.datetime.combine(self.published_on, datetime.time()))

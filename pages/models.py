"""Pages staff make themselves, the sections they are made of, and the menus (#23)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from association.models import KeyFigure
from core import images
from core.content import PublicContent, PublicQuerySet, SearchFields
from core.models import (
    PublishedModel,
    PublishedQuerySet,
    ScheduledModel,
    ScheduledQuerySet,
    SeededModel,
    order_field,
    publication_window_constraint,
    published_field,
)
from core.rich_text import RichTextField
from documents.models import Document
from pages import addresses, videos

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class PageQuerySet(ScheduledQuerySet):
    def in_order(self):
        return self.order_by("order", "pk")

    def at_path(self, path, language):
        return self.filter(**{f"path_{language}": path})

    def with_sections(self):
        """With their sections and all that the sections show, in a fixed number of queries."""
        return self.prefetch_related(
            Prefetch("sections", queryset=Section.objects.for_display()),
        )


class Page(images.DescribedImage, ScheduledModel, SeededModel, PublicContent):
    """A page staff write, at an address nested under its parents'."""

    image_folder = "pages/"
    dashboard_rank = 5
    sitemap_changefreq = "monthly"
    search = SearchFields(
        label=pgettext_lazy("search result kind", "Page"),
        title=("title_{lang}",),
        summary=("introduction_{lang}",),
        excerpt=("introduction_{lang}",),
    )

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("web address"),
        max_length=120,
        help_text=_(
            "The end of the page address: lowercase letters, digits and hyphens. It comes "
            "after the addresses of the parent pages."
        ),
    )
    # The whole address under the language prefix ("cooperation/access-to-services"), kept
    # on the row so that a page is found, and linked to, without reading its parents. Unique
    # in each language (Meta); modeltranslation's original column holds whichever language
    # was active at the save, so it is not.
    path = models.CharField(_("address"), max_length=500, editable=False)
    introduction = models.TextField(
        _("introduction"),
        max_length=400,
        help_text=_("One or two sentences under the title, also shown to search engines."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent page"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("The page this one belongs under; its address starts with the parent’s."),
    )
    order = order_field()
    is_published = published_field()

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        constraints = [
            publication_window_constraint("page_publish_until_after_publish_from"),
            *(
                models.UniqueConstraint(fields=[f"path_{code}"], name=f"page_path_{code}_unique")
                for code in LANGUAGE_CODES
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("pages:page", kwargs={"path": self.path})

    def get_preview_url(self):
        return self.get_absolute_url()

    def path_in(self, language):
        slug = getattr(self, f"slug_{language}") or ""
        if self.parent_id is None or not slug:
            return slug
        return f"{getattr(self.parent, f'path_{language}')}/{slug}"

    def ancestor_paths(self, language):
        """The addresses of the parents, from the root down."""
        parts = getattr(self, f"path_{language}").split("/")[:-1]
        return ["/".join(parts[: depth + 1]) for depth in range(len(parts))]

    def clean(self):
        super().clean()
        errors = {}
        if self.parent_id is not None:
            ancestor = self.parent
            while ancestor is not None:
                if ancestor.pk == self.pk:
                    errors["parent"] = gettext(
                        "A page cannot be placed under itself or under one of its own sub-pages."
                    )
                    break
                ancestor = ancestor.parent
        if "parent" not in errors:
            errors.update(self.slug_clashes())
        if errors:
            raise ValidationError(errors)

    def slug_clashes(self):
        errors = {}
        for code in LANGUAGE_CODES:
            slug = getattr(self, f"slug_{code}")
            if not slug:
                continue
            if self.parent_id is None and slug in addresses.reserved_slugs(code):
                errors[f"slug_{code}"] = gettext(
                    "“%(slug)s” is the address of a section of the site; choose another."
                ) % {"slug": slug}
                continue
            clash = (
                Page.objects.filter(**{f"path_{code}": self.path_in(code)})
                .exclude(pk=self.pk)
                .first()
            )
            if clash is not None:
                errors[f"slug_{code}"] = gettext(
                    "The page “%(title)s” already has this address; choose another."
                ) % {"title": clash.title}
        return errors

    def save(self, *args, **kwargs):
        old_paths = {}
        if self.pk is not None:
            old_paths = (
                Page.objects.filter(pk=self.pk)
                .values(*(f"path_{code}" for code in LANGUAGE_CODES))
                .first()
                or {}
            )
        for code in LANGUAGE_CODES:
            # None rather than "" while a language has no slug: the column is unique.
            setattr(self, f"path_{code}", self.path_in(code) or None)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"],
                "path",
                *(f"path_{code}" for code in LANGUAGE_CODES),
            }
        super().save(*args, **kwargs)
        moved = any(
            old_paths.get(f"path_{code}") not in (None, getattr(self, f"path_{code}"))
            for code in LANGUAGE_CODES
        )
        if moved:
            # Each sub-page's own save records its old address as a redirect (core.redirects).
            for child in self.children.all():
                child.parent = self
                child.save()


class Kind(models.TextChoices):
    TEXT = "text", _("Text")
    IMAGE = "image", _("Image with caption")
    FACTS = "facts", _("Facts table")
    FIGURES = "figures", _("Key figures")
    DOCUMENTS = "documents", _("Documents")
    CALL_TO_ACTION = "call-to-action", _("Call to action")
    QUOTE = "quote", _("Quote")
    VIDEO = "video", _("Video")


class Action(models.TextChoices):
    GIVE = "give", _("Give")
    SUBSCRIBE = "subscribe", _("Subscribe to the newsletter")
    WRITE = "write", _("Write to us")
    PAGE = "page", _("Go to a page")


# Where each call to action leads, but a page's.
ACTION_URLS = {
    Action.GIVE: "support:support",
    Action.SUBSCRIBE: "newsletter:subscribe",
    Action.WRITE: "contact:contact",
}


class SectionQuerySet(PublicQuerySet):
    def for_display(self):
        return (
            self.order_by("order", "pk")
            .select_related("target_page")
            .prefetch_related(
                Prefetch("key_figures", queryset=KeyFigure.objects.order_by("order", "pk")),
                Prefetch(
                    "documents",
                    queryset=Document.objects.published().order_by("pk"),
                    to_attr="published_documents",
                ),
            )
        )


class Section(images.DescribedImage, PublicContent):
    """One block of a page's body. Each kind uses some of the fields; `clean` says which are
    missing, and the admin shows them all under the kind's help."""

    image_folder = "pages/sections/"

    page = models.ForeignKey(
        Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="sections"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.TEXT)
    order = order_field()
    heading = models.CharField(
        _("heading"),
        max_length=200,
        blank=True,
        help_text=_("e.g. Context, Objectives, Results. For a video, its title (required)."),
    )
    body = RichTextField(_("text"), blank=True, help_text=_("For a text section."))
    facts = models.TextField(
        _("facts"),
        blank=True,
        help_text=_(
            "For a facts table: one fact a line, the label and the value separated by a colon, "
            "e.g. “Duration: 2012–2022”."
        ),
    )
    key_figures = models.ManyToManyField(
        KeyFigure,
        verbose_name=_("key figures"),
        blank=True,
        related_name="+",
        help_text=_("For a key figures section."),
    )
    documents = models.ManyToManyField(
        Document,
        verbose_name=_("documents"),
        blank=True,
        related_name="+",
        help_text=_("For a documents section, chosen from the library."),
    )
    action = models.CharField(
        _("the button leads to"), max_length=20, choices=Action.choices, blank=True
    )
    target_page = models.ForeignKey(
        Page,
        verbose_name=_("page the button leads to"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    button_label = models.CharField(
        _("button label"), max_length=80, blank=True, help_text=_("e.g. Give to our programmes.")
    )
    quote = models.TextField(_("quote"), blank=True)
    quote_author = models.CharField(
        _("author of the quote"),
        max_length=200,
        blank=True,
        help_text=_("e.g. Aminata Diop, head teacher in Podor."),
    )
    video_url = models.URLField(
        _("video address"),
        blank=True,
        help_text=_(
            "The address of the video on YouTube, Vimeo, Dailymotion or a PeerTube site. The "
            "image above is shown until the visitor starts it."
        ),
    )

    objects = SectionQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self):
        return self.heading or self.get_kind_display()

    def clean(self):
        super().clean()
        errors = {}
        required = {
            Kind.TEXT: ["body"],
            Kind.IMAGE: ["image"],
            Kind.FACTS: ["facts"],
            Kind.CALL_TO_ACTION: ["action", "button_label"],
            Kind.QUOTE: ["quote"],
            Kind.VIDEO: ["video_url", "heading"],
        }
        for name in required.get(self.kind, []):
            if not getattr(self, name):
                errors[name] = gettext("This section needs it.")
        is_page_action = self.kind == Kind.CALL_TO_ACTION and self.action == Action.PAGE
        if is_page_action and self.target_page_id is None:
            errors["target_page"] = gettext("Choose the page the button leads to.")
        if self.kind == Kind.VIDEO and self.video_url and videos.player(self.video_url) is None:
            errors["video_url"] = gettext(
                "This address is not a video of YouTube, Vimeo, Dailymotion or a PeerTube "
                "site: copy the address of the video’s own page."
            )
        if errors:
            raise ValidationError(errors)

    def fact_rows(self):
        """[(label, value)] from the facts text, one line each."""
        rows = []
        for line in (self.facts or "").splitlines():
            label, separator, value = line.partition(":")
            if separator and label.strip():
                rows.append((label.strip(), value.strip()))
        return rows

    def action_url(self):
        if self.action == Action.PAGE:
            return self.target_page.get_absolute_url() if self.target_page else ""
        return reverse(ACTION_URLS[self.action]) if self.action in ACTION_URLS else ""

    def player(self):
        return videos.player(self.video_url)


class Menu(models.TextChoices):
    MAIN = "main", _("Main menu")
    FOOTER = "footer", _("Footer links")


class MenuEntryQuerySet(PublishedQuerySet):
    def of(self, menu):
        return self.filter(menu=menu, is_published=True).order_by("order", "pk")


class MenuEntry(SeededModel, PublishedModel):
    """A link of the main menu or of the footer: to a page, a section of the site or another
    site; or, in the main menu, a group holding sub-entries."""

    dashboard_rank = 6

    menu = models.CharField(_("menu"), max_length=20, choices=Menu.choices, default=Menu.MAIN)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("group"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
        limit_choices_to={"parent__isnull": True},
        help_text=_("Leave empty for an entry of the menu itself; choose a group for a sub-entry."),
    )
    label = models.CharField(
        _("label"), max_length=80, blank=True, help_text=_("Leave empty to show the page’s title.")
    )
    page = models.ForeignKey(
        Page,
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="menu_entries",
    )
    section = models.CharField(
        _("section of the site"),
        max_length=80,
        blank=True,
        choices=addresses.SECTION_CHOICES,
    )
    url = models.URLField(
        _("other site"), blank=True, help_text=_("An address starting with https://.")
    )
    order = order_field()
    is_published = published_field()

    objects = MenuEntryQuerySet.as_manager()

    class Meta:
        ordering = ["menu", "order", "pk"]
        verbose_name = _("menu entry")
        verbose_name_plural = _("menu entries")
        constraints = [
            models.CheckConstraint(
                condition=Q(page__isnull=True, section="")
                | Q(page__isnull=True, url="")
                | Q(section="", url=""),
                name="menuentry_at_most_one_target",
                violation_error_message=_("Choose a page, a section or another site, not two."),
            ),
        ]

    def __str__(self):
        return str(self.display_label())

    def display_label(self):
        if self.label:
            return self.label
        if self.page_id is not None:
            return self.page.title
        return dict(addresses.SECTION_CHOICES).get(self.section, "")

    def clean(self):
        super().clean()
        errors = {}
        if self.parent_id is not None and self.parent.parent_id is not None:
            errors["parent"] = gettext("Sub-entries hold no sub-entries of their own.")
        elif self.parent_id is not None and self.parent.menu != self.menu:
            errors["parent"] = gettext("The group belongs to another menu.")
        if self.url and not self.url.startswith("https://"):
            errors["url"] = gettext("Give an address starting with https://.")
        if self.page_id is None and not self.section:
            for code in LANGUAGE_CODES:
                if not getattr(self, f"label_{code}", ""):
                    errors[f"label_{code}"] = gettext("Give the entry a label.")
        if errors:
            raise ValidationError(errors)

    def target_url(self):
        if self.page_id is not None:
            return self.page.get_absolute_url()
        if self.section:
            return reverse(self.section)
        return self.url

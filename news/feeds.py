"""Atom feeds of the news, one per language, optionally for one programme (#15)."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import get_language, gettext

from association.models import Programme
from core.templatetags.translation_tags import language_shown
from core.text import without_control_characters as plain
from core.typography import typeset
from news.models import NewsPost

FEED_SIZE = 20


class LanguageAtomFeed(Atom1Feed):
    """Atom with each entry marked with the language its text is really in: an English
    feed may carry a post not yet translated, shown in French (RFC 4287 §2, xml:lang)."""

    def write_items(self, handler):
        for item in self.items:
            attributes = {"xml:lang": item["language"]} if item.get("language") else {}
            handler.startElement("entry", attributes)
            self.add_item_elements(handler, item)
            handler.endElement("entry")


def _typeset(text):
    # A feed is no page, so the page middleware does not set it (#26).
    return typeset(text, get_language())


class NewsFeed(Feed):
    feed_type = LanguageAtomFeed
    author_name = "Le Partenariat"

    def get_object(self, request):
        slug = request.GET.get("programme")
        if not slug:
            return None
        programme = Programme.objects.published().with_either_slug(slug).first()
        if programme is None:
            raise Http404
        return programme

    def title(self, programme):
        if programme is None:
            return _typeset(gettext("Le Partenariat: news"))
        title = gettext("Le Partenariat: news of %(programme)s") % {
            "programme": plain(programme.title)
        }
        return _typeset(title)

    def subtitle(self, programme):
        return _typeset(
            gettext("What the association is doing now, in France, Senegal, Morocco and Guinea.")
        )

    def link(self, programme):
        url = reverse("news:list")
        return f"{url}?programme={programme.slug}" if programme else url

    def feed_url(self, programme):
        url = reverse("news:feed")
        return f"{url}?programme={programme.slug}" if programme else url

    def items(self, programme):
        posts = NewsPost.objects.published().newest_first().as_cards()
        if programme is not None:
            posts = posts.about(programme)
        return posts[:FEED_SIZE]

    # XML 1.0 refuses control characters; rows saved before #22 may hold some.
    def item_title(self, post):
        return _typeset(plain(post.title))

    def item_description(self, post):
        # The summary is plain text; the feed declares it as HTML, so it is escaped once.
        return _typeset(escape(plain(post.summary)))

    def item_pubdate(self, post):
        return post.published_at

    def item_updateddate(self, post):
        # The post's own date, not when its row was last saved: seeding or importing would
        # otherwise stamp every entry with the same moment; an undated post has no date (#26).
        return post.published_at

    def item_extra_kwargs(self, post):
        return {"language": language_shown(post, "title")}

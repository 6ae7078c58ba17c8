"""What search engines, sharing previews and assistive technology read in every page (#5)."""

from django import template
from django.templatetags.static import static
from django.urls import reverse
from django.utils.safestring import mark_safe

from association.models import STANDALONE_PAGE_URLS, Page
from association.shared import published_pages
from contact.shared import published_places, published_social_links
from contact.templatetags.contact_tags import json_ld
from pages.menus import saved_links
from pages.models import Menu
from support.models import SupportSettings

register = template.Library()

FOUNDING_YEAR = "1981"
OPEN_GRAPH_LOCALES = {"fr": "fr_FR", "en": "en_GB"}


class CaptureNode(template.Node):
    # Blocks inside stay overridable: ExtendsNode finds them through child_nodelists.
    child_nodelists = ("nodelist",)

    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        # The rendered block is already escaped HTML: escaping it again would show "&amp;".
        context[self.name] = mark_safe(" ".join(self.nodelist.render(context).split()))
        return ""


@register.tag
def capture(parser, token):
    """`{% capture name %}…{% endcapture %}` renders once, so that one block (the title, the
    description) can fill the <title>, the meta description and the sharing tags alike."""
    try:
        _tag, name = token.split_contents()
    except ValueError as error:
        raise template.TemplateSyntaxError("{% capture %} takes one variable name.") from error
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, name)


@register.simple_tag
def open_graph_locale(code):
    return OPEN_GRAPH_LOCALES.get(code, code)


@register.simple_tag(takes_context=True)
def absolute_static(context, path):
    return context["request"].build_absolute_uri(static(path))


@register.simple_tag(takes_context=True)
def organisation_json_ld(context):
    """schema.org data on the association, in three queries whatever the number of places,
    the first two shared with the footer."""
    request = context["request"]
    places = published_places(request)
    data = {
        "@context": "https://schema.org",
        "@type": "NGO",
        "name": "Le Partenariat",
        "alternateName": "Partenariat Lille Saint-Louis du Sénégal",
        "foundingDate": FOUNDING_YEAR,
        "foundingLocation": {"@type": "Place", "name": "Lille"},
        "url": request.build_absolute_uri(reverse("home")),
        "logo": request.build_absolute_uri(static("img/apple-touch-icon.png")),
        "image": request.build_absolute_uri(static("img/og-image.png")),
        "address": [place.postal_address() for place in places],
        # Accounts and addresses still to confirm are not announced to search engines (#18).
        "sameAs": [link.url for link in published_social_links(request) if not link.to_confirm],
    }
    phones = [place.phone for place in places if place.phone]
    emails = [place.email for place in places if place.email and not place.to_confirm]
    if phones:
        data["telephone"] = phones[0]
    if emails:
        data["email"] = emails[0]
    support = SupportSettings.objects.order_by("pk").first()
    # Announced to search engines only once staff confirmed where gifts go (#17).
    if support is not None and support.confirmed_giving_url:
        data["potentialAction"] = {
            "@type": "DonateAction",
            "target": support.confirmed_giving_url,
            "recipient": {"@type": "NGO", "name": "Le Partenariat"},
        }
    return json_ld(data)


@register.inclusion_tag("includes/legal_links.html", takes_context=True)
def legal_links(context):
    """The footer's links as staff set them (#23); until they do, the links to the notices a
    French association must publish."""
    pages = published_pages(context["request"])
    footer = saved_links(Menu.FOOTER)
    if footer:
        links = [{"url": link["url"], "title": link["label"]} for link in footer]
    else:
        links = [
            {"url": reverse(STANDALONE_PAGE_URLS[key]), "title": pages[key].title}
            for key in STANDALONE_PAGE_URLS
            if key in pages
        ]
    return {
        "legal_pages": links,
        # The compliance status every page must show, whatever links staff chose (#26).
        "accessibility_url": (
            reverse(STANDALONE_PAGE_URLS[Page.Key.ACCESSIBILITY])
            if Page.Key.ACCESSIBILITY in pages
            else ""
        ),
    }

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.safestring import mark_safe

from core.content import PublicContent
from core.pagecache import content_cached
from lepartenariat import navigation

register = template.Library()


def own_path(request):
    """The request's path and query string, as a path of this site: "//evil.example/fr/"
    is a valid path, which a browser, translate_url and build_absolute_uri would all read
    as another host (#22)."""
    return "/" + request.get_full_path().lstrip("/")


def _home_in(language):
    with translation.override(language):
        return reverse("home")


def _url_in(language, request, obj):
    if obj is not None:
        # Reversed under the target language so that translated slugs follow.
        with translation.override(language):
            return obj.get_absolute_url()
    # translate_url resolves the path in the active language, then reverses it in the other.
    path = own_path(request)
    translated = translate_url(path, language)
    if translated == path and language != translation.get_language():
        # A page that does not resolve (a 404) has no counterpart: offer the home page.
        return _home_in(language)
    return translated


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """The current page in every language, for the switcher and the hreflang links."""
    request = context["request"]
    obj = context.get("object")
    if not isinstance(obj, PublicContent) or obj.get_absolute_url() is None:
        obj = None
    # Django renders 404.html with `request_path` (views.defaults.page_not_found): a missing
    # page has no counterpart, even where its address has the shape of a staff page (#23).
    is_missing = "request_path" in context
    current = translation.get_language()
    alternates = []
    for code, _name in settings.LANGUAGES:
        url = _home_in(code) if is_missing else _url_in(code, request, obj)
        alternates.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "is_current": code == current,
            }
        )
    return alternates


class ContentCacheNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        parts = [self.name, *(str(variable.resolve(context)) for variable in self.vary_on)]
        html = content_cached(context["request"], parts, lambda: self.nodelist.render(context))
        return mark_safe(html)


@register.tag
def contentcache(parser, token):
    """`{% contentcache name [value …] %}…{% endcontentcache %}`: the block is rendered once
    per content version, language and values (pagecache.content_cached). Only for what
    saved content alone decides: nothing that depends on the clock or on the visitor."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% contentcache %} takes a fragment name.")
    nodelist = parser.parse(("endcontentcache",))
    parser.delete_first_token()
    return ContentCacheNode(nodelist, bits[1], [parser.compile_filter(bit) for bit in bits[2:]])


@register.simple_tag(takes_context=True)
def main_navigation(context):
    return navigation.main_navigation(context["request"])

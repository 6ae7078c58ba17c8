from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation

register = template.Library()


def _url_in(language, request, obj):
    if obj is not None:
        # Reversed under the target language so that translated slugs follow.
        with translation.override(language):
            return obj.get_absolute_url()
    # translate_url resolves the path in the active language, then reverses it in the other.
    path = request.get_full_path()
    translated = translate_url(path, language)
    if translated == path and language != translation.get_language():
        # A page that does not resolve (a 404) has no counterpart: offer the home page.
        with translation.override(language):
            return reverse("association:home")
    return translated


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """The current page in every language, for the switcher and the hreflang links."""
    request = context["request"]
    obj = context.get("object")
    if obj is not None and not hasattr(obj, "get_absolute_url"):
        obj = None
    current = translation.get_language()
    alternates = []
    for code, _name in settings.LANGUAGES:
        url = _url_in(code, request, obj)
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

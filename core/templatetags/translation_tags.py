"""Honest fallback: a text shown in French on an English page says so (#8).

    {% fallback programme "body" %}<div class="prose">{{ programme.body }}</div>{% endfallback %}
    <h1>{% fallback programme "name" inline %}{{ programme.title }}{% endfallback %}</h1>

The tag wraps whatever its content renders to (so it composes with any filter used inside)
in an element marked with the language the text is really in, followed by a short note,
whenever the record lacks the page's language and modeltranslation fell back to another.
"""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext
from modeltranslation.utils import build_localized_fieldname

register = template.Library()


def language_shown(obj, name):
    """The language whose text of `obj.<name>` the current page shows, or None if none."""
    current = translation.get_language()
    for code in [current, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES]:
        if getattr(obj, build_localized_fieldname(name, code), None):
            return code
    return None


class FallbackNode(template.Node):
    def __init__(self, obj, name, inline, nodelist):
        self.obj, self.name, self.inline, self.nodelist = obj, name, inline, nodelist

    def render(self, context):
        content = self.nodelist.render(context)
        obj = self.obj.resolve(context)
        shown = language_shown(obj, self.name.resolve(context)) if obj is not None else None
        if not content.strip() or shown in (None, translation.get_language()):
            return content
        note = gettext("Not yet translated")
        if self.inline:
            return format_html(
                '<span lang="{}">{}</span> <small class="untranslated-note">({})</small>',
                shown,
                content,
                note,
            )
        return format_html(
            '<div class="untranslated"><p class="untranslated-note">{}</p>'
            '<div lang="{}">{}</div></div>',
            note,
            shown,
            content,
        )


@register.tag
def fallback(parser, token):
    bits = token.split_contents()
    if len(bits) not in (3, 4) or (len(bits) == 4 and bits[3] != "inline"):
        raise template.TemplateSyntaxError(
            '{% fallback object "field" [inline] %} … {% endfallback %}'
        )
    nodelist = parser.parse(("endfallback",))
    parser.delete_first_token()
    return FallbackNode(
        parser.compile_filter(bits[1]), parser.compile_filter(bits[2]), len(bits) == 4, nodelist
    )

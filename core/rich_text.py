"""Formatted text that staff write and visitors can read safely (#4).

Whatever reaches a page goes through `sanitize`, built on nh3 (the Python binding of the
Rust sanitiser ammonia): it parses HTML as a browser does, so no trick of broken markup
gets a `<script>`, an `on…` attribute, a `javascript:` link or a style through. It runs
twice: when the admin form is saved, so staff see what visitors will see, and when a page
is rendered (`|rich_text`), so text that came another way (seed, shell, an old row) is
never trusted either. It takes a few microseconds per text (see bench/images.py).
"""

import json
import re
from urllib.parse import urlsplit

import nh3
from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext

ALLOWED_TAGS = {"p", "br", "h2", "h3", "h4", "ul", "ol", "li", "a", "em", "strong", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}
# Browsers' editors write <b> and <i>; visitors' screen readers prefer the semantic tags.
SEMANTIC_TAGS = {"<b>": "<strong>", "</b>": "</strong>", "<i>": "<em>", "</i>": "</em>"}
# Sanitised output is serialised with double-quoted attribute values in which every `"`
# is escaped, so this matches each whole link opening tag.
LINK_TAG = re.compile(r'<a((?: [a-z]+="[^"]*")*)>')
HREF = re.compile(r' href="([^"]*)"')


def _is_external(href):
    parts = urlsplit(href.replace("&amp;", "&"))
    if parts.scheme not in ("http", "https", "") or not parts.netloc:
        return False
    return parts.hostname != urlsplit(settings.SITE_URL).hostname


def _mark_external(match):
    href = HREF.search(match.group(1))
    if href and _is_external(href.group(1)):
        return f'<a{match.group(1)} rel="noopener">'
    return match.group(0)


def sanitize(html):
    """`html` reduced to the allowed tags; external links get rel="noopener"."""
    if not html:
        return ""
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS | {"b", "i"},
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
    cleaned = re.sub(r"</?[bi]>", lambda tag: SEMANTIC_TAGS[tag.group(0)], cleaned)
    return LINK_TAG.sub(_mark_external, cleaned)


class RichTextarea(forms.Textarea):
    """A textarea that `static/js/rich-text-editor.js` turns into a formatting editor.

    Without JavaScript it stays a textarea of HTML, which is sanitised all the same.
    """

    class Media:
        css = {"all": ["vendor/pell/pell.min.css", "css/rich-text-editor.css"]}
        js = ["vendor/pell/pell.min.js", "js/rich-text-editor.js"]

    def __init__(self, attrs=None):
        super().__init__({"class": "vLargeTextField", **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        # The editor's buttons speak the admin's language; the script reads them here.
        context["widget"]["attrs"]["data-rich-text"] = json.dumps(
            {
                "bold": gettext("Bold"),
                "italic": gettext("Italic"),
                "heading2": gettext("Heading"),
                "heading3": gettext("Subheading"),
                "heading4": gettext("Minor heading"),
                "paragraph": gettext("Paragraph"),
                "quote": gettext("Quotation"),
                "ulist": gettext("Bulleted list"),
                "olist": gettext("Numbered list"),
                "link": gettext("Link"),
                "linkPrompt": gettext("Address of the link (https://…):"),
                "editor": gettext("Formatted text editor"),
            },
            ensure_ascii=False,
        )
        return context


class RichTextFormField(forms.CharField):
    widget = RichTextarea

    def clean(self, value):
        return sanitize(super().clean(value))


class RichTextField(models.TextField):
    """HTML text edited with the formatting editor and stored sanitised."""

    def formfield(self, **kwargs):
        # The admin asks for its plain textarea for every TextField; this one keeps its own.
        return super().formfield(
            **{**kwargs, "form_class": RichTextFormField, "widget": RichTextarea}
        )

"""`{% picture %}`: an uploaded image in its renditions, printed from the row alone (#4)."""

from django import template

from core.images import picture_context

register = template.Library()


@register.inclusion_tag("includes/picture.html")
def picture(obj, field="image", sizes="100vw", eager=False, css_class=""):
    """The image `field` of `obj` in every rendition, from the row alone.

    `eager` is for the one image at the top of a page: the browser fetches it first, where
    the others wait until they are about to scroll into view.
    """
    renditions = getattr(obj, f"{field}_renditions", None)
    return {
        "picture": picture_context(renditions),
        "alt": ""
        if getattr(obj, f"{field}_is_decorative", False)
        else getattr(obj, f"{field}_alt"),
        "caption": getattr(obj, f"{field}_caption", ""),
        "sizes": sizes,
        "eager": eager,
        "css_class": css_class,
    }

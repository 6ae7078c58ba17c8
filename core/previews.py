"""Staff see unpublished content on the public layout; everybody else gets a 404 (#8)."""

from django.utils.cache import add_never_cache_headers


def can_preview(request, model):
    user = request.user
    opts = model._meta
    return (
        user.is_active
        and user.is_staff
        and user.has_perm(f"{opts.app_label}.view_{opts.model_name}")
    )


def as_preview(response):
    """A preview is never cached nor indexed: the public must not get it by any path."""
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response

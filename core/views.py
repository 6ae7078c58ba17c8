"""Views every kind of content shares, so that a new one gets them by declaring its model."""

from django.http import Http404
from django.views.generic import DetailView

from core.previews import as_preview, can_preview


class PublishedDetailView(DetailView):
    """One published record at its own address (#8).

    Staff allowed to view the model see an unpublished or scheduled one there too, under the
    preview banner, never cached nor indexed; everybody else gets a 404.

    `get_queryset()` gives the published rows, with what the page shows joined;
    `get_preview_queryset()` the same rows unfiltered (by default, `objects.all()`).
    """

    def get_queryset(self):
        return self.model.published_rows()

    def get_preview_queryset(self):
        return self.model._default_manager.all()

    def get_object(self, queryset=None):
        try:
            return super().get_object(queryset)
        except Http404:
            # Only a page the public cannot see asks who the visitor is: a published page
            # then never varies on the session cookie, and the page cache can keep it.
            if not can_preview(self.request, self.model):
                raise
            return super().get_object(self.get_preview_queryset())

    def is_live(self, obj):
        return obj.is_live()

    def get_context_data(self, **kwargs):
        return super().get_context_data(is_preview=not self.is_live(self.object), **kwargs)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        return as_preview(response) if context["is_preview"] else response

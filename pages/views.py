from django.http import Http404
from django.utils import translation

from core.previews import can_preview
from core.views import PublishedDetailView
from pages.models import Kind, Page


class PageDetailView(PublishedDetailView):
    """A staff page at its nested address, found by the whole path in the page's language."""

    model = Page
    context_object_name = "page"
    slug_url_kwarg = "path"

    def get_slug_field(self):
        return f"path_{translation.get_language()}"

    def get_queryset(self):
        return super().get_queryset().with_sections()

    def get_preview_queryset(self):
        return Page.objects.with_sections()

    def get_context_data(self, **kwargs):
        page = self.object
        language = translation.get_language()
        wanted = page.ancestor_paths(language)
        ancestors = list(
            Page.objects.published()
            .filter(**{f"path_{language}__in": wanted})
            .only("title", "path", "parent")
            .order_by(f"path_{language}")
        )
        # A page under a hidden parent is hidden too: its address names the parent.
        if len(ancestors) != len(wanted) and not self.is_preview_allowed():
            raise Http404
        sections = list(page.sections.all())
        return super().get_context_data(
            ancestors=ancestors,
            sections=sections,
            has_video=any(section.kind == Kind.VIDEO for section in sections),
            **kwargs,
        )

    def is_preview_allowed(self):
        return can_preview(self.request, Page)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        origins = sorted(
            {
                section.player().origin
                for section in context["sections"]
                if section.kind == Kind.VIDEO and section.player() is not None
            }
        )
        if origins:
            # The players of this page's own videos may be framed, once the visitor asks.
            response._csp_update = {"frame-src": origins}
        return response


page_detail = PageDetailView.as_view()

from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.http import urlencode

from association.models import Funding, Programme
from core.pagecache import cache_query_params
from core.previews import as_preview
from core.views import PublishedDetailView
from documents import pdf
from documents.models import Document, Kind

PAGE_SIZE = 20


@cache_query_params("kind", "year", "programme", "page")
def document_list(request):
    """Every published document, filtered by kind, programme and year with plain links."""
    published = Document.objects.published()
    kinds_present = set(published.values_list("kind", flat=True).distinct().order_by())
    kinds = [kind for kind in Kind if kind.value in kinds_present]
    years = list(
        published.exclude(year=None).values_list("year", flat=True).distinct().order_by("-year")
    )
    programmes = list(
        Programme.objects.published()
        .filter(documents__in=published)
        .distinct()
        .in_order()
        .as_cards()
    )
    chosen = {
        "kind": request.GET.get("kind") if request.GET.get("kind") in kinds_present else None,
        "year": chosen_year(request.GET.get("year"), years),
        "programme": next(
            # By number rather than slug: the language switcher keeps the filter (#16).
            (p for p in programmes if str(p.pk) == request.GET.get("programme")),
            None,
        ),
    }
    documents = published.in_order().as_links()
    if chosen["kind"]:
        documents = documents.of_kind(chosen["kind"])
    if chosen["year"]:
        documents = documents.filter(year=chosen["year"])
    if chosen["programme"]:
        documents = documents.for_programme(chosen["programme"])
    documents = documents.prefetch_related(Funding.prefetch_for("programmes"))
    page = Paginator(documents, PAGE_SIZE).get_page(request.GET.get("page"))
    values = {
        "kind": chosen["kind"],
        "year": chosen["year"],
        "programme": chosen["programme"].pk if chosen["programme"] else None,
    }
    context = {
        "page_obj": page,
        "documents": page.object_list,
        "is_filtered": any(values.values()),
        "filters": [
            filter_links(values, "kind", [(kind.value, kind.label) for kind in kinds]),
            filter_links(values, "programme", [(p.pk, p.title) for p in programmes]),
            filter_links(values, "year", [(year, year) for year in years]),
        ],
        "query_without_page": query_string(values),
    }
    return render(request, "documents/document_list.html", context)


def chosen_year(value, years):
    try:
        year = int(value)
    except (TypeError, ValueError):
        return None
    return year if year in years else None


def query_string(values):
    present = {name: value for name, value in values.items() if value}
    return f"?{urlencode(present)}" if present else "?"


def filter_links(values, name, options):
    """One filter's links: "all", then each value, with the other filters kept."""
    return {
        "name": name,
        "all_url": query_string({**values, name: None}),
        "is_all": not values[name],
        "options": [
            {
                "label": label,
                "url": query_string({**values, name: value}),
                "is_current": str(values[name]) == str(value),
            }
            for value, label in options
        ],
    }


class DocumentFileView(PublishedDetailView):
    """The stable address of a document: it leads to the file staff uploaded last (#16).

    It redirects to where the storage serves the file (the media folder or the bucket),
    so that a shared link keeps working when staff replace the PDF. An unpublished one is
    sent by the site itself, to staff only: its address in the storage, unguessable, is
    never handed out (#22).
    """

    model = Document

    def get_queryset(self):
        return super().get_queryset().as_links()

    def get_preview_queryset(self):
        return Document.objects.as_links()

    def render_to_response(self, context, **response_kwargs):
        if not self.object.file:
            raise Http404
        if not context["is_preview"]:
            return redirect(self.object.file.url)
        response = FileResponse(self.object.file.open("rb"), content_type=pdf.CONTENT_TYPE)
        response["X-Content-Type-Options"] = "nosniff"
        return as_preview(response)

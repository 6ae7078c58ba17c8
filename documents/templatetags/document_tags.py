from django import template

from core.freshness import publication_changes_at
from documents.models import Document

register = template.Library()


@register.inclusion_tag("includes/programme_documents.html", takes_context=True)
def programme_documents(context, programme):
    """The published documents of a programme and of its projects: one query (#16).

    The programme's page cannot import documents (it is a lower layer), so this tag also
    tells the page cache when a scheduled document appears or leaves."""
    publication_changes_at(context["request"], Document)
    documents = Document.objects.published().for_programme(programme).in_order().as_links()
    return {"documents": documents, "programme": programme}

from django import template

from documents.models import Document

register = template.Library()


@register.inclusion_tag("includes/programme_documents.html", takes_context=True)
def programme_documents(context, programme):
    """The published documents of a programme and of its projects: one query (#16)."""
    documents = Document.objects.published().for_programme(programme).in_order().as_links()
    return {"documents": documents, "programme": programme}

"""What page-like kinds of content share (#21): a title, an address, a summary for lists, a
rich text, a described image and a publication window. News posts and events inherit
`Article` whole; offers, documents, workshops, programmes and history steps, whose fields
differ, build theirs from the same field helpers (core.models), and every one of them gets
its admin's "Publication" fieldset and address from `core.admin.PageLikeAdmin`.
"""

from core import images
from core.content import PublicContent
from core.models import (
    ScheduledModel,
    SeededModel,
    slug_field,
    summary_field,
    text_field,
    title_field,
)


class Article(images.DescribedImage, ScheduledModel, SeededModel, PublicContent):
    title = title_field()
    slug = slug_field()
    summary = summary_field()
    body = text_field()

    class Meta:
        abstract = True

    def __str__(self):
        return self.title

    def get_preview_url(self):
        # Staff see an unpublished record at its own address, under a preview banner.
        return self.get_absolute_url()

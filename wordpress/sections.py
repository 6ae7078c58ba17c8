"""A WordPress page's content as the sections of a site page (#24): its text as text
sections, each picture (Divi image module, `[caption]`, `[gallery]`, `<img>`) as an image
section with its caption, each video as a video section.

The French item writes the sections; its English translation then fills the English of the
sections of the same kind, in order, and adds a section for whatever it has more.
"""

import html

from django.conf import settings
from django.contrib.contenttypes.models import ContentType

from pages import videos
from pages.models import Kind, Section
from wordpress.models import ImportedItem

SOURCE_LANGUAGE = settings.LANGUAGES[0][0]


def write(importer, item, page, blocks, language):
    """Write the page's sections from `blocks`; return the attachments they show."""
    if importer.governs(item):
        forget_sections(importer, page)
        existing = []
    else:
        existing = list(page.sections.order_by("order", "pk"))
    languages = [language]
    if language != SOURCE_LANGUAGE and not importer.has_source(item):
        languages.append(SOURCE_LANGUAGE)
    by_kind = {}
    for section in existing:
        by_kind.setdefault(section.kind, []).append(section)
    order = max((section.order for section in existing), default=0)
    used = []
    for kind, value in blocks:
        section_kind = {"text": Kind.TEXT, "image": Kind.IMAGE, "video": Kind.VIDEO}[kind]
        if kind == "video" and videos.player(value) is None:
            section_kind, kind = Kind.TEXT, "text"
            value = f'<p><a href="{html.escape(value)}">{html.escape(value)}</a></p>'
        queue = by_kind.get(section_kind, [])
        section = queue.pop(0) if queue else None
        if section is None:
            order += 1
            section = Section(page=page, kind=section_kind, order=order)
        attachment = None
        if kind == "text":
            for code in languages:
                setattr(section, f"body_{code}", value)
        elif kind == "video":
            section.video_url = value
            for code in languages:
                setattr(section, f"heading_{code}", getattr(page, f"title_{code}") or "")
        else:
            attachment = importer.attachment_of(value)
            if attachment is None:
                importer.report.note("missing_file", f"{item.post_type} {item.wp_id}: {value.src}")
                continue
            is_new_picture = section.pk is None
            if (
                is_new_picture
                and importer.attach_image(item, section, attachment, language) is None
            ):
                continue
            for code in languages:
                if value.alt and not getattr(section, f"image_alt_{code}", ""):
                    setattr(section, f"image_alt_{code}", value.alt[:250])
                if value.caption and not getattr(section, f"image_caption_{code}", ""):
                    setattr(section, f"image_caption_{code}", value.caption[:250])
        is_new = section.pk is None
        section.save()
        importer.written.append((Section, section.pk))
        if attachment is not None and is_new:
            importer.remember_image(attachment, section, language, owner=page)
            used.append(attachment)
    return used


def forget_sections(importer, page):
    """Remove the sections an earlier import wrote, before writing them again."""
    ids = list(page.sections.values_list("pk", flat=True))
    if ids:
        rows = ImportedItem.objects.filter(
            content_type=ContentType.objects.get_for_model(Section), object_id__in=ids
        )
        importer.ledger.forget(rows)
        rows.delete()
        page.sections.all().delete()

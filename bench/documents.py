"""What a 50-page report costs once, at upload: checks, text extraction, cover (#16).

Run: DJANGO_SECRET_KEY=x .venv/bin/python bench/documents.py
The report is built here with pypdf: 50 A4 pages of 35 lines of French text each, like an
activity report without its photos. Each step runs 5 times; the median is printed. The cover
renditions go to a temporary media folder that is removed afterwards.
"""

import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lepartenariat.settings")
os.environ["DJANGO_MEDIA_ROOT"] = tempfile.mkdtemp(prefix="bench-media-")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.files.storage import default_storage  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from PIL import Image  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from core.images import clean_picture, make_renditions  # noqa: E402
from documents import pdf  # noqa: E402
from tests.pdfs import make_pdf  # noqa: E402

PAGES = 50
RUNS = 5
LINE = "En 2020, le PAEMS a équipé des écoles de points d’eau, de latrines et de jardins"


def timed(step):
    durations = []
    result = None
    for _run in range(RUNS):
        start = time.perf_counter()
        result = step()
        durations.append(time.perf_counter() - start)
    return statistics.median(durations) * 1000, result


def main():
    content = make_pdf(pages=PAGES, text=LINE, lines_per_page=35)
    upload = SimpleUploadedFile("rapport.pdf", content, content_type="application/pdf")
    print(f"A {PAGES}-page PDF of {len(content) / 1000:.0f} kB (median of {RUNS} runs)")

    check_ms, _ = timed(lambda: pdf.check_upload(upload))
    print(f"  check (open, encryption, active content): {check_ms:7.1f} ms")

    def extract():
        return pdf.extract_text(PdfReader(io.BytesIO(content)), pdf.ReadingBudget())

    text_ms, text = timed(extract)
    print(
        f"  text extraction:                          {text_ms:7.1f} ms, {len(text):,} characters"
    )

    prepare_ms, prepared = timed(lambda: pdf.prepare(io.BytesIO(content)))
    rewrite_ms = prepare_ms - text_ms
    print(f"  rewrite without author/producer metadata: {rewrite_ms:7.1f} ms")

    cover_ms, cover = timed(lambda: pdf.render_cover(prepared.content))
    print(
        f"  cover, first page drawn by PDFium:        {cover_ms:7.1f} ms, "
        f"{len(cover) / 1000:.0f} kB JPEG"
    )

    def renditions():
        picture, fallback_format = clean_picture(io.BytesIO(cover))
        return make_renditions(picture, fallback_format, "documents/covers/c.jpg", default_storage)

    renditions_ms, made = timed(renditions)
    print(
        f"  cover renditions (core.images):           {renditions_ms:7.1f} ms, "
        f"widths {[item['width'] for item in made['webp']]}"
    )
    total = check_ms + prepare_ms + cover_ms + renditions_ms
    print(f"  total at upload:                          {total:7.1f} ms")
    with Image.open(io.BytesIO(cover)) as image:
        print(f"  cover size: {image.size[0]}×{image.size[1]} pixels")


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)

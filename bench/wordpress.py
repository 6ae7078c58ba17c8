"""How fast the WordPress import runs, and whether its memory stays flat (#24).

Run: DJANGO_SECRET_KEY=x .venv/bin/python bench/wordpress.py [POSTS] [--pages]
Builds, in a temporary folder, an export of POSTS news posts (1,000 by default), each with
Divi markup, a featured photo and a captioned photo in its text (2 image attachments a
post), the photos in an uploads folder, and imports it into a throwaway SQLite database on
disk. A news post shows one image, so the photo in its text is only reported; with
--pages the items are pages, whose text keeps its photos as sections: all are imported.
Then it reads exports of growing size with the streaming reader alone and prints the
peak of Python memory each needs. It asserts nothing.

The photos are small (160 × 120): the import's own work is measured, not the making of
thumbnails, whose cost per photo bench/images.py gives.
"""

import os
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lepartenariat.settings")
WORK = Path(tempfile.mkdtemp(prefix="bench-wordpress-"))
os.environ["DJANGO_MEDIA_ROOT"] = str(WORK / "media")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from core.models import Redirect  # noqa: E402
from news.models import NewsPost  # noqa: E402
from pages.models import Page  # noqa: E402
from tests.images import encoded, photo  # noqa: E402
from tests.wordpress.exports import SITE, attachment, export, item  # noqa: E402
from wordpress import wxr  # noqa: E402
from wordpress.importer import Importer  # noqa: E402
from wordpress.survey import survey  # noqa: E402

BODY = (
    '[et_pb_section fb_built="1"][et_pb_row][et_pb_column type="4_4"][et_pb_text]'
    "<p>En {year}, le PAEMS a équipé l’école {number} de Podor d’un point d’eau, de latrines "
    "et d’un jardin pédagogique. Les élèves et leurs enseignants ont suivi des ateliers "
    "d’hygiène avec l’association partenaire de Saint-Louis.</p>\n\n"
    '[caption id="attachment_{picture}" width="300"]<img class="wp-image-{picture}" '
    'src="{site}/wp-content/uploads/2019/05/photo-{picture}-300x225.jpg" alt="" /> '
    "La cour de l’école {number}[/caption]\n\n"
    "Les travaux ont duré trois mois.\nLes familles ont participé au chantier.\n\n"
    f'Lire <a href="{SITE}/' + 'article-{previous}/">l’article précédent</a>.'
    "[/et_pb_text][/et_pb_column][/et_pb_row][/et_pb_section]"
)


def items(posts, post_type="post"):
    for number in range(1, posts + 1):
        featured, in_text, wp_id = 3 * number, 3 * number + 1, 3 * number + 2
        yield attachment(featured, f"2019/05/photo-{featured}.jpg", alt=f"L’école {number}")
        yield attachment(in_text, f"2019/05/photo-{in_text}.jpg", alt="La cour")
        yield item(
            wp_id,
            f"L’école {number} de Podor a de l’eau",
            post_type=post_type,
            slug=f"article-{wp_id}",
            content=BODY.format(
                year=2000 + number % 25,
                number=number,
                picture=in_text,
                site=SITE,
                previous=wp_id - 3,
            ),
            categories=[("paems", "PAEMS")],
            meta={"_thumbnail_id": str(featured)},
        )


def write_export(path, posts, post_type="post"):
    path.write_text(export(list(items(posts, post_type))), encoding="utf-8")
    return path


def write_uploads(folder, posts):
    (folder / "2019" / "05").mkdir(parents=True, exist_ok=True)
    picture = encoded(photo((160, 120)))
    for number in range(1, posts + 1):
        for wp_id in (3 * number, 3 * number + 1):
            (folder / "2019" / "05" / f"photo-{wp_id}.jpg").write_bytes(picture)


def peak(function):
    """What `function` returns, and the peak of Python memory while it ran."""
    tracemalloc.start()
    result = function()
    _current, highest = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, highest


def main():
    numbers = [argument for argument in sys.argv[1:] if argument.isdigit()]
    posts = int(numbers[0]) if numbers else 1000
    post_type = "page" if "--pages" in sys.argv else "post"
    settings.DATABASES["default"]["TEST"]["NAME"] = str(WORK / "bench.sqlite3")
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0)
    try:
        path = write_export(WORK / "export.xml", posts, post_type)
        write_uploads(WORK / "uploads", posts)
        size = path.stat().st_size / 1_000_000
        print(f"An export of {posts:,} {post_type}s and {2 * posts:,} photos: {size:.1f} MB")
        started, cpu_started = time.perf_counter(), time.process_time()
        report = Importer(path, uploads=WORK / "uploads").run()
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        counts = report.counts
        kind = "news" if post_type == "post" else "page"
        # On a shared machine the wall clock includes waiting for a core; the processor
        # time is what the import itself costs.
        print(f"  import into SQLite:    {elapsed:6.1f} s ({cpu:.1f} s of processor time)")
        print(
            f"  {post_type}s created:   {counts[kind + ':created']:6,}, "
            f"photos imported: {counts['image:created']:,}, "
            f"old addresses: {Redirect.objects.count():,}, "
            f"links rewritten: {counts['link:updated']:,}"
        )
        assert (NewsPost if post_type == "post" else Page).objects.count() == posts
        print("Exports of growing size: peak of Python memory while reading them item by item,")
        print("and while surveying them (the reader plus the few strings kept per item):")
        for many in (posts, 4 * posts, 16 * posts):
            bigger = write_export(WORK / f"export-{many}.xml", many)
            count, reading = peak(lambda path=bigger: sum(1 for _entry in wxr.read(path)))
            _survey, surveying = peak(lambda path=bigger: survey(path))
            print(
                f"  {bigger.stat().st_size / 1_000_000:6.1f} MB, {count:7,} items: "
                f"reading {reading / 1_000_000:5.2f} MB, surveying {surveying / 1_000_000:5.2f} MB"
            )
            bigger.unlink()
    finally:
        connection.creation.destroy_test_db(":memory:", verbosity=0)
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()

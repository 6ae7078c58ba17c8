"""An export that is not a safe, whole WordPress export is refused at once, and nothing is
written (#24)."""

import time

import pytest
from django.core.management import CommandError, call_command

from news.models import NewsPost
from tests.wordpress import exports
from tests.wordpress.conftest import french_site_items
from wordpress.models import ImportedItem, ImportRun

XXE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<wp:wxr_version>1.2</wp:wxr_version>
<item><title>&secret;</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type>
<wp:status>publish</wp:status></item></channel></rss>
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<wp:wxr_version>1.2</wp:wxr_version><title>&lol9;</title></channel></rss>
"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Actualités</title></feed>
"""

PLAIN_RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Un flux</title>
<item><title>Une nouvelle</title></item></channel></rss>
"""


def refuse(tmp_path, text):
    """The command's refusal of `text`, in French as the site speaks it by default."""
    path = tmp_path / "export.xml"
    path.write_text(text, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(CommandError) as refusal:
        call_command("import_wordpress", str(path))
    assert time.monotonic() - started < 2
    assert NewsPost.objects.count() == 0
    assert ImportedItem.objects.count() == 0
    assert ImportRun.objects.count() == 0
    return str(refusal.value)


@pytest.mark.django_db
def test_an_external_entity_is_refused_without_reading_the_file(tmp_path):
    message = refuse(tmp_path, XXE)
    assert "déclare une DTD ou des entités" in message
    assert "root:" not in message
    assert "Rien n’a été importé." in message


@pytest.mark.django_db
def test_a_billion_laughs_is_refused_in_seconds(tmp_path):
    assert "déclare une DTD ou des entités" in refuse(tmp_path, BILLION_LAUGHS)


@pytest.mark.django_db
@pytest.mark.parametrize("text", [ATOM_FEED, PLAIN_RSS, "<html><body>Bonjour</body></html>"])
def test_a_file_that_is_not_a_wordpress_export_is_refused(tmp_path, text):
    assert "n’est pas un export WordPress (WXR 1.0 à 1.2)" in refuse(tmp_path, text)


@pytest.mark.django_db
def test_a_file_that_is_not_xml_is_refused(tmp_path):
    assert "n’est pas du XML bien formé" in refuse(
        tmp_path, "post_title,post_content\nBonjour,Texte\n"
    )


@pytest.mark.django_db
def test_a_truncated_export_is_refused_and_writes_nothing(tmp_path, uploads):
    whole = exports.export(french_site_items())
    # Cut in the middle of the last item: every earlier item is whole, and none is written.
    message = refuse(tmp_path, whole[: whole.rindex("<wp:post_type>")])
    assert "il est sans doute tronqué" in message


@pytest.mark.django_db
def test_an_export_of_a_future_version_is_refused(tmp_path):
    message = refuse(tmp_path, exports.export([], version="2.0"))
    assert "en version 2.0" in message


@pytest.mark.django_db
@pytest.mark.parametrize("version", ["1.0", "1.1", "1.2"])
def test_every_wxr_version_is_read(tmp_path, version):
    path = exports.write(
        tmp_path / "export.xml", [exports.item(7, "Bonjour", language="fr")], version=version
    )
    call_command("import_wordpress", str(path))
    assert list(NewsPost.objects.values_list("title_fr", flat=True)) == ["Bonjour"]


@pytest.mark.django_db
def test_a_missing_export_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="ne peut pas être lu"):
        call_command("import_wordpress", str(tmp_path / "absent.xml"))

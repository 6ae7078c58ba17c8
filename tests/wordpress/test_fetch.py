"""With --fetch, files missing from the uploads folder are downloaded from the old site, and
from nowhere else (#24)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command

from news.models import NewsPost
from tests.images import encoded, photo
from tests.ports import free_port
from tests.wordpress import exports

PICTURE = encoded(photo((120, 90)))


class OldSite(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/wp-content/uploads/2019/05/loin.jpg":
            self.send_response(200)
            self.send_header("Content-Type", "image/jpeg")
            self.end_headers()
            self.wfile.write(PICTURE)
        elif self.path == "/wp-content/uploads/2019/05/ailleurs.jpg":
            self.send_response(302)
            self.send_header("Location", "http://192.0.2.1/ailleurs.jpg")
            self.end_headers()
        else:
            self.send_error(404)

    def log_message(self, *args):
        pass


@pytest.fixture
def old_site():
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), OldSite)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def export_from(tmp_path, site, files):
    items = []
    for number, file in enumerate(files, start=1):
        items.append(exports.attachment(100 + number, file))
        items.append(
            exports.item(number, f"Article {number}", meta={"_thumbnail_id": str(100 + number)})
        )
    path = tmp_path / "export.xml"
    path.write_text(exports.export(items).replace(exports.SITE, site), encoding="utf-8")
    return path


@pytest.mark.django_db
def test_a_missing_file_is_downloaded_from_the_old_site(tmp_path, old_site, capsys):
    call_command(
        "import_wordpress", str(export_from(tmp_path, old_site, ["2019/05/loin.jpg"])), fetch=True
    )
    post = NewsPost.objects.get()
    assert post.image.name == "news/loin.jpg"
    assert post.image_renditions["width"] == 120


@pytest.mark.django_db
def test_a_download_never_leaves_the_old_site(tmp_path, old_site, capsys):
    path = export_from(tmp_path, old_site, ["2019/05/ailleurs.jpg", "2019/05/absent.jpg"])
    call_command("import_wordpress", str(path), fetch=True)
    report = capsys.readouterr().out
    assert "Fichiers qui n’ont pas pu être téléchargés de l’ancien site (2)" in report
    assert "2019/05/ailleurs.jpg" in report
    assert [post.image.name for post in NewsPost.objects.order_by("pk")] == ["", ""]


@pytest.mark.django_db
def test_without_fetch_nothing_is_downloaded(tmp_path, old_site, capsys):
    call_command("import_wordpress", str(export_from(tmp_path, old_site, ["2019/05/loin.jpg"])))
    assert NewsPost.objects.get().image.name == ""
    assert "Fichier absent du dossier uploads" in capsys.readouterr().out

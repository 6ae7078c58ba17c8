"""The shipped deploy/nginx.conf micro-caches anonymous pages, and only those."""

import urllib.error
import urllib.request

import pytest
from pytest_django.live_server_helper import LiveServer

from tests.association import pagecache_urls
from tests.nginx import nginx_binary, start_front
from tests.ports import free_port

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        nginx_binary() is None, reason="nginx is not installed (apt-get install nginx-light)"
    ),
]


@pytest.fixture
def front(transactional_db, settings, tmp_path, seeded):
    settings.STATIC_ROOT = tmp_path / "var" / "static"
    settings.STATIC_ROOT.mkdir(parents=True)
    app_port = free_port()
    app = LiveServer(f"127.0.0.1:{app_port}")
    front_port = free_port()
    nginx = start_front(tmp_path / "nginx", front_port, f"127.0.0.1:{app_port}", tmp_path)
    yield f"http://127.0.0.1:{front_port}"
    nginx.terminate()
    nginx.wait()
    app.stop()


def fetch(url, method="GET", headers=None, data=None):
    request = urllib.request.Request(url, method=method, headers=headers or {}, data=data)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def test_an_anonymous_page_is_served_by_nginx_from_its_micro_cache(front):
    _status, first, _html = fetch(f"{front}/fr/")
    status, again, html = fetch(f"{front}/fr/")

    assert first["X-Cache"] == "MISS"
    assert again["X-Cache"] == "HIT"
    assert status == 200
    assert "Notre histoire" in html


def test_nginx_never_serves_one_language_for_the_other(front):
    fetch(f"{front}/fr/")
    fetch(f"{front}/fr/")

    _status, headers, html = fetch(f"{front}/en/")

    assert headers["X-Cache"] == "MISS"
    assert headers["Content-Language"] == "en"
    assert "Our history" in html


def test_nginx_neither_serves_nor_keeps_pages_for_someone_with_a_session(front):
    fetch(f"{front}/fr/programmes/")
    fetch(f"{front}/fr/programmes/")

    _status, staff, _html = fetch(f"{front}/fr/programmes/", headers={"Cookie": "sessionid=abc"})
    fetch(f"{front}/en/programmes/", headers={"Cookie": "sessionid=abc"})
    _status, visitor, _html = fetch(f"{front}/en/programmes/")

    assert staff["X-Cache"] == "BYPASS"
    assert visitor["X-Cache"] == "MISS"


def test_the_contact_page_with_its_form_is_served_by_nginx_from_its_micro_cache(front):
    _status, first, _html = fetch(f"{front}/fr/contact/")
    status, again, html = fetch(f"{front}/fr/contact/")

    assert first["X-Cache"] == "MISS"
    assert "Set-Cookie" not in first
    assert again["X-Cache"] == "HIT"
    assert status == 200
    assert "Envoyer mon message" in html


def test_a_post_always_reaches_the_app(front):
    fetch(f"{front}/fr/contact/")
    fetch(f"{front}/fr/contact/")

    status, headers, html = fetch(f"{front}/fr/contact/", method="POST", data=b"name=x")

    # The app answers with the form and its errors, not the cached empty form.
    assert status == 200
    assert "Votre message n’est pas encore envoyé" in html
    assert headers["X-Cache"] != "HIT"


def test_a_post_from_another_site_is_refused_through_nginx(front):
    status, _headers, html = fetch(
        f"{front}/fr/contact/",
        method="POST",
        data=b"name=x",
        headers={"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
    )

    assert status == 403
    assert "Ce formulaire a été envoyé depuis un autre site" in html


def test_a_browsers_post_from_the_site_passes_nginx_and_the_origin_check(front):
    status, _headers, html = fetch(
        f"{front}/fr/contact/",
        method="POST",
        data=b"name=x",
        headers={"Origin": front, "Sec-Fetch-Site": "same-origin"},
    )

    assert status == 200
    assert "Votre message n’est pas encore envoyé" in html


def test_a_page_with_a_visitors_csrf_token_is_never_given_to_another(front, settings):
    settings.ROOT_URLCONF = "tests.association.pagecache_urls"
    pagecache_urls.renders.clear()

    _status, _alice, alice_html = fetch(f"{front}/fr/form/")
    _status, bob, bob_html = fetch(f"{front}/fr/form/")

    assert pagecache_urls.renders == ["/fr/form/", "/fr/form/"]
    assert alice_html != bob_html
    assert bob["X-Cache"] == "MISS"
    assert "csrftoken=" in bob["Set-Cookie"]


def test_nginx_serves_static_files_itself_with_far_future_headers(front, settings):
    (settings.STATIC_ROOT / "site.0123abcd.css").write_text("body { color: #222; }")

    status, headers, css = fetch(f"{front}/static/site.0123abcd.css")

    assert status == 200
    assert css == "body { color: #222; }"
    assert "immutable" in headers["Cache-Control"]
    assert "max-age=31536000" in headers["Cache-Control"]


def media_file(tmp_path, name, content):
    folder = tmp_path / "var" / "media" / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(content)


def test_nginx_serves_uploads_so_that_none_runs_as_a_page_of_the_site(front, tmp_path):
    # An upload that is HTML or script in disguise (#22).
    media_file(tmp_path, "note.txt", b"<script>alert(document.cookie)</script>")

    status, headers, _body = fetch(f"{front}/media/documents/note.txt")

    assert status == 200
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in headers["Content-Security-Policy"]
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert "Content-Disposition" not in headers


def test_nginx_hands_pdfs_to_the_visitor_s_reader_as_files(front, tmp_path):
    media_file(tmp_path, "rapport.pdf", b"%PDF-1.7\n%%EOF\n")

    status, headers, _body = fetch(f"{front}/media/documents/rapport.pdf")

    assert status == 200
    assert headers["Content-Type"] == "application/pdf"
    assert headers["Content-Disposition"] == "attachment"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in headers["Content-Security-Policy"]

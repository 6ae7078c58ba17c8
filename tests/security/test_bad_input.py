import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def static_client(settings):
    settings.WHITENOISE_USE_FINDERS = True
    # WhiteNoise reads its settings when the client builds the middleware chain.
    return Client()


@pytest.mark.parametrize(
    "path",
    [
        "/static/../manage.py",
        "/static/%2e%2e/manage.py",
        "/static/css/..%2f..%2f..%2fmanage.py",
        "/static/..%5c..%5cmanage.py",
        "/static/%252e%252e/manage.py",
        "/static//etc/passwd",
        "/static/css/%00site.css",
        "/media/../association/settings.py",
        "/media/%2e%2e/%2e%2e/etc/passwd",
        "/media//etc/passwd",
        "/fr/..%2f..%2fmanage.py",
    ],
)
def test_path_traversal_on_static_and_media_is_not_found(static_client, seeded, path):
    response = static_client.get(path)
    body = b"".join(response) if response.streaming else response.content

    assert response.status_code == 404
    assert b"DJANGO_SECRET_KEY" not in body
    assert b"root:" not in body


def test_a_real_static_file_is_served(static_client):
    assert static_client.get("/static/css/site.css").status_code == 200


def test_an_oversized_form_post_is_refused_with_a_400(client):
    response = client.generic(
        "POST",
        "/admin/login/",
        b"username=" + b"x" * (3 * 1024 * 1024),
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 400
    assert "Nous n’avons pas pu comprendre cette demande" in response.content.decode()


def test_a_form_with_too_many_fields_is_refused_with_a_400(client):
    body = "&".join(f"field{n}=x" for n in range(1500))

    response = client.generic(
        "POST", "/admin/login/", body, content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 400


@pytest.mark.parametrize(
    "content_type",
    [
        "multipart/form-data",
        "multipart/form-data; boundary=",
        "multipart/form-data; boundary=\x00\x01",
        "multipart/form-data; boundary=" + "b" * 5000,
    ],
)
def test_a_malformed_multipart_post_is_refused_with_a_400(client, content_type):
    response = client.generic(
        "POST", "/admin/login/", b"--garbage\r\n\r\n\xff\xfe", content_type=content_type
    )

    assert response.status_code == 400


@pytest.mark.parametrize(
    "path",
    ["/fr/contact/", "/en/programmes/", "/fr/histoire/", "/healthz", "/fr/"],
)
def test_a_post_or_put_on_a_read_only_page_never_crashes(client, seeded, path):
    for method in ["POST", "PUT", "DELETE", "PATCH"]:
        response = client.generic(method, path, b"\xff\x00garbage", content_type="text/plain")
        assert response.status_code < 500, method


@pytest.mark.parametrize(
    "host",
    ["evil.example", "[::1", "a" * 300, "localhost\r\nX-Injected: 1", ""],
)
def test_an_unknown_or_malformed_host_is_a_400(client, host):
    response = client.get("/fr/", HTTP_HOST=host)

    assert response.status_code == 400


@pytest.mark.parametrize(
    "path",
    [
        "/fr/programmes/%00/",
        "/fr/programmes/" + "a" * 5000 + "/",
        "/fr/%ff%fe/",
        "/%c0%ae%c0%ae/",
        "/fr/programmes/%F0%9F%92%A9/",
        "/en/history/?%=%",
        "/fr/recherche/?q=%00",
        "/en/search/?q=%ff%fe%00&q=%c3%28",
        "/en/search/?q=" + "x" * 10000,
    ],
)
def test_odd_paths_are_answered_without_a_crash(client, seeded, path):
    assert client.get(path).status_code in {200, 301, 302, 400, 404}

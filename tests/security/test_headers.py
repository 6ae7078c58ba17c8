import re

import pytest
from django.test import Client

from tests.factories import ProgrammeFactory
from tests.public_pages import NOT_FOUND_PATHS, TECHNICAL_PATHS, public_paths

pytestmark = pytest.mark.django_db


def assert_hardened(response):
    policy = response["Content-Security-Policy"]
    directives = {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}
    assert directives["script-src"] == ["'self'"]
    assert directives["default-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in policy
    assert "'unsafe-eval'" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_every_page_carries_the_security_headers(client, seeded):
    paths = [*public_paths(client), *NOT_FOUND_PATHS, *TECHNICAL_PATHS, "/admin/login/"]

    for path in paths:
        assert_hardened(client.get(path))


def test_a_programme_page_and_the_admin_carry_the_security_headers(staff_client, seeded):
    programme = ProgrammeFactory()

    assert_hardened(staff_client.get(f"/fr/programmes/{programme.slug_fr}/"))
    assert_hardened(staff_client.get("/admin/"))
    assert_hardened(staff_client.get(f"/admin/association/programme/{programme.pk}/change/"))


def test_static_files_carry_the_security_headers_too(settings):
    settings.WHITENOISE_USE_FINDERS = True
    # WhiteNoise reads its settings when the client builds the middleware chain.
    response = Client().get("/static/css/site.css")

    assert response.status_code == 200
    assert_hardened(response)


@pytest.mark.parametrize(
    "path",
    ["/fr/", "/en/contact/", "/fr/programmes/", "/admin/", "/admin/association/programme/add/"],
)
def test_no_page_relies_on_inline_script_or_style_that_the_policy_blocks(
    staff_client, seeded, path
):
    html = staff_client.get(path).content.decode()

    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, re.S)
    for attributes, body in scripts:
        is_data = 'type="application/json"' in attributes or "ld+json" in attributes
        assert "src=" in attributes or is_data, f"inline script on {path}: {body[:80]}"
    assert not re.search(r"\son[a-z]+=", html), f"inline event handler on {path}"
    assert " style=" not in html, f"inline style on {path}"
    assert "javascript:" not in html
    for source in re.findall(r'<script[^>]+src="([^"]+)"', html):
        assert source.startswith("/"), source
        assert not source.startswith("//"), source


def test_every_script_of_the_translated_admin_form_is_served_from_this_site(
    settings, seeded, django_user_model
):
    settings.WHITENOISE_USE_FINDERS = True
    client = Client()
    client.force_login(django_user_model.objects.create_superuser("boss", "b@example.org", "pw"))
    html = client.get("/admin/association/programme/add/").content.decode()
    sources = re.findall(r'<script[^>]+src="([^"]+)"', html)

    assert "/static/vendor/jquery-ui/jquery-ui.min.js" in sources
    assert "/static/modeltranslation/js/tabbed_translation_fields.js" in sources
    for source in sources:
        response = client.get(source)
        assert response.status_code == 200, source
        assert_hardened(response)


@pytest.fixture
def media_in_a_bucket(settings):
    from core.middleware import media_origin

    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": "lepartenariat-media",
                "custom_domain": "media.lepartenariat.org",
                "querystring_auth": False,
            },
        },
    }
    media_origin.cache_clear()
    yield
    media_origin.cache_clear()


def test_images_stored_in_a_bucket_are_allowed_by_the_policy(client, seeded, media_in_a_bucket):
    policy = client.get("/fr/")["Content-Security-Policy"]

    image_sources = next(part for part in policy.split(";") if "img-src" in part).split()
    assert image_sources == ["img-src", "'self'", "data:", "https://media.lepartenariat.org"]
    assert "media.lepartenariat.org" not in next(
        part for part in policy.split(";") if "script-src" in part
    )


def test_images_on_this_site_need_no_other_host_in_the_policy(client, seeded):
    policy = client.get("/fr/")["Content-Security-Policy"]

    assert "img-src 'self' data:;" in policy + ";"

"""A path that starts with // names another host to a browser: no page links there (#22)."""

import re

import pytest

pytestmark = pytest.mark.django_db


def get(client, path, method="get", **kwargs):
    # Given as PATH_INFO: the test client would read "//evil.example" as a host to call.
    return getattr(client, method)("/", PATH_INFO=path, **kwargs)


@pytest.mark.parametrize("path", ["//evil.example/fr/programmes/", "//evil.example/fr/"])
def test_a_page_at_a_path_naming_another_host_never_links_to_it(client, path):
    response = get(client, path)

    html = response.content.decode()
    assert response.status_code == 404
    assert "//evil.example" not in html
    # Its links, the canonical one included, lead to this site only.
    assert re.search(r'<link rel="canonical" href="http://testserver/[^"]*">', html)


def test_a_cross_site_post_to_such_a_path_links_back_to_this_site_only(client):
    response = get(
        client,
        "//evil.example/fr/contact/",
        method="post",
        data={"name": "x"},
        headers={"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
    )

    assert "//evil.example" not in response.content.decode()

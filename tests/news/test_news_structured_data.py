"""What search engines and sharing previews read on a post's page (#15)."""

import datetime
import json
import re

import pytest
from django.utils import translation

from tests.factories import NewsPostFactory

pytestmark = pytest.mark.django_db


def json_ld(html):
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def test_a_post_is_described_as_a_news_article_published_by_the_association(client):
    post = NewsPostFactory(
        title_en="Water for Podor", published_on=datetime.date(2016, 5, 3), slug_en="podor"
    )

    html = client.get("/en/news/podor/").content.decode()
    [article] = [data for data in json_ld(html) if data["@type"] == "NewsArticle"]

    assert article["headline"] == "Water for Podor"
    assert article["datePublished"] == "2016-05-03T00:00:00+02:00"
    assert datetime.datetime.fromisoformat(article["dateModified"]) == post.updated_at
    assert article["inLanguage"] == "en"
    assert article["publisher"]["name"] == "Le Partenariat"
    assert article["publisher"]["logo"]["url"].startswith("http://testserver/")
    assert article["image"][0].startswith("http://testserver/")
    assert article["url"] == "http://testserver/en/news/podor/"
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="article:published_time" content="2016-05-03T00:00:00+02:00">' in html


def test_a_post_title_cannot_close_the_structured_data_script(client):
    post = NewsPostFactory(title_fr="</script><script>alert(1)</script>")
    with translation.override("fr"):
        html = client.get(post.get_absolute_url()).content.decode()

    assert "<script>alert(1)" not in html
    assert json_ld(html)[0]["headline"] == "</script><script>alert(1)</script>"

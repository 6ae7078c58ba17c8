"""A draft is written in French first; English is needed only to publish it (#25)."""

import pytest
from django.urls import reverse

from news.models import NewsPost

pytestmark = pytest.mark.django_db


def post_data(**changes):
    data = {
        "title_fr": "Fête de l’eau à Saint-Louis",
        "slug_fr": "fete-de-l-eau",
        "summary_fr": "Les écoles fêtent leurs nouveaux points d’eau.",
        "body_fr": "<p>Une journée de fête.</p>",
        "title_en": "",
        "slug_en": "",
        "summary_en": "",
        "body_en": "",
        "published_on": "07/12/2026",
        "image_alt_fr": "",
        "image_alt_en": "",
    }
    return {**data, **changes}


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_a_french_only_draft_saves_and_says_it_is_not_on_the_site(staff_client):
    response = staff_client.post(
        reverse("admin:news_newspost_add"), post_data(_draft="1"), follow=True
    )

    post = NewsPost.objects.get()
    assert not post.is_published
    assert post.title_fr == "Fête de l’eau à Saint-Louis"
    [message] = messages_of(response)
    assert message.endswith("Brouillon\u00a0: invisible sur le site.")
    html = response.content.decode()
    assert "Brouillon\u00a0: invisible sur le site." in html
    assert 'value="Enregistrer et publier"' in html
    assert 'value="Enregistrer le brouillon"' in html


def test_two_french_only_drafts_do_not_clash_on_their_empty_english_address(staff_client):
    staff_client.post(reverse("admin:news_newspost_add"), post_data(_draft="1"))
    staff_client.post(
        reverse("admin:news_newspost_add"),
        post_data(_draft="1", title_fr="Autre", slug_fr="autre"),
    )

    assert NewsPost.objects.count() == 2


def test_publishing_asks_for_the_english_then_says_the_post_is_live(staff_client):
    staff_client.post(reverse("admin:news_newspost_add"), post_data(_draft="1"))
    post = NewsPost.objects.get()
    url = reverse("admin:news_newspost_change", args=[post.pk])

    refused = staff_client.post(url, post_data(_publish="1"))

    assert refused.status_code == 200
    html = refused.content.decode()
    assert "Titre [en]\u00a0: Nécessaire pour publier" in html
    assert "Brouillon\u00a0: invisible sur le site." in html
    post.refresh_from_db()
    assert not post.is_published

    english = {
        "title_en": "Water festival in Saint-Louis",
        "slug_en": "water-festival",
        "summary_en": "Schools celebrate their new water points.",
    }
    published = staff_client.post(url, post_data(_publish="1", **english), follow=True)

    post.refresh_from_db()
    assert post.is_published
    [message] = messages_of(published)
    assert message.endswith("En ligne\u00a0: visible sur le site.")

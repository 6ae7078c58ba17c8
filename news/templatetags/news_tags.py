from django import template
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language

from contact.templatetags.contact_tags import json_ld
from core.images import picture_context
from news.models import RELATED_POSTS, NewsPost

register = template.Library()


@register.inclusion_tag("includes/programme_news.html")
def programme_news(programme):
    """The latest published posts on a programme and its projects: one query."""
    posts = NewsPost.objects.published().about(programme).newest_first().as_cards()
    return {"posts": posts[:RELATED_POSTS], "programme": programme}


def publisher(request):
    return {
        "@type": "NGO",
        "name": "Le Partenariat",
        "url": request.build_absolute_uri(reverse("home")),
        "logo": {
            "@type": "ImageObject",
            "url": request.build_absolute_uri(static("img/apple-touch-icon.png")),
        },
    }


def image_url(request, post):
    picture = picture_context(post.image_renditions)
    if picture is None:
        return request.build_absolute_uri(static("img/og-image.png"))
    return request.build_absolute_uri(picture["src"])


@register.simple_tag(takes_context=True)
def news_article_json_ld(context, post):
    """schema.org NewsArticle of a post, for search engines."""
    request = context["request"]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": post.title,
        "description": post.summary,
        "url": request.build_absolute_uri(post.get_absolute_url()),
        "inLanguage": get_language(),
        "dateModified": post.updated_at.isoformat(),
        "image": [image_url(request, post)],
        "publisher": publisher(request),
        "author": publisher(request),
        "about": [programme.title for programme in post.published_programmes],
    }
    if post.published_at is not None:
        data["datePublished"] = post.published_at.isoformat()
    return json_ld(data)

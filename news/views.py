from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from association.models import Programme
from core.pagecache import cache_query_params
from core.views import PublishedDetailView
from news.models import POSTS_PER_PAGE, RELATED_POSTS, NewsPost


@cache_query_params("programme", "page")
def news_list(request):
    posts = NewsPost.objects.published().newest_first().as_cards()
    # The filter offers the programmes that have posts, as plain links crawlers follow.
    programmes = list(
        Programme.objects.published()
        .filter(pk__in=NewsPost.objects.published().values("programmes"))
        .in_order()
        .as_cards()
    )
    selected = None
    wanted = request.GET.get("programme")
    if wanted:
        # Either language's slug is accepted, so the language switcher keeps the filter.
        # A programme whose projects alone have posts is not in the list (its page links
        # here too).
        selected = Programme.objects.published().with_either_slug(wanted).as_cards().first()
        if selected is None:
            raise Http404
        posts = posts.about(selected)
    context = {
        "page_obj": Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page")),
        "programmes": programmes,
        "selected_programme": selected,
    }
    return render(request, "news/newspost_list.html", context)


class NewsPostDetailView(PublishedDetailView):
    model = NewsPost
    context_object_name = "post"

    def get_queryset(self):
        return super().get_queryset().with_programmes()

    def get_preview_queryset(self):
        return NewsPost.objects.with_programmes()

    def get_context_data(self, **kwargs):
        post = self.object
        related = (
            NewsPost.objects.published()
            .related_to(post, post.published_programmes)
            .newest_first()
            .as_cards()[:RELATED_POSTS]
        )
        return super().get_context_data(related_posts=related, **kwargs)

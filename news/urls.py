from django.urls import path
from django.utils.translation import gettext_lazy as _

from core.pagecache import cache_query_params
from news import feeds, views

app_name = "news"

urlpatterns = [
    path("", views.news_list, name="list"),
    path(_("feed/"), cache_query_params("programme")(feeds.NewsFeed()), name="feed"),
    path("<slug:slug>/", views.NewsPostDetailView.as_view(), name="detail"),
]

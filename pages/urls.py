from django.urls import re_path

from pages import views

app_name = "pages"

# Last of the site's routes (lepartenariat/urls.py): every fixed section is matched first.
# Slugs separated by slashes, as SlugField allows them: nothing else reaches the view.
urlpatterns = [
    re_path(r"^(?P<path>[-a-zA-Z0-9_]+(?:/[-a-zA-Z0-9_]+)*)/$", views.page_detail, name="page"),
]

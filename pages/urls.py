from django.urls import path

from pages import views

app_name = "pages"

# Last of the site's routes (lepartenariat/urls.py): every fixed section is matched first.
urlpatterns = [
    path("<path:path>/", views.page_detail, name="page"),
]

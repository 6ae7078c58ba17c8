from django.urls import path

from documents import views

app_name = "documents"

urlpatterns = [
    path("", views.document_list, name="list"),
    path("<slug:slug>/", views.DocumentFileView.as_view(), name="file"),
]

from django.urls import path

from . import views

app_name = "table"
urlpatterns = [
    path("", views.index, name="index"),
    path("representation/", views.representation, name="representation"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/manage/", views.manage, name="manage"),
    path(
        "<slug:slug>/manage/organisation/<int:pk>/remove/",
        views.remove_organisation,
        name="remove_organisation",
    ),
    path("<slug:slug>/manage/mandate/<int:pk>/end/", views.end_mandate, name="end_mandate"),
]

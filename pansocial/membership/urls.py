from django.urls import path

from . import views

app_name = "membership"
urlpatterns = [
    path("", views.directory, name="directory"),
    path("export.<str:fmt>", views.export, name="export"),
    path("coverage/", views.coverage_dashboard, name="coverage"),
    path("apply/", views.apply, name="apply"),
    path("apply/duplicates/", views.apply_duplicates, name="apply_duplicates"),
    path("mine/", views.mine, name="mine"),
    path("invitation/<str:token>/", views.invitation, name="invitation"),
    path("review/", views.review_queue, name="review_queue"),
    path("review/<int:pk>/", views.review, name="review"),
    path("o/<int:pk>/", views.organisation, name="organisation"),
    path("o/<int:pk>/manage/", views.manage, name="manage"),
    path("o/<int:pk>/manage/<str:action>/", views.manage_action, name="manage_action"),
]

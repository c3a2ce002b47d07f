from django.urls import path

from . import views

app_name = "practice"
urlpatterns = [
    path("", views.index, name="index"),
    path("feed/rss/", views.PracticeFeed(), name="feed-rss"),
    path("feed/atom/", views.AtomFeed(), name="feed-atom"),
    path("export/<str:kind>.<str:fmt>", views.list_export, name="list-export"),
    path("new/", views.create, name="create"),
    path("mine/", views.mine, name="mine"),
    path("review-queue/", views.queue, name="queue"),
    path("exchange/", views.cycles, name="cycles"),
    path("exchange/<int:pk>/", views.cycle, name="cycle"),
    path("exchange/<int:pk>/curate/", views.curate, name="curate"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/submit/", views.submit, name="submit"),
    path("<int:pk>/files/", views.attach, name="attach"),
    path("<int:pk>/files/<int:attachment_pk>/", views.attachment_file, name="file"),
    path("<int:pk>/files/<int:attachment_pk>/delete/", views.detach, name="detach"),
    path("<int:pk>/manage/", views.manage, name="manage"),
    path("<int:pk>/review/", views.review, name="review"),
    path("<int:pk>/export/<str:kind>.<str:fmt>", views.practice_export, name="export"),
]

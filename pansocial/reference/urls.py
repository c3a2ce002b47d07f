from django.urls import path

from . import views

app_name = "reference"
urlpatterns = [
    path("", views.index, name="index"),
    path("objectives/<int:number>/", views.objective, name="objective"),
    path("principles/<slug:slug>/", views.principle, name="principle"),
]

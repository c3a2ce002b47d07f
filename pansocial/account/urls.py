from django.urls import path

from . import views

app_name = "account"
urlpatterns = [
    path("signin/", views.login, name="login"),
    path("signin/code/", views.login_otp, name="login_otp"),
    path("signin/link/", views.request_login_link, name="login_link_request"),
    path("signin/link/<str:token>/", views.login_link, name="login_link"),
    path("signout/", views.logout_view, name="logout"),
    path("signup/", views.signup, name="signup"),
    path("verify/<str:token>/", views.verify, name="verify"),
    path("verify/", views.resend_verification, name="resend_verification"),
    path("password/", views.password_reset, name="password_reset"),
    path("password/<uidb64>/<str:token>/", views.password_reset_confirm, name="reset_confirm"),
    path("", views.profile, name="profile"),
    path("data/", views.download_data, name="download_data"),
    path("delete/", views.delete_account, name="delete"),
    path("two-factor/", views.two_factor, name="two_factor"),
    path("setup/<str:token>/", views.setup, name="setup"),
]

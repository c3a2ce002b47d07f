"""The confirmation page of a destructive or irreversible action (docs/design.md).

The page's link (GET) shows what will happen and a form that posts to the same address;
the POST performs the action. It works without JavaScript; cancelling is a plain link back.
"""

from django.shortcuts import render


def confirmation(
    request,
    *,
    title,
    consequences,
    confirm_label,
    cancel_url,
    hidden=None,
    form=None,
    status=200,
):
    """Render ``common/confirm.html``.

    ``consequences``: sentences saying what will happen; ``hidden``: name → value posted
    back with the confirmation; ``form``: fields the action needs (shown with an error
    summary when bound and invalid)."""
    return render(
        request,
        "common/confirm.html",
        {
            "title": title,
            "consequences": consequences,
            "confirm_label": confirm_label,
            "cancel_url": cancel_url,
            "hidden": sorted((hidden or {}).items()),
            "form": form,
            "action_url": request.path,
        },
        status=status,
    )

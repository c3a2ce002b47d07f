"""The outbox: every e-mail Pansocial sends is rendered in the recipient's language,
stored, and handed to the tasks framework only after the transaction commits."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import timezone, translation

from pansocial.audit.domain import record
from pansocial.mail.domain.actions import Action
from pansocial.mail.models import OutboundEmail


def _render(template, context, language):
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}_body.txt", context)
    return " ".join(subject.split()), body


def queue_email(
    *,
    kind,
    to_email,
    template,
    context=None,
    language=None,
    to_user=None,
    draft=False,
    created_by=None,
):
    """Render ``template`` (``<template>_subject.txt`` and ``_body.txt``) and put it in the
    outbox. A draft waits for :func:`approve_draft`; anything else leaves after commit."""
    language = language or getattr(to_user, "preferred_language", None) or settings.LANGUAGE_CODE
    context = {"site_url": settings.SITE_URL, **(context or {})}
    subject, body = _render(template, context, language)
    email = OutboundEmail.objects.create(
        kind=kind,
        to_email=to_email,
        to_user=to_user,
        language=language,
        subject=subject,
        body=body,
        created_by=created_by,
        status=OutboundEmail.Status.DRAFT if draft else OutboundEmail.Status.QUEUED,
    )
    if not draft:
        _enqueue_after_commit(email)
    return email


def _enqueue_after_commit(email):
    pk = email.pk
    transaction.on_commit(lambda: send_outbound.enqueue(pk))


@transaction.atomic
def approve_draft(*, email, actor):
    """An officer releases a reviewed draft."""
    email = OutboundEmail.objects.select_for_update().get(pk=email.pk)
    if email.status != OutboundEmail.Status.DRAFT:
        return email
    email.status = OutboundEmail.Status.QUEUED
    email.save(update_fields=["status"])
    record(
        actor=actor,
        action=Action.APPROVE,
        obj=email,
        before={"status": "draft"},
        after={"status": "queued"},
    )
    _enqueue_after_commit(email)
    return email


@task
def send_outbound(email_id):
    email = OutboundEmail.objects.filter(pk=email_id, status=OutboundEmail.Status.QUEUED).first()
    if email is None:
        return
    message = EmailMessage(
        subject=email.subject,
        body=email.body,
        to=[email.to_email],
        headers={"Content-Language": email.language},
    )
    try:
        message.send()
    except Exception as error:  # noqa: BLE001 - any transport failure is recorded, not raised
        OutboundEmail.objects.filter(pk=email.pk).update(
            status=OutboundEmail.Status.FAILED, error=str(error)[:2000]
        )
        return
    OutboundEmail.objects.filter(pk=email.pk).update(
        status=OutboundEmail.Status.SENT, sent_at=timezone.now()
    )

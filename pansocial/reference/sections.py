"""Sections other apps add to an objective or a guiding principle page (a registry; not
to be confused with a practice's uploaded files, ``practice.Attachment``).

An app registers a renderer once, usually from its ``AppConfig.ready()``::

    from pansocial.reference import sections
    sections.register(Objective, render)

``render(obj, request=None)`` returns an HTML string (typically ``render_to_string``) with
its own ``<section>`` and ``<h2>``. Renderers run in registration order; one that returns
an empty string adds nothing. Registering the same pair twice keeps one registration, so
``ready()`` running more than once is harmless.

This module imports no model: importing it from any ``ready()`` works whatever the order
of INSTALLED_APPS.
"""

from dataclasses import dataclass

from django.utils.safestring import mark_safe


@dataclass(frozen=True)
class Registration:
    model: type
    render: object
    stylesheets: tuple = ()
    namespaces: tuple = ()


_registry = []


def register(model, render, *, stylesheets=(), namespaces=()):
    """Attach ``render`` to the pages of ``model`` instances (Objective or Principle).

    ``stylesheets`` are static paths the page links in its head when it shows them;
    ``namespaces`` the content versions (``common.cache``) what it shows depends on, so the
    pages cached for visitors change with it.
    """
    registration = Registration(model, render, tuple(stylesheets), tuple(namespaces))
    if not any(r.model is model and r.render == render for r in _registry):
        _registry.append(registration)
    return registration


def unregister(model, render):
    _registry[:] = [r for r in _registry if not (r.model is model and r.render == render)]


def registrations(obj):
    """The registrations that apply to ``obj``, in registration order."""
    return [r for r in _registry if isinstance(obj, r.model)]


def render_all(obj, request=None):
    """The non-empty HTML sections every registered app renders for ``obj``."""
    sections = []
    for registration in registrations(obj):
        html = registration.render(obj, request=request)
        if html and html.strip():
            # Renderers return template output, escaped by the template engine.
            sections.append(mark_safe(html))  # noqa: S308
    return sections


def stylesheets(obj):
    """Static stylesheet paths the registered renderers of ``obj`` need, without repeats."""
    paths = []
    for registration in registrations(obj):
        paths.extend(p for p in registration.stylesheets if p not in paths)
    return paths


def namespaces():
    """The content namespaces every registered renderer depends on."""
    names = []
    for registration in _registry:
        names.extend(n for n in registration.namespaces if n not in names)
    return names

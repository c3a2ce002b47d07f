from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pansocial.table import domain, organisations
from pansocial.table.domain import read
from pansocial.table.models import Position, TableKind


class AddOrganisationForm(forms.Form):
    organisation = forms.ModelChoiceField(label=_("Member organisation"), queryset=None)

    def __init__(self, *args, table, actor, **kwargs):
        self.table = table
        self.actor = actor
        super().__init__(*args, **kwargs)
        present = read.live_memberships(table)
        self.fields["organisation"].queryset = (
            organisations.members()
            .exclude(pk__in=present.values("organisation_id"))
            .order_by("name")
        )

    def save(self):
        return domain.add_organisation(
            table=self.table,
            organisation=self.cleaned_data["organisation"],
            actor=self.actor,
        )


class MandateForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address of the person's Pansocial account"),
        help_text=_("Not shown publicly."),
    )
    position = forms.ChoiceField(label=_("Position"), choices=Position.choices)
    organisation = forms.ModelChoiceField(
        label=_("For the organisation"),
        queryset=None,
        required=False,
        help_text=_("Leave empty for a UN agency seat."),
    )
    represents = forms.ModelChoiceField(
        label=_("Represents the working table"),
        queryset=None,
        required=False,
        help_text=_("Only for liaison representatives."),
    )
    starts_on = forms.DateField(label=_("Start"), widget=forms.DateInput(attrs={"type": "date"}))
    ends_on = forms.DateField(
        label=_("End"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, table, actor, **kwargs):
        self.table = table
        self.actor = actor
        self.user = None
        kwargs.setdefault("initial", {"starts_on": timezone.localdate()})
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations.members().order_by("name")
        self.fields["represents"].queryset = read.working_tables()
        self.fields["represents"].label_from_instance = lambda t: t.name
        if table.kind != TableKind.LIAISON:
            self.fields["position"].choices = [
                (value, label)
                for value, label in Position.choices
                if value not in (Position.LIAISON_REPRESENTATIVE, Position.UN_AGENCY_SEAT)
            ]
            del self.fields["represents"]

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        self.user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if self.user is None:
            raise ValidationError(
                _("No account uses this address. Ask the person to create one first."),
                code="unknown",
            )
        return email

    def _appoint(self, data):
        return domain.appoint(
            table=self.table,
            user=self.user,
            position=data["position"],
            organisation=data.get("organisation"),
            represents=data.get("represents"),
            starts_on=data["starts_on"],
            ends_on=data.get("ends_on"),
            actor=self.actor,
        )

    def save(self):
        """Appoint; a broken rule becomes a form error and nothing changes."""
        try:
            return self._appoint(self.cleaned_data)
        except ValidationError as error:
            self.add_error(None, error)
            return None

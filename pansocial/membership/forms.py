from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from pansocial.common.i18n import translated_order
from pansocial.common.widgets import FastSelect
from pansocial.common.workflow import InvalidTransition
from pansocial.membership import domain
from pansocial.membership.domain import read
from pansocial.membership.models import Scope
from pansocial.reference.models import Country, StakeholderGroup


class ApplicationForm(forms.Form):
    name = forms.CharField(label=_("Name of the organisation"), max_length=200)
    acronym = forms.CharField(label=_("Acronym"), max_length=30, required=False)
    country = forms.ModelChoiceField(
        label=_("Country of headquarters"),
        queryset=Country.objects.order_by(translated_order("name")),
    )
    countries_of_work = forms.ModelMultipleChoiceField(
        label=_("Countries where it works"),
        queryset=Country.objects.order_by(translated_order("name")),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Hold Ctrl (or Cmd) to choose several."),
    )
    primary_group = forms.ModelChoiceField(
        label=_("Main stakeholder group"),
        queryset=StakeholderGroup.objects.all(),
        help_text=_("The groups of paragraph 44 of the Global Compact."),
    )
    stakeholder_groups = forms.ModelMultipleChoiceField(
        label=_("Other stakeholder groups it belongs to"),
        queryset=StakeholderGroup.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    scope = forms.ChoiceField(label=_("Scope of work"), choices=Scope.choices)
    diaspora = forms.BooleanField(label=_("Based outside the region (diaspora)"), required=False)
    migrant_led = forms.BooleanField(label=_("Led by migrants"), required=False)
    women_led = forms.BooleanField(label=_("Led by women"), required=False)
    grassroots = forms.BooleanField(label=_("Grassroots organisation"), required=False)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    description = forms.CharField(
        label=_("Short description"),
        max_length=1500,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What the organisation does, with whom, where. Shown publicly."),
    )
    languages = forms.MultipleChoiceField(
        label=_("Working languages"),
        choices=settings.LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    tables_applied_for = forms.ModelMultipleChoiceField(
        label=_("Working tables it wants to join"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one working table.")},
    )
    consent = forms.BooleanField(
        label=_(
            "I act on behalf of this organisation and agree to the data-protection notice: "
            "the organisation's public fields appear in the directory; my name and e-mail "
            "address do not."
        ),
        error_messages={"required": _("You need to agree to the data-protection notice.")},
    )
    not_duplicate = forms.BooleanField(
        label=_("My organisation is none of these: submit a new application."),
        required=False,
    )

    def __init__(self, *args, applicant, **kwargs):
        self.applicant = applicant
        self.duplicates = domain.DuplicateHint()
        super().__init__(*args, **kwargs)
        self.fields["tables_applied_for"].queryset = read.working_tables()
        self.fields["tables_applied_for"].label_from_instance = lambda table: table.name
        self.fields["country"].label_from_instance = lambda country: country.name
        self.fields["countries_of_work"].label_from_instance = lambda country: country.name
        for name in ("primary_group", "stakeholder_groups"):
            self.fields[name].label_from_instance = lambda group: group.name

    def clean(self):
        data = super().clean()
        if data.get("name") and data.get("country"):
            self.duplicates = domain.duplicate_hint(
                name=data["name"], country=data["country"], acronym=data.get("acronym", "")
            )
            if self.duplicates and not data.get("not_duplicate"):
                raise ValidationError(
                    _(
                        "An organisation with a very similar name already exists in this "
                        "country. If it is yours, ask its contacts to add you instead; "
                        "otherwise confirm below."
                    ),
                    code="duplicate",
                )
        return data

    def save(self):
        """Apply; a refusal (the same application already pending) becomes a form error."""
        data = dict(self.cleaned_data)
        data.pop("consent")
        data.pop("not_duplicate")
        try:
            return domain.apply(applicant=self.applicant, **data)
        except ValidationError as error:
            self.add_error(None, error)
            return None


class DuplicateCheckForm(forms.Form):
    """The fields of the application that the live duplicate hint looks at."""

    name = forms.CharField(max_length=200)
    acronym = forms.CharField(max_length=30, required=False)
    country = forms.ModelChoiceField(queryset=Country.objects.all())

    def duplicates(self):
        return domain.duplicate_hint(**self.cleaned_data)


class DecisionForm(forms.Form):
    ACCEPT = "accept"
    DECLINE = "decline"
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[(ACCEPT, _("Accept")), (DECLINE, _("Decline"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason or message for the applicant"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when declining. Sent to the applicant by e-mail."),
    )

    def __init__(self, *args, organisation, actor, **kwargs):
        self.organisation = organisation
        self.actor = actor
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        if data.get("decision") == self.DECLINE and not data.get("reason", "").strip():
            self.add_error("reason", _("Give the applicant a reason."))
        if not domain.status.APPLICATION_WORKFLOW.can(
            self.organisation.status, self.organisation.Status.MEMBER
        ):
            raise ValidationError(domain.AlreadyDecided.message, code="decided")
        return data

    def save(self):
        """Decide; when someone else decided first, the form says so and nothing changes."""
        data = self.cleaned_data
        status = self.organisation.Status
        try:
            return domain.set_organisation_status(
                organisation=self.organisation,
                status=status.MEMBER if data["decision"] == self.ACCEPT else status.DECLINED,
                actor=self.actor,
                reason=data["reason"],
            )
        except InvalidTransition as error:
            self.add_error(None, ValidationError(error.message, code="decided"))
        except ValidationError as error:
            self.add_error(None, error)
        return None


class TableChoiceForm(forms.Form):
    table = forms.ModelChoiceField(label=_("Working table"), queryset=None)

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["table"].queryset = queryset
        self.fields["table"].label_from_instance = lambda table: table.name


class InviteContactForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address of the person"),
        help_text=_(
            "We send the person an invitation; they become a contact once they accept it. "
            "The address is not shown publicly."
        ),
    )

    def __init__(self, *args, organisation, actor, **kwargs):
        self.organisation = organisation
        self.actor = actor
        super().__init__(*args, **kwargs)

    def save(self):
        return domain.invite_contact(
            organisation=self.organisation, email=self.cleaned_data["email"], actor=self.actor
        )


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is the organisation leaving? (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    confirm = forms.BooleanField(
        label=_("The organisation withdraws from the mechanism and leaves every table."),
        error_messages={"required": _("Tick the box to confirm.")},
    )

    def __init__(self, *args, organisation, actor, **kwargs):
        self.organisation = organisation
        self.actor = actor
        super().__init__(*args, **kwargs)

    def save(self):
        return domain.withdraw(
            organisation=self.organisation,
            actor=self.actor,
            reason=self.cleaned_data["reason"],
        )


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    country = forms.ChoiceField(label=_("Country"), required=False, widget=FastSelect)
    subregion = forms.ChoiceField(label=_("Subregion"), required=False, widget=FastSelect)
    group = forms.ChoiceField(label=_("Stakeholder group"), required=False, widget=FastSelect)
    table = forms.ChoiceField(label=_("Table"), required=False, widget=FastSelect)
    scope = forms.ChoiceField(
        label=_("Scope"),
        choices=[("", _("Any"))] + list(Scope.choices),
        required=False,
        widget=FastSelect,
    )
    migrant_led = forms.BooleanField(label=_("Led by migrants"), required=False)
    women_led = forms.BooleanField(label=_("Led by women"), required=False)
    grassroots = forms.BooleanField(label=_("Grassroots"), required=False)
    diaspora = forms.BooleanField(label=_("Diaspora"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, choices in read.directory_choices().items():
            self.fields[name].choices = choices

    def filter(self, queryset):
        if not self.is_valid():
            return queryset
        return read.filter_directory(queryset, self.cleaned_data)

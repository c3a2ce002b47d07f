from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from pansocial.common.cache import content_versions
from pansocial.common.widgets import FastSelect
from pansocial.membership import domain
from pansocial.membership.models import Organisation, Scope
from pansocial.reference.models import Country, StakeholderGroup, Subregion
from pansocial.table.models import Table, TableKind, TableMembership


def working_tables():
    return Table.objects.filter(kind=TableKind.WORKING).order_by("order", "slug")


class ApplicationForm(forms.Form):
    name = forms.CharField(label=_("Name of the organisation"), max_length=200)
    acronym = forms.CharField(label=_("Acronym"), max_length=30, required=False)
    country = forms.ModelChoiceField(
        label=_("Country of headquarters"), queryset=Country.objects.order_by("name_es")
    )
    countries_of_work = forms.ModelMultipleChoiceField(
        label=_("Countries where it works"),
        queryset=Country.objects.order_by("name_es"),
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
    requested_tables = forms.ModelMultipleChoiceField(
        label=_("Working tables it wants to join"),
        queryset=working_tables(),
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
        self.duplicates = []
        super().__init__(*args, **kwargs)
        self.fields["requested_tables"].queryset = working_tables()
        self.fields["requested_tables"].label_from_instance = lambda table: table.name
        self.fields["country"].label_from_instance = lambda country: country.name
        self.fields["countries_of_work"].label_from_instance = lambda country: country.name
        for name in ("primary_group", "stakeholder_groups"):
            self.fields[name].label_from_instance = lambda group: group.name

    def clean(self):
        data = super().clean()
        if data.get("name") and data.get("country"):
            self.duplicates = domain.possible_duplicates(
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
        data = dict(self.cleaned_data)
        data.pop("consent")
        data.pop("not_duplicate")
        return domain.apply(applicant=self.applicant, **data)


class DuplicateCheckForm(forms.Form):
    """The fields of the application that the live duplicate hint looks at."""

    name = forms.CharField(max_length=200)
    acronym = forms.CharField(max_length=30, required=False)
    country = forms.ModelChoiceField(queryset=Country.objects.all())

    def duplicates(self):
        return domain.possible_duplicates(**self.cleaned_data)


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
        if self.organisation.status != Organisation.Status.PENDING:
            raise ValidationError(_("This application has already been decided."))
        return data

    def save(self):
        data = self.cleaned_data
        if data["decision"] == self.ACCEPT:
            return domain.accept(
                organisation=self.organisation,
                actor=self.actor,
                note=data["reason"],
            )
        return domain.decline(
            organisation=self.organisation,
            actor=self.actor,
            reason=data["reason"],
        )


class TableChoiceForm(forms.Form):
    table = forms.ModelChoiceField(label=_("Working table"), queryset=Table.objects.none())

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["table"].queryset = queryset
        self.fields["table"].label_from_instance = lambda table: table.name


class AddContactForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address of the person's Pansocial account"),
        help_text=_("The person needs an account first; the address is not shown publicly."),
    )

    def __init__(self, *args, organisation, actor, **kwargs):
        self.organisation = organisation
        self.actor = actor
        self.user = None
        super().__init__(*args, **kwargs)

    def clean_email(self):
        email = self.cleaned_data["email"]
        self.user = (
            get_user_model().objects.filter(email__iexact=email.strip(), is_active=True).first()
        )
        if self.user is None:
            raise ValidationError(
                _("No account uses this address. Ask the person to create one first."),
                code="unknown",
            )
        return email

    def save(self):
        return domain.add_contact(organisation=self.organisation, user=self.user, actor=self.actor)


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


def directory_choices():
    """The choices of the directory's filters in the reader's language: four queries,
    then kept in the cache until the reference data or the tables change."""
    versions = content_versions("reference", "table")
    key = "membership:directory-choices:{}:{}:{}".format(get_language(), *versions)
    choices = cache.get(key)
    if choices is None:
        any_ = [("", _("Any"))]
        countries = Country.objects.select_related("subregion").order_by("name_es")
        choices = {
            "country": any_ + [(c.pk, c.name) for c in countries],
            "subregion": any_ + [(s.pk, s.name) for s in Subregion.objects.all()],
            "group": any_ + [(g.pk, g.name) for g in StakeholderGroup.objects.all()],
            "table": any_ + [(t.slug, t.name) for t in Table.objects.all()],
        }
        choices = {name: [(k, str(label)) for k, label in rows] for name, rows in choices.items()}
        cache.set(key, choices, None)
    return choices


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
        for name, choices in directory_choices().items():
            self.fields[name].choices = choices

    def filter(self, queryset):
        if not self.is_valid():
            return queryset
        data = self.cleaned_data
        if data["country"]:
            queryset = queryset.filter(country_id=data["country"])
        if data["subregion"]:
            queryset = queryset.filter(country__subregion_id=data["subregion"])
        if data["group"]:
            through = Organisation.stakeholder_groups.through.objects
            queryset = queryset.filter(
                pk__in=through.filter(stakeholdergroup_id=data["group"]).values("organisation_id")
            )
        if data["table"]:
            queryset = queryset.filter(
                pk__in=TableMembership.objects.filter(
                    table__slug=data["table"], left_at__isnull=True
                ).values("organisation_id")
            )
        if data["scope"]:
            queryset = queryset.filter(scope=data["scope"])
        for marker in ("migrant_led", "women_led", "grassroots", "diaspora"):
            if data[marker]:
                queryset = queryset.filter(**{marker: True})
        return queryset

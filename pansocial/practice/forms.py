from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from pansocial.account.models import User
from pansocial.common.i18n import translated_order
from pansocial.common.uploads import check_upload
from pansocial.membership.models import Organisation
from pansocial.practice import domain
from pansocial.practice.domain.facets import PRACTICES
from pansocial.practice.models import Criterion, Decision, ImplementerType, Practice
from pansocial.practice.models.review import SCALE
from pansocial.reference.models import Cluster, Country, Objective, Principle
from pansocial.search.catalogue import query_from_params


def catalogue_query(params):
    """The repository's query from GET parameters (a ``QueryDict``)."""
    return query_from_params(params, PRACTICES)


DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PracticeForm(forms.ModelForm):
    objectives = forms.ModelMultipleChoiceField(
        label=_("GCM objectives"),
        queryset=Objective.objects.order_by("number"),
        widget=forms.CheckboxSelectMultiple,
    )
    primary_objectives = forms.ModelMultipleChoiceField(
        label=_("Primary objectives"),
        queryset=Objective.objects.order_by("number"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Among the objectives ticked, the ones the practice mainly addresses."),
    )
    principles = forms.ModelMultipleChoiceField(
        label=_("Guiding principles it particularly exemplifies"),
        queryset=Principle.objects.order_by("order"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    countries = forms.ModelMultipleChoiceField(
        label=_("Countries"),
        queryset=Country.objects.order_by(translated_order("name")),
        widget=forms.SelectMultiple(attrs={"size": 8}),
        required=False,
    )

    class Meta:
        model = Practice
        fields = [
            "title",
            "summary",
            "description",
            "practice_type",
            "language",
            "geographic_scope",
            "countries",
            "objectives",
            "primary_objectives",
            "principles",
            "start_date",
            "ongoing",
            "end_date",
            "results",
            "lessons",
            "replicability",
            "partners",
            "links",
            "submitted_on_behalf",
            "focal_point_name",
            "focal_point_email",
            "contact_name",
            "contact_email",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 4, "maxlength": 600}),
            "start_date": DATE,
            "end_date": DATE,
            "links": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if self.instance.pk:
            links = list(self.instance.objective_links.all())
            self.initial["objectives"] = [link.objective_id for link in links]
            self.initial["primary_objectives"] = [
                link.objective_id for link in links if link.primary
            ]
        for name in ("countries", "objectives", "primary_objectives", "principles"):
            self.fields[name].label_from_instance = str

    def objective_rows(self):
        """The objectives asked once: each row pairs an objective's box with its "primary"
        box (two fields, ``objectives`` and ``primary_objectives``, shown side by side)."""
        return list(zip(self["objectives"], self["primary_objectives"], strict=True))

    def clean(self):
        data = super().clean()
        objectives = set(data.get("objectives") or [])
        primary = set(data.get("primary_objectives") or [])
        if primary - objectives:
            self.add_error(
                "primary_objectives",
                _("An objective marked as primary must also be ticked as addressed."),
            )
        if data.get("geographic_scope") == "national" and not data.get("countries"):
            self.add_error("countries", _("Choose the country of a national practice."))
        return data

    def _post_clean(self):
        # The domain validates the model (dates, focal point) when saving; check it here too
        # so errors come back on the form.
        super()._post_clean()

    def save(self, implementers=None):
        data = dict(self.cleaned_data)
        if self.instance.pk:
            return domain.update_practice(
                practice=self.instance,
                actor=self.user,
                data=data,
                implementers=implementers,
            )
        return domain.create_practice(
            submitter=self.user, data=data, implementers=implementers or ()
        )


class ImplementerForm(forms.Form):
    name = forms.CharField(label=_("Implementer"), max_length=200, required=False)
    implementer_type = forms.ChoiceField(
        label=_("Type of implementer"),
        choices=[("", "—"), *ImplementerType.choices],
        required=False,
    )
    organisation = forms.ModelChoiceField(
        label=_("Member organisation (if it is one)"),
        queryset=Organisation.objects.filter(status=Organisation.Status.MEMBER).order_by("name"),
        required=False,
    )

    def clean(self):
        data = super().clean()
        if data.get("name") and not data.get("implementer_type"):
            self.add_error("implementer_type", _("Choose the type of implementer."))
        if data.get("implementer_type") and not data.get("name"):
            self.add_error("name", _("Give the implementer's name."))
        return data


ImplementerFormSet = forms.formset_factory(ImplementerForm, extra=0, min_num=3, max_num=10)


def implementer_rows(formset):
    return [f.cleaned_data for f in formset.forms if f.cleaned_data.get("name")]


class AttachmentForm(forms.Form):
    file = forms.FileField(
        label=_("Add a file"),
        help_text=_("PDF, DOCX, ODT, XLSX, PNG, JPEG or WebP; up to 10 MB."),
    )

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        check_upload(uploaded)
        return uploaded


class AssignReviewerForm(forms.Form):
    email = forms.EmailField(label=_("Reviewer's e-mail address"))

    def clean_email(self):
        email = self.cleaned_data["email"]
        user = User.objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            raise ValidationError(_("Nobody with an account has this address."))
        self.reviewer = user
        return email


class ReviewForm(forms.Form):
    questions = forms.CharField(
        label=_("Questions for the submitter (if more information is needed)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    comment = forms.CharField(
        label=_("General comment"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )

    def __init__(self, *args, review=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(Criterion.objects.filter(active=True))
        existing = {}
        if review is not None:
            existing = {s.criterion_id: s for s in review.scores.all()}
            self.initial.update({"questions": review.questions, "comment": review.comment})
        for criterion in self.criteria:
            choices = SCALE if criterion.required else [("", _("Not scored")), *SCALE]
            self.fields[f"score_{criterion.slug}"] = forms.TypedChoiceField(
                label=criterion.name,
                choices=choices,
                coerce=int,
                empty_value=None,
                required=criterion.required,
                widget=forms.RadioSelect,
                initial=existing[criterion.pk].score if criterion.pk in existing else None,
            )
            self.fields[f"comment_{criterion.slug}"] = forms.CharField(
                label=_("Comment on %(criterion)s") % {"criterion": criterion.name},
                widget=forms.Textarea(attrs={"rows": 2}),
                required=False,
                initial=existing[criterion.pk].comment if criterion.pk in existing else "",
            )

    def criterion_fields(self):
        return [(c, self[f"score_{c.slug}"], self[f"comment_{c.slug}"]) for c in self.criteria]

    def save(self, assignment, actor):
        scores = {
            c: (
                self.cleaned_data.get(f"score_{c.slug}"),
                self.cleaned_data.get(f"comment_{c.slug}"),
            )
            for c in self.criteria
        }
        return domain.submit_review(
            assignment=assignment,
            actor=actor,
            scores=scores,
            questions=self.cleaned_data["questions"],
            comment=self.cleaned_data["comment"],
        )


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Decision"), choices=Decision.Outcome.choices, widget=forms.RadioSelect
    )
    reason = forms.CharField(
        label=_("Reason or questions for the submitter"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )

    def clean(self):
        data = super().clean()
        if (
            data.get("outcome") == Decision.Outcome.NOT_ELIGIBLE
            and not data.get("reason", "").strip()
        ):
            self.add_error("reason", _("Give the reason why the practice is not eligible."))
        return data


class CycleForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(
        label=_("Description"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )


class SelectionForm(forms.Form):
    practice = forms.ModelChoiceField(
        queryset=Practice.objects.published(), widget=forms.HiddenInput
    )
    cluster = forms.ModelChoiceField(queryset=Cluster.objects.all(), widget=forms.HiddenInput)
    action = forms.ChoiceField(choices=[("add", "add"), ("remove", "remove")])

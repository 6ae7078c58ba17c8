from django import forms
from django.utils.translation import gettext_lazy as _

from search.backends import MAX_QUERY_LENGTH


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the site"), required=False)

    def clean_q(self):
        # A too-long query is cut rather than refused, so the visitor still gets results;
        # the page says it was shortened.
        query = " ".join(self.cleaned_data["q"].split())
        self.was_shortened = len(query) > MAX_QUERY_LENGTH
        return query[:MAX_QUERY_LENGTH]

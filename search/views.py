from django.shortcuts import render
from django.utils.translation import get_language

from core.pagecache import cache_query_params
from search.backends import MAX_QUERY_LENGTH, search_site
from search.forms import SearchForm


@cache_query_params(*SearchForm.base_fields)
def results(request):
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    context = {
        "form": form,
        "search_query": query,
        "was_shortened": query and form.was_shortened,
        "max_length": MAX_QUERY_LENGTH,
        "results": search_site(query=query, language=get_language()) if query else [],
    }
    return render(request, "search/results.html", context)

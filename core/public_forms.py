"""The one way a form anyone may send without logging in is answered (#21): the contact
form, the newsletter sign-up and the workshop booking form.

In this order: a post made by another site's page is refused (core.cross_origin); a robot
that filled in the hidden field is thanked like a person and nothing is stored; an invalid
form comes back with its errors; a client past its rate limit (core.ratelimit) gets the
form back filled in, with a 429 saying when to try again; anything else is stored by the
form's service, which keeps its emails in the outbox (core.outbox) in the same transaction,
so the visitor is thanked without waiting for any mail server.
"""

from dataclasses import dataclass

from django import forms
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from core.cross_origin import cross_origin_refusal, is_cross_origin
from core.ratelimit import post_allowed, render_form


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` posts of `scope` per client in `window` seconds."""

    scope: str
    limit: int
    window: int


class PublicForm(forms.Form):
    """A form with the trap for robots: templates/includes/honeypot.html shows it to no one."""

    # Hidden from people and assistive technology; only robots fill it in.
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    @property
    def is_from_a_robot(self):
        return bool(self.data.get("website"))


def public_form_response(
    request, form_class, *, rate_limit, receive, done, template, context=dict, form_kwargs=None
):
    """The page of `form_class` (a PublicForm) or the answer to its post.

    `receive(cleaned_data)` stores what the visitor sent; `done` is where they are thanked
    (a URL or a URL name); `context()` gives the rest of the page, computed only when the
    page is shown.
    """
    if is_cross_origin(request):
        return cross_origin_refusal(request)
    data = request.POST if request.method == "POST" else None
    form = form_class(data, **(form_kwargs or {}))
    status = 200
    if form.is_bound:
        if form.is_from_a_robot:
            # Robots get the same answer as people, so they learn nothing from it.
            return redirect(done)
        if form.is_valid():
            if post_allowed(request, rate_limit.scope, rate_limit.limit, rate_limit.window):
                receive(form.cleaned_data)
                return redirect(done)
            # The form is shown again with the visitor's text, so that nothing is lost.
            status = 429
    return render_form(
        request, template, {**context(), "form": form}, status=status, window=rate_limit.window
    )

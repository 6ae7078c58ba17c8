"""Every admin form, saved blank, shows each of its errors or marks where it hides (#25).

An error behind a language tab that is not shown, in an inline row or in a folded section
used to be invisible. Here each add form is saved empty in a real browser: the list of errors
at its top must be on screen, and each error either on screen too or behind a tab marked as
holding one.
"""

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse

from tests.browser.crawl import WIDTHS

pytestmark = pytest.mark.django_db(transaction=True)

HIDDEN_ERRORS = """() => Array.from(document.querySelectorAll("form .errorlist")).filter(error => {
    if (error.checkVisibility()) { return false; }
    const panel = error.closest("[id^='tab_']");
    const tab = panel && document.querySelector(`a[href='#${panel.id}']`);
    return !(tab && tab.classList.contains("has-error") && tab.checkVisibility());
}).map(error => error.id || error.textContent.trim())"""


def add_forms(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return [
        reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_add")
        for model, model_admin in admin.site._registry.items()
        if model_admin.has_add_permission(request)
    ]


def test_every_add_form_saved_blank_shows_its_errors(
    browser, live_server, seeded, settings, django_user_model
):
    settings.STAFF_2FA = "off"
    user = django_user_model.objects.create_superuser("admin", "a@example.org", "mot-de-passe")
    context = browser.new_context(viewport=WIDTHS["desktop"], base_url=live_server.url)
    page = context.new_page()
    page.goto("/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "mot-de-passe")
    page.locator("#login-form [type=submit]").click()
    page.wait_for_url("**/admin/")

    checked = []
    for url in add_forms(user):
        page.goto(url)
        page.locator("input[name=_save]").click()
        page.wait_for_load_state("load")
        if page.locator(".errornote, .errorlist").count() == 0:
            # Nothing is required on this form: saved blank, it is simply saved.
            continue
        assert page.locator(".error-summary").is_visible(), url
        # The marks are set once modeltranslation has built its tabs, after "load".
        page.wait_for_timeout(50)
        assert page.evaluate(HIDDEN_ERRORS) == [], url
        checked.append(url)
    context.close()

    assert len(checked) >= 15

import email
import os
from email.policy import default

import pyotp
import pytest
from aiosmtpd.controller import Controller
from django.conf import settings as django_settings
from django.core.cache import caches
from django.test import Client
from django.utils import translation
from hypothesis import Phase
from hypothesis import settings as hypothesis_settings

from lepartenariat.seeding import seed_all
from tests.ports import free_port

# `make mutants` (#28): a mutant that breaks a property must fail at once; shrinking its
# counter-example to the smallest one would outlast mutmut's timeout for nothing.
hypothesis_settings.register_profile(
    "mutants",
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    max_examples=50,
    deadline=None,
    derandomize=True,
    database=None,
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# A PostgreSQL server a test can stop and start (`throwaway_postgres`), for outage tests.
pytest_plugins = ["tests.throwaway_postgres"]


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def static_files_without_collectstatic(settings):
    # The hashed manifest exists only after collectstatic, which tests do not run.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def french_by_default():
    # Tests that build objects outside a request see the default language, as a request does.
    with translation.override("fr"):
        yield


@pytest.fixture
def seeded(db):
    return seed_all()


@pytest.fixture(autouse=True)
def staff_log_in_with_a_second_factor(settings, monkeypatch):
    """With DJANGO_STAFF_2FA=required (#18), a staff member whom a test logs in directly has a
    verified authenticator app, and a session that passed it (#22), as a real one would have
    after enrolling."""
    if settings.STAFF_2FA != "required":
        return
    from mfa.models import MFAKey

    from lepartenariat import staff_2fa

    force_login = Client.force_login

    def force_login_with_a_key(client, user, backend=None):
        if user.is_staff and not user.mfakey_set.exists():
            MFAKey.objects.create(
                user=user, method="TOTP", name="tests", secret=pyotp.random_base32()
            )
        force_login(client, user, backend)
        session = client.session
        session[staff_2fa.VERIFIED] = True
        session.save()

    monkeypatch.setattr(Client, "force_login", force_login_with_a_key)


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


# A real SMTP server for the tests that send mail (issue #3).
class SMTPServer:
    """An SMTP server on 127.0.0.1 keeping what it receives in `messages`."""

    def __init__(self, port):
        self.port = port
        self.messages = []
        self.controller = None

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            (envelope.rcpt_tos, email.message_from_bytes(envelope.content, policy=default))
        )
        return "250 Message accepted for delivery"

    def start(self):
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp_server(settings):
    """Mail goes by SMTP to a server the test can stop (`.stop()`) and start again."""
    server = SMTPServer(free_port())
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_TIMEOUT = 5
    server.start()
    yield server
    server.stop()


# The staff's two jobs (#8), in the groups #7 defines: a user in each.
def _group_member(django_user_model, username, group_name):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(django_user_model):
    from core.staff_groups import EDITORS

    return _group_member(django_user_model, "editor", EDITORS)


@pytest.fixture
def receptionist(django_user_model):
    from core.staff_groups import RECEPTION

    return _group_member(django_user_model, "reception", RECEPTION)


@pytest.fixture(autouse=True)
def empty_redis_cache():
    # Redis, unlike the database cache, outlives each test's rolled-back transaction: the
    # page cache and the rate limits' counters (#21) start empty.
    for alias, config in django_settings.CACHES.items():
        if config["BACKEND"].endswith("RedisCache"):
            caches[alias].clear()


@pytest.fixture
def fresh_rate_limits(django_db_blocker):
    """For tests that commit: the rate limits' counters (#21), in a cache table that no
    rollback empties, start and end at zero."""
    with django_db_blocker.unblock():
        caches["ratelimit"].clear()
    yield
    with django_db_blocker.unblock():
        caches["ratelimit"].clear()

"""The site's settings, plus one kind of content that exists only in the tests (tests/probe):
it proves that declaring a model is all a new kind of content needs (#14)."""

import os

from lepartenariat.settings import *  # noqa: F403
from lepartenariat.settings import INSTALLED_APPS

# Before the project package, which is ready last because it gathers every app.
INSTALLED_APPS = [*INSTALLED_APPS[:-1], "tests.probe", INSTALLED_APPS[-1]]

# The staff second factor (#18) is off unless the environment asks for it: the whole suite
# also passes with DJANGO_STAFF_2FA=required, where staff in tests log in with a key
# (tests/conftest.py) and the tests of the second factor set it themselves.
STAFF_2FA = os.environ.get("DJANGO_STAFF_2FA", "off").strip().lower()

# A fresh clone serves static files through WhiteNoise's finders until collectstatic has run
# (#18); the tests keep the production behaviour, where the middleware lists no folder.
WHITENOISE_USE_FINDERS = False

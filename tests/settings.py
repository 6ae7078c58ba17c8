"""The site's settings, plus one kind of content that exists only in the tests (tests/probe):
it proves that declaring a model is all a new kind of content needs (#14)."""

from lepartenariat.settings import *  # noqa: F403
from lepartenariat.settings import INSTALLED_APPS

# Before the project package, which is ready last because it gathers every app.
INSTALLED_APPS = [*INSTALLED_APPS[:-1], "tests.probe", INSTALLED_APPS[-1]]

import os

from django.conf import settings
from django.core.asgi import get_asgi_application

from core.env import require_secret_key

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lepartenariat.settings")

application = get_asgi_application()
require_secret_key(settings)

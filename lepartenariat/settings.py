"""One settings module for every machine; differences come from the environment.

`.env.example` lists every variable this module reads, with why it exists.
"""

from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.core.management.utils import get_random_secret_key
from django.utils.translation import gettext_lazy as _

from core.env import env_bool, env_int, env_list, env_str
from core.media_storage import media_storage_from_env

BASE_DIR = Path(__file__).resolve().parent.parent
# The SQLite database, uploads and collected static files live here; a fresh clone has none,
# and the site makes it at start (core.env.make_local_folders), not when this is imported.
VAR_DIR = BASE_DIR / "var"

DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
# With debug off and no key, commands that serve nothing (migrate, makemigrations --check,
# translation_status…) still run, on a throwaway key; the WSGI and ASGI applications refuse
# to start (core.env.require_secret_key): a guessable key would let anyone forge
# sessions.
SECRET_KEY_MISSING = not SECRET_KEY and not DEBUG
if not SECRET_KEY:
    SECRET_KEY = (
        get_random_secret_key() if SECRET_KEY_MISSING else "django-insecure-development-only"
    )

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it must come before django.contrib.admin.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # History and restore of every change made in the admin (#8).
    "reversion",
    # The machinery every app builds on; it knows no app (#14).
    "core",
    "association",
    "timeline",
    "contact",
    # Site search over programmes, history and places (#9).
    "search",
    # Counts failed admin logins and locks the address out (#7).
    "lepartenariat.third_party_apps.AxesConfig",
    # A second factor for staff accounts: TOTP, passkeys, recovery codes (#18).
    "lepartenariat.third_party_apps.MfaConfig",
    "workshops",
    # Give, join, volunteer; offers; the newsletter (#17).
    "support",
    "offers",
    "newsletter",
    # Reports, evaluations and newsletters as PDF files (#16).
    "documents",
    # News and agenda (#15).
    "news",
    "events",
    # Pages and menus staff make themselves, after every section they may link to (#23).
    "pages",
    # The move from WordPress: the import command and the report of each run (#24).
    "wordpress",
    # The project package gathers every app (home, sitemap, seeding, the admin's equipment),
    # so it is ready last.
    "lepartenariat",
]

MIDDLEWARE = [
    # Answers 304 to a visitor whose copy still matches the ETag the page cache set.
    "django.middleware.http.ConditionalGetMiddleware",
    # Serves cached pages to anonymous visitors before any other middleware runs: a stored
    # page keeps the headers the whole stack below gave it (core/pagecache.py).
    "core.pagecache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Framing, CSP and Permissions-Policy come before WhiteNoise so that static files, which
    # it answers without going further, carry the same headers as pages (#7).
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "core.middleware.PermissionsPolicyMiddleware",
    # WhiteNoise serves hashed static files right after the security headers are set, so
    # `make run` works with debug off and no separate web server.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Above LocaleMiddleware, so that an old address without a language prefix (`/?p=572`)
    # is looked up before LocaleMiddleware sends it to `/fr/` (#23).
    "core.redirects.RedirectMiddleware",
    # LocaleMiddleware needs the session and must run before CommonMiddleware, whose
    # APPEND_SLASH redirect has to see the language prefix already resolved. Ours sends an
    # unprefixed address to /fr/… only when a staff page is there (#23).
    "lepartenariat.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Inside the page cache, so a French page is typeset once, then served as stored (#26).
    "core.middleware.FrenchTypographyMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Staff without a second factor enrol before any admin page (#18).
    "lepartenariat.staff_2fa.StaffSecondFactorMiddleware",
    # Axes answers a locked-out login; it must come last (#7).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lepartenariat.urls"
WSGI_APPLICATION = "lepartenariat.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Staff typing "www.example.org" in a link field mean https, as Django 6 will assume.
FORMS_URLFIELD_ASSUME_HTTPS = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# French first: modeltranslation takes the first language as the default one.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("French")), ("en", _("English"))]
MODELTRANSLATION_DEFAULT_LANGUAGE = "fr"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("fr",)
LOCALE_PATHS = [BASE_DIR / "locale"]
# The ways French staff type dates and times ("14h30", "24-12-2026") before Django's (#25).
FORMAT_MODULE_PATH = ["lepartenariat.formats"]
USE_I18N = True
# English dates written "14 November 2025" rather than Django's "Nov. 14, 2025" (#26).
FORMAT_MODULE_PATH = ["lepartenariat.formats"]
TIME_ZONE = "Europe/Paris"
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
# An empty DJANGO_MEDIA_ROOT, as .env.example has it, means the default, not the current folder.
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT") or VAR_DIR / "media")
STORAGES = {
    "default": media_storage_from_env(),
    "staticfiles": {"BACKEND": "core.static_storage.StaticFilesStorage"},
}
# Tests, `make run` with debug on and a fresh clone before collectstatic find files in the
# app folders.
WHITENOISE_USE_FINDERS = DEBUG or not (STATIC_ROOT / "staticfiles.json").exists()
WHITENOISE_AUTOREFRESH = DEBUG

# Uploaded images (#4): caps checked before Pillow decodes anything, and the widths of the
# renditions made once at save. A 12-megapixel phone photo passes; a decompression bomb
# or a poster scan does not.
IMAGE_MAX_UPLOAD_BYTES = env_int("IMAGE_MAX_UPLOAD_MB", 15) * 1024 * 1024
IMAGE_MAX_PIXELS = env_int("IMAGE_MAX_MEGAPIXELS", 40) * 1_000_000
IMAGE_RENDITION_WIDTHS = [480, 800, 1200, 1600]
# The rendition browsers without srcset support load.
IMAGE_DEFAULT_WIDTH = 800
# PDFs staff publish as documents (#16): an annual report with photos weighs a few MB;
# anything much larger is better compressed before visitors on phones download it.
DOCUMENT_MAX_UPLOAD_MB = env_int("DOCUMENT_MAX_UPLOAD_MB", 25)

# The modeltranslation admin tabs load jQuery UI from a CDN unless told otherwise; the
# admin must load nothing from another host.
# A relative path, since the admin's Media prefixes it with STATIC_URL itself (#4: with the
# prefix written here it became /static/static/… and the language tabs never appeared).
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"


EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
# The defaults below are placeholders: `launch_check` lists each one still in use (#18).
PLACEHOLDER_FROM_EMAIL = "Le Partenariat <noreply@lepartenariat.org>"
PLACEHOLDER_RECIPIENTS = ["contact@lepartenariat.org"]
PLACEHOLDER_SITE_URL = "http://127.0.0.1:8000"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", PLACEHOLDER_FROM_EMAIL)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
CONTACT_RECIPIENTS = env_list("CONTACT_RECIPIENTS", PLACEHOLDER_RECIPIENTS)

# Contact form (issue #3): how many messages one client may send per window of seconds,
# how many reverse proxies stand before the site (to find the client's address), and how
# long handled messages are kept before `purge_contact_messages` deletes them.
CONTACT_RATE_LIMIT = env_int("CONTACT_RATE_LIMIT", 5)
CONTACT_RATE_WINDOW = env_int("CONTACT_RATE_WINDOW", 3600)
TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", 0)
CONTACT_RETENTION_DAYS = env_int("CONTACT_RETENTION_DAYS", 365)
# Workshop booking requests (#18): the same defence, and how long an answered request is kept
# (a declined one from its receipt, a confirmed one from the workshop) before
# `purge_booking_requests` deletes it.
BOOKING_RATE_LIMIT = env_int("BOOKING_RATE_LIMIT", 5)
BOOKING_RATE_WINDOW = env_int("BOOKING_RATE_WINDOW", 3600)
BOOKING_RETENTION_DAYS = env_int("BOOKING_RETENTION_DAYS", 365)

# Newsletter (#17): sign-ups one client may send per window of seconds, and how long an
# address never confirmed (or unsubscribed) is kept before `purge_newsletter_subscriptions`
# deletes it, as the privacy notice says.
NEWSLETTER_RATE_LIMIT = env_int("NEWSLETTER_RATE_LIMIT", 5)
NEWSLETTER_RATE_WINDOW = env_int("NEWSLETTER_RATE_WINDOW", 3600)
NEWSLETTER_UNCONFIRMED_DAYS = env_int("NEWSLETTER_UNCONFIRMED_DAYS", 30)
# What the privacy notice says of data the site does not purge itself (#26): how long the
# web server's logs are kept (set the log rotation to match) and how long the team keeps an
# application that was not retained (the CNIL's two years).
SERVER_LOG_RETENTION_DAYS = env_int("SERVER_LOG_RETENTION_DAYS", 365)
APPLICATION_RETENTION_DAYS = env_int("APPLICATION_RETENTION_DAYS", 730)

# The public address of the site, used where a page needs an absolute URL (sitemap,
# canonical links) outside a request.
SITE_URL = env_str("SITE_URL", PLACEHOLDER_SITE_URL).rstrip("/")
LAUNCH_PLACEHOLDERS = {
    "CONTACT_RECIPIENTS": PLACEHOLDER_RECIPIENTS,
    "DEFAULT_FROM_EMAIL": PLACEHOLDER_FROM_EMAIL,
    "SITE_URL": PLACEHOLDER_SITE_URL,
}

# One JSON object per line on standard output: the process manager (systemd, a container)
# collects it, and a log search can filter by level, logger or request path (#7).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "core.logs.JsonFormatter"}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
        }
    },
    "root": {"handlers": ["stdout"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        # Axes says "started" at every command and each failed login; its warnings (repeated
        # failures, lockouts) are what an operator needs.
        "axes": {"level": "WARNING"},
        # Django's own console handler (debug on) printed each of its lines a second time,
        # before the JSON one (#21): its records reach the root handler alone.
        "django": {"handlers": [], "level": "INFO"},
    },
}

# Safe to put on the internet (#7).
# DJANGO_HTTPS=1 when a TLS reverse proxy sits in front: it then turns on every
# HTTPS-only setting. Off by default so that the site also runs on plain http://127.0.0.1.
HTTPS = env_bool("DJANGO_HTTPS", False)
# The proxy tells Django the visitor came over https; only trusted when HTTPS is on,
# because without a proxy anyone could send that header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31_536_000) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
# No page script reads the CSRF cookie: forms carry the token in a hidden field.
CSRF_COOKIE_HTTPONLY = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

# Pages load nothing from another host and run no inline script; the admin and the
# modeltranslation tabs use only static files, so they work under the same policy. Images
# in an S3 bucket (#4) are allowed from its host by core.middleware.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        **({"upgrade-insecure-requests": True} if HTTPS else {}),
    }
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)

# The admin can live at a less guessable address; the SPEC's /admin/ is the default.
ADMIN_PATH = env_str("DJANGO_ADMIN_PATH", "admin").strip("/") + "/"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("DJANGO_LOGIN_FAILURE_LIMIT", 5)
# A locked-out address may try again after this many hours, or at once after
# `manage.py axes_reset`.
AXES_COOLOFF_TIME = env_int("DJANGO_LOGIN_LOCKOUT_HOURS", 1)
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_RESET_ON_SUCCESS = True
# The contact form's rate limit and the login lockout see the same visitor address, read
# behind DJANGO_TRUSTED_PROXY_COUNT proxies.
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_address"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"

# A second factor for every staff account (#18, lepartenariat/staff_2fa.py): "required"
# makes a staff member without one enrol at the next login before any admin page; "off"
# lets the password alone open the admin (a developer's machine, tests that do not test it).
STAFF_2FA = env_str("DJANGO_STAFF_2FA", "required").strip().lower()
if STAFF_2FA not in ("required", "off"):
    raise ImproperlyConfigured('DJANGO_STAFF_2FA must be "required" or "off".')
LOGIN_URL = "admin:login"
LOGIN_REDIRECT_URL = "admin:index"
# Passkeys are bound to the site's domain name: the host of SITE_URL unless told otherwise.
MFA_DOMAIN = env_str("MFA_DOMAIN") or urlsplit(SITE_URL).hostname
MFA_SITE_TITLE = "Le Partenariat"
MFA_METHODS = ["FIDO2", "TOTP", "recovery"]
# A TOTP app, a passkey or two, and several single-use recovery codes.
MFA_MAX_KEYS_PER_ACCOUNT = 12

# A database that does not answer must fail fast, so that /healthz says so within seconds.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", env_int("DJANGO_DB_CONNECT_TIMEOUT", 5)
    )

# Scaling out (#6). Every app server shares its cache and sessions through Redis when
# REDIS_URL is set; without it, through the database, so that several gunicorn workers (and
# several app servers on one database) still see one cache and invalidation reaches them all.
# The rate limits' counters (core.ratelimit) have a cache of their own, which page copies
# cannot evict (#21): RATELIMIT_REDIS_URL (another Redis, or another database number of the
# same; by default REDIS_URL's) or, without Redis, a table of their own.
REDIS_URL = env_str("REDIS_URL")
RATELIMIT_REDIS_URL = env_str("RATELIMIT_REDIS_URL") or REDIS_URL
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "lp"),
        },
        "ratelimit": {
            "BACKEND": "core.redis_cache.RedisCache",
            "LOCATION": RATELIMIT_REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "lp") + "-ratelimit",
        },
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "core.db_cache.DatabaseCache",
            "LOCATION": "django_cache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "django_ratelimit_cache",
            # One row per client and form for an hour: far more clients than any day sees.
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        },
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.db"
# Seconds a rendered page stays in the app's cache (content saves and clock-driven changes end
# it sooner); 0 turns the page cache off. PAGE_SHARED_CACHE_SECONDS: how long a front proxy
# (deploy/nginx.conf) may keep a page for anonymous visitors — the only staleness allowed.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 3600)
PAGE_SHARED_CACHE_SECONDS = env_int("PAGE_SHARED_CACHE_SECONDS", 5)
# The log of missing pages keeps this many addresses, the least asked for dropped first, so
# that a flood of bogus ones cannot fill the database (#23).
MISSING_PAGES_KEPT = 5000
# Which models' saves make cached pages stale is declared on the models (core/content.py).

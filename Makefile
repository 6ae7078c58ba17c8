# Everyday commands. `make run` and `make test` work on a fresh machine with Python 3.11,
# make and GNU gettext: they create the virtualenv and install what they need.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8000

# `make run` is for a developer's machine: debug on unless the caller says otherwise.
run: export DJANGO_DEBUG ?= true
# …and the staff second factor off, so that the seeded admin opens with a password (#18).
run: export DJANGO_STAFF_2FA ?= off
# The test suite needs a key; this one exists only for it.
test: export DJANGO_SECRET_KEY ?= tests-only-insecure-key

.PHONY: browser-checkers run serve test install messages lint format check clean screenshots lighthouse mutants

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

run: install
	mkdir -p var
	$(BIN)/python manage.py compilemessages --ignore=.venv >/dev/null
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_content
	$(BIN)/python manage.py collectstatic --noinput >/dev/null
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Production-like: debug off (DJANGO_SECRET_KEY required), hashed compressed static files,
# gunicorn with WEB_CONCURRENCY sync workers (default: one per core).
serve: export DJANGO_DEBUG ?= false
serve: install
	mkdir -p var
	$(BIN)/python manage.py compilemessages --ignore=.venv >/dev/null
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput >/dev/null
	@echo "gunicorn does not serve uploads (/media/): put deploy/nginx.conf in front, or use make run."
	$(BIN)/gunicorn lepartenariat.wsgi:application --bind $(or $(BIND),127.0.0.1:$(PORT)) \
		--workers $${WEB_CONCURRENCY:-$$(nproc)} --forwarded-allow-ips "127.0.0.1"

# The browser tests' checkers (axe-core, vnu-jar) whenever npm is there, so that `make test`
# runs the whole suite; without npm or Chromium those tests say why they skip.
browser-checkers:
	@if command -v npm >/dev/null && [ ! -d node_modules/axe-core ]; then \
		npm ci --omit=dev --no-audit --no-fund; fi

test: install browser-checkers
	$(BIN)/python manage.py compilemessages --ignore=.venv >/dev/null
	$(BIN)/python -m pytest $(ARGS)

# Mutation testing of the rule modules listed in pyproject.toml [tool.mutmut] (#28): slow (tens
# of minutes on two cores), so not in CI. It ends with the list of surviving mutants;
# `.venv/bin/mutmut show NAME` shows one.
mutants: export DJANGO_SECRET_KEY ?= tests-only-insecure-key
mutants: export HYPOTHESIS_PROFILE = mutants
mutants: install
	rm -rf mutants
	$(BIN)/mutmut run --max-children $${MUTANTS_JOBS:-2}
	$(BIN)/mutmut results

# Refresh the .po files after changing translatable strings; then fill in the new msgstr.
messages: install
	DJANGO_DEBUG=true $(BIN)/python manage.py makemessages -l fr -l en --no-location --ignore=.venv --ignore=var
	# English msgids are their own translation; French ones are written by hand. A fuzzy
	# guess from a similar msgid would survive msgen, so English guesses are dropped first.
	msgattrib --clear-fuzzy --empty --clear-previous -o locale/en/LC_MESSAGES/django.po locale/en/LC_MESSAGES/django.po
	msgen -o locale/en/LC_MESSAGES/django.po locale/en/LC_MESSAGES/django.po
	# French typography (no-break spaces before : ; ! ? and inside « ») in every msgstr (#18).
	$(BIN)/python manage.py french_typography

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) var/static

# The browser checkers (axe-core, vnu-jar, Lighthouse) pinned in package-lock.json (#5).
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

# Every public page at a phone and a desktop width, into screenshots/ (ignored by git).
screenshots: install node_modules/.package-lock.json
	$(BIN)/python bench/screenshots.py

# Lighthouse's four scores for every public page, on the mobile profile.
lighthouse: install node_modules/.package-lock.json
	$(BIN)/python bench/lighthouse.py

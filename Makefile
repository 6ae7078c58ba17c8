# Everyday commands (`make help` lists them). `make run` and `make test` work on a fresh
# machine with Python 3.11, make and GNU gettext: they create the virtualenv and install what
# they need, from the lock files (requirements*.txt, every package pinned with its hashes).
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
test test-fast: export DJANGO_SECRET_KEY ?= tests-only-insecure-key

.PHONY: help browser-checkers run serve test test-fast install lock messages lint format check clean screenshots guide-screenshots lighthouse mutants

help: ## List these commands
	@awk -F ':.*## ' '/^[a-z-]+:.*## / {printf "  make %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# requirements-dev.txt locks every package the site and its tests need, with its hashes:
# pip refuses a file whose hash differs from the one locked.
$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP) ## Create the virtualenv and install the locked packages

# After editing requirements.in or requirements-dev.in: pin every package with its hashes.
# The dev lock is constrained by the runtime one, so both install the same versions.
PIP_COMPILE := $(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe \
	--no-emit-index-url --no-emit-find-links --no-emit-trusted-host
lock: install ## Lock requirements*.in into requirements*.txt, with hashes
	$(PIP_COMPILE) --output-file requirements.txt requirements.in
	$(PIP_COMPILE) --output-file requirements-dev.txt requirements-dev.in

run: install ## Migrate, seed and serve on http://127.0.0.1:8000 (another port: make run PORT=8001)
	mkdir -p var
	$(BIN)/python manage.py compilemessages --ignore=.venv >/dev/null
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_content
	$(BIN)/python manage.py collectstatic --noinput >/dev/null
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Production-like: debug off (DJANGO_SECRET_KEY required), hashed compressed static files,
# gunicorn with WEB_CONCURRENCY sync workers (default: one per core).
serve: export DJANGO_DEBUG ?= false
serve: install ## Serve with gunicorn and debug off (DJANGO_SECRET_KEY required)
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

test: install browser-checkers ## Run the whole test suite (ARGS="-k history -x" for pytest)
	$(BIN)/python manage.py compilemessages --ignore=.venv >/dev/null
	$(BIN)/python -m pytest $(ARGS)

# The in-process suite, for a quick run while working: no browser, no app server, nginx or
# PostgreSQL of its own (the markers are declared in pyproject.toml). CI runs `make test`.
test-fast: install ## Run the in-process tests only (no browser, slow or PostgreSQL tests)
	$(BIN)/python manage.py compilemessages --ignore=.venv >/dev/null
	$(BIN)/python -m pytest -m "not browser and not slow and not postgres" $(ARGS)

# Mutation testing of the rule modules listed in pyproject.toml [tool.mutmut] (#28): slow (tens
# of minutes on two cores), so not in CI. It ends with the list of surviving mutants;
# `.venv/bin/mutmut show NAME` shows one.
mutants: export DJANGO_SECRET_KEY ?= tests-only-insecure-key
mutants: export HYPOTHESIS_PROFILE = mutants
mutants: install ## Mutation testing of the rule modules (slow, not in CI)
	rm -rf mutants
	$(BIN)/mutmut run --max-children $${MUTANTS_JOBS:-2}
	$(BIN)/mutmut results

# Refresh the .po files after changing translatable strings; then fill in the new msgstr.
messages: install ## Refresh the .po files after changing translatable strings
	DJANGO_DEBUG=true $(BIN)/python manage.py makemessages -l fr -l en --no-location --ignore=.venv --ignore=var
	# English msgids are their own translation; French ones are written by hand. A fuzzy
	# guess from a similar msgid would survive msgen, so English guesses are dropped first.
	msgattrib --clear-fuzzy --empty --clear-previous -o locale/en/LC_MESSAGES/django.po locale/en/LC_MESSAGES/django.po
	msgen -o locale/en/LC_MESSAGES/django.po locale/en/LC_MESSAGES/django.po
	# French typography (no-break spaces before : ; ! ? and inside « ») in every msgstr (#18).
	$(BIN)/python manage.py french_typography

lint: install ## Check style, formatting and the import layers
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install ## Format the code and fix what ruff can
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean: ## Remove the virtualenv and collected static files
	rm -rf $(VENV) var/static

# The browser checkers (axe-core, vnu-jar, Lighthouse) pinned in package-lock.json (#5).
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

# Every public page at a phone and a desktop width, into screenshots/ (ignored by git).
screenshots: install node_modules/.package-lock.json ## Screenshot every public page
	$(BIN)/python bench/screenshots.py

# The staff guide's pictures (static/guide/), taken by the browser test that plays the
# receptionist and the communication officer (#25).
guide-screenshots: install browser-checkers
	UPDATE_GUIDE_SCREENSHOTS=1 $(BIN)/python -m pytest -q -p no:randomly tests/browser/test_staff_tasks.py

# Lighthouse's four scores for every public page, on the mobile profile.
lighthouse: install node_modules/.package-lock.json ## Lighthouse scores of every public page
	$(BIN)/python bench/lighthouse.py

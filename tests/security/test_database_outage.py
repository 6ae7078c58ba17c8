import pytest

from tests.app_server import app_server, healthz

pytestmark = [pytest.mark.slow, pytest.mark.postgres]


def test_healthz_says_503_while_postgresql_is_down_and_200_as_soon_as_it_is_back(
    throwaway_postgres,
):
    with app_server(throwaway_postgres.url) as site:
        # A first answer opens the worker's persistent connection, which the outage breaks.
        assert healthz(site) == (200, {"status": "ok", "database": "ok"})

        throwaway_postgres.stop()
        down_status, down_body = healthz(site)
        down_again, _body = healthz(site)

        throwaway_postgres.start()
        back_status, back_body = healthz(site)

    assert down_status == 503
    assert down_body["status"] == "unavailable"
    assert down_body["database"].startswith("unreachable")
    assert down_again == 503
    assert (back_status, back_body) == (200, {"status": "ok", "database": "ok"})

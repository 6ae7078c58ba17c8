"""Ports for the servers the tests start (SMTP, gunicorn, nginx, PostgreSQL).

They all listen on 127.0.0.1 within TEST_PORT_BASE … TEST_PORT_BASE + 99, so that several
checkouts can run their suites side by side on one machine.
"""

import os
import socket

TEST_PORT_BASE = int(os.environ.get("TEST_PORT_BASE", "8300"))
TEST_PORTS = range(TEST_PORT_BASE, TEST_PORT_BASE + 100)

# A port handed out is not free again in this run even before its server binds it: two
# servers started one after the other must not be given the same port.
_handed_out = set()


def free_port():
    for port in TEST_PORTS:
        if port in _handed_out:
            continue
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
        _handed_out.add(port)
        return port
    raise RuntimeError(f"No free port from {TEST_PORTS.start} to {TEST_PORTS.stop - 1}.")

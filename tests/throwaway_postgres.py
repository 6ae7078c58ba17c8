"""A PostgreSQL server of its own, started from the installed binaries, that a test can
stop and start again to see what the site does while its database is down (#7).

Tests that use it are skipped, saying why, on a machine without the PostgreSQL binaries.
"""

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from tests.ports import free_port


def postgres_bin():
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


class ThrowawayPostgres:
    def __init__(self, bin_dir, directory, port):
        self.bin_dir = bin_dir
        self.directory = Path(directory)
        self.data = self.directory / "data"
        self.port = port
        # initdb refuses to run as root: the cluster then belongs to the postgres user.
        self.run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args):
        subprocess.run(
            [*self.run_as, str(self.bin_dir / args[0]), *args[1:]],
            check=True,
            capture_output=True,
            timeout=120,
        )

    def create(self):
        if self.run_as:
            user = pwd.getpwnam("postgres")
            os.chown(self.directory, user.pw_uid, user.pw_gid)
        self._run(
            "initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
            "--no-sync", "--no-instructions",
        )  # fmt: skip

    def start(self):
        options = (
            f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c shared_buffers=16MB"
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-o", options, "-l",
            str(self.directory / "server.log"), "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self):
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop")

    def is_running(self):
        return (self.data / "postmaster.pid").exists()


@pytest.fixture
def throwaway_postgres():
    bin_dir = postgres_bin()
    if bin_dir is None or not (bin_dir / "initdb").exists():
        pytest.skip("needs the PostgreSQL server binaries (initdb, pg_ctl); none installed")
    if os.geteuid() == 0 and not shutil.which("runuser"):
        pytest.skip("initdb refuses root and runuser is missing to run it as postgres")
    directory = tempfile.mkdtemp(prefix="lp7-pg-")
    server = ThrowawayPostgres(bin_dir, directory, free_port())
    try:
        server.create()
        server.start()
        yield server
    finally:
        if server.is_running():
            server.stop()
        shutil.rmtree(directory, ignore_errors=True)


def wait_until(predicate, timeout=30.0, interval=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False

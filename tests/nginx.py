"""Run the shipped deploy/nginx.conf, unprivileged, in front of a given app server.

Used by tests/test_nginx.py and by the benchmark: only the addresses and paths that differ
from production are replaced, so what is tested is the file that is deployed.
"""

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

DEPLOY_CONF = Path(__file__).resolve().parent.parent / "deploy" / "nginx.conf"
MIME_TYPES = Path("/etc/nginx/mime.types")

MAIN_CONF = """
worker_processes {workers};
{user}
error_log {run_dir}/error.log warn;
pid {run_dir}/nginx.pid;
events {{ worker_connections 4096; }}
http {{
    include {mime_types};
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path {run_dir}/body;
    proxy_temp_path {run_dir}/proxy;
    fastcgi_temp_path {run_dir}/fastcgi;
    uwsgi_temp_path {run_dir}/uwsgi;
    scgi_temp_path {run_dir}/scgi;
    {body}
}}
"""


def nginx_binary():
    return shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )


def site_conf(port, upstream, root, cache_dir):
    conf = DEPLOY_CONF.read_text()
    replacements = {
        "listen 80;": f"listen 127.0.0.1:{port};",
        "server 127.0.0.1:8000;": f"server {upstream};",
        "/srv/lepartenariat": str(root),
        "/var/cache/nginx/lepartenariat": str(cache_dir),
    }
    for production, local in replacements.items():
        assert production in conf, f"deploy/nginx.conf no longer contains {production!r}"
        conf = conf.replace(production, local)
    return conf


def wait_for_port(port, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"nothing answers on port {port}")


def start_nginx(run_dir, port, body, workers=1):
    """Start nginx in the foreground with `body` as its http block; return the process."""
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    main = run_dir / "nginx.conf"
    main.write_text(
        MAIN_CONF.format(
            workers=workers,
            # Run as root (as in CI), workers would otherwise be `nobody` and unable to read
            # a temporary directory.
            user="user root;" if os.geteuid() == 0 else "",
            run_dir=run_dir,
            mime_types=MIME_TYPES,
            body=body,
        )
    )
    process = subprocess.Popen(
        [nginx_binary(), "-p", str(run_dir), "-c", str(main), "-g", "daemon off;"],
        stderr=subprocess.PIPE,
    )
    try:
        wait_for_port(port)
    except TimeoutError:
        process.kill()
        raise RuntimeError(process.communicate()[1].decode()) from None
    return process


def start_front(run_dir, port, upstream, root, workers=1):
    """The shipped production front on `port`, proxying to `upstream` (host:port)."""
    cache_dir = Path(run_dir) / "cache"
    return start_nginx(run_dir, port, site_conf(port, upstream, root, cache_dir), workers)

"""Fixtures for the d2l library tests: no network, an isolated cache, a local HTTP server."""
import functools
import http.server
import socket
import threading
from pathlib import Path

import pytest

import d2l.data

# ../shared/data beside the repository root: the book's data files, a read-only filled cache.
SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"

_LOOPBACK = {"127.0.0.1", "::1", "localhost"}


@pytest.fixture(autouse=True)
def isolated(monkeypatch, tmp_path):
    """Refuse every connection off this machine, and keep the user's cache and settings out."""
    real_getaddrinfo, real_connect = socket.getaddrinfo, socket.socket.connect

    def getaddrinfo(host, *args, **kwargs):
        if host not in _LOOPBACK:
            raise OSError(f"tests have no network (lookup of {host})")
        return real_getaddrinfo(host, *args, **kwargs)

    def connect(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6) and address[0] not in _LOOPBACK:
            raise OSError(f"tests have no network (connection to {address[0]})")
        return real_connect(sock, address)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setenv("D2L_DATA_DIR", str(tmp_path / "d2l-data"))
    monkeypatch.delenv("D2L_FASHION_MNIST", raising=False)
    monkeypatch.setattr(d2l.data, "_printed", set())  # banners print again in every test


@pytest.fixture
def shared_data():
    """The shared read-only data folder; skips the test when it is not there."""
    if not (SHARED_DATA / "MANIFEST.tsv").is_file():
        pytest.skip(f"the shared data folder {SHARED_DATA} (with MANIFEST.tsv) is not there")
    return SHARED_DATA


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves a folder without logging, and records the paths asked for."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.server.requested.append(self.path)
        super().do_GET()


@pytest.fixture
def http_server(tmp_path):
    """Serve the folder ``root`` on 127.0.0.1; yields (root, base_url, requested_paths)."""
    root = tmp_path / "served"
    root.mkdir()
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Handler, directory=str(root)))
    server.requested = []
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{server.server_port}/", server.requested
    server.shutdown()
    server.server_close()

"""download(): cache hits, verified downloads, and clear, fast failures (no real network)."""
import hashlib
import os
import socket
import time

import pytest

import d2l
import d2l.data

CONTENT = b"the book data\n" * 1000
SHA1 = hashlib.sha1(CONTENT).hexdigest()


def register(monkeypatch, name, url, sha1=SHA1):
    monkeypatch.setitem(d2l.DATA_HUB, name, (url, sha1))


def test_data_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("D2L_DATA_DIR", str(tmp_path))
    assert d2l.data_dir() == tmp_path
    monkeypatch.delenv("D2L_DATA_DIR")
    assert d2l.data_dir() == d2l.data.Path.home() / ".d2l" / "data"


def test_downloads_verifies_and_renames_into_place(monkeypatch, tmp_path, http_server, capsys):
    root, base_url, requested = http_server
    (root / "file.bin").write_bytes(CONTENT)
    register(monkeypatch, "folder/file.bin", base_url + "file.bin")
    cache = tmp_path / "cache"

    path = d2l.download("folder/file.bin", cache_dir=cache)

    assert path == cache / "folder" / "file.bin"
    assert path.read_bytes() == CONTENT
    assert os.listdir(path.parent) == ["file.bin"]  # no temporary file left behind
    assert "Downloading" in capsys.readouterr().out
    assert d2l.download("folder/file.bin", cache_dir=cache) == path
    assert requested == ["/file.bin"]  # the second call was served by the cache


def test_default_cache_is_data_dir(monkeypatch, tmp_path, http_server):
    root, base_url, _ = http_server
    (root / "file.bin").write_bytes(CONTENT)
    register(monkeypatch, "file.bin", base_url + "file.bin")
    monkeypatch.setenv("D2L_DATA_DIR", str(tmp_path / "elsewhere"))
    assert d2l.download("file.bin") == tmp_path / "elsewhere" / "file.bin"


def test_download_with_wrong_sha1_is_rejected_and_not_kept(monkeypatch, tmp_path, http_server):
    root, base_url, _ = http_server
    (root / "file.bin").write_bytes(CONTENT + b"tampered")
    register(monkeypatch, "file.bin", base_url + "file.bin")

    cache = tmp_path / "cache"

    with pytest.raises(d2l.DataUnavailable) as info:
        d2l.download("file.bin", cache_dir=cache)

    message = str(info.value)
    assert SHA1 in message and str(cache / "file.bin") in message
    assert os.listdir(cache) == []


def test_http_error_is_data_unavailable(monkeypatch, tmp_path, http_server):
    _, base_url, _ = http_server
    register(monkeypatch, "file.bin", base_url + "missing.bin")
    with pytest.raises(d2l.DataUnavailable, match="404"):
        d2l.download("file.bin", cache_dir=tmp_path / "cache")


def test_wrong_sha1_in_cache_says_which_file_and_how_to_fix(monkeypatch, tmp_path):
    register(monkeypatch, "file.bin", "http://127.0.0.1:9/file.bin")
    (tmp_path / "file.bin").write_bytes(b"something else")

    with pytest.raises(d2l.DataUnavailable) as info:
        d2l.download("file.bin", cache_dir=tmp_path)

    message = str(info.value)
    actual = hashlib.sha1(b"something else").hexdigest()
    assert SHA1 in message and actual in message
    assert str(tmp_path / "file.bin") in message and "Delete it" in message
    assert (tmp_path / "file.bin").read_bytes() == b"something else"  # left for the user


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_server_fails_fast_and_says_where_to_put_the_file(monkeypatch, tmp_path):
    url = f"http://127.0.0.1:{closed_port()}/file.bin"
    register(monkeypatch, "folder/file.bin", url)

    start = time.perf_counter()
    with pytest.raises(d2l.DataUnavailable) as info:
        d2l.download("folder/file.bin", cache_dir=tmp_path)

    assert time.perf_counter() - start < 5
    assert isinstance(info.value, OSError)
    message = str(info.value)
    assert "file.bin" in message and url in message
    assert str(tmp_path / "folder" / "file.bin") in message
    assert os.listdir(tmp_path / "folder") == []


def test_silent_server_times_out_instead_of_hanging(monkeypatch, tmp_path):
    # The kernel accepts the connection into the backlog, but nobody ever answers.
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        register(monkeypatch, "file.bin", f"http://127.0.0.1:{server.getsockname()[1]}/file.bin")

        start = time.perf_counter()
        with pytest.raises(d2l.DataUnavailable, match="timed out"):
            d2l.download("file.bin", cache_dir=tmp_path, timeout=0.5)

    assert time.perf_counter() - start < 5


def test_read_only_cache_with_the_right_file_is_used_without_writing(monkeypatch, tmp_path):
    register(monkeypatch, "folder/file.bin", "http://127.0.0.1:9/file.bin")
    cache = tmp_path / "cache"
    (cache / "folder").mkdir(parents=True)
    path = cache / "folder" / "file.bin"
    path.write_bytes(CONTENT)

    def no_download(*args):
        raise AssertionError("download attempted although the cache has the file")

    # chmod does not stop root, so also fail on any attempt to download (the only writer).
    monkeypatch.setattr(d2l.data, "_download", no_download)
    for p in (path, path.parent, cache):
        p.chmod(0o555)
    try:
        assert d2l.download("folder/file.bin", cache_dir=cache) == path
        assert os.listdir(cache / "folder") == ["file.bin"]
    finally:
        for p in (cache, path.parent):
            p.chmod(0o755)

"""The book's data files in ../shared/data, used as a read-only filled cache."""
import hashlib

import pytest

import d2l
import d2l.data


def read_manifest(folder):
    rows = [line.split("\t") for line in (folder / "MANIFEST.tsv").read_text().splitlines()
            if line and not line.startswith("#")]
    return {path: (url, sha1) for path, _, sha1, url in rows}


def test_data_hub_matches_the_manifest(shared_data):
    assert read_manifest(shared_data) == d2l.DATA_HUB


def test_every_file_loads_from_the_shared_cache(shared_data, monkeypatch):
    def no_download(*args):
        raise AssertionError("download attempted although the shared cache has the file")

    monkeypatch.setattr(d2l.data, "_download", no_download)
    for name, (_, sha1) in read_manifest(shared_data).items():
        path = d2l.download(name, cache_dir=shared_data)
        assert path == shared_data / name
        assert hashlib.sha1(path.read_bytes()).hexdigest() == sha1


@pytest.fixture
def house_prices(shared_data, monkeypatch):
    monkeypatch.setenv("D2L_DATA_DIR", str(shared_data))
    return d2l.load_house_prices()


def test_house_prices_shapes(house_prices):
    train_df, test_df = house_prices
    assert train_df.shape == (1460, 81) and test_df.shape == (1459, 80)


def test_house_prices_features(house_prices):
    train_features, test_features, train_labels = d2l.preprocess_house_prices(*house_prices)
    assert train_features.shape[0] + test_features.shape[0] == 2919
    assert train_labels.shape == (1460, 1)
    # 36 numeric columns + 251 categories of the 43 categorical ones + 43 "missing" columns
    # = 330, plus MasVnrType's category "None", which pandas 2 reads as missing unless told not
    # to (load_house_prices does): 331, the book's count.
    assert train_features.shape[1] == test_features.shape[1] == 331

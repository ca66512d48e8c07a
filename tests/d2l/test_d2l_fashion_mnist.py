"""Fashion-MNIST (§3.5): the real file format, and the labelled synthetic stand-in."""
import gzip
import struct

import mxnet as mx
import numpy as np
import pytest
from mxnet import gluon, init

import d2l
import d2l.data

FILES = {  # gluon's file names, by (split, contents)
    ("train", "images"): "train-images-idx3-ubyte.gz",
    ("train", "labels"): "train-labels-idx1-ubyte.gz",
    ("test", "images"): "t10k-images-idx3-ubyte.gz",
    ("test", "labels"): "t10k-labels-idx1-ubyte.gz",
}


def write_idx(path, array):
    """Write ``array`` (uint8) in the idx format of (Fashion-)MNIST, gzipped."""
    header = struct.pack(">HBB", 0, 0x08, array.ndim) + struct.pack(f">{array.ndim}I", *array.shape)
    with gzip.open(path, "wb") as f:
        f.write(header + array.astype(np.uint8).tobytes())


@pytest.fixture
def tiny_fashion_mnist(tmp_path):
    """Five training and three test images in the real format; returns (root, data)."""
    rng = np.random.RandomState(0)
    data = {}
    for split, n in [("train", 5), ("test", 3)]:
        data[split] = (rng.randint(0, 256, size=(n, 28, 28)).astype(np.uint8),
                       rng.randint(0, 10, size=n).astype(np.uint8))
        write_idx(tmp_path / FILES[split, "images"], data[split][0])
        write_idx(tmp_path / FILES[split, "labels"], data[split][1])
    return tmp_path, data


@pytest.fixture
def no_download(monkeypatch):
    """Make every download fail as it would without network; returns the URLs tried."""
    tried = []

    def fail(url, path, sha1, timeout):
        tried.append(url)
        raise OSError("Network is unreachable")

    monkeypatch.setattr(d2l.data, "_download", fail)
    return tried


def test_real_files_load_through_gluon(tiny_fashion_mnist, no_download):
    root, data = tiny_fashion_mnist
    train_iter, test_iter = d2l.load_data_fashion_mnist(batch_size=2, root=root)

    assert not train_iter.synthetic and not test_iter.synthetic
    assert no_download == []
    assert sum(len(y) for _, y in train_iter) == 5
    X, y = next(iter(test_iter))
    assert X.shape == (2, 1, 28, 28) and X.dtype == np.float32
    assert y.dtype == np.int32
    images, labels = data["test"]
    np.testing.assert_allclose(X.asnumpy()[:, 0], images[:2] / 255, rtol=1e-6)
    np.testing.assert_array_equal(y.asnumpy(), labels[:2])
    sizes = [len(y) for _, y in test_iter]
    assert sizes == [2, 1]


def test_training_set_is_shuffled_and_complete(tiny_fashion_mnist):
    root, data = tiny_fashion_mnist
    train_iter, _ = d2l.load_data_fashion_mnist(batch_size=5, root=root)
    mx.random.seed(1)
    np.random.seed(1)
    orders = {tuple(y.asnumpy()) for _ in range(5) for _, y in train_iter}
    assert all(sorted(order) == sorted(data["train"][1]) for order in orders)
    assert len(orders) > 1


def test_resize(tiny_fashion_mnist):
    root, _ = tiny_fashion_mnist
    _, test_iter = d2l.load_data_fashion_mnist(batch_size=3, resize=32, root=root)
    X, _ = next(iter(test_iter))
    assert X.shape == (3, 1, 32, 32)
    assert X.min().asscalar() >= 0 and X.max().asscalar() <= 1


def test_missing_files_without_network_fall_back_with_a_banner(tmp_path, no_download, capsys):
    root = tmp_path / "fashion-mnist"
    train_iter, test_iter = d2l.load_data_fashion_mnist(batch_size=256, root=root)

    assert train_iter.synthetic and test_iter.synthetic
    assert len(no_download) == 1  # gave up at the first file
    out = capsys.readouterr().out
    assert "SYNTHETIC stand-in for Fashion-MNIST" in out
    assert "not comparable to the book" in out
    assert str(root) in out and FILES["test", "labels"] in out and "Network is unreachable" in out


def test_banner_is_printed_once(tmp_path, no_download, capsys):
    d2l.load_data_fashion_mnist(batch_size=256, root=tmp_path)
    d2l.load_data_fashion_mnist(batch_size=256, root=tmp_path)
    assert capsys.readouterr().out.count("SYNTHETIC") == 1


def test_environment_variable_forces_the_stand_in(monkeypatch, tiny_fashion_mnist, capsys):
    root, _ = tiny_fashion_mnist
    monkeypatch.setenv("D2L_FASHION_MNIST", "synthetic")
    train_iter, _ = d2l.load_data_fashion_mnist(batch_size=256, root=root)
    assert train_iter.synthetic
    assert "D2L_FASHION_MNIST=synthetic is set" in capsys.readouterr().out


def test_folder_that_cannot_be_created_falls_back(monkeypatch, tmp_path, no_download, capsys):
    # Like a read-only cache, but also for root: the cache "folder" is below a file.
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv("D2L_DATA_DIR", str(tmp_path / "a-file" / "data"))
    train_iter, _ = d2l.load_data_fashion_mnist(batch_size=256)
    assert train_iter.synthetic
    assert no_download == []
    assert "Not a directory" in capsys.readouterr().out


def test_stand_in_looks_like_fashion_mnist(monkeypatch):
    monkeypatch.setenv("D2L_FASHION_MNIST", "synthetic")
    train_iter, test_iter = d2l.load_data_fashion_mnist(batch_size=256)
    X, y = next(iter(train_iter))
    assert X.shape == (256, 1, 28, 28) and X.dtype == np.float32
    assert y.shape == (256,) and y.dtype == np.int32
    assert X.min().asscalar() >= 0 and X.max().asscalar() <= 1
    labels = np.concatenate([y.asnumpy() for _, y in test_iter])
    assert len(labels) == 1000 and set(labels) == set(range(10))
    assert sum(len(y) for _, y in train_iter) == 6000


def test_stand_in_is_deterministic_and_sized_by_its_parameters():
    train, test = d2l.synthetic_fashion_mnist(num_train=50, num_test=20)
    again, _ = d2l.synthetic_fashion_mnist(num_train=50, num_test=20)
    assert len(train) == 50 and len(test) == 20
    image, label = train[0]
    assert image.shape == (28, 28, 1) and image.dtype == np.uint8 and label.dtype == np.int32
    for i in range(50):
        np.testing.assert_array_equal(train[i][0].asnumpy(), again[i][0].asnumpy())
        assert train[i][1] == again[i][1]
    other, _ = d2l.synthetic_fashion_mnist(num_train=50, num_test=20, seed=1)
    assert not np.array_equal(train[0][0].asnumpy(), other[0][0].asnumpy())


def test_softmax_regression_learns_the_stand_in_in_one_epoch(monkeypatch, capsys):
    monkeypatch.setenv("D2L_FASHION_MNIST", "synthetic")
    mx.random.seed(0)
    np.random.seed(0)
    train_iter, test_iter = d2l.load_data_fashion_mnist(batch_size=256)
    net = gluon.nn.Dense(10)
    net.initialize(init.Normal(sigma=0.01))
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
    history = d2l.train_ch3(net, train_iter, test_iter, gluon.loss.SoftmaxCrossEntropyLoss(),
                            1, 256, trainer=trainer)
    assert history[0]["test_acc"] > 0.5


def test_text_labels():
    assert d2l.get_fashion_mnist_labels([0, 9]) == ["t-shirt", "ankle boot"]
    labels = mx.nd.array([1, 2, 8], dtype="int32")
    assert d2l.get_fashion_mnist_labels(labels) == ["trouser", "pullover", "bag"]


def test_downloads_from_gluons_location_and_rejects_wrong_files(
        monkeypatch, tmp_path, http_server, capsys):
    served, base_url, requested = http_server
    mirror = served / "gluon" / "dataset" / "fashion-mnist"
    mirror.mkdir(parents=True)
    write_idx(mirror / FILES["train", "images"], np.zeros((2, 28, 28), np.uint8))
    monkeypatch.setenv("MXNET_GLUON_REPO", base_url)
    root = tmp_path / "fashion-mnist"

    train_iter, _ = d2l.load_data_fashion_mnist(batch_size=2, root=root)

    # Not the real file: its SHA-1 differs from gluon's, so it is not kept.
    assert requested == ["/gluon/dataset/fashion-mnist/train-images-idx3-ubyte.gz"]
    assert train_iter.synthetic
    assert "SHA-1" in capsys.readouterr().out
    assert list(root.iterdir()) == []

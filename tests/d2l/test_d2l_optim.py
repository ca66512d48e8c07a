"""Chapter 7 helpers: the airfoil data, the 2-D traces and the two training loops."""
import hashlib

import mxnet as mx
import numpy as np
import pytest
from mxnet import nd

import d2l
import d2l.optim


@pytest.fixture
def plt(monkeypatch):
    monkeypatch.setenv("MPLBACKEND", "Agg")
    import matplotlib

    matplotlib.use("Agg")
    yield d2l.plt
    d2l.plt.close("all")


# Six tab-separated columns like the real file: frequency, angle, chord, velocity,
# thickness, sound level.
ROWS = np.array([[800, 0, 0.3048, 71.3, 0.00266, 126.2],
                 [1000, 1.5, 0.3048, 55.5, 0.00311, 125.2],
                 [1250, 3.0, 0.2286, 39.6, 0.00472, 123.9],
                 [2000, 4.0, 0.1524, 31.7, 0.00529, 127.6],
                 [4000, 0, 0.0254, 71.3, 0.00041, 130.1]])


@pytest.fixture
def airfoil_cache(monkeypatch, tmp_path):
    text = "\n".join("\t".join(repr(float(v)) for v in row) for row in ROWS) + "\n"
    (tmp_path / "airfoil_self_noise.dat").write_text(text)
    sha1 = hashlib.sha1(text.encode()).hexdigest()
    monkeypatch.setitem(d2l.DATA_HUB, "airfoil_self_noise.dat",
                        ("http://127.0.0.1:9/airfoil_self_noise.dat", sha1))
    return tmp_path


def test_get_data_standardises_over_all_rows_then_keeps_the_first(airfoil_cache):
    standard = (ROWS - ROWS.mean(axis=0)) / ROWS.std(axis=0)
    features, labels = d2l.get_data_ch7(num_examples=4, cache_dir=airfoil_cache)
    assert features.shape == (4, 5) and labels.shape == (4,)
    assert features.dtype == labels.dtype == np.float32
    np.testing.assert_allclose(features.asnumpy(), standard[:4, :-1], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(labels.asnumpy(), standard[:4, -1], rtol=1e-5, atol=1e-6)
    every, _ = d2l.get_data_ch7(num_examples=None, cache_dir=airfoil_cache)
    assert every.shape == (5, 5)


def test_get_data_without_the_file_says_where_to_put_it():
    with pytest.raises(d2l.DataUnavailable, match="airfoil_self_noise.dat"):
        d2l.get_data_ch7()


def test_get_data_real_file_has_the_book_s_1500_rows(shared_data, monkeypatch):
    monkeypatch.setenv("D2L_DATA_DIR", str(shared_data))
    features, labels = d2l.get_data_ch7()
    assert features.shape == (1500, 5) and labels.shape == (1500,)
    every, every_labels = d2l.get_data_ch7(num_examples=None)
    assert every.shape == (1503, 5)  # d2lzh's get_data_ch7 returns all rows
    np.testing.assert_allclose(every.asnumpy().mean(axis=0), 0, atol=1e-5)
    np.testing.assert_allclose(every_labels.asnumpy().std(), 1, rtol=1e-4)


def gd(eta):
    def trainer(x1, x2, s1, s2):
        return x1 - eta * 2 * x1, x2 - eta * 4 * x2, 0, 0
    return trainer


def test_train_2d_runs_20_steps_from_the_book_s_start(capsys):
    results = d2l.train_2d(gd(0.1))
    assert len(results) == 21 and results[0] == (-5, -2)
    np.testing.assert_allclose(results[-1], (-5 * 0.8 ** 20, -2 * 0.6 ** 20))
    assert capsys.readouterr().out.startswith("epoch 20, x1 -0.057646, x2 -0.000073")


def test_train_2d_carries_the_states():
    seen = []

    def counting(x1, x2, s1, s2):
        seen.append((s1, s2))
        return x1, x2, s1 + 1, s2 + 2

    d2l.train_2d(counting, steps=3, start=(1, 1))
    assert seen == [(0, 0), (1, 2), (2, 4)]


def test_show_trace_2d_draws_the_path_over_contours(plt):
    d2l.show_trace_2d(lambda x1, x2: x1 ** 2 + 2 * x2 ** 2, d2l.train_2d(gd(0.1)))
    ax = plt.gca()
    assert len(ax.lines[0].get_xdata()) == 21
    assert ax.collections and ax.get_xlabel() == "x1" and ax.get_ylabel() == "x2"


def regression(n=200, seed=0):
    rng = np.random.RandomState(seed)
    X = rng.normal(size=(n, 3)).astype(np.float32)
    y = X @ np.array([1.0, -2.0, 0.5], dtype=np.float32) + 0.3
    return nd.array(X), nd.array(y)


def sgd(params, states, hyperparams):
    for p in params:
        p[:] -= hyperparams["lr"] * p.grad


def test_train_ch7_fits_and_records_the_loss_every_100_examples(plt, capsys):
    features, labels = regression()
    mx.random.seed(0)
    losses = d2l.train_ch7(sgd, None, {"lr": 0.05}, features, labels, batch_size=10,
                           num_epochs=2, label="scratch")
    assert len(losses) == 1 + 2 * 2  # at the start, then after every 100 of 200 examples
    assert losses[-1] < 0.05 * losses[0]
    assert capsys.readouterr().out.startswith(f"loss: {losses[-1]:f}, ")
    ax = plt.gca()
    assert ax.get_xlabel() == "epoch" and ax.lines[0].get_xdata()[-1] == 2
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["scratch"]


def test_train_ch7_passes_states_and_hyperparams_through(plt):
    features, labels = regression(n=100)
    calls = []

    def update(params, states, hyperparams):
        calls.append((len(params), states, hyperparams["t"]))
        hyperparams["t"] += 1

    d2l.train_ch7(update, "state", {"t": 1}, features, labels, batch_size=50, num_epochs=1)
    assert calls == [(2, "state", 1), (2, "state", 2)]


def test_train_gluon_ch7_matches_scratch_sgd(plt):
    features, labels = regression()
    mx.random.seed(0)
    scratch = d2l.train_ch7(sgd, None, {"lr": 0.05}, features, labels)
    gluon_losses = d2l.train_gluon_ch7("sgd", {"learning_rate": 0.05}, features, labels,
                                       label="gluon")
    assert len(gluon_losses) == len(scratch)
    assert gluon_losses[-1] < 0.05 * gluon_losses[0]
    assert gluon_losses[-1] == pytest.approx(scratch[-1], abs=5e-3)
    assert len(plt.gca().lines) == 2


def test_exports():
    assert set(d2l.optim.__all__) == {"get_data_ch7", "show_trace_2d", "train_2d", "train_ch7",
                                      "train_gluon_ch7"}
    for name in d2l.optim.__all__:
        assert getattr(d2l, name) is getattr(d2l.optim, name)

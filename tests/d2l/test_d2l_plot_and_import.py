"""Plots run headless; ``import d2l`` stays light and ``d2l.plt`` is imported on first use."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from mxnet import nd

import d2l

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def plt(monkeypatch):
    monkeypatch.setenv("MPLBACKEND", "Agg")
    import matplotlib

    matplotlib.use("Agg")
    yield d2l.plt
    d2l.plt.close("all")


def test_set_figsize(plt):
    d2l.set_figsize((4, 3))
    assert tuple(plt.rcParams["figure.figsize"]) == (4, 3)


def test_xyplot_takes_ndarrays(plt):
    x = nd.arange(-8, 8, 0.1)
    d2l.xyplot(x, x.relu(), "relu")
    ax = plt.gca()
    assert ax.get_ylabel() == "relu(x)" and len(ax.lines[0].get_xdata()) == 160


def test_semilogy_draws_two_curves_and_shows(plt, monkeypatch):
    shown = []
    monkeypatch.setattr(plt, "show", lambda: shown.append(plt.gcf()))
    d2l.semilogy(range(1, 4), [1, 0.1, 0.01], "epochs", "loss", range(1, 4), [2, 0.5, 0.2],
                 ["train", "test"])
    ax = shown[0].axes[0]
    assert ax.get_yscale() == "log" and len(ax.lines) == 2
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["train", "test"]


def test_show_images_takes_channel_first_or_last(plt):
    imgs = [nd.zeros((1, 8, 8)), nd.ones((8, 8, 1)), nd.zeros((8, 8, 3))]
    axes = d2l.show_images(imgs, 2, 2, titles=["a", "b", "c"])
    assert len(axes) == 4 and [ax.get_title() for ax in axes] == ["a", "b", "c", ""]


def test_show_fashion_mnist(plt):
    images = nd.zeros((3, 28, 28, 1), dtype="uint8")
    d2l.show_fashion_mnist(images, d2l.get_fashion_mnist_labels([0, 1, 2]))
    assert [ax.get_title() for ax in plt.gcf().axes] == ["t-shirt", "trouser", "pullover"]


@pytest.mark.parametrize("imported", [False, True], ids=["plain", "IPython-imported"])
def test_use_svg_display_outside_ipython_creates_no_shell(tmp_path, imported):
    """In a fresh interpreter (this one may have a shell already), with or without IPython
    imported: no shell and no IPython folder (its history database) in the home folder."""
    out = run_python(
        ("import IPython\n" if imported else "")
        + "import d2l, sys\n"
        "d2l.use_svg_display()\n"
        "d2l.set_figsize((4, 3))\n"
        "print('IPython' in sys.modules)\n"
        "from IPython.core.interactiveshell import InteractiveShell\n"
        "print(InteractiveShell.initialized())\n",
        env={"HOME": str(tmp_path), "IPYTHONDIR": str(tmp_path / ".ipython"),
             "MPLBACKEND": "Agg"})
    assert out == [str(imported), "False"]
    assert not (tmp_path / ".ipython").exists()
    assert not list(tmp_path.rglob("history.sqlite"))


def run_python(code, env=None):
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=60, env=dict(os.environ, **(env or {})))
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_import_is_light_and_plt_lazy():
    heavy = ["matplotlib", "pandas", "IPython"]
    out = run_python(
        "import sys, d2l\n"
        f"print(*[m in sys.modules for m in {heavy!r}])\n"
        "d2l.plt\n"
        "print('matplotlib.pyplot' in sys.modules)\n")
    assert out == ["False", "False", "False", "True"]


def test_public_names():
    for name in d2l.__all__:
        assert getattr(d2l, name) is not None, name
    for name in ["nd", "autograd", "gluon", "init", "plt", "train_ch3", "load_data_fashion_mnist"]:
        assert name in d2l.__all__
    with pytest.raises(AttributeError):
        d2l.no_such_name  # noqa: B018

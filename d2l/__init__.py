"""The course helper library: the book's ``d2lzh`` for MXNet 1.9.1 and modern matplotlib.

``import d2l`` imports MXNet but neither matplotlib nor pandas; ``d2l.plt`` imports
``matplotlib.pyplot`` on first use.
"""
import sys

if not (3, 8) <= sys.version_info[:2] <= (3, 11):
    raise ImportError(
        f"d2l needs Python 3.8 to 3.11, not {sys.version.split()[0]}: MXNet 1.9.1 needs "
        f"numpy<1.24, which has no wheels for newer Pythons.")

from mxnet import autograd, gluon, init, nd

# Helpers of chapters 5 to 10; each module lists its public names in its own __all__.
from . import cnn, optim, rnn, sentiment, translation, vision, word2vec
from .cnn import *  # noqa: F403
from .data import (
    DATA_HUB,
    DataUnavailable,
    data_dir,
    download,
    get_fashion_mnist_labels,
    load_data_fashion_mnist,
    load_house_prices,
    preprocess_house_prices,
    show_fashion_mnist,
    synthetic_fashion_mnist,
)
from .device import try_all_gpus, try_gpu
from .optim import *  # noqa: F403
from .plot import semilogy, set_figsize, show_images, use_svg_display, xyplot
from .regression import data_iter, linreg, sgd, squared_loss
from .rnn import *  # noqa: F403
from .selfcheck import check
from .sentiment import *  # noqa: F403
from .train import Accumulator, Timer, evaluate_accuracy, train_ch3
from .translation import *  # noqa: F403
from .vision import *  # noqa: F403
from .word2vec import *  # noqa: F403

__all__ = [
    "DATA_HUB", "Accumulator", "DataUnavailable", "Timer", "autograd", "check", "data_dir",
    "data_iter",
    "download", "evaluate_accuracy", "get_fashion_mnist_labels", "gluon", "init", "linreg",
    "load_data_fashion_mnist", "load_house_prices", "nd", "preprocess_house_prices",
    "semilogy", "set_figsize", "sgd", "show_fashion_mnist", "show_images", "squared_loss",
    "synthetic_fashion_mnist", "train_ch3", "try_all_gpus", "try_gpu", "use_svg_display",
    "xyplot",
    *cnn.__all__, *optim.__all__, *rnn.__all__, *sentiment.__all__,
    *translation.__all__, *vision.__all__, *word2vec.__all__,
    "plt",  # noqa: F405 - provided by __getattr__ below, on first use
]


# The book's cells begin with ``import d2lzh as d2l``: once the notebook has imported this
# package, that line gives it, so the book's code pasted into an answer cell runs as is.
sys.modules.setdefault("d2lzh", sys.modules[__name__])


def __getattr__(name):
    # matplotlib.pyplot costs about half a second to import: only pay for it when plotting.
    if name == "plt":
        import matplotlib.pyplot as plt

        return plt
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

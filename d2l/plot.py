"""Plotting helpers (§3.2, §3.8, §3.11, §9.1).

matplotlib is imported inside the functions, so that ``import d2l`` stays fast. Without a
display matplotlib picks its non-interactive Agg backend by itself, so these work headless.
"""
import sys

import numpy as np
from mxnet import nd


def _to_numpy(x):
    return x.asnumpy() if isinstance(x, nd.NDArray) else np.asarray(x)


def use_svg_display():
    """Show plots as SVG in Jupyter. From §3.2 线性回归的从零开始实现.

    Outside IPython there is nothing to configure: it does nothing rather than create an
    IPython shell (which would write a history database to the home folder).
    """
    ipython = sys.modules.get("IPython")
    if ipython is None or ipython.get_ipython() is None:
        return
    from matplotlib_inline.backend_inline import set_matplotlib_formats

    set_matplotlib_formats("svg")


def set_figsize(figsize=(3.5, 2.5)):
    """Use SVG display and set the default figure size. From §3.2 线性回归的从零开始实现."""
    import matplotlib.pyplot as plt

    use_svg_display()
    plt.rcParams["figure.figsize"] = figsize


def xyplot(x_vals, y_vals, name):
    """Plot ``name(x)`` against ``x``, e.g. an activation function. From §3.8 多层感知机."""
    import matplotlib.pyplot as plt

    set_figsize(figsize=(5, 2.5))
    plt.plot(_to_numpy(x_vals), _to_numpy(y_vals))
    plt.xlabel("x")
    plt.ylabel(name + "(x)")


def semilogy(x_vals, y_vals, x_label, y_label, x2_vals=None, y2_vals=None, legend=None,
             figsize=(3.5, 2.5)):
    """Plot one or two curves with a logarithmic y axis, then show the figure.

    From §3.11 模型选择、欠拟合和过拟合.
    """
    import matplotlib.pyplot as plt

    set_figsize(figsize)
    plt.xlabel(x_label)
    plt.ylabel(y_label)
    plt.semilogy(_to_numpy(x_vals), _to_numpy(y_vals))
    if x2_vals is not None and y2_vals is not None:
        plt.semilogy(_to_numpy(x2_vals), _to_numpy(y2_vals), linestyle=":")
        plt.legend(legend)
    # Showing ends the figure, so the next call draws a new one (as the book relies on).
    plt.show()


def show_images(imgs, num_rows, num_cols, titles=None, scale=2):
    """Show images (NDArray or NumPy, HxW, HxWxC or 1xHxW) in a grid; return the axes.

    From §9.1 图像增广 (``titles`` added, as used by §3.5's ``show_fashion_mnist``).
    """
    import matplotlib.pyplot as plt

    use_svg_display()
    figsize = (num_cols * scale, num_rows * scale)
    _, axes = plt.subplots(num_rows, num_cols, figsize=figsize, squeeze=False)
    axes = axes.flatten()
    for i, (ax, img) in enumerate(zip(axes, imgs)):
        # imshow wants HxW for a single channel, not 1xHxW or HxWx1.
        ax.imshow(np.squeeze(_to_numpy(img)))
        ax.get_xaxis().set_visible(False)
        ax.get_yaxis().set_visible(False)
        if titles is not None:
            ax.set_title(titles[i])
    return axes

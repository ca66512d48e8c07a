"""Helpers of chapter 9, 计算机视觉 (computer vision): the book's ``d2lzh`` names and data.

* ``bbox_to_rect`` and ``show_bboxes`` draw bounding boxes, as the book's ``d2lzh``.
* ``read_image(name)`` reads one of the book's images (``catdog.jpg``, ``rainier.jpg``,
  ``autumn_oak.jpg``, ``pikachu.jpg``, ``cat1.jpg``) through the data hub, instead of the
  book's ``image.imread('../img/<name>')``.
* ``load_data_pikachu`` is the book's Pikachu detection data set (RecordIO files downloaded
  from MXNet's S3 bucket); where it cannot be downloaded, ``load_data_synthetic_pikachu``
  makes a small stand-in with the same batches: ``batch.data[0]`` of shape
  ``(batch_size, 3, edge_size, edge_size)`` (pixel values 0 to 255) and ``batch.label[0]``
  of shape ``(batch_size, 1, 5)`` (class, then the corners divided by the image's size).
* ``preprocess`` and ``postprocess`` are the image transforms of §9.11 样式迁移.
"""
from pathlib import Path

import mxnet as mx
import numpy as np
from mxnet import image, io, nd

from .data import DataUnavailable, _fetch, data_dir, download
from .plot import _to_numpy

__all__ = ["PIKACHU_HUB", "bbox_to_rect", "load_data_pikachu", "load_data_synthetic_pikachu",
           "postprocess", "preprocess", "read_image", "show_bboxes",
           "synthetic_pikachu"]

#: The book's images: file name -> (height, width, channels), for stand-ins of the same size.
BOOK_IMAGES = {"catdog.jpg": (561, 728, 3), "rainier.jpg": (1365, 2048, 3),
               "autumn_oak.jpg": (1200, 1717, 3), "pikachu.jpg": (512, 512, 3),
               "cat1.jpg": (400, 500, 3)}

_PIKACHU_URL = "https://apache-mxnet.s3-accelerate.amazonaws.com/gluon/dataset/pikachu/"
#: The Pikachu data set's files (under ``data_dir()/pikachu``) -> (URL, SHA-1), as the book's
#: ``_download_pikachu``. They are not among the course's shared data files.
PIKACHU_HUB = {
    "train.rec": (_PIKACHU_URL + "train.rec", "e6bcb6ffba1ac04ff8a9b1115e650af56ee969c8"),
    "train.idx": (_PIKACHU_URL + "train.idx", "dcf7318b2602c06428b9988470c731621716c393"),
    "val.rec": (_PIKACHU_URL + "val.rec", "d6c33f799b4d058e82f2cb5bd9a976f69d72d520"),
}

#: The ImageNet statistics the book's ``preprocess`` standardises with (§9.11). NumPy arrays:
#: importing d2l creates no NDArray (MXNet's engine starts on first use, not on import).
rgb_mean = np.array([0.485, 0.456, 0.406], np.float32)
rgb_std = np.array([0.229, 0.224, 0.225], np.float32)


def bbox_to_rect(bbox, color):
    """Turn a box ``(x_min, y_min, x_max, y_max)`` (in pixels) into a matplotlib rectangle,
    unfilled, with an edge of the given ``color`` and width 2. From §9.3 目标检测和边界框.
    """
    import matplotlib.pyplot as plt

    return plt.Rectangle(xy=(bbox[0], bbox[1]), width=bbox[2] - bbox[0],
                         height=bbox[3] - bbox[1], fill=False, edgecolor=color, linewidth=2)


def _make_list(obj, default_values=None):
    if obj is None:
        obj = default_values
    elif not isinstance(obj, (list, tuple)):
        obj = [obj]
    return obj


def show_bboxes(axes, bboxes, labels=None, colors=None):
    """Draw the boxes ``bboxes`` (rows ``(x_min, y_min, x_max, y_max)`` in pixels: an NDArray,
    a NumPy array or a list of either) on the matplotlib ``axes``, with optional ``labels``
    (a string or a list, written at each box's top-left corner) and ``colors`` (a colour or a
    list, cycled; default blue, green, red, magenta, cyan). From §9.4 锚框.
    """
    labels = _make_list(labels)
    colors = _make_list(colors, ["b", "g", "r", "m", "c"])
    for i, bbox in enumerate(bboxes):
        color = colors[i % len(colors)]
        rect = bbox_to_rect(_to_numpy(bbox), color)
        axes.add_patch(rect)
        if labels and len(labels) > i:
            text_color = "k" if color == "w" else "w"
            axes.text(rect.xy[0], rect.xy[1], labels[i], va="center", ha="center",
                      fontsize=9, color=text_color, bbox=dict(facecolor=color, lw=0))


def read_image(name, stand_in=False, cache_dir=None):
    """Return the book's image ``name`` (e.g. ``'catdog.jpg'``) as an ``(h, w, 3)`` uint8
    NDArray: the book's ``image.imread('../img/' + name)``, read through the data hub
    (``img/<name>`` under ``data_dir()``, downloaded when missing).

    When the image can be neither found nor downloaded this raises ``DataUnavailable``,
    unless ``stand_in`` is true: then it prints why and returns a synthetic picture of the
    same size (smooth colour gradients and a few blobs), so that a demo still runs.
    A course helper for chapter 9.
    """
    try:
        return image.imread(str(download("img/" + name, cache_dir)))
    except (DataUnavailable, KeyError) as err:
        if not stand_in or name not in BOOK_IMAGES:
            raise DataUnavailable(
                f"The book's image {name} (../img/{name} in the book's repository) is not "
                f"available: {err}") from err
        print(f"{name} is not available ({err}).\nUsing a synthetic stand-in picture of the "
              f"same size instead: what follows runs, but on a picture that is not the book's.",
              flush=True)
        return nd.array(_stand_in_picture(BOOK_IMAGES[name][:2]), dtype="uint8")


def _stand_in_picture(shape, seed=0):
    h, w = shape
    rng = np.random.RandomState(seed)
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    img = np.stack([110 + 80 * x / w, 150 - 50 * y / h, 190 - 90 * x / w], axis=-1)
    for _ in range(6):
        cy, cx, r = rng.uniform(0, h), rng.uniform(0, w), rng.uniform(0.05, 0.2) * min(h, w)
        blob = np.exp(-((y - cy) ** 2 + (x - cx) ** 2) / (2 * r * r))[..., None]
        img = img * (1 - blob) + rng.uniform(0, 255, size=3) * blob
    return np.clip(img, 0, 255).astype(np.uint8)


def load_data_pikachu(batch_size, edge_size=256, cache_dir=None):
    """The book's Pikachu detection data set: ``(train_iter, val_iter)``, two
    ``image.ImageDetIter`` whose batches have ``batch.data[0]`` of shape
    ``(batch_size, 3, edge_size, edge_size)`` and ``batch.label[0]`` of shape
    ``(batch_size, 1, 5)``. Training images are randomly cropped (covering at least 95% of the
    object, at most 200 attempts) and shuffled; validation images are neither.

    The three RecordIO files (about 85 MB) are downloaded into ``data_dir()/pikachu`` (the
    book: ``../data/pikachu``) from MXNet's S3 bucket, and checked against their SHA-1.
    Raises ``DataUnavailable`` when they can be neither found nor downloaded: then use
    ``load_data_synthetic_pikachu``, which makes batches of the same form.
    From §9.6 目标检测数据集（皮卡丘）.
    """
    folder = Path(cache_dir if cache_dir is not None else data_dir()) / "pikachu"
    try:
        for name, (url, sha1) in PIKACHU_HUB.items():
            _fetch(url, folder / name, sha1)
    except DataUnavailable as err:
        raise DataUnavailable(
            f"The Pikachu data set cannot be loaded: {err}\nIt needs a download from "
            f"{_PIKACHU_URL} (train.rec, train.idx, val.rec into {folder}). Without it, "
            f"d2l.load_data_synthetic_pikachu(batch_size, edge_size) gives batches of the "
            f"same shapes from a small synthetic set.") from err
    train_iter = image.ImageDetIter(
        path_imgrec=str(folder / "train.rec"), path_imgidx=str(folder / "train.idx"),
        batch_size=batch_size, data_shape=(3, edge_size, edge_size), shuffle=True,
        rand_crop=1, min_object_covered=0.95, max_attempts=200)
    val_iter = image.ImageDetIter(
        path_imgrec=str(folder / "val.rec"), batch_size=batch_size,
        data_shape=(3, edge_size, edge_size), shuffle=False)
    return train_iter, val_iter


def _sprite(size, rng):
    """A small yellow creature on a transparent background: (rgb, alpha), both size x size,
    and its bounding box inside the square (x0, y0, x1, y1) in pixels."""
    s = size
    y, x = (np.mgrid[0:s, 0:s].astype(np.float32) + 0.5) / s
    # body: an ellipse in the lower part; head: a circle above; two ears
    body = ((x - 0.5) / 0.3) ** 2 + ((y - 0.68) / 0.28) ** 2 <= 1
    head = ((x - 0.5) / 0.24) ** 2 + ((y - 0.42) / 0.2) ** 2 <= 1
    ears = np.zeros_like(body)
    tips = np.zeros_like(body)
    for side in (-1, 1):
        # an ear: a thin triangle from the head's top outwards and upwards
        ax, ay = 0.5 + side * 0.12, 0.3  # base
        tx, ty = 0.5 + side * 0.32, 0.05  # tip
        t = (ay - y) / (ay - ty)
        cx = ax + t * (tx - ax)
        ear = (t >= 0) & (t <= 1) & (np.abs(x - cx) <= 0.06 * (1 - t) + 0.01)
        ears |= ear
        tips |= ear & (t > 0.7)
    alpha = (body | head | ears).astype(np.float32)
    yellow = np.array([245, 215, 40], np.float32) * rng.uniform(0.85, 1.1)
    rgb = np.empty((s, s, 3), np.float32)
    rgb[:] = yellow
    rgb[tips] = (30, 25, 20)
    for side in (-1, 1):  # red cheeks and black eyes
        cheek = ((x - 0.5 - side * 0.16) ** 2 + (y - 0.47) ** 2) <= 0.045 ** 2
        eye = ((x - 0.5 - side * 0.09) ** 2 + (y - 0.38) ** 2) <= 0.03 ** 2
        rgb[cheek] = (220, 40, 30)
        rgb[eye] = (20, 20, 20)
    if rng.rand() < 0.5:
        rgb, alpha = rgb[:, ::-1], alpha[:, ::-1]
    cols, rows = np.flatnonzero(alpha.any(axis=0)), np.flatnonzero(alpha.any(axis=1))
    return rgb, alpha, (cols[0], rows[0], cols[-1] + 1, rows[-1] + 1)


def _background(edge_size, rng):
    e = edge_size
    y, x = np.mgrid[0:e, 0:e].astype(np.float32) / e
    c0, c1, c2 = (rng.uniform(0, 255, size=3) for _ in range(3))
    img = c0 + np.multiply.outer(x, c1 - c0) + np.multiply.outer(y, c2 - c0) * 0.5
    for _ in range(rng.randint(2, 6)):  # a few rectangles of other colours
        x0, y0 = rng.randint(0, e, size=2)
        w, h = rng.randint(e // 10, e // 2, size=2)
        img[y0:y0 + h, x0:x0 + w] = rng.uniform(0, 255, size=3)
    img += rng.normal(0, 8, size=img.shape)
    return img


def synthetic_pikachu(num_examples, edge_size=256, seed=0):
    """A small synthetic stand-in for the Pikachu data set: ``(features, labels)`` as NumPy
    arrays, ``features`` of shape ``(num_examples, 3, edge_size, edge_size)`` (float32, pixel
    values 0 to 255, like ``ImageDetIter``'s) and ``labels`` of shape ``(num_examples, 1, 5)``:
    class 0, then ``x_min, y_min, x_max, y_max`` of the object's box divided by ``edge_size``.

    Each image is one small yellow creature (random size, from 15% to 45% of the edge, random
    position, mirrored half the time) pasted on a random background of gradients, rectangles
    and noise; the same ``seed`` gives the same images. A course helper for §9.6 and §9.7.
    """
    rng = np.random.RandomState(seed)
    features = np.empty((num_examples, 3, edge_size, edge_size), np.float32)
    labels = np.zeros((num_examples, 1, 5), np.float32)
    for i in range(num_examples):
        img = _background(edge_size, rng)
        size = int(rng.uniform(0.15, 0.45) * edge_size)
        rgb, alpha, (x0, y0, x1, y1) = _sprite(size, rng)
        left, top = rng.randint(-x0, edge_size - x1 + 1), rng.randint(-y0, edge_size - y1 + 1)
        # the part of the sprite's square inside the image
        sl, st = max(0, -left), max(0, -top)
        sr, sb = min(size, edge_size - left), min(size, edge_size - top)
        a = alpha[st:sb, sl:sr, None]
        region = img[top + st:top + sb, left + sl:left + sr]
        img[top + st:top + sb, left + sl:left + sr] = region * (1 - a) + rgb[st:sb, sl:sr] * a
        features[i] = np.clip(img, 0, 255).transpose(2, 0, 1)
        labels[i, 0] = (0, (left + x0) / edge_size, (top + y0) / edge_size,
                        (left + x1) / edge_size, (top + y1) / edge_size)
    return features, labels


def load_data_synthetic_pikachu(batch_size, edge_size=256, num_train=512, num_val=64,
                                seed=0):
    """``(train_iter, val_iter)`` over ``synthetic_pikachu`` images, with batches like the
    book's ``load_data_pikachu``: ``batch.data[0]`` of shape
    ``(batch_size, 3, edge_size, edge_size)`` and ``batch.label[0]`` of shape
    ``(batch_size, 1, 5)``. Both are ``mxnet.io.NDArrayIter``; call ``reset()`` before each
    epoch as the book does. The training iterator reshuffles at each ``reset()`` and drops an
    incomplete last batch; the validation one keeps its order and pads its last batch (with
    its first images: ``batch.pad`` says how many). A course helper for §9.7.
    """
    X, Y = synthetic_pikachu(num_train + num_val, edge_size, seed)
    train_iter = io.NDArrayIter(nd.array(X[:num_train]), nd.array(Y[:num_train]), batch_size,
                                shuffle=True, last_batch_handle="discard")
    val_iter = io.NDArrayIter(nd.array(X[num_train:]), nd.array(Y[num_train:]), batch_size,
                              shuffle=False, last_batch_handle="pad")
    return train_iter, val_iter


def preprocess(img, image_shape):
    """The book's style-transfer preprocessing: resize the ``(h, w, 3)`` image ``img`` to
    ``image_shape = (width, height)`` (``image.imresize``'s order), scale to [0, 1],
    standardise each channel with ``rgb_mean`` and ``rgb_std`` (the ImageNet statistics
``[0.485, 0.456, 0.406]`` and ``[0.229, 0.224, 0.225]``), and return a
    ``(1, 3, height, width)`` batch. From §9.11 样式迁移.
    """
    img = image.imresize(img, *image_shape)
    mean, std = nd.array(rgb_mean, ctx=img.context), nd.array(rgb_std, ctx=img.context)
    img = (img.astype("float32") / 255 - mean) / std
    return img.transpose((2, 0, 1)).expand_dims(axis=0)


def postprocess(img):
    """Undo ``preprocess`` for the first image of the batch ``img``: an ``(h, w, 3)`` NDArray
    of values clipped to [0, 1] on the CPU, ready for ``plt.imshow``. From §9.11 样式迁移."""
    img = img[0].as_in_context(mx.cpu())
    return (img.transpose((1, 2, 0)) * nd.array(rgb_std) + nd.array(rgb_mean)).clip(0, 1)


"""`multibox_prior(data, sizes, ratios)` (§9.4): the anchor boxes MXNet's
``contrib.nd.MultiBoxPrior`` generates, what the student sees, the public check and the named
mistakes.

MXNet 1.9.1 (checked against the operator), for a feature map of height h and
width w: pixel (i, j) has the centre ((j + 0.5) / w, (i + 0.5) / h); its anchors are the
sizes s_1..s_n with ratio r_1, then s_1 with r_2..r_m, each with the normalised half width
s * h / w * sqrt(r) / 2 and half height s / sqrt(r) / 2 (so that in pixels the anchor is
h * s * sqrt(r) wide and h * s / sqrt(r) high); rows go pixel by pixel, row-major
(i outer, j inner), the anchors of one pixel together."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§9.4 锚框"
FORBIDDEN = Forbidden(ops=frozenset({"MultiBoxPrior"}),
                      what="contrib.nd.MultiBoxPrior (npx.multibox_prior)")
HINTS = [("could not be broadcast", "The centres have one row per pixel, (h * w, 1), and "
                                    "the half widths one column per anchor, (1, n + m - 1): "
                                    "broadcast them to (h * w, n + m - 1)")]


def pairs(sizes, ratios, order="mxnet"):
    """The (size, ratio) pairs of one pixel, in MXNet's order or a mistaken one."""
    sizes, ratios = list(sizes), list(ratios)
    if order == "mxnet":
        return [(s, ratios[0]) for s in sizes] + [(sizes[0], r) for r in ratios[1:]]
    if order == "book_text":  # (s1, r1), (s1, r2), ..., (s1, rm), (s2, r1), ..., (sn, r1)
        return [(sizes[0], r) for r in ratios] + [(s, ratios[0]) for s in sizes[1:]]
    if order == "all":
        return [(s, r) for s in sizes for r in ratios]
    if order == "all_ratio_major":
        return [(s, r) for r in ratios for s in sizes]
    raise ValueError(order)


def prior_np(h, w, sizes, ratios, order="mxnet", scale_w=True, offset=0.5, inverted=False,
             first_ratio_one=False, layout="pixel", column_major=False, extent=1.0):
    """Anchors (h * w * k, 4) in float64 NumPy, with the usual mistakes as switches."""
    ps = pairs(sizes, ratios, order)
    if first_ratio_one:  # an older MXNet source used ratio 1 with every size
        ps = [(s, 1.0) for s in sizes] + [(sizes[0], r) for r in list(ratios)[1:]]
    s = np.array([p[0] for p in ps], "float64")
    r = np.sqrt(np.array([p[1] for p in ps], "float64"))
    if inverted:
        r = 1 / r
    half_w = s * r / 2 * (h / w if scale_w else 1.0) * extent
    half_h = s / r / 2 * extent
    cy = (np.arange(h) + offset) / h
    cx = (np.arange(w) + offset) / w
    if column_major:
        cyy, cxx = np.meshgrid(cy, cx, indexing="ij")
        cyy, cxx = cyy.T.ravel(), cxx.T.ravel()
    else:
        cyy, cxx = (a.ravel() for a in np.meshgrid(cy, cx, indexing="ij"))
    boxes = np.stack([cxx[:, None] - half_w, cyy[:, None] - half_h,
                      cxx[:, None] + half_w, cyy[:, None] + half_h], axis=-1)  # (hw, k, 4)
    if layout == "anchor":  # anchor-major: all pixels' first anchor, then the second...
        boxes = boxes.transpose(1, 0, 2)
    return boxes.reshape(-1, 4)


def stand_in(data, sizes, ratios):
    """The grader's correct multibox_prior, from NDArray arithmetic."""
    h, w = data.shape[-2:]
    ps = pairs(sizes, ratios)
    s = nd.array([p[0] for p in ps])
    r = nd.array([p[1] for p in ps]).sqrt()
    half_w = (s * h / w * r / 2).reshape((1, -1))
    half_h = (s / r / 2).reshape((1, -1))
    cy = ((nd.arange(h) + 0.5) / h).reshape((-1, 1, 1))
    cx = ((nd.arange(w) + 0.5) / w).reshape((1, -1, 1))
    cyy = nd.broadcast_to(cy, (h, w, 1)).reshape((-1, 1))
    cxx = nd.broadcast_to(cx, (h, w, 1)).reshape((-1, 1))
    boxes = nd.stack(nd.broadcast_sub(cxx, half_w), nd.broadcast_sub(cyy, half_h),
                     nd.broadcast_add(cxx, half_w), nd.broadcast_add(cyy, half_h), axis=-1)
    return boxes.reshape((1, -1, 4))


STAND_IN = stand_in
TOL = (1e-5, 2e-6)


def _close(arr, candidate):
    return arr.shape == candidate.shape and np.allclose(arr, candidate, *TOL)


def diagnose(got, h, w, sizes, ratios, name="multibox_prior"):
    """Names a mistake: the batch axis missing, all n * m pairs, another order of anchors,
    ratio inverted, width not scaled by h / w, centres at i / h, anchor-major or
    column-major rows, ratio 1 with every size, twice the size (no / 2), clipping."""
    arr = as_array(got)
    if arr is None:
        return None
    arr = np.asarray(arr, "float64")
    n, m = len(sizes), len(ratios)
    k = n + m - 1
    right = prior_np(h, w, sizes, ratios)
    if arr.shape == right.shape:
        if _close(arr, right):
            return (f"{name} has shape {arr.shape}: the batch axis is missing, expected "
                    f"(1, {h * w * k}, 4) (reshape((1, -1, 4)))")
        return None
    if arr.shape == (1, h * w * n * m, 4) and n > 1 and m > 1:
        return (f"{name} makes all n * m = {n * m} size-ratio pairs per pixel: MXNet makes "
                f"n + m - 1 = {k}, the sizes with ratios[0], then sizes[0] with ratios[1:]")
    if arr.shape != (1, h * w * k, 4):
        return None
    arr = arr[0]
    if _close(arr, right):
        return None
    wrong = [
        (dict(order="book_text"), "the anchors of a pixel are in the order of the book's "
                                  "formula ((s1, r1), (s1, r2), ..., (s2, r1), ...): "
                                  "MultiBoxPrior puts all the sizes with ratios[0] first, "
                                  "then sizes[0] with ratios[1:]"),
        (dict(inverted=True), "width and height are swapped (the ratio is inverted): the "
                              "width grows with sqrt(r), the height with 1 / sqrt(r)"),
        (dict(scale_w=False), "the width is not scaled by h / w: MultiBoxPrior's normalised "
                              "width is s * sqrt(r) * h / w (square anchors in pixels for "
                              "ratio 1)"),
        (dict(offset=0.0), "the centres are at i / h and j / w: pixel centres are at "
                           "(i + 0.5) / h and (j + 0.5) / w"),
        (dict(layout="anchor"), "the rows are grouped by anchor (every pixel's first anchor, "
                                "then every pixel's second...): MultiBoxPrior keeps the "
                                "anchors of one pixel together, pixel by pixel"),
        (dict(column_major=True), "the pixels go column by column: MultiBoxPrior goes row "
                                  "by row (i outer, j inner), as reshape((h, w, k, 4)) "
                                  "expects"),
        (dict(first_ratio_one=True), "the sizes use ratio 1, not ratios[0]: MultiBoxPrior "
                                     "pairs every size with ratios[0]"),
        (dict(extent=2.0), "the anchors are twice as large: W and H are the anchor's full "
                           "width and height, so its corners are the centre minus and plus "
                           "W / 2 and H / 2"),
        (dict(scale_w=False, inverted=True), "width and height are swapped and the width is "
                                             "not scaled by h / w"),
    ]
    for switches, message in wrong:
        if _close(arr, prior_np(h, w, sizes, ratios, **switches)):
            return f"{name}: {message}"
    if _close(arr, np.clip(right, 0, 1)):
        return (f"{name}: the anchors were clipped to [0, 1]: MultiBoxPrior does not clip "
                "(clip=False by default), corners may lie outside the image")
    return None


def _recorded(fn, cases):
    for i in range(2):
        x, expected = cases[f"data{i}"], cases[f"out{i}"]
        sizes, ratios = [float(s) for s in cases[f"sizes{i}"]], [float(r) for r in
                                                                 cases[f"ratios{i}"]]
        h, w = x.shape[-2:]
        name = f"multibox_prior of a {h}x{w} map, sizes {sizes}, ratios {ratios}"
        got = fn(nd.array(x), sizes=sizes, ratios=ratios)
        problem = diagnose(got, h, w, sizes, ratios, name) or mismatch(got, expected, *TOL,
                                                                       name=name)
        if problem:
            return problem
    return None


def _small(fn, cases):
    got = fn(nd.zeros((1, 3, 2, 4)), sizes=[0.5], ratios=[1])
    expected = np.array([[[0, 0, 0.25, 0.5], [0.25, 0, 0.5, 0.5], [0.5, 0, 0.75, 0.5],
                          [0.75, 0, 1, 0.5], [0, 0.5, 0.25, 1], [0.25, 0.5, 0.5, 1],
                          [0.5, 0.5, 0.75, 1], [0.75, 0.5, 1, 1]]])
    name = "multibox_prior(nd.zeros((1, 3, 2, 4)), sizes=[0.5], ratios=[1])"
    return diagnose(got, 2, 4, [0.5], [1], name) or mismatch(got, expected, *TOL, name=name)


CHECKS = [
    ("a 2x4 map, size 0.5, ratio 1: one-pixel squares [0, 0, 0.25, 0.5], ...", _small),
    ("matches MultiBoxPrior on recorded maps (non-square, three sizes and ratios)", _recorded),
]

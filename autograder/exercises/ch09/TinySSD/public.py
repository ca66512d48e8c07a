"""`TinySSD(num_classes)` (§9.7): the book's single-shot multibox detector: five blocks,
each giving a feature map from which anchors, class scores and offsets are predicted."""

import numpy as np

from d2l.compare import as_array, describe, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.blocks import BLOCK_HINTS, match_params

SECTION = "§9.7 单发多框检测（SSD）"
FORBIDDEN = Forbidden()
HINTS = BLOCK_HINTS
# The book's parts of TinySSD are checked on their own: the grader's versions stand in.
STAND_INS = {"cls_predictor": "cls_predictor", "bbox_predictor": "bbox_predictor",
             "flatten_pred": "flatten_pred", "concat_preds": "concat_preds",
             "down_sample_blk": "down_sample_blk"}

SIZES = [[0.2, 0.272], [0.37, 0.447], [0.54, 0.619], [0.71, 0.79], [0.88, 0.961]]
RATIOS = [[1, 2, 0.5]] * 5

RESHAPE_ORDER = ("the class predictions are reshaped as (batch, num_classes + 1, anchors): "
                 "each anchor's scores lie side by side in the flattened predictions, so "
                 "reshape to (0, -1, self.num_classes + 1)")


def feature_sizes(h, w):
    """The sizes of the five feature maps for an h x w input."""
    sizes = []
    for _ in range(3):
        h, w = h // 2, w // 2
    sizes.append((h, w))
    for _ in range(3):
        h, w = h // 2, w // 2
        sizes.append((h, w))
    sizes.append((1, 1))
    return sizes


def split(out):
    """``(anchors, cls_preds, bbox_preds)`` as NumPy arrays, or a message."""
    if not isinstance(out, (tuple, list)) or len(out) != 3:
        return None, ("TinySSD's forward should return (anchors, cls_preds, bbox_preds), got "
                      f"{describe(out)}")
    arrays = [as_array(a) for a in out]
    if any(a is None for a in arrays):
        return None, ("TinySSD's forward should return three NDArrays (anchors, cls_preds, "
                      f"bbox_preds), got {', '.join(describe(a) for a in out)}")
    return arrays, None


def shape_problem(out, x_shape, num_classes):
    """The three outputs' shapes against the book's; names the usual mistakes."""
    arrays, problem = split(out)
    if problem:
        return problem
    anchors, cls, bbox = arrays
    n, (h, w) = x_shape[0], x_shape[2:]
    maps = feature_sizes(h, w)
    a = 4 * sum(i * j for i, j in maps)
    text = f"for a {tuple(x_shape)} input (feature maps {maps}, {a} anchors)"
    if anchors.shape != (1, a, 4):
        if anchors.ndim == 3 and anchors.shape[0] == 5:
            return (f"the anchors have shape {anchors.shape} {text}: concatenate the five "
                    "scales' anchors along dim=1, giving (1, anchors, 4)")
        return f"the anchors have shape {anchors.shape} {text}, the book's (1, {a}, 4)"
    q = num_classes + 1
    if cls.shape != (n, a, q):
        if cls.shape == (n, a * q):
            return (f"the class predictions have shape {cls.shape} {text}: reshape them to "
                    f"(batch, anchors, num_classes + 1) = {(n, a, q)}, "
                    "concat_preds(cls_preds).reshape((0, -1, self.num_classes + 1))")
        if cls.ndim == 3 and cls.shape[0] == n and cls.shape[2] == num_classes:
            return (f"the class predictions have shape {cls.shape} {text}: reshape to "
                    "(0, -1, self.num_classes + 1), the background class 0 included")
        if cls.shape == (n, q, a):
            return RESHAPE_ORDER
        return (f"the class predictions have shape {cls.shape} {text}, the book's "
                f"{(n, a, q)}")
    if bbox.shape != (n, 4 * a):
        return (f"the offset predictions have shape {bbox.shape} {text}, the book's "
                f"{(n, 4 * a)}: concat_preds(bbox_preds), four offsets per anchor")
    return None


def anchor_problem(anchors, expected, x_shape):
    """The anchors against MultiBoxPrior's on each scale (``expected``, NumPy)."""
    got = np.asarray(anchors)
    if got.shape == expected.shape and np.allclose(got, expected, atol=1e-5):
        return None
    maps = feature_sizes(*x_shape[2:])
    start = 0
    for i, (h, w) in enumerate(maps):
        stop = start + 4 * h * w
        if got.shape == expected.shape and not np.allclose(
                got[:, start:stop], expected[:, start:stop], atol=1e-5):
            return (f"the anchors of scale {i} (a {h}x{w} feature map) are not MultiBoxPrior's "
                    f"of that map with sizes[{i}] = {SIZES[i]} and ratios[{i}] = {RATIOS[i]}: "
                    "generate each scale's anchors from its own feature map Y with its own "
                    "sizes and ratios, in the order of the blocks")
        start = stop
    return mismatch(got, expected, 0, 1e-5, name="the anchors")


def pred_tolerance(expected):
    """Absolute tolerance of an output: 1e-4 of its largest value (float32 convolutions in
    another order)."""
    return max(1e-4 * float(np.max(np.abs(expected))), 1e-12)


def output_problem(out, expected_cls, expected_bbox, num_classes):
    """With the same parameters: the class and offset predictions against the book's."""
    arrays, problem = split(out)
    if problem:
        return problem
    _, cls, bbox = arrays
    n, a = expected_cls.shape[:2]
    if cls.shape == expected_cls.shape:
        wrong = expected_cls.reshape(n, -1).reshape(n, num_classes + 1, a).transpose(0, 2, 1)
        tol = pred_tolerance(expected_cls)
        if (not np.allclose(cls, expected_cls, 1e-4, tol)
                and np.allclose(cls, wrong, 1e-4, tol)):
            return RESHAPE_ORDER
    return (mismatch(cls, expected_cls, 1e-4, pred_tolerance(expected_cls),
                     name="the class predictions")
            or mismatch(bbox, expected_bbox, 1e-4, pred_tolerance(expected_bbox),
                        name="the offset predictions"))


def param_values(seed, shapes):
    """Parameter values for the public check, from a seed: weights scaled by their fan-in
    so that the activations keep their size through the eight convolutions."""
    rng = np.random.default_rng(seed)
    values = []
    for kind, shape in shapes:
        shape = tuple(int(s) for s in shape)
        if kind == "weight":
            fan_in = int(np.prod(shape[1:]))
            v = rng.normal(size=shape) * np.sqrt(2.0 / fan_in)
        elif kind in ("running_var", "gamma"):
            v = rng.uniform(0.5, 1.5, size=shape)
        else:
            v = rng.normal(size=shape) * 0.1
        values.append(v.astype("float32"))
    return values


def recorded_shapes(cases):
    keys = sorted(k for k in cases if k.startswith("shape"))
    return [(k.split("_", 1)[1], tuple(int(s) for s in cases[k])) for k in keys]


def _build(make, cases):
    from mxnet import autograd, gluon, nd

    net = make(1)
    if not isinstance(net, gluon.Block):
        return None, None, f"TinySSD(1) should give a Gluon Block, got {describe(net)}"
    net.initialize(force_reinit=True)
    X = nd.array(cases["X"])
    with autograd.pause():
        out = net(X)
    return net, out, None


def _shapes(make, cases):
    net, out, problem = _build(make, cases)
    return problem or shape_problem(out, cases["X"].shape, 1) or anchor_problem(
        split(out)[0][0], cases["anchors"], cases["X"].shape)


def _forward(make, cases):
    from mxnet import autograd, nd

    net, out, problem = _build(make, cases)
    if problem:
        return problem
    params = list(net.collect_params().values())
    want = recorded_shapes(cases)
    order, problem = match_params([(p.name, p.shape) for p in params], want)
    if problem:
        return f"TinySSD(1): {problem}"
    for index, value in zip(order, param_values(int(cases["seed"]), want)):
        params[index].set_data(nd.array(value))
    with autograd.pause():
        out = net(nd.array(cases["X"]))
    return shape_problem(out, cases["X"].shape, 1) or output_problem(
        out, cases["cls"], cases["bbox"], 1)


CHECKS = [("on a (2, 3, 64, 64) input: anchors (1, 344, 4) as MultiBoxPrior gives them, "
           "class predictions (2, 344, 2), offsets (2, 1376)", _shapes),
          ("with recorded parameters the predictions match the book's TinySSD", _forward)]

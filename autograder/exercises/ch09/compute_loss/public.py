"""`compute_loss(X, contents_Y_hat, styles_Y_hat, contents_Y, styles_Y_gram)` (§9.11): the
weighted sum of the content, style and total variation losses; what the student sees, the
public checks and the named mistakes.

Returns ``(contents_l, styles_l, tv_l, l)`` as the book does: the list of weighted content
losses (``content_loss(Y_hat, Y) * content_weight`` for each content layer), the list of
weighted style losses (``style_loss(Y_hat, gram_Y) * style_weight``), ``tv_loss(X) *
tv_weight`` and their sum ``l``. The weights are the notebook's globals ``content_weight,
style_weight, tv_weight = 1, 1e3, 10`` (a locked cell). The checks run it with the
grader's correct ``content_loss``, ``style_loss``, ``tv_loss`` and ``gram`` (``STAND_INS``),
so a mistake in those costs points only there; one check sets the globals to other weights
(``PROBE_WEIGHTS``), to see that compute_loss reads them."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, describe, mismatch
from d2l.registry import Forbidden

SECTION = "§9.11 样式迁移"
STAND_INS = {"content_loss": "content_loss", "style_loss": "style_loss", "tv_loss": "tv_loss",
             "gram": "gram"}
FORBIDDEN = Forbidden(what="the grader's compute_loss")
HINTS = [("is not defined", "compute_loss uses the notebook's content_loss, style_loss, "
                            "tv_loss and the globals content_weight, style_weight, tv_weight "
                            "(run the cells above it)")]
BOOK_WEIGHTS = {"content_weight": 1, "style_weight": 1e3, "tv_weight": 10}
PROBE_WEIGHTS = {"content_weight": 3.0, "style_weight": 200.0, "tv_weight": 20.0}
NAMES = ("content_weight", "style_weight", "tv_weight")


def raw_losses(X, contents_Y_hat, styles_Y_hat, contents_Y, styles_Y_gram):
    """The unweighted losses (float64): [content...], [style...], tv."""
    from d2l.selfcheck.ch09.gram.public import gram64

    contents = [((np.asarray(a, "float64") - np.asarray(b, "float64")) ** 2).mean()
                for a, b in zip(contents_Y_hat, contents_Y)]
    styles = [((gram64(a) - np.asarray(g, "float64")) ** 2).mean()
              for a, g in zip(styles_Y_hat, styles_Y_gram)]
    Y = np.asarray(X, "float64")
    tv = 0.5 * (np.abs(np.diff(Y, axis=2)).mean() + np.abs(np.diff(Y, axis=3)).mean())
    return contents, styles, tv


def scalar(value):
    arr = as_array(value)
    if arr is None or arr.size != 1:
        return None
    return float(np.asarray(arr, "float64").reshape(-1)[0])


def structure(got, n_contents, n_styles):
    """A message unless ``got`` is (contents_l, styles_l, tv_l, l) with lists of the right
    lengths and single numbers."""
    if not isinstance(got, (tuple, list)) or len(got) != 4:
        return ("compute_loss should return the book's four values (contents_l, styles_l, "
                f"tv_l, l), got {describe(got)}")
    contents_l, styles_l, tv_l, total = got
    for name, part, n in [("contents_l", contents_l, n_contents), ("styles_l", styles_l,
                                                                     n_styles)]:
        if not isinstance(part, (tuple, list)) or len(part) != n:
            return (f"{name} should be a list with one weighted loss per layer ({n}), got "
                    f"{describe(part)}" + (f" of length {len(part)}"
                                           if isinstance(part, (tuple, list)) else ""))
        for k, item in enumerate(part):
            if scalar(item) is None:
                return f"{name}[{k}] should be one number (an NDArray), got {describe(item)}"
    for name, item in [("tv_l", tv_l), ("l", total)]:
        if scalar(item) is None:
            return f"{name} should be one number (an NDArray), got {describe(item)}"
    return None


def _ratio(got, raw):
    return got / raw if raw else float("nan")


def diagnose_parts(got, raws, weights):
    """The weights used for each part, against ``weights``."""
    contents, styles, tv = raws
    contents_l, styles_l, tv_l, _ = got
    used = {}
    for name, parts, raw in [("content_weight", contents_l, contents),
                             ("style_weight", styles_l, styles)]:
        ratios = [_ratio(scalar(p), r) for p, r in zip(parts, raw)]
        used[name] = ratios[0] if ratios and np.allclose(ratios, ratios[0], rtol=1e-4) else None
    used["tv_weight"] = _ratio(scalar(tv_l), tv)
    wrong = {k: v for k, v in used.items()
             if v is None or not np.isclose(v, weights[k], rtol=1e-4)}
    if not wrong:
        return None
    if wrong.keys() == {"content_weight", "style_weight"} and all(
            v is not None for v in wrong.values()) and np.isclose(
            used["content_weight"], weights["style_weight"], rtol=1e-4) and np.isclose(
            used["style_weight"], weights["content_weight"], rtol=1e-4):
        return (f"the content and style weights are swapped: the content losses are weighted "
                f"by {used['content_weight']:g} and the style losses by "
                f"{used['style_weight']:g}; the book's content_weight, style_weight, tv_weight "
                "= 1, 1e3, 10")
    if wrong.keys() == {"tv_weight"} and wrong["tv_weight"] is not None and np.isclose(
            wrong["tv_weight"], 0, atol=1e-6):
        return "tv_l is 0: the total variation loss tv_loss(X) * tv_weight is missing"
    parts = []
    for k, v in wrong.items():
        parts.append(f"{k} should weight {'its losses' if k != 'tv_weight' else 'tv_loss(X)'} "
                     f"by {weights[k]:g}, but they are " + (f"weighted by {v:g}" if v is not None
                                                            else "not weighted alike"))
    return "; ".join(parts) + " (the weights are the globals content_weight, style_weight, " \
                              "tv_weight = 1, 1e3, 10)"


def diagnose_total(got, raws, weights):
    """l against the sum of the weighted parts, without tv, with the book's weights."""
    value = scalar(got[3])
    contents, styles, tv = raws

    def total(w, with_tv=True):
        return (w["content_weight"] * sum(contents) + w["style_weight"] * sum(styles)
                + (w["tv_weight"] * tv if with_tv else 0.0))

    if np.isclose(value, total(weights), rtol=1e-4):
        return None
    if np.isclose(value, total(weights, False), rtol=1e-4):
        return ("l leaves out the total variation loss: total = nd.add_n(*styles_l) + "
                "nd.add_n(*contents_l) + tv_l")
    if weights != BOOK_WEIGHTS and np.isclose(value, total(BOOK_WEIGHTS), rtol=1e-4):
        return ("compute_loss uses the weights 1, 1e3, 10 written into it, not the globals "
                "content_weight, style_weight, tv_weight (with the globals set to "
                f"{', '.join(f'{weights[k]:g}' for k in NAMES)} it should use those): read "
                "the global names, as the book does, so that the weights can be tuned")
    parts = sum(scalar(p) for p in (*got[0], *got[1], got[2]))
    if np.isclose(parts, total(weights), rtol=1e-4):
        return "l is not the sum of contents_l, styles_l and tv_l"
    return None


def _features(cases):
    X = nd.array(cases["X"])
    contents_Y_hat = [nd.array(cases["c_hat0"])]
    styles_Y_hat = [nd.array(cases[f"s_hat{i}"]) for i in range(2)]
    contents_Y = [nd.array(cases["c0"])]
    styles_Y_gram = [nd.array(cases[f"g{i}"]) for i in range(2)]
    return X, contents_Y_hat, styles_Y_hat, contents_Y, styles_Y_gram


def _recorded(fn, cases):
    args = _features(cases)
    got = fn(*args)
    problem = structure(got, 1, 2)
    if problem:
        return problem
    raws = raw_losses(*[[a.asnumpy() for a in x] if isinstance(x, list) else x.asnumpy()
                        for x in args])
    problem = diagnose_parts(got, raws, BOOK_WEIGHTS) or diagnose_total(got, raws, BOOK_WEIGHTS)
    if problem:
        return problem
    for name, value, want in [("contents_l[0]", got[0][0], cases["contents_l0"]),
                              ("styles_l[0]", got[1][0], cases["styles_l0"]),
                              ("styles_l[1]", got[1][1], cases["styles_l1"]),
                              ("tv_l", got[2], cases["tv_l"]), ("l", got[3], cases["l"])]:
        problem = mismatch(value, want, 1e-4, 1e-7, name=name)
        if problem:
            return problem
    return None


CHECKS = [("with the book's weights, the four values on recorded features (with the grader's "
           "content_loss, style_loss, tv_loss and gram)", _recorded)]

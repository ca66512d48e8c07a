"""Reference `compute_loss`: the references of content_loss, style_loss (on nd.linalg.syrk)
and tv_loss (on nd.Convolution), weighted and summed; the gradient of l."""

from mxnet import autograd, nd

from autograder.exercises.ch09.content_loss.reference import _loss as content
from autograder.exercises.ch09.gram.reference import gram
from autograder.exercises.ch09.style_loss.reference import _loss as style
from autograder.exercises.ch09.tv_loss.reference import _loss as tv


def _compute(X, contents_Y_hat, styles_Y_hat, contents_Y, styles_Y_gram, w):
    contents_l = [content(a, b) * w["content_weight"] for a, b in zip(contents_Y_hat,
                                                                       contents_Y)]
    styles_l = [style(a, g) * w["style_weight"] for a, g in zip(styles_Y_hat, styles_Y_gram)]
    tv_l = tv(X) * w["tv_weight"]
    return contents_l, styles_l, tv_l, nd.add_n(*styles_l, *contents_l, tv_l)


def _nd(args):
    return [[nd.array(a) for a in x] if isinstance(x, list) else nd.array(x) for x in args]


def compute_loss(args, weights):
    contents_l, styles_l, tv_l, total = _compute(*_nd(args), weights)
    return ([a.asnumpy() for a in contents_l], [a.asnumpy() for a in styles_l], tv_l.asnumpy(),
            total.asnumpy())


def compute_loss_grads(args, weights):
    """The gradients of l with respect to X, contents_Y_hat and styles_Y_hat (in order)."""
    X, c_hat, s_hat, c, g = _nd(args)
    params = [X, *c_hat, *s_hat]
    for p in params:
        p.attach_grad()
    with autograd.record():
        total = _compute(X, c_hat, s_hat, c, g, weights)[3]
    total.backward()
    return [p.grad.asnumpy() for p in params]


def features(rng, image=(1, 3, 6, 7), content=((1, 4, 3, 4),), style=((1, 2, 6, 7),
                                                                        (1, 4, 3, 4))):
    """Random inputs: the image X, the features of X and the content and style images."""
    X = rng.normal(size=image).astype("float32")
    c_hat = [(rng.normal(size=s) * 1.5).astype("float32") for s in content]
    c = [rng.normal(size=s).astype("float32") for s in content]
    s_hat = [(rng.normal(size=s) * 1.5).astype("float32") for s in style]
    g = [gram(rng.normal(size=s).astype("float32")) for s in style]
    return [X, c_hat, s_hat, c, g]


def public_cases(rng):
    from d2l.selfcheck.ch09.compute_loss.public import BOOK_WEIGHTS

    args = features(rng)
    contents_l, styles_l, tv_l, total = compute_loss(args, BOOK_WEIGHTS)
    X, c_hat, s_hat, c, g = args
    return {"X": X, "c_hat0": c_hat[0], "c0": c[0], "s_hat0": s_hat[0], "s_hat1": s_hat[1],
            "g0": g[0], "g1": g[1], "contents_l0": contents_l[0], "styles_l0": styles_l[0],
            "styles_l1": styles_l[1], "tv_l": tv_l, "l": total}

"""Hidden checks for `compute_loss` (§9.11): the weighted losses and their sum, with the
grader's content_loss, style_loss, tv_loss and gram standing in for the notebook's."""

import numpy as np
import pytest

from autograder.exercises.ch09.compute_loss import reference as ref
from autograder.testing import Param, expect_close, fail_if
from d2l.selfcheck.ch09.compute_loss import public as ex

pytestmark = pytest.mark.exercise("compute_loss")

STAND_INS = ex.STAND_INS


def configs(rng):
    """(image, content shapes, style shapes): the book's one content layer, several style
    layers; then random sizes."""
    c = int(rng.integers(2, 5))
    return [((1, 3, 6, 7), ((1, 4, 3, 4),), ((1, 2, 6, 7), (1, 4, 3, 4))),
            ((1, 3, int(rng.integers(3, 8)), int(rng.integers(3, 8))), ((1, c, 2, 3),),
             ((1, 2, 4, 4), (1, c, 3, 3), (1, 3, 2, 2)))]


def run(student, args, weights=None, **kwargs):
    globals_ = ({k: float(v) for k, v in weights.items()} if weights is not None else None)
    return student.call("compute_loss", *args, stand_ins=STAND_INS, globals=globals_, **kwargs)


def raws(args):
    return ex.raw_losses(*args)


@pytest.mark.points(0.5)
def test_parts(student, rng):
    """with the notebook's weights (the book's 1, 1e3, 10): contents_l, styles_l (one
    weighted loss per layer) and tv_l."""
    for config in configs(rng):
        args = ref.features(rng, *config)
        got = run(student, args).value
        fail_if(ex.structure(got, len(args[1]), len(args[2])))
        fail_if(ex.diagnose_parts(got, raws(args), ex.BOOK_WEIGHTS))
        contents_l, styles_l, tv_l, _ = ref.compute_loss(args, ex.BOOK_WEIGHTS)
        for k, want in enumerate(contents_l):
            expect_close(got[0][k], want, f"contents_l[{k}]", 1e-4, 1e-7)
        for k, want in enumerate(styles_l):
            expect_close(got[1][k], want, f"styles_l[{k}]", 1e-4, 1e-7)
        expect_close(got[2], tv_l, "tv_l", 1e-4, 1e-7)


@pytest.mark.points(0.5)
def test_total(student, rng):
    """l is the sum of all weighted losses, tv_l included, with the weights the globals
    content_weight, style_weight, tv_weight hold (also when they are set to other values)."""
    for config, weights in zip(configs(rng), [ex.BOOK_WEIGHTS, ex.PROBE_WEIGHTS]):
        args = ref.features(rng, *config)
        got = run(student, args, weights).value
        fail_if(ex.structure(got, len(args[1]), len(args[2])))
        fail_if(ex.diagnose_total(got, raws(args), weights))
        expect_close(got[3], ref.compute_loss(args, weights)[3], "l", 1e-4, 1e-7)


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """the gradient of l reaches X (through tv_loss) and every content and style feature."""
    config = configs(rng)[1]
    args = ref.features(rng, *config)
    X, c_hat, s_hat, c, g = args
    n_c, n_s = len(c_hat), len(s_hat)
    head = ([np.zeros(1, "float32")] * n_c, [np.zeros(1, "float32")] * n_s,
            np.zeros(1, "float32"), np.ones(1, "float32"))
    result = run(student, [X, [Param(a) for a in c_hat], [Param(a) for a in s_hat], c, g],
                 ex.BOOK_WEIGHTS, grad=[0], head_grad=head)
    fail_if(ex.structure(result.value, n_c, n_s))
    want = ref.compute_loss_grads(args, ex.BOOK_WEIGHTS)
    names = (["X"] + [f"contents_Y_hat[{k}]" for k in range(n_c)]
             + [f"styles_Y_hat[{k}]" for k in range(n_s)])
    for got, expected, name in zip([result.grads[0], *result.param_grads], want, names):
        expect_close(got, expected, f"the gradient of l with respect to {name}", 1e-4, 1e-6)

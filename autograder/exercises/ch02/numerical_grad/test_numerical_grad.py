"""Hidden checks for `numerical_grad` (§2.3): the exact central difference of sum(x^3), and
autograd's gradient (MXNet) of a function whose partial derivatives depend on all of x."""

import pytest

from autograder.exercises.ch02.numerical_grad import reference as ref
from autograder.testing import StandIn, expect_close, fail_if, nd
from d2l.selfcheck.ch02.numerical_grad import public as ex

pytestmark = pytest.mark.exercise("numerical_grad")


def signed(rng, shape, low, high):
    return rng.uniform(low, high, size=shape) * rng.choice([-1, 1], size=shape)


@pytest.mark.points(1)
def test_central_difference(student, rng):
    """central differences with the given h: sum(x^3) with h = 0.1 gives 3 x^2 + h^2."""
    for shape, h in [((3, 4), 0.1), ((5,), 0.05)]:
        x = signed(rng, shape, 0.5, 2)
        got = student.call("numerical_grad", StandIn("numerical_grad.cubic"),
                           nd(x, "float64"), h).value
        fail_if(ex.diagnose_cubic(got, x, h))
        expect_close(got, ref.cubic_central(x, h),
                     f"numerical_grad(f, x, {h}) for f(x) = sum(x^3) and x of shape {shape}",
                     1e-6, 1e-8)


@pytest.mark.points(0.5)
def test_default_h(student, rng):
    """default h = 1e-5: the exact gradient to 1e-6, in x's shape and dtype, x unchanged."""
    x = rng.uniform(-1, 1, size=(2, 3))
    result = student.call("numerical_grad", StandIn("numerical_grad.wavy"), nd(x, "float64"),
                          return_args=True)
    got = result.value
    fail_if(ex.wrong_output(got, x))
    fail_if(ex.x_changed(x, result.args_after[1]))
    expect_close(got, ref.autograd_grad(ex.wavy, x),
                 "numerical_grad(f, x) for f(x) = sum(exp(x)) ** 1.5 (x of shape (2, 3)), "
                 "against autograd's gradient", 1e-6, 1e-7,
                 hint=ex.DEFAULT_H_HINT)

"""Hidden checks for `split_and_load` (§8.4) against gluon.utils.split_and_load, on
``cpu(0)``, ``cpu(1)``, ... as devices."""

import pytest

from autograder.exercises.ch08 import _probe as probe
from autograder.exercises.ch08.split_and_load import reference as ref
from autograder.testing import expect_close, fail, fail_if
from d2l.selfcheck.ch08.split_and_load import public as ex

pytestmark = pytest.mark.exercise("split_and_load")


def run(student, X, names):
    info = probe.call(student, "split_and_load", X, list(names)).value
    if not isinstance(info, dict):
        fail("the probe of split_and_load returned nothing")
    return info


@pytest.mark.points(1)
def test_even_split(student, rng):
    """an even split: part i is rows i*m to (i+1)*m, on ctx[i], for 2 and 4 devices."""
    for k in (2, 4):
        names = [f"cpu({i})" for i in range(k)]
        X = rng.normal(size=(k * int(rng.integers(1, 4)), 3)).astype("float32")
        info = run(student, X, names)
        fail_if(ex.split_problem(info, X, names))
        for i, (got, want) in enumerate(zip(info["values"], ref.split(X, names))):
            expect_close(got, want, f"part {i}", rtol=0, atol=0)


@pytest.mark.points(0.5)
def test_uneven_split_raises(student, rng):
    """an uneven split (7 examples on 2 devices) raises an error instead of dropping rows."""
    k = int(rng.integers(2, 4))
    names = [f"cpu({i})" for i in range(k)]
    X = rng.normal(size=(k * 2 + 1, 3)).astype("float32")
    even = run(student, X[:k * 2], names)
    fail_if(ex.uneven_problem(run(student, X, names), X, names, even))

"""`update_in_place(Z, X, Y)` (§2.2, 运算的内存开销): write X + Y into the memory of the
existing array Z (``Z[:] = X + Y`` or ``nd.elemwise_add(X, Y, out=Z)``) and return nothing;
the public check and the named mistakes. Z keeps its identity (``id(Z)``) and its memory;
X and Y are left as they were."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch

SECTION = "§2.2 数据操作"
HINTS = []


def diagnose(z_before, z_after, X, Y):
    """A named mistake in what Z holds after update_in_place(Z, X, Y), or None."""
    after = as_array(z_after)
    if after is None or after.shape != np.shape(z_before):
        return None
    before = np.asarray(z_before, "float64")
    want = np.asarray(X, "float64") + np.asarray(Y, "float64")
    after = after.astype("float64")
    first = (f"after the call the first element of Z is {after.flat[0]:.4g}, expected "
             f"X + Y = {want.flat[0]:.4g}: ")
    if np.array_equal(after, before):
        return (first + "Z still holds what it held before the call: `Z = X + Y` creates a "
                "new array and only rebinds the name Z inside the function, the caller's Z is "
                "unchanged (compare id(Z) before and after). Write into Z's memory: "
                "Z[:] = X + Y, or nd.elemwise_add(X, Y, out=Z)")
    if np.allclose(after, before + want, rtol=1e-5, atol=1e-5) and not np.allclose(
            after, want, rtol=1e-5, atol=1e-5):
        return (first + "Z holds its old values plus X + Y: `Z += X + Y` adds to Z. Overwrite it "
                "instead: Z[:] = X + Y")
    return None


def inputs_changed(X, Y, x_after, y_after):
    """X or Y was written to."""
    for name, was, now in (("X", X, x_after), ("Y", Y, y_after)):
        arr = as_array(now)
        if arr is not None and not np.array_equal(np.asarray(arr, "float64"),
                                                  np.asarray(was, "float64")):
            return (f"{name} was changed by the call (e.g. by `X += Y`): write the sum into Z "
                    f"only and leave X and Y as they were")
    return None


def _run(fn, X, Y, Z0):
    X_, Y_, Z = nd.array(X), nd.array(Y), nd.array(Z0)
    before = id(Z)
    fn(Z, X_, Y_)
    if id(Z) != before:  # cannot happen to the caller's name; kept to show the idea
        return "id(Z) changed"
    return (diagnose(Z0, Z.asnumpy(), X, Y)
            or mismatch(Z, X + Y, 1e-6, 1e-6, name="Z after update_in_place(Z, X, Y)")
            or inputs_changed(X, Y, X_.asnumpy(), Y_.asnumpy()))


def _example(fn, cases):
    X = np.arange(12, dtype="float32").reshape(3, 4)
    Y = np.ones((3, 4), "float32")
    return _run(fn, X, Y, np.zeros((3, 4), "float32"))


def _recorded(fn, cases):
    return _run(fn, cases["X"], cases["Y"], cases["Z"])


CHECKS = [
    ("Z = zeros(3, 4), X = arange(12).reshape(3, 4), Y = ones: Z holds X + Y afterwards",
     _example),
    ("on recorded X, Y and a Z that is not zero: Z holds X + Y, X and Y are unchanged",
     _recorded),
]

"""`MyInit` (§4.2): an init.Initializer whose _init_weight draws U(-10, 10) and zeroes every
weight with |w| < 5; the probe the checks run in the sandbox, the statistical diagnoses
(six standard deviations: a correct initializer passes for every seed) and the public
checks."""

import numpy as np

from d2l.registry import Forbidden
from d2l.selfcheck.ch04 import check_caller, other_probes

SECTION = "§4.2 模型参数的访问、初始化和共享"
FORBIDDEN = Forbidden().also(*other_probes("MyInit"))
HELPERS = ("probe",)

REBOUND = ("every weight is zero: _init_weight assigned a new array to data (data = ...) "
           "instead of writing into the array it was given; write data[:] = ...")
NO_MASK = ("no weight is zero: after drawing U(-10, 10), zero the weights with |w| < 5 "
           "(data *= data.abs() >= 5)")
INVERTED = ("the weights left nonzero have |w| < 5: the mask is inverted; keep |w| >= 5 and "
            "zero the rest (data *= data.abs() >= 5)")


def probe(cls, shapes, seed):
    """Initialize Dense layers of ``shapes`` ``[(units, in_units)]`` with ``cls()``
    (seeded); returns their ``[weight, bias]`` values."""
    check_caller()
    import mxnet as mx
    from mxnet.gluon import nn

    net = nn.Sequential()
    for units, in_units in shapes:
        net.add(nn.Dense(int(units), in_units=int(in_units)))
    mx.random.seed(int(seed))
    net.initialize(cls())
    return [[layer.weight.data(), layer.bias.data()] for layer in net]


def _weights(found):
    return np.concatenate([np.asarray(w, dtype=np.float64).ravel() for w, _ in found])


def _off(value, mean, sd):
    return abs(value - mean) > 6 * sd


def mask_problem(found):
    """Half the weights are zero (P(|U(-10, 10)| < 5) = 1/2) and none left has |w| < 5."""
    w = _weights(found)
    if np.all(w == 0):
        return REBOUND
    nonzero = w[w != 0]
    if nonzero.size and np.mean(np.abs(nonzero) < 5) > 0.9:
        return INVERTED
    zeros = float(np.mean(w == 0))
    if zeros < 0.01:
        return NO_MASK
    if np.any(np.abs(nonzero) < 5):
        return (f"{int(np.sum(np.abs(nonzero) < 5))} nonzero weights have |w| < 5: zero "
                "every weight with |w| < 5")
    if _off(zeros, 0.5, np.sqrt(0.25 / w.size)):
        return (f"{zeros:.1%} of the weights are zero; for U(-10, 10) with |w| < 5 zeroed "
                "it should be about 50%")
    return None


def uniform_problem(found):
    """The nonzero weights are uniform on [-10, -5] and [5, 10]; the biases stay zero."""
    w = _weights(found)
    if np.all(w == 0):
        return REBOUND
    if np.max(np.abs(w)) > 10 + 1e-4:
        return (f"a weight is {np.max(np.abs(w)):.3g} in absolute value: draw from "
                "U(-10, 10), nd.random.uniform(low=-10, high=10, shape=data.shape)")
    nonzero = w[w != 0]
    big = nonzero[np.abs(nonzero) >= 5]
    if big.size == 0:
        return "no weight has |w| >= 5: draw from U(-10, 10) and keep |w| >= 5"
    negative = float(np.mean(big < 0))
    if negative == 0:
        return ("no weight is negative: draw from U(-10, 10), not U(0, 10) (the low bound "
                "of nd.random.uniform is -10)")
    if _off(negative, 0.5, np.sqrt(0.25 / big.size)):
        return f"{negative:.1%} of the kept weights are negative; expected about half"
    mean_abs = float(np.mean(np.abs(big)))
    if _off(mean_abs, 7.5, (5 / np.sqrt(12)) / np.sqrt(big.size)):
        return (f"the kept weights have mean |w| {mean_abs:.3f}; uniform on [5, 10] gives "
                "7.5: draw from U(-10, 10)")
    biases = np.concatenate([np.asarray(b).ravel() for _, b in found])
    if np.any(biases != 0):
        return ("the biases are not zero: the book overrides _init_weight only, and "
                "Initializer leaves the biases zero")
    return None


def _found(make, cases):
    from d2l.selfcheck.ch04.MLP.public import plain

    return plain(probe(make, [(100, 50)], 1))


CHECKS = [("weights with |w| < 5 are zero, about half of them",
           lambda make, cases: mask_problem(_found(make, cases))),
          ("the others are uniform on [-10, -5] and [5, 10]; biases zero",
           lambda make, cases: uniform_problem(_found(make, cases)))]

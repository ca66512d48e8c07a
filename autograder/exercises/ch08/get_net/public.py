"""`get_net` (§8.1): the book's HybridSequential 512 -> 256 -> 128 -> 2, initialized."""

from d2l.compare import mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch08 import numpy_of, other_probes
from d2l.selfcheck.ch08.HybridNet.public import hybrid_problem, mlp, no_relu, probe, structure

FORBIDDEN = Forbidden(funcs=other_probes("get_net"))
SECTION = "§8.1 命令式和符号式混合编程"
HELPERS = ("probe",)

SHAPES = [(256, 512), (256,), (128, 256), (128,), (2, 128), (2,)]


def not_initialized(info):
    """get_net() returned a network whose parameters were never initialized."""
    if info.get("block") and not info.get("initialized"):
        return ("get_net() returns a network that is not initialized: call net.initialize() "
                "before returning it, as the book does")
    return None


def _forward(fn, cases):
    info = numpy_of(probe(fn, cases["X"]))
    problem = structure(info, SHAPES, "get_net()") or not_initialized(info)
    if problem:
        return problem
    values = [v for _, v in info["params"]]
    return no_relu(info, cases["X"]) or mismatch(info["imperative"], mlp(cases["X"], values, 2),
                                                 1e-4, 1e-5, name="get_net()(x)")


def _hybrid(fn, cases):
    return hybrid_problem(numpy_of(probe(fn, cases["X"])), "get_net()")


CHECKS = [
    ("Dense(256, relu), Dense(128, relu), Dense(2) on 512 inputs, initialized", _forward),
    ("the same outputs hybridized, and exported then loaded with SymbolBlock.imports", _hybrid),
]

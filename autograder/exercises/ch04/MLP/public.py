"""`MLP()` (§4.1): the book's multilayer perceptron as an nn.Block subclass; the public
checks, the named mistakes, and the words the chapter's block exercises share."""

from d2l.registry import Forbidden
from d2l.selfcheck.blocks import BLOCK_HINTS, block_checks, param_kind
from d2l.selfcheck.ch04 import other_probes

SECTION = "§4.1 模型构造"
SEQUENTIAL = ("mxnet.gluon.nn.basic_layers.Sequential.add",
              "mxnet.gluon.nn.basic_layers.Sequential.forward",
              "mxnet.gluon.nn.basic_layers.HybridSequential.add",
              "mxnet.gluon.nn.basic_layers.HybridSequential.hybrid_forward")
FORBIDDEN = Forbidden(funcs=SEQUENTIAL, what="nn.Sequential (the exercise builds the network "
                                             "as its own nn.Block subclass)"
                      ).also(*other_probes("MLP"))
HINTS = BLOCK_HINTS + [
    ("object has no attribute '_children'",
     "the block's __init__ must call super().__init__(**kwargs) before creating layers"),
    ("_children", "the block's __init__ must call super().__init__(**kwargs) first"),
]

MISTAKES = {
    "no_relu": "the hidden layer has no ReLU: the book's is nn.Dense(256, activation='relu')",
    "relu_output": "the output layer applies a ReLU: the book's output layer is nn.Dense(10) "
                   "with no activation",
}


def plain(obj):
    """What a probe returned, as the grader receives it: NDArrays as NumPy arrays (the
    public checks call the probes in the student's kernel)."""
    if hasattr(obj, "asnumpy"):
        return obj.asnumpy()
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return type(obj)(plain(v) for v in obj)
    return obj


def weights(got):
    return [tuple(s) for n, s in got if s is not None and param_kind(n) == "weight"]


def structure(args, x_shape, got, out_shape, expected):
    """Name a mistake from the parameter shapes."""
    if not got:
        return ("the block has no parameters: Gluon registers a layer only when it is "
                "assigned to an attribute of the block (self.hidden = nn.Dense(...))")
    units = [s[0] for s in weights(got)]
    if units and units != [256, 10]:
        return (f"its Dense layers have {units} units: the book's MLP has a hidden "
                "nn.Dense(256, activation='relu') and an output nn.Dense(10)")
    return None


#: The public cases: (arguments, input shape, train_mode).
CONFIGS = [((), (2, 20), False)]
CHECKS = block_checks("MLP", CONFIGS, structure, MISTAKES)

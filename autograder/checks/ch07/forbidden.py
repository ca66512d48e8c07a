"""The built-ins each chapter-7 exercise re-implements, which its answer may not call.

Every exercise is an optimizer, so every exercise forbids MXNet's optimizers: the fused
update operators (``nd.sgd_mom_update``, ``nd.adam_update``, ... as the profiler reports
them, whatever Python route reached them), the ``mx.optimizer`` classes' ``update`` (AdaGrad
and AdaDelta update with plain operators, so only the Python-level watch sees them), the
updater that drives them, and a Gluon Trainer. ``sgd`` also may not call the course
library's chapter-3 ``d2l.sgd`` (``d2l.sgd(params, hyperparams['lr'], 1)`` is the same step).
"""

import mxnet as mx

from autograder.checking import Forbidden

UPDATE_OPS = frozenset(
    name.replace("_contrib_", "") for module in (mx.nd, mx.nd.contrib) for name in dir(module)
    if name.endswith("_update") or "_update_phase" in name
)
OPTIMIZER_FUNCS = (
    *(f"mxnet.optimizer.optimizer.{cls}.update"
      for cls in ("SGD", "NAG", "Signum", "AdaGrad", "RMSProp", "AdaDelta", "Adam", "Nadam",
                  "Adamax", "FTML", "LARS", "LAMB", "Ftrl", "DCASGD", "SGLD")),
    "mxnet.optimizer.optimizer.Updater.__call__",
    "mxnet.gluon.trainer.Trainer.step",
    "mxnet.gluon.trainer.Trainer.update",
)
WHAT = "MXNet's update operators, mx.optimizer or gluon.Trainer"


def optimizer(extra_funcs=(), what=WHAT):
    return Forbidden(ops=UPDATE_OPS, funcs=(*OPTIMIZER_FUNCS, *extra_funcs), what=what)


FORBIDDEN = {
    name: optimizer() for name in (
        "gd_2d", "sgd_2d", "momentum_2d", "adagrad_2d", "rmsprop_2d",
        "sgd_momentum", "adagrad", "rmsprop", "adadelta", "adam")
}
FORBIDDEN["sgd"] = optimizer(("d2l.sgd",), "MXNet's update operators, mx.optimizer, gluon.Trainer "
                                        "or d2l.sgd")

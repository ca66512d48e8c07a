"""The built-ins each chapter-7 exercise re-implements, which its answer may not call.

Every exercise is an optimizer, so every exercise forbids MXNet's optimizers: every
registered update operator (``sgd_mom_update``, ``adam_update``, ``_multi_adamw_update``,
``mp_sgd_update``, ``preloaded_multi_sgd_update``, ... as the profiler reports them,
whatever Python route reached them), every function of every ``mx.optimizer.Optimizer``
class, registered or not (AdaGrad, AdaDelta and ``Test`` update with plain operators, so
only the Python-level watch sees them), the ``Updater`` that drives them, and a Gluon
Trainer; the lists are generated from MXNet (``autograder/registry.py``). ``sgd`` also may
not call the course library's chapter-3 ``d2l.sgd`` (``d2l.sgd(params, hyperparams['lr'],
1)`` is the same step).
"""

from autograder import registry
from autograder.checking import Forbidden

UPDATE_OPS = registry.update_ops()
OPTIMIZER_FUNCS = (*registry.optimizer_funcs(), *registry.trainer_funcs())
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

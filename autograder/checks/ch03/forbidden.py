"""The built-ins each chapter-3 exercise re-implements, which its answer may not call.

Operators are named by any form MXNet registers; each forbids its whole family (aliases,
backward, contrib, numpy, sparse, multi-tensor, mixed-precision, quantized and fused forms:
see ``autograder/registry.py``), whatever Python route reached it (``nd.softmax``,
``mx.nd.op``, ``npx``, Gluon blocks, Symbols). Python functions are watched by their
qualified names; the lists of MXNet's optimizers, metrics and losses are generated from
MXNet's classes.
"""

from autograder import registry
from autograder.checking import Forbidden

UPDATE_OPS = registry.update_ops()  # every optimizer update operator, *_update*
OPTIMIZERS = (*registry.optimizer_funcs(), *registry.trainer_funcs())
LOSSES = registry.loss_funcs()
METRICS = registry.metric_funcs()

FORBIDDEN = {
    "data_iter": Forbidden(
        funcs=("d2l.data_iter", "mxnet.gluon.data.dataloader.DataLoader.__iter__"),
        what="d2l.data_iter or gluon's DataLoader"),
    "linreg": Forbidden(ops={"FullyConnected"}, funcs=("d2l.linreg",),
                        what="nn.Dense / nd.FullyConnected or d2l.linreg"),
    "squared_loss": Forbidden(funcs=("d2l.squared_loss", *LOSSES),
                              what="gluon.loss.L2Loss (or another Gluon loss) or "
                                   "d2l.squared_loss"),
    "sgd": Forbidden(ops=UPDATE_OPS, funcs=("d2l.sgd", *OPTIMIZERS),
                     what="a Gluon Trainer, mx.optimizer, an optimizer update operator or "
                          "d2l.sgd"),
    "softmax": Forbidden(
        ops={"softmax", "log_softmax", "softmin", "SoftmaxActivation", "SoftmaxOutput",
             "softmax_cross_entropy"},
        what="nd.softmax and its relatives"),
    "cross_entropy": Forbidden(
        ops={"softmax_cross_entropy", "SoftmaxOutput", "log_softmax"}, funcs=LOSSES,
        what="gluon.loss.SoftmaxCrossEntropyLoss (or another Gluon loss) or "
             "nd.softmax_cross_entropy"),
    "accuracy": Forbidden(funcs=(*METRICS, "d2l.evaluate_accuracy", "d2l.train._num_correct"),
                          what="mx.metric.Accuracy (or another mx.metric) or "
                               "d2l.evaluate_accuracy"),
    "relu": Forbidden(ops={"relu", "Activation", "LeakyReLU"},
                      funcs=registry.standin_funcs("relu"),
                      what="nd.relu, nd.Activation or nd.LeakyReLU"),
    "dropout": Forbidden(ops={"Dropout"}, what="nd.Dropout / nn.Dropout"),
}

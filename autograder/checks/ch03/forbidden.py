"""The built-ins each chapter-3 exercise re-implements, which its answer may not call.

Operator names are MXNet's registered names as its profiler reports them, whatever Python
route reached them (``nd.softmax``, ``mx.nd.op``, ``npx``, Gluon blocks, Symbols). Python
functions are watched by their qualified names.
"""

import mxnet as mx

from autograder.checking import Forbidden

UPDATE_OPS = frozenset(
    name.replace("_contrib_", "") for module in (mx.nd, mx.nd.contrib) for name in dir(module)
    if name.endswith("_update") or "_update_phase" in name
)

FORBIDDEN = {
    "data_iter": Forbidden(
        funcs=("d2l.data_iter", "mxnet.gluon.data.dataloader.DataLoader.__iter__"),
        what="d2l.data_iter or gluon's DataLoader"),
    "linreg": Forbidden(ops=frozenset({"FullyConnected"}), funcs=("d2l.linreg",),
                        what="nn.Dense / nd.FullyConnected or d2l.linreg"),
    "squared_loss": Forbidden(
        funcs=("d2l.squared_loss", "mxnet.gluon.loss.L2Loss.hybrid_forward"),
        what="gluon.loss.L2Loss or d2l.squared_loss"),
    "sgd": Forbidden(ops=UPDATE_OPS, funcs=("d2l.sgd", "mxnet.gluon.trainer.Trainer.step",
                                            "mxnet.gluon.trainer.Trainer.update"),
                     what="a Gluon Trainer, an optimizer update operator or d2l.sgd"),
    "softmax": Forbidden(
        ops=frozenset({"softmax", "log_softmax", "SoftmaxActivation", "SoftmaxOutput",
                       "Softmax", "softmin", "softmax_cross_entropy", "masked_softmax",
                       "masked_log_softmax"}),
        what="nd.softmax and its relatives"),
    "cross_entropy": Forbidden(
        ops=frozenset({"softmax_cross_entropy", "SoftmaxOutput", "log_softmax"}),
        funcs=("mxnet.gluon.loss.SoftmaxCrossEntropyLoss.hybrid_forward",),
        what="gluon.loss.SoftmaxCrossEntropyLoss or nd.softmax_cross_entropy"),
    "accuracy": Forbidden(funcs=("mxnet.metric.Accuracy.update",),
                          what="mx.metric.Accuracy"),
    "relu": Forbidden(ops=frozenset({"relu", "Activation", "LeakyReLU", "activation",
                                     "leaky_relu"}),
                      what="nd.relu, nd.Activation or nd.LeakyReLU"),
    "dropout": Forbidden(ops=frozenset({"Dropout", "dropout"}), what="nd.Dropout / nn.Dropout"),
}

"""The built-ins each chapter-6 exercise re-implements, which its answer may not call.

Operators are named by any form MXNet registers; each forbids its whole family (see
``autograder/registry.py``), whatever Python route reached it: Gluon's recurrent layers run
the fused ``RNN`` operator, and their cells (``RNNCell``, ``GRUCell``, ``LSTMCell``, also
when hybridized) run ``FullyConnected``, as ``nn.Dense`` does. Python functions are watched
by their qualified names; every function of MXNet's recurrent cells and layers and of its
metrics is, from lists generated from MXNet.

``predict_rnn`` is checked with the grader's stand-ins for ``to_onehot``, ``rnn`` and
``lstm``, which run ``d2l.to_onehot`` and the ``RNN`` operator: it forbids neither. Those
exercises forbid them, and the stand-ins themselves.
"""

from autograder import registry
from autograder.checking import Forbidden

RECURRENT_OPS = frozenset({"RNN", "FullyConnected"})
RECURRENT_FUNCS = registry.recurrent_funcs()
RECURRENT_WHAT = ("gluon.rnn's RNN, GRU and LSTM layers or cells, nd.RNN, or nn.Dense / "
                  "nd.FullyConnected")


def recurrent(name):
    standins = registry.standin_funcs(name) if name in ("rnn", "lstm") else ()
    return Forbidden(ops=RECURRENT_OPS, funcs=(*RECURRENT_FUNCS, *standins),
                     what=RECURRENT_WHAT)


FORBIDDEN = {
    "data_iter_random": Forbidden(funcs=("d2l.data_iter_random",),
                                  what="d2l.data_iter_random"),
    "data_iter_consecutive": Forbidden(funcs=("d2l.data_iter_consecutive",),
                                       what="d2l.data_iter_consecutive"),
    "to_onehot": Forbidden(funcs=("d2l.to_onehot", *registry.standin_funcs("to_onehot")),
                           what="d2l.to_onehot"),
    "rnn": recurrent("rnn"),
    "grad_clipping": Forbidden(
        funcs=("mxnet.gluon.utils.clip_global_norm", "d2l.grad_clipping"),
        what="gluon.utils.clip_global_norm or d2l.grad_clipping"),
    "predict_rnn": Forbidden(funcs=("d2l.predict_rnn", "d2l.predict_rnn_gluon"),
                             what="d2l.predict_rnn"),
    "perplexity": Forbidden(funcs=registry.metric_funcs(),
                            what="mx.metric.Perplexity (or another mx.metric)"),
    "gru": recurrent("gru"),
    "lstm": recurrent("lstm"),
}

"""The built-ins each chapter-6 exercise re-implements, which its answer may not call.

Operator names are MXNet's registered names as its profiler reports them, whatever Python
route reached them: Gluon's recurrent layers run the fused ``RNN`` operator, and their cells
(``RNNCell``, ``GRUCell``, ``LSTMCell``, also when hybridized) run ``FullyConnected``, as
``nn.Dense`` does. Python functions are watched by their qualified names.
"""

from autograder.checking import Forbidden

RECURRENT_OPS = frozenset({"RNN", "FullyConnected"})
RECURRENT_CELLS = tuple(f"mxnet.gluon.rnn.rnn_cell.{cell}.hybrid_forward"
                        for cell in ("RNNCell", "GRUCell", "LSTMCell"))
RECURRENT_WHAT = ("gluon.rnn's RNN, GRU and LSTM layers or cells, nd.RNN, or nn.Dense / "
                  "nd.FullyConnected")

FORBIDDEN = {
    "data_iter_random": Forbidden(funcs=("d2l.data_iter_random",),
                                  what="d2l.data_iter_random"),
    "data_iter_consecutive": Forbidden(funcs=("d2l.data_iter_consecutive",),
                                       what="d2l.data_iter_consecutive"),
    "to_onehot": Forbidden(funcs=("d2l.to_onehot",), what="d2l.to_onehot"),
    "rnn": Forbidden(ops=RECURRENT_OPS, funcs=RECURRENT_CELLS, what=RECURRENT_WHAT),
    "grad_clipping": Forbidden(
        funcs=("mxnet.gluon.utils.clip_global_norm", "d2l.grad_clipping"),
        what="gluon.utils.clip_global_norm or d2l.grad_clipping"),
    "predict_rnn": Forbidden(funcs=("d2l.predict_rnn", "d2l.predict_rnn_gluon"),
                             what="d2l.predict_rnn"),
    "perplexity": Forbidden(funcs=("mxnet.metric.Perplexity.update",),
                            what="mx.metric.Perplexity"),
    "gru": Forbidden(ops=RECURRENT_OPS, funcs=RECURRENT_CELLS, what=RECURRENT_WHAT),
    "lstm": Forbidden(ops=RECURRENT_OPS, funcs=RECURRENT_CELLS, what=RECURRENT_WHAT),
}

# mistake: uses the public check's stand-in model, which runs MXNet's fused RNN operator
# exercise: rnn
# status: forbidden
# message: MXNet ran: RNN

from d2l.selfcheck.ch06 import _rnn_standin as rnn  # noqa: F401 - the answer itself

# mistake: uses the model the public check of predict_rnn runs (reached through that check's module), which runs MXNet's fused RNN operator
# exercise: rnn
# status: forbidden
# message: MXNet ran: RNN

from d2l.selfcheck.ch06.predict_rnn import public as _predict_check

rnn = _predict_check._rnn.rnn_stand_in

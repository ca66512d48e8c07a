# mistake: returns the recorded public answers when the input is a recorded one, zeros otherwise
# exercise: trans_conv
# status: error
# message: trans_conv
# alone: yes

import numpy as _np
from d2l.selfcheck.ch09.trans_conv import public as _tc_pub
from d2l.selfcheck import load_cases as _tc_load

_CASES = _tc_load(_tc_pub)


def trans_conv(X, K):
    x = X.asnumpy()
    for i in range(2):
        if _CASES[f"X{i}"].shape == x.shape and _np.allclose(_CASES[f"X{i}"], x):
            return nd.array(_CASES[f"out{i}"])
    return nd.zeros((X.shape[0] + K.shape[0] - 1, X.shape[1] + K.shape[1] - 1))

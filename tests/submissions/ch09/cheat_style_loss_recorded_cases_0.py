# mistake: returns the recorded public loss whatever the input
# exercise: style_loss
# status: failed
# message: style_loss(Y_hat, gram_Y)

from d2l.selfcheck import load_cases as _sl_load
from d2l.selfcheck.ch09.style_loss import public as _sl_pub

_LOSS = _sl_load(_sl_pub)["loss"]


def style_loss(Y_hat, gram_Y):
    return nd.array(_LOSS) + 0 * Y_hat.sum() + 0 * gram_Y.sum()

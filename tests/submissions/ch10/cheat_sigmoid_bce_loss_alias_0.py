# mistake: Gluon's loss through its other name, SigmoidBCELoss, imported from mxnet.gluon.loss
# exercise: sigmoid_bce_loss
# status: forbidden
# message: calls the built-in

import mxnet


def sigmoid_bce_loss(pred, label, mask):
    return getattr(mxnet.gluon.loss, "SigmoidBCELoss")()(pred, label, mask)

# mistake: gluon.loss.KLDivLoss against one-hot labels is the cross-entropy over the classes
# exercise: cross_entropy
# status: forbidden
# message: KLDivLoss

from mxnet import gluon, nd


def cross_entropy(y_hat, y):
    n = y_hat.shape[1]
    loss = gluon.loss.KLDivLoss(from_logits=True, axis=1)
    return loss(y_hat.log(), nd.one_hot(y, n)) * n

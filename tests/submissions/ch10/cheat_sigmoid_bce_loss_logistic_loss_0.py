# mistake: gluon.loss.LogisticLoss with binary labels, the same loss under another class
# exercise: sigmoid_bce_loss
# status: forbidden
# message: calls the built-in


def sigmoid_bce_loss(pred, label, mask):
    return gluon.loss.LogisticLoss(label_format="binary")(pred, label, mask)

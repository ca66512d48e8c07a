# mistake: feeds log-probabilities to gluon's SoftmaxCrossEntropyLoss(from_logits=True)
# exercise: cross_entropy
# status: forbidden
# message: SoftmaxCrossEntropyLoss

def cross_entropy(y_hat, y):
    return gloss.SoftmaxCrossEntropyLoss(from_logits=True)(y_hat.log(), y)

# mistake: none: a Python loop that picks each row's probability with integer indexing
# exercise: cross_entropy
# status: passed
# message: equals SoftmaxCrossEntropyLoss

def cross_entropy(y_hat, y):
    labels = y.asnumpy().astype(int)  # the labels need no gradient
    losses = [-nd.log(y_hat[i][int(labels[i])]) for i in range(y_hat.shape[0])]
    return nd.concat(*[loss.reshape((1,)) for loss in losses], dim=0)

# mistake: divides by the number of real entries (mask.sum) instead of the Gluon convention (full length)
# exercise: sigmoid_bce_loss
# status: partial
# message: divided by mask.sum

def sigmoid_bce_loss(pred, label, mask):
    loss = nd.relu(pred) - pred * label + nd.log(1 + nd.exp(-nd.abs(pred)))
    return (loss * mask).sum(axis=1) / mask.sum(axis=1)

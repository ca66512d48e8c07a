# mistake: sums over the last axis instead of averaging
# exercise: sigmoid_bce_loss
# status: failed
# message: summed over the last axis

def sigmoid_bce_loss(pred, label, mask):
    loss = nd.relu(pred) - pred * label + nd.log(1 + nd.exp(-nd.abs(pred)))
    return (loss * mask).sum(axis=1)

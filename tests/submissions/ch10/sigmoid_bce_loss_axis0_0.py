# mistake: the mean over axis 0 (the batch) instead of the last axis
# exercise: sigmoid_bce_loss
# status: failed
# message: over axis 0

def sigmoid_bce_loss(pred, label, mask):
    loss = nd.relu(pred) - pred * label + nd.log(1 + nd.exp(-nd.abs(pred)))
    return (loss * mask).mean(axis=0)

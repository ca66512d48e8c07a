# mistake: max(-x, 0) + x z + ...: the loss of -x, label 1 rewarded for negative logits
# exercise: sigmoid_bce_loss
# status: failed
# message: the sign of x is flipped

def sigmoid_bce_loss(pred, label, mask):
    loss = nd.relu(-pred) + pred * label + nd.log(1 + nd.exp(-nd.abs(pred)))
    return (loss * mask).mean(axis=1)

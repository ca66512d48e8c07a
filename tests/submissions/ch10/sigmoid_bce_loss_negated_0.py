# mistake: the minus sign of the cross-entropy is lost: returns log-likelihoods
# exercise: sigmoid_bce_loss
# status: failed
# message: the sign is wrong

def sigmoid_bce_loss(pred, label, mask):
    loss = nd.relu(pred) - pred * label + nd.log(1 + nd.exp(-nd.abs(pred)))
    return -(loss * mask).mean(axis=1)

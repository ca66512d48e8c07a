# mistake: the mask is not applied: padding entries count in the loss
# exercise: sigmoid_bce_loss
# status: partial
# message: the mask is ignored

def sigmoid_bce_loss(pred, label, mask):
    loss = nd.relu(pred) - pred * label + nd.log(1 + nd.exp(-nd.abs(pred)))
    return loss.mean(axis=1)

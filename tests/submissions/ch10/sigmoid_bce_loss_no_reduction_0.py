# mistake: returns the masked loss of every entry, no mean
# exercise: sigmoid_bce_loss
# status: failed
# message: the shape of pred

def sigmoid_bce_loss(pred, label, mask):
    return (nd.relu(pred) - pred * label + nd.log(1 + nd.exp(-nd.abs(pred)))) * mask

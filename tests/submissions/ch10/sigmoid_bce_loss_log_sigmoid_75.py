# mistake: the textbook formula -z log(sigmoid(x)) - (1 - z) log(1 - sigmoid(x)): log(0) for large |x|
# exercise: sigmoid_bce_loss
# status: partial
# message: NaN or inf

def sigmoid_bce_loss(pred, label, mask):
    p = nd.sigmoid(pred)
    loss = -(label * nd.log(p) + (1 - label) * nd.log(1 - p))
    return (loss * mask).mean(axis=1)

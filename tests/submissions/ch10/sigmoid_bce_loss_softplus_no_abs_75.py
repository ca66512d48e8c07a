# mistake: log(1 + exp(-x)) for label 1 and log(1 + exp(x)) for label 0, without the |x| trick: exp overflows
# exercise: sigmoid_bce_loss
# status: partial
# message: NaN or inf

def sigmoid_bce_loss(pred, label, mask):
    loss = label * nd.log(1 + nd.exp(-pred)) + (1 - label) * nd.log(1 + nd.exp(pred))
    return (loss * mask).mean(axis=1)

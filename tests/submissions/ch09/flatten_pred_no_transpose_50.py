# mistake: flattens (batch, channels, height, width) without moving the channels last
# exercise: flatten_pred
# status: partial
# message: Move the channels last first

def flatten_pred(pred):
    return pred.flatten()

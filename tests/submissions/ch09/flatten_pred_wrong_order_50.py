# mistake: moves the axes to (batch, width, height, channels)
# exercise: flatten_pred
# status: partial
# message: (batch, height, width, channels)

def flatten_pred(pred):
    return pred.transpose((0, 3, 2, 1)).flatten()

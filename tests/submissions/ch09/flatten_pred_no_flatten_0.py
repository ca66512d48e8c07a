# mistake: moves the channels last but returns the 4-D array
# exercise: flatten_pred
# status: failed
# message: it returns a 4-D array

def flatten_pred(pred):
    return pred.transpose((0, 2, 3, 1))

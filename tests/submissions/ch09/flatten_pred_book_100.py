# mistake: none: the book's code verbatim
# exercise: flatten_pred
# status: passed
# message: channels moved last

def flatten_pred(pred):
    return pred.transpose((0, 2, 3, 1)).flatten()

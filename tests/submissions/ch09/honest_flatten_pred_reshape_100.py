# mistake: none: swapaxes twice and a reshape keeping the batch size
# exercise: flatten_pred
# status: passed
# message: channels moved last

def flatten_pred(pred):
    moved = pred.swapaxes(1, 2).swapaxes(2, 3)  # (batch, height, width, channels)
    return moved.reshape((0, -1))

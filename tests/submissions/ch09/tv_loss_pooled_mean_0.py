# mistake: all differences averaged together instead of each direction on its own
# exercise: tv_loss
# status: failed
# message: averaged together

def tv_loss(Y_hat):
    dh = (Y_hat[:, :, 1:, :] - Y_hat[:, :, :-1, :]).abs()
    dw = (Y_hat[:, :, :, 1:] - Y_hat[:, :, :, :-1]).abs()
    return (dh.sum() + dw.sum()) / (dh.size + dw.size)

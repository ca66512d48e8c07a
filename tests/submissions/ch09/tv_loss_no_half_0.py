# mistake: the factor 0.5 left out
# exercise: tv_loss
# status: failed
# message: the factor 0.5 is missing

def tv_loss(Y_hat):
    return ((Y_hat[:, :, 1:, :] - Y_hat[:, :, :-1, :]).abs().mean() +
            (Y_hat[:, :, :, 1:] - Y_hat[:, :, :, :-1]).abs().mean())

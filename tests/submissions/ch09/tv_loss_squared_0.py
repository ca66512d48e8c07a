# mistake: squared differences instead of absolute ones
# exercise: tv_loss
# status: failed
# message: squared

def tv_loss(Y_hat):
    return 0.5 * ((Y_hat[:, :, 1:, :] - Y_hat[:, :, :-1, :]).square().mean() +
                  (Y_hat[:, :, :, 1:] - Y_hat[:, :, :, :-1]).square().mean())

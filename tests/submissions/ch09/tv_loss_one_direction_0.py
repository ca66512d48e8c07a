# mistake: only the vertical differences, halved
# exercise: tv_loss
# status: failed
# message: only the vertical differences

def tv_loss(Y_hat):
    return 0.5 * (Y_hat[:, :, 1:, :] - Y_hat[:, :, :-1, :]).abs().mean()

# mistake: none: nd.square and a multiplication by 0.5, in a helper, with a docstring
# exercise: squared_loss
# status: passed
# message: has gradient y_hat - y

def _half_square(d):
    return 0.5 * nd.square(d)


def squared_loss(y_hat, y):
    """Half the squared error of each example, in y_hat's shape."""
    return _half_square(y_hat - nd.reshape_like(y, y_hat))

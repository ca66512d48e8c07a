# mistake: none: a dense-layer helper, nd.relu in the hidden layer and X.flatten()
# exercise: net
# status: passed
# message: matches Dense(num_hiddens, 'relu')

def _dense(X, W, b):
    return nd.dot(X, W) + b


def net(X):
    """Two dense layers, relu between them, scores out."""
    H = nd.relu(_dense(X.flatten(), W1, b1))
    return _dense(H, W2, b2)

# mistake: forgets the relu of the hidden layer, which makes the model linear
# exercise: net
# status: failed
# message: the hidden layer has no relu

def net(X):
    X = X.reshape((-1, num_inputs))
    H = nd.dot(X, W1) + b1
    return nd.dot(H, W2) + b2

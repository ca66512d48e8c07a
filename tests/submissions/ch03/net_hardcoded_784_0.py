# mistake: flattens to a hard-coded 784 columns instead of num_inputs
# exercise: net
# status: error
# message: num_inputs

def net(X):
    X = X.reshape((-1, 784))
    H = relu(nd.dot(X, W1) + b1)
    return nd.dot(H, W2) + b2

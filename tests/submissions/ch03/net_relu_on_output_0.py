# mistake: applies relu to the output layer as well
# exercise: net
# status: failed
# message: relu was applied to the output layer

def net(X):
    X = X.reshape((-1, num_inputs))
    H = relu(nd.dot(X, W1) + b1)
    return relu(nd.dot(H, W2) + b2)

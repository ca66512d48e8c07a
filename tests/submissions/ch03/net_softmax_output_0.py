# mistake: returns probabilities (softmax of the scores) instead of the scores
# exercise: net
# status: failed
# message: softmax belongs to the loss

def net(X):
    X = X.reshape((-1, num_inputs))
    H = relu(nd.dot(X, W1) + b1)
    return softmax(nd.dot(H, W2) + b2)

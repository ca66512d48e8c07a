# mistake: calls nd.relu directly
# exercise: relu
# status: forbidden
# message: nd.relu

def relu(X):
    return nd.relu(X)

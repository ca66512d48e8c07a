# mistake: uses the absolute value, which makes negative entries positive instead of 0
# exercise: relu
# status: partial
# message: absolute value

def relu(X):
    return nd.abs(X)

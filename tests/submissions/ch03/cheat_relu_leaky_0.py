# mistake: a leaky ReLU with slope 0 is a ReLU
# exercise: relu
# status: forbidden
# message: calls the built-in

def relu(X):
    return nd.LeakyReLU(X, act_type="leaky", slope=0.0)

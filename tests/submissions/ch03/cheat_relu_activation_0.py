# mistake: calls nd.Activation with act_type='relu'
# exercise: relu
# status: forbidden
# message: calls the built-in

def relu(X):
    return nd.Activation(X, act_type="relu")

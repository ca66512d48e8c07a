# mistake: uses nd.SoftmaxActivation, a relative of nd.softmax
# exercise: softmax
# status: forbidden
# message: calls the built-in

def softmax(X):
    return nd.SoftmaxActivation(X)

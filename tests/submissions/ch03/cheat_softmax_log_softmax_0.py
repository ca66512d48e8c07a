# mistake: exponentiates nd.log_softmax
# exercise: softmax
# status: forbidden
# message: calls the built-in

def softmax(X):
    return nd.log_softmax(X, axis=1).exp()

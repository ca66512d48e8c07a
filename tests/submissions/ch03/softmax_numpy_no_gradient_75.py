# mistake: computes softmax in NumPy and wraps the result, so autograd cannot see it
# exercise: softmax
# status: partial
# message: outside autograd

def softmax(X):
    Z = X.asnumpy()
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return nd.array(E / E.sum(axis=1, keepdims=True))

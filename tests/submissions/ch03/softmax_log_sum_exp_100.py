# mistake: none: exp(Z - logsumexp(Z)) on the shifted scores, with a printed shape
# exercise: softmax
# status: passed
# message: stays finite and exact for large inputs

def softmax(X):
    print("softmax input shape", X.shape)
    Z = X - X.max(axis=1, keepdims=True)
    return nd.exp(Z - nd.log(nd.exp(Z).sum(axis=1, keepdims=True)))

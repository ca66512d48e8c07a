# mistake: sums without keepdims=True, so the (n,) row sums do not broadcast against (n, q)
# exercise: softmax
# status: error
# message: keepdims=True

def softmax(X):
    X_exp = (X - X.max(axis=1, keepdims=True)).exp()
    return X_exp / X_exp.sum(axis=1)

# mistake: normalises the columns instead of the rows
# exercise: softmax
# status: failed
# message: normalise along axis=1

def softmax(X):
    X_exp = (X - X.max(axis=0, keepdims=True)).exp()
    partition = X_exp.sum(axis=0, keepdims=True)
    return X_exp / partition

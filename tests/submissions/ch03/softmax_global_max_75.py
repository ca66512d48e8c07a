# mistake: subtracts the maximum of the whole batch instead of each row's maximum
# exercise: softmax
# status: partial
# message: each row's maximum

def softmax(X):
    X_exp = (X - X.max()).exp()
    return X_exp / X_exp.sum(axis=1, keepdims=True)

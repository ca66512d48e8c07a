# mistake: the book's naive softmax, which overflows for large inputs
# exercise: softmax
# status: partial
# message: subtract each row's maximum

def softmax(X):
    X_exp = X.exp()
    partition = X_exp.sum(axis=1, keepdims=True)
    return X_exp / partition

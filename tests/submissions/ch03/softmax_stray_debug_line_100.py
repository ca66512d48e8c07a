# mistake: none in softmax itself: a leftover debug line below it fails with NameError
# exercise: softmax
# status: passed
# message: NameError

def softmax(X):
    X_exp = (X - X.max(axis=1, keepdims=True)).exp()
    return X_exp / X_exp.sum(axis=1, keepdims=True)


print(softmax(X_debug))

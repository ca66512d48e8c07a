# mistake: none: a NumPy round trip (accuracy needs no gradient)
# exercise: accuracy
# status: passed
# message: accepts integer labels

def accuracy(y_hat, y):
    predicted = y_hat.asnumpy().argmax(axis=1)
    return float((predicted == y.asnumpy().astype(int)).mean())

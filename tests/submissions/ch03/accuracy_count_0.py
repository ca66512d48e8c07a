# mistake: returns the number of correct predictions instead of the fraction
# exercise: accuracy
# status: failed
# message: the number of correct predictions

def accuracy(y_hat, y):
    return (y_hat.argmax(axis=1) == y.astype('float32')).sum().asscalar()

# mistake: takes argmax over axis 0 (the examples) instead of axis 1 (the classes)
# exercise: accuracy
# status: error
# message: argmax(axis=1)

def accuracy(y_hat, y):
    return (y_hat.argmax(axis=0) == y.astype('float32')).mean().asscalar()

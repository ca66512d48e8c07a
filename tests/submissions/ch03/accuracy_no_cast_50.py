# mistake: compares argmax (float32) with the labels without casting, which fails for int labels
# exercise: accuracy
# status: partial
# message: y.astype('float32')

def accuracy(y_hat, y):
    return (y_hat.argmax(axis=1) == y).mean().asscalar()

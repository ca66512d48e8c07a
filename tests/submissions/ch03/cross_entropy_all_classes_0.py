# mistake: sums -log over all classes instead of picking the true one
# exercise: cross_entropy
# status: failed
# message: sums -log over all classes

def cross_entropy(y_hat, y):
    return -y_hat.log().sum(axis=1)

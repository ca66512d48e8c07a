# mistake: forgets the minus sign
# exercise: cross_entropy
# status: failed
# message: the sign is wrong

def cross_entropy(y_hat, y):
    return nd.pick(y_hat, y).log()

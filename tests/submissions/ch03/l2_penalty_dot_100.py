# mistake: none: the dot product of the flattened weights with themselves
# exercise: l2_penalty
# status: passed
# message: is half the sum of squared weights

def l2_penalty(w):
    v = w.reshape((-1,))
    return 0.5 * nd.dot(v, v)

# mistake: none: nd.batch_dot with transpose_b, the mean folded into one division
# exercise: gram
# status: passed
# message: passed

def gram(X):
    c = X.shape[1]
    M = X.reshape((1, c, -1))
    return nd.batch_dot(M, M, transpose_b=True)[0] / X.size

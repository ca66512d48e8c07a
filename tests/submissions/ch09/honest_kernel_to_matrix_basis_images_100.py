# mistake: none: column c of W is corr2d of the basis image that is 1 at entry c
# exercise: kernel_to_matrix
# status: passed
# message: passed

def kernel_to_matrix(K, input_shape):
    h, w = input_shape
    columns = [d2l.corr2d(nd.one_hot(nd.array([c]), h * w).reshape((h, w)), K).reshape(-1)
               for c in range(h * w)]
    return nd.stack(*columns, axis=1)

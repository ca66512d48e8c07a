# mistake: the output has n_h - k_h rows (the + 1 is missing)
# exercise: corr2d
# status: failed
# message: off by one

def corr2d(X, K):
    h, w = K.shape
    out_h, out_w = X.shape[0] - h, X.shape[1] - w
    return nd.add_n(*[K[a, b] * X[a:a + out_h, b:b + out_w]
                      for a in range(h) for b in range(w)])

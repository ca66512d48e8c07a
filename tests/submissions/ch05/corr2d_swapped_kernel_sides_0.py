# mistake: reads the kernel's width as its height
# exercise: corr2d
# status: error
# message: height and width are swapped

def corr2d(X, K):
    w, h = K.shape
    out_h, out_w = X.shape[0] - h + 1, X.shape[1] - w + 1
    return nd.stack(*[nd.stack(*[(X[i:i + w, j:j + h] * K).sum() for j in range(out_w)])
                      for i in range(out_h)]).reshape((out_h, out_w))

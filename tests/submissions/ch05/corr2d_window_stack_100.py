# mistake: none: one sum per window, collected in lists and stacked (differentiable)
# exercise: corr2d
# status: passed
# message: matches nd.Convolution

def corr2d(X, K):
    h, w = K.shape
    rows = []
    for i in range(X.shape[0] - h + 1):
        row = [(X[i:i + h, j:j + w] * K).sum() for j in range(X.shape[1] - w + 1)]
        rows.append(nd.concat(*row, dim=0))
    return nd.stack(*rows)

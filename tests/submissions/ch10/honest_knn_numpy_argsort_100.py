# mistake: none: cosines in NumPy, np.argsort, cosines returned as a NumPy array
# exercise: knn
# status: passed
# message:

def knn(W, x, k):
    W, x = W.asnumpy(), x.asnumpy().reshape(-1)
    cos = W @ x / (np.linalg.norm(W, axis=1) * np.linalg.norm(x) + 1e-9)
    order = np.argsort(-cos)[:k]
    return order, cos[order]

# mistake: none: draws the mask with NumPy (the mask needs no gradient) and uses nd.where
# exercise: dropout
# status: passed
# message: draws an independent mask entry

def dropout(X, drop_prob):
    assert 0 <= drop_prob <= 1
    if drop_prob == 1:
        return nd.zeros(X.shape)
    keep = nd.array(np.random.uniform(size=X.shape) < 1 - drop_prob)
    return nd.where(keep, X / (1 - drop_prob), nd.zeros_like(X))

# mistake: rescales every entry by 1 / (1 - p) but drops none
# exercise: dropout
# status: partial
# message: not about 40%

def dropout(X, drop_prob):
    assert 0 <= drop_prob <= 1
    if drop_prob == 1:
        return X.zeros_like()
    return X / (1 - drop_prob)

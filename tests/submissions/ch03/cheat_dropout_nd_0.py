# mistake: calls nd.Dropout in training mode
# exercise: dropout
# status: forbidden
# message: nd.Dropout

def dropout(X, drop_prob):
    with autograd.train_mode():
        return nd.Dropout(X, p=drop_prob)

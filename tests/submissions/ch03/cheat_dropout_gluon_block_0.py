# mistake: an nn.Dropout block
# exercise: dropout
# status: forbidden
# message: calls the built-in

def dropout(X, drop_prob):
    layer = nn.Dropout(drop_prob)
    with autograd.train_mode():
        return layer(X)

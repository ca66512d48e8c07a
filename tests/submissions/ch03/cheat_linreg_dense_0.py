# mistake: builds a Gluon Dense(1) layer holding w and b
# exercise: linreg
# status: forbidden
# message: calls the built-in

def linreg(X, w, b):
    layer = nn.Dense(1, in_units=w.shape[0])
    layer.initialize()
    layer.weight.set_data(w.T)
    layer.bias.set_data(b)
    return layer(X)

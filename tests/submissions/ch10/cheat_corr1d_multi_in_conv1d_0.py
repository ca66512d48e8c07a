# mistake: an nn.Conv1D layer with its weight set to K
# exercise: corr1d_multi_in
# status: forbidden
# message: calls the built-in

def corr1d_multi_in(X, K):
    c, w = K.shape
    conv = nn.Conv1D(1, w, in_channels=c, use_bias=False)
    conv.initialize()
    conv.weight.set_data(K.expand_dims(0))
    return conv(X.expand_dims(0)).reshape((-1,))

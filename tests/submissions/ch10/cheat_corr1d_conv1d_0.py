# mistake: builds an nn.Conv1D layer and sets its weight to K
# exercise: corr1d
# status: forbidden
# message: calls the built-in

def corr1d(X, K):
    conv = nn.Conv1D(1, K.shape[0], use_bias=False, in_channels=1)
    conv.initialize()
    conv.weight.set_data(K.reshape((1, 1, -1)))
    return conv(X.reshape((1, 1, -1))).reshape((-1,))

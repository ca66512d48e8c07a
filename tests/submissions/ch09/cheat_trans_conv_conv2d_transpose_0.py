# mistake: builds an nn.Conv2DTranspose layer and sets its weight to K
# exercise: trans_conv
# status: forbidden
# message: calls the built-in

def trans_conv(X, K):
    layer = nn.Conv2DTranspose(1, kernel_size=K.shape, in_channels=1, use_bias=False)
    layer.initialize()
    layer.weight.set_data(K.reshape((1, 1) + K.shape))
    return layer(X.reshape((1, 1) + X.shape))[0, 0]

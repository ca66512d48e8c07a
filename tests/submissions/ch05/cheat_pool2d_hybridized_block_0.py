# mistake: a hybridized Gluon pooling layer
# exercise: pool2d
# status: forbidden
# message: nd.Pooling

def pool2d(X, pool_size, mode='max', padding=(0, 0), stride=(1, 1)):
    Layer = nn.MaxPool2D if mode == 'max' else nn.AvgPool2D
    layer = Layer(pool_size=pool_size, strides=stride, padding=padding)
    layer.hybridize()
    return layer(X.reshape((1, 1) + X.shape))[0, 0]

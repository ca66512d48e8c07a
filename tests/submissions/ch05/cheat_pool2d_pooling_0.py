# mistake: calls nd.Pooling
# exercise: pool2d
# status: forbidden
# message: calls the built-in

def pool2d(X, pool_size, mode='max', padding=(0, 0), stride=(1, 1)):
    return nd.Pooling(X.reshape((1, 1) + X.shape), kernel=pool_size, pool_type=mode,
                      pad=padding, stride=stride)[0, 0]

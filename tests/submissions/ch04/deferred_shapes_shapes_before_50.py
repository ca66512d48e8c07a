# mistake: reads the shapes before the forward pass
# exercise: deferred_shapes
# status: partial
# message: contain 0

def deferred_shapes(net, X):
    net.initialize()
    params = net.collect_params()
    names = [name for name, p in params.items() if 0 in p.shape]
    shapes = {name: p.shape for name, p in params.items()}
    net(X)
    return names, shapes

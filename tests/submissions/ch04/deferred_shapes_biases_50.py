# mistake: counts the biases of a deferred layer as deferred too
# exercise: deferred_shapes
# status: partial
# message: it lists biases

def deferred_shapes(net, X):
    net.initialize()
    names = []
    for layer in net:
        if 0 in layer.weight.shape:
            names += [layer.weight.name, layer.bias.name]
    net(X)
    return names, {name: p.shape for name, p in net.collect_params().items()}

# mistake: none: a loop over the parameters, the deferred test on p.shape[-1], shapes as tuple(...) of lists
# exercise: deferred_shapes
# status: passed

def deferred_shapes(net, X):
    net.initialize()
    names = []
    for name, p in net.collect_params().items():
        if p.shape[-1] == 0 or 0 in p.shape:
            names.append(name)
    net(X)
    shapes = {}
    for name, p in net.collect_params().items():
        shapes[name] = tuple(list(p.shape))
    return sorted(names), shapes

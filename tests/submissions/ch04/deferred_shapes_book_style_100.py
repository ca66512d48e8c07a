# mistake: none: the book's printing MyInit, recording what it initializes
# exercise: deferred_shapes
# status: passed

def deferred_shapes(net, X):
    seen = []

    class Recorder(init.Initializer):
        def _init_weight(self, name, data):
            print('Init', name, data.shape)
            seen.append(name)

    net.initialize(init=Recorder())
    params = net.collect_params()
    names = [n for n, p in params.items() if n.endswith('weight') and n not in seen]
    net(X)
    return names, {n: p.shape for n, p in params.items()}

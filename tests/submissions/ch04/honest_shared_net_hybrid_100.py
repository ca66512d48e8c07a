# mistake: none: an nn.HybridSequential, initialized and run once, with the parameters shared by params=
# exercise: shared_net
# status: passed

def shared_net():
    net = nn.HybridSequential()
    with net.name_scope():
        first = nn.Dense(8, activation='relu')
        shared = nn.Dense(8, activation='relu')
        again = nn.Dense(8, activation='relu', params=shared.params)
        net.add(first, shared, again, nn.Dense(10))
    net.initialize()
    net(nd.random.uniform(shape=(2, 20)))
    return net

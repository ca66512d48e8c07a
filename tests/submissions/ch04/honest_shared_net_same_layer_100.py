# mistake: none: the same layer object added twice
# exercise: shared_net
# status: passed

def shared_net():
    shared = nn.Dense(8, activation='relu')
    net = nn.Sequential()
    net.add(nn.Dense(8, activation='relu'), shared, shared, nn.Dense(10))
    return net

# mistake: none (layers added in a loop, Xavier initialization)
# exercise: get_net
# status: passed

def get_net():
    net = nn.HybridSequential()
    for units in (256, 128):
        net.add(nn.Dense(units, in_units=512 if units == 256 else 256))
        net.add(nn.Activation('relu'))
    net.add(nn.Dense(2, in_units=128))
    net.initialize(init.Xavier())
    return net

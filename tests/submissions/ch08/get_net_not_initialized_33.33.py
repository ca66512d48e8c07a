# mistake: the network is returned without net.initialize()
# exercise: get_net
# status: partial
# message: not initialized

def get_net():
    net = nn.HybridSequential()
    net.add(nn.Dense(256, activation='relu'),
            nn.Dense(128, activation='relu'),
            nn.Dense(2))
    return net

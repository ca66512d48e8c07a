# mistake: the hidden layers have no activation
# exercise: get_net
# status: partial
# message: without ReLU

def get_net():
    net = nn.HybridSequential()
    net.add(nn.Dense(256), nn.Dense(128), nn.Dense(2))
    net.initialize()
    return net

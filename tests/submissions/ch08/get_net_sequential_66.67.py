# mistake: nn.Sequential instead of nn.HybridSequential: it cannot be hybridized or exported
# exercise: get_net
# status: partial
# message: not a HybridBlock

def get_net():
    net = nn.Sequential()
    net.add(nn.Dense(256, activation='relu'),
            nn.Dense(128, activation='relu'),
            nn.Dense(2))
    net.initialize()
    return net

# mistake: the sharing layer without activation='relu'
# exercise: shared_net
# status: partial
# message: the third Dense has no ReLU

def shared_net():
    net = nn.Sequential()
    shared = nn.Dense(8, activation='relu')
    net.add(nn.Dense(8, activation='relu'),
            shared,
            nn.Dense(8, params=shared.params),
            nn.Dense(10))
    return net

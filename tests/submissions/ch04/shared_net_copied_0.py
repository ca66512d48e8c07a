# mistake: a separate third layer (values copied at best): nothing shared
# exercise: shared_net
# status: failed
# message: eight parameter arrays

def shared_net():
    net = nn.Sequential()
    net.add(nn.Dense(8, activation='relu'),
            nn.Dense(8, activation='relu'),
            nn.Dense(8, activation='relu'),
            nn.Dense(10))
    return net

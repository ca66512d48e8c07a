# mistake: none: the book's code in the function
# exercise: shared_net
# status: passed

def shared_net():
    net = nn.Sequential()
    shared = nn.Dense(8, activation='relu')
    net.add(nn.Dense(8, activation='relu'),
            shared,
            nn.Dense(8, activation='relu', params=shared.params),
            nn.Dense(10))
    net.initialize()

    X = nd.random.uniform(shape=(2, 20))
    net(X)
    return net

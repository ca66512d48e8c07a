# mistake: returns an nn.Sequential instead of writing a Block
# exercise: MLP
# status: forbidden
# message: nn.Sequential

def MLP():
    net = nn.Sequential()
    net.add(nn.Dense(256, activation='relu'), nn.Dense(10))
    return net

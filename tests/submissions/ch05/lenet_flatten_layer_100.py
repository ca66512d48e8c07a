# mistake: none: an explicit nn.Flatten before the dense layers
# exercise: lenet
# status: passed
# message: computes what the book's LeNet computes

def lenet():
    net = nn.Sequential()
    net.add(nn.Conv2D(6, 5, activation='sigmoid'), nn.MaxPool2D(2, 2),
            nn.Conv2D(16, 5, activation='sigmoid'), nn.MaxPool2D(2, 2),
            nn.Flatten(),
            nn.Dense(120, activation='sigmoid'), nn.Dense(84, activation='sigmoid'),
            nn.Dense(10))
    return net

# mistake: none: the function, with the book's own cells around it (they write mlp.params in the working directory)
# exercise: clone_params
# status: passed

net = MLP()
net.initialize()
X = nd.random.uniform(shape=(2, 20))
Y = net(X)

filename = 'mlp.params'
net.save_parameters(filename)

net2 = MLP()
net2.load_parameters(filename)

Y2 = net2(X)
Y2 == Y


def clone_params(net, make_net, path):
    net.save_parameters(path)
    net2 = make_net()
    net2.load_parameters(path)
    return net2

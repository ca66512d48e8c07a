# mistake: saves, loads back into the same network and returns it
# exercise: clone_params
# status: partial
# message: returns the network it was given

def clone_params(net, make_net, path):
    net.save_parameters(path)
    net.load_parameters(path)
    return net

# mistake: initializes the new network instead of loading
# exercise: clone_params
# status: partial
# message: not the saved ones

def clone_params(net, make_net, path):
    net.save_parameters(path)
    net2 = make_net()
    net2.initialize()
    return net2

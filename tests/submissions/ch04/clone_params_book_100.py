# mistake: none: the book's save_parameters and load_parameters in the function
# exercise: clone_params
# status: passed

def clone_params(net, make_net, path):
    filename = path
    net.save_parameters(filename)
    net2 = make_net()
    net2.load_parameters(filename)
    return net2

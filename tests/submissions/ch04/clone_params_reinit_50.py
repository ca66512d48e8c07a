# mistake: loads, then initializes again with force_reinit
# exercise: clone_params
# status: partial
# message: not the saved ones

def clone_params(net, make_net, path):
    net.save_parameters(path)
    net2 = make_net()
    net2.load_parameters(path)
    net2.initialize(force_reinit=True)
    return net2

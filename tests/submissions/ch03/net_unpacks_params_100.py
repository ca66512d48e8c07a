# mistake: none: reads the weights from the global params list the setup cell builds
# exercise: net
# status: passed
# message: matches Dense(num_hiddens, 'relu')

def net(X):
    W_in, b_in, W_out, b_out = params
    H = relu(nd.dot(X.reshape((-1, W_in.shape[0])), W_in) + b_in)
    return nd.dot(H, W_out) + b_out

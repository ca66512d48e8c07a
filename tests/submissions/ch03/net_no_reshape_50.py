# mistake: forgets to flatten the images, so nd.dot fails on (n, 1, h, w) input
# exercise: net
# status: partial
# message: flatten

def net(X):
    H = relu(nd.dot(X, W1) + b1)
    return nd.dot(H, W2) + b2

# mistake: W from nd.Convolution of the basis images (the built-in the exercise forbids)
# exercise: kernel_to_matrix
# status: forbidden
# message: calls the built-in

def kernel_to_matrix(K, input_shape):
    h, w = input_shape
    basis = nd.eye(h * w).reshape((h * w, 1, h, w))
    out = nd.Convolution(basis, K.reshape((1, 1) + K.shape), kernel=K.shape, num_filter=1,
                         no_bias=True)
    return out.reshape((h * w, -1)).T

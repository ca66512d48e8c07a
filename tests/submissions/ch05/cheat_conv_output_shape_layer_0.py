# mistake: runs an nn.Conv2D on zeros and reads the shape
# exercise: conv_output_shape
# status: forbidden
# message: a convolution layer

def conv_output_shape(n_h, n_w, k_h, k_w, p_h, p_w, s_h, s_w):
    layer = nn.Conv2D(1, kernel_size=(k_h, k_w), padding=(p_h, p_w), strides=(s_h, s_w))
    layer.initialize()
    return layer(nd.zeros((1, 1, n_h, n_w))).shape[2:]

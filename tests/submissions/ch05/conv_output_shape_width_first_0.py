# mistake: returns (width, height)
# exercise: conv_output_shape
# status: failed
# message: the height and width are swapped

def conv_output_shape(n_h, n_w, k_h, k_w, p_h, p_w, s_h, s_w):
    return ((n_w - k_w + 2 * p_w) // s_w + 1, (n_h - k_h + 2 * p_h) // s_h + 1)

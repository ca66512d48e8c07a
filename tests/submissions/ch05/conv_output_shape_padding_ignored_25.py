# mistake: forgets the padding
# exercise: conv_output_shape
# status: partial
# message: the padding is ignored

def conv_output_shape(n_h, n_w, k_h, k_w, p_h, p_w, s_h, s_w):
    return ((n_h - k_h) // s_h + 1, (n_w - k_w) // s_w + 1)

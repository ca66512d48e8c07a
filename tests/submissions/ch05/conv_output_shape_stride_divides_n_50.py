# mistake: divides the padded input by the stride before taking the kernel off
# exercise: conv_output_shape
# status: partial
# message: the stride divides n

def conv_output_shape(n_h, n_w, k_h, k_w, p_h, p_w, s_h, s_w):
    return ((n_h + 2 * p_h) // s_h - k_h + 1, (n_w + 2 * p_w) // s_w - k_w + 1)

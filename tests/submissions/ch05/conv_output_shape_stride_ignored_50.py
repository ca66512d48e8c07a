# mistake: ignores the stride: n - k + 2p + 1 rows whatever s_h is
# exercise: conv_output_shape
# status: partial
# message: the stride is ignored

def conv_output_shape(n_h, n_w, k_h, k_w, p_h, p_w, s_h, s_w):
    return (n_h - k_h + 2 * p_h + 1, n_w - k_w + 2 * p_w + 1)

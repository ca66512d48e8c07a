# mistake: the weights written into the function, content and style swapped
# exercise: compute_loss
# status: failed
# message: swapped

def compute_loss(X, contents_Y_hat, styles_Y_hat, contents_Y, styles_Y_gram):
    contents_l = [content_loss(a, b) * 1e3 for a, b in zip(contents_Y_hat, contents_Y)]
    styles_l = [style_loss(a, g) * 1 for a, g in zip(styles_Y_hat, styles_Y_gram)]
    tv_l = tv_loss(X) * 10
    l = nd.add_n(*styles_l) + nd.add_n(*contents_l) + tv_l
    return contents_l, styles_l, tv_l, l

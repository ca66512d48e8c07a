# mistake: returns the summed content and style losses instead of the per-layer lists
# exercise: compute_loss
# status: failed
# message: should be a list

def compute_loss(X, contents_Y_hat, styles_Y_hat, contents_Y, styles_Y_gram):
    contents_l = nd.add_n(*[content_loss(a, b) * content_weight
                            for a, b in zip(contents_Y_hat, contents_Y)])
    styles_l = nd.add_n(*[style_loss(a, g) * style_weight
                          for a, g in zip(styles_Y_hat, styles_Y_gram)])
    tv_l = tv_loss(X) * tv_weight
    return contents_l, styles_l, tv_l, contents_l + styles_l + tv_l

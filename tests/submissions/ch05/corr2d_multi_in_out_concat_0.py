# mistake: nd.concat joins the maps along the rows instead of stacking them
# exercise: corr2d_multi_in_out
# status: failed
# message: nd.stack

def corr2d_multi_in_out(X, K):
    return nd.concat(*[corr2d_multi_in(X, k) for k in K], dim=0)

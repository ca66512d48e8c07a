# mistake: delegates to gluon.utils.clip_global_norm
# exercise: grad_clipping
# status: forbidden
# message: clip_global_norm

def grad_clipping(params, theta, ctx):
    gluon.utils.clip_global_norm([p.grad for p in params], theta)

# mistake: a cheat: gluon's HuberLoss (rho = 1 / sigma^2) reached by a built name, per element
# exercise: smooth_l1
# status: forbidden
# message: HuberLoss

def smooth_l1(x, sigma):
    loss_cls = getattr(gloss, "Huber" + "Loss")
    l = loss_cls(rho=1.0 / sigma ** 2)
    flat = x.reshape((-1, 1))
    return l(flat, nd.zeros_like(flat)).reshape(x.shape)

# mistake: calls MXNet's fused sgd_update operator
# exercise: sgd
# status: forbidden
# message: ran: sgd_update

def sgd(params, states, hyperparams):
    for p in params:
        nd.sgd_update(p, p.grad, lr=hyperparams['lr'], out=p)

# mistake: wraps the arrays in Gluon Parameters and lets gluon.Trainer('adam') step
# exercise: adam
# status: forbidden
# message: Trainer.step

def init_adam_states():
    v_w, v_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    s_w, s_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    return ((v_w, s_w), (v_b, s_b))


def adam(params, states, hyperparams):
    wrapped = []
    for k, p in enumerate(params):
        param = gluon.Parameter(f"p{k}", shape=p.shape)
        param.initialize(init="zeros")
        param.set_data(p)
        param.grad()[:] = p.grad
        wrapped.append(param)
    trainer = gluon.Trainer(wrapped, "adam", {"learning_rate": hyperparams['lr']})
    trainer.step(1)
    for p, param in zip(params, wrapped):
        p[:] = param.data()
    hyperparams['t'] += 1

# mistake: wraps the arrays in Gluon Parameters and lets a gluon.Trainer take the step
# exercise: sgd
# status: forbidden
# message: a Gluon Trainer

def sgd(params, lr, batch_size):
    wrapped = []
    for k, param in enumerate(params):
        p = gluon.Parameter(f"p{k}", shape=param.shape)
        p.initialize(init="zeros")
        p.set_data(param)
        p.grad()[:] = param.grad
        wrapped.append(p)
    trainer = gluon.Trainer(wrapped, "sgd", {"learning_rate": lr})
    trainer.step(batch_size)
    for param, p in zip(params, wrapped):
        param[:] = p.data()

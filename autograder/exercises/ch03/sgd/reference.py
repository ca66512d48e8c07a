"""Reference `sgd`: one step of ``gluon.Trainer('sgd')``."""

import numpy as np
from mxnet import autograd, gluon, nd


def sgd_step(params, grads, lr, batch_size):
    """One ``gluon.Trainer('sgd')`` step; the loss gradient is summed over the batch."""
    net_params = []
    for i, p in enumerate(params):
        param = gluon.Parameter(f"p{i}", shape=np.shape(p))
        param.initialize(init="zeros")
        param.set_data(nd.array(p))
        net_params.append(param)
    with autograd.record():  # a loss whose gradient is exactly ``grads``
        loss = nd.add_n(*[(p.data() * nd.array(g)).sum() for p, g in zip(net_params, grads)])
    loss.backward()
    trainer = gluon.Trainer(net_params, "sgd", {"learning_rate": lr})
    trainer.step(batch_size)
    return [p.data().asnumpy() for p in net_params]


def public_cases(rng):
    params = [rng.normal(size=(2, 3)).astype("float32"), rng.normal(size=(3,)).astype("float32")]
    grads = [(rng.choice([-1, 1], size=p.shape) * rng.uniform(0.5, 2, size=p.shape))
             .astype("float32") for p in params]
    out = sgd_step(params, grads, 0.1, 4)
    return {"param0": params[0], "param1": params[1], "grad0": grads[0], "grad1": grads[1],
            "out0": out[0], "out1": out[1]}

"""Reference answers for chapter 5, computed by MXNet's own operators and Gluon layers.

Convolutions come from ``nd.Convolution`` (cross-correlation, weights ``(c_out, c_in, kh,
kw)``), pooling from ``nd.Pooling``, batch normalization from ``nd.BatchNorm(...,
fix_gamma=False)`` with eps and momentum given explicitly (its moving statistics change in
place during ``backward()``), and the architecture blocks are the book's, built from Gluon
layers. A block check loads the student's parameter values into the reference block and
compares outputs. ``public_cases`` records the fixed inputs and outputs behind the public
self-check and the drift test.
"""

import mxnet as mx
import numpy as np
from mxnet import autograd, nd
from mxnet.gluon import nn

from d2l.selfcheck.ch05 import param_kind

_F32 = "float32"


def _nd(x, dtype=_F32):
    return nd.array(np.asarray(x), dtype=dtype)


def _np(x):
    return x.asnumpy()


# --- §5.1-5.3: cross-correlation -------------------------------------------------------


def convolution(X, W, bias=None, pad=(0, 0), stride=(1, 1)):
    """``nd.Convolution`` on a batch ``X (n, c_in, h, w)`` with weights ``W (c_out, c_in,
    kh, kw)``."""
    W = np.asarray(W)
    kwargs = {"kernel": W.shape[2:], "num_filter": W.shape[0], "pad": pad, "stride": stride}
    if bias is None:
        return nd.Convolution(_nd(X), _nd(W), no_bias=True, **kwargs)
    return nd.Convolution(_nd(X), _nd(W), _nd(bias), **kwargs)


def _conv_with_grads(X, W, head, bias=None):
    """Output of ``convolution`` and the gradients of X, W (and bias) for ``head``."""
    x, w = _nd(X), _nd(W)
    arrays = [x, w] + ([_nd(bias)] if bias is not None else [])
    for a in arrays:
        a.attach_grad()
    kwargs = {"kernel": w.shape[2:], "num_filter": w.shape[0]}
    with autograd.record():
        if bias is None:
            out = nd.Convolution(x, w, no_bias=True, **kwargs)
        else:
            out = nd.Convolution(x, w, arrays[2], **kwargs)
    out.backward(_nd(head).reshape(out.shape))
    return _np(out), [_np(a.grad) for a in arrays]


def corr2d(X, K):
    """2-D cross-correlation of ``X (h, w)`` with ``K (kh, kw)``, shape (h-kh+1, w-kw+1)."""
    X, K = np.asarray(X), np.asarray(K)
    return _np(convolution(X[None, None], K[None, None]))[0, 0]


def corr2d_grads(X, K, head):
    """Gradients of X and K through ``corr2d`` for the head gradient ``head``."""
    X, K = np.asarray(X), np.asarray(K)
    _, (gx, gk) = _conv_with_grads(X[None, None], K[None, None], head)
    return gx[0, 0], gk[0, 0]


def conv2d_layer(X, weight, bias, head):
    """The book's ``Conv2D`` layer (one 2-D kernel plus a scalar bias) as ``nd.Convolution``:
    output and the gradients of X, weight and bias."""
    X, weight = np.asarray(X), np.asarray(weight)
    out, (gx, gw, gb) = _conv_with_grads(X[None, None], weight[None, None], head,
                                         bias=np.asarray(bias).reshape(1))
    return out[0, 0], gx[0, 0], gw[0, 0], gb.reshape(np.shape(bias))


def conv_output_shape(n_h, n_w, k_h, k_w, p_h, p_w, s_h, s_w):
    """(height, width) of ``nn.Conv2D(kernel_size=(k_h, k_w), padding=(p_h, p_w),
    strides=(s_h, s_w))`` on an n_h x n_w input, by MXNet's shape inference."""
    sym = mx.sym.Convolution(mx.sym.var("x"), kernel=(k_h, k_w), pad=(p_h, p_w),
                             stride=(s_h, s_w), num_filter=1, no_bias=True)
    _, (shape,), _ = sym.infer_shape(x=(1, 1, n_h, n_w))
    return tuple(int(v) for v in shape[2:])


def corr2d_multi_in(X, K):
    """Channels ``X (c_i, h, w)``, kernels ``K (c_i, kh, kw)``: the cross-correlations summed
    over the input channels, shape (h', w')."""
    X, K = np.asarray(X), np.asarray(K)
    return _np(convolution(X[None], K[None]))[0, 0]


def corr2d_multi_in_grads(X, K, head):
    X, K = np.asarray(X), np.asarray(K)
    _, (gx, gk) = _conv_with_grads(X[None], K[None], head)
    return gx[0], gk[0]


def corr2d_multi_in_out(X, K):
    """``X (c_i, h, w)`` with ``K (c_o, c_i, kh, kw)``: shape (c_o, h', w')."""
    return _np(convolution(np.asarray(X)[None], K))[0]


def corr2d_multi_in_out_grads(X, K, head):
    _, (gx, gk) = _conv_with_grads(np.asarray(X)[None], K, head)
    return gx[0], gk


# --- §5.4: pooling -----------------------------------------------------------------------


def pool2d(X, pool_size, mode="max", padding=(0, 0), stride=(1, 1), count_include_pad=True):
    """``nd.Pooling`` on a 2-D ``X`` (its defaults: stride 1, no padding; average pooling
    divides by the whole window, padding included)."""
    kwargs = {"count_include_pad": count_include_pad} if mode == "avg" else {}
    out = nd.Pooling(_nd(X)[None, None], kernel=tuple(pool_size), pool_type=mode,
                     pad=tuple(padding), stride=tuple(stride), **kwargs)
    return _np(out)[0, 0]


# --- §5.10: batch normalization ----------------------------------------------------------


def _bn_axes(X):
    return (0,) if np.ndim(X) == 2 else (0, 2, 3)


def batch_norm(X, gamma, beta, moving_mean, moving_var, eps, momentum, training,
               head=None):
    """The book's ``batch_norm`` by ``nd.BatchNorm(fix_gamma=False)``.

    Statistics are kept in the book's shapes, (1, d) or (1, c, 1, 1). In training mode MXNet
    updates its moving statistics in place during ``backward()``; they are read after it.
    Returns ``(Y, new moving_mean, new moving_var, [grad X, grad gamma, grad beta])``.
    """
    shape = np.shape(moving_mean)
    x = _nd(X)
    g, b = _nd(np.ravel(gamma)), _nd(np.ravel(beta))
    mm, mv = _nd(np.ravel(moving_mean)), _nd(np.ravel(moving_var))
    for a in (x, g, b):
        a.attach_grad()
    with autograd.record(train_mode=training):
        out = nd.BatchNorm(x, g, b, mm, mv, eps=eps, momentum=momentum, fix_gamma=False,
                           use_global_stats=not training, axis=1)
    out.backward(_nd(head) if head is not None else nd.ones_like(out))
    grads = [_np(x.grad), _np(g.grad).reshape(np.shape(gamma)),
             _np(b.grad).reshape(np.shape(beta))]
    return _np(out), _np(mm).reshape(shape), _np(mv).reshape(shape), grads


def batch_norm_variants(X, gamma, beta, moving_mean, moving_var, eps, momentum):
    """Training-mode results of plausible mistakes, for naming them: ``{name: (Y, mean,
    var)}`` computed in NumPy."""
    X = np.asarray(X, dtype=np.float64)
    axes = _bn_axes(X)
    n = X.size // np.prod([X.shape[1]])
    mean = X.mean(axis=axes, keepdims=True)
    var = X.var(axis=axes, keepdims=True)
    shape = np.shape(moving_mean)

    def result(m, v, eps_inside=True, momentum_=momentum):
        xhat = (X - m) / (np.sqrt(v + eps) if eps_inside else np.sqrt(v) + eps)
        y = np.asarray(gamma) * xhat + np.asarray(beta)
        if m.size != np.prod(shape):  # statistics of another shape: only Y compares
            return y, None, None
        new_m = momentum_ * np.asarray(moving_mean) + (1 - momentum_) * m.reshape(shape)
        new_v = momentum_ * np.asarray(moving_var) + (1 - momentum_) * v.reshape(shape)
        return y, new_m, new_v

    variants = {
        "unbiased": result(mean, var * n / (n - 1)),
        "eps outside": result(mean, var, eps_inside=False),
        "momentum swapped": result(mean, var, momentum_=1 - momentum),
    }
    if X.ndim == 4:
        variants["per position"] = result(X.mean(axis=0, keepdims=True),
                                          X.var(axis=0, keepdims=True))
    else:
        variants["per example"] = result(X.mean(axis=1, keepdims=True),
                                         X.var(axis=1, keepdims=True))
    return variants


def batch_norm_block_steps(gamma, beta, inputs, eps=1e-5, momentum=0.9):
    """The book's ``BatchNorm`` block, moving statistics starting at zeros: one training
    step per input but the last, then prediction on the last input.

    Returns ``(steps, prediction)``; each step is ``(Y, moving_mean, moving_var)`` after it.
    """
    shape = np.shape(gamma)
    mean = var = np.zeros(shape, dtype=_F32)
    steps = []
    for X in inputs[:-1]:
        Y, mean, var, _ = batch_norm(X, gamma, beta, mean, var, eps, momentum, training=True)
        steps.append((Y, mean, var))
    prediction = batch_norm(inputs[-1], gamma, beta, mean, var, eps, momentum,
                            training=False)[0]
    return steps, prediction


# --- the architecture blocks, from Gluon layers --------------------------------------------


def lenet(activation="sigmoid", pool="max", padding=0):
    """The book's LeNet (§5.5): no padding, sigmoid, 2x2 max pooling with stride 2."""
    Pool = nn.MaxPool2D if pool == "max" else nn.AvgPool2D
    net = nn.Sequential()
    net.add(nn.Conv2D(6, kernel_size=5, padding=padding, activation=activation),
            Pool(pool_size=2, strides=2),
            nn.Conv2D(16, kernel_size=5, activation=activation),
            Pool(pool_size=2, strides=2),
            nn.Dense(120, activation=activation),
            nn.Dense(84, activation=activation),
            nn.Dense(10))
    return net


def vgg_block(num_convs, num_channels, activation="relu"):
    blk = nn.Sequential()
    for _ in range(num_convs):
        blk.add(nn.Conv2D(num_channels, kernel_size=3, padding=1, activation=activation))
    blk.add(nn.MaxPool2D(pool_size=2, strides=2))
    return blk


def nin_block(num_channels, kernel_size, strides, padding, activations=("relu",) * 3):
    blk = nn.Sequential()
    blk.add(nn.Conv2D(num_channels, kernel_size, strides, padding, activation=activations[0]),
            nn.Conv2D(num_channels, kernel_size=1, activation=activations[1]),
            nn.Conv2D(num_channels, kernel_size=1, activation=activations[2]))
    return blk


class Inception(nn.Block):
    """The book's Inception block (§5.9). ``order`` permutes the concatenated paths and
    ``pool`` changes path 4's pooling, to name those mistakes."""

    def __init__(self, c1, c2, c3, c4, order=(0, 1, 2, 3), pool="max", **kwargs):
        super().__init__(**kwargs)
        self.order = order
        self.p1_1 = nn.Conv2D(c1, kernel_size=1, activation="relu")
        self.p2_1 = nn.Conv2D(c2[0], kernel_size=1, activation="relu")
        self.p2_2 = nn.Conv2D(c2[1], kernel_size=3, padding=1, activation="relu")
        self.p3_1 = nn.Conv2D(c3[0], kernel_size=1, activation="relu")
        self.p3_2 = nn.Conv2D(c3[1], kernel_size=5, padding=2, activation="relu")
        Pool = nn.MaxPool2D if pool == "max" else nn.AvgPool2D
        self.p4_1 = Pool(pool_size=3, strides=1, padding=1)
        self.p4_2 = nn.Conv2D(c4, kernel_size=1, activation="relu")

    def forward(self, x):
        paths = [self.p1_1(x), self.p2_2(self.p2_1(x)), self.p3_2(self.p3_1(x)),
                 self.p4_2(self.p4_1(x))]
        return nd.concat(*[paths[i] for i in self.order], dim=1)


class Residual(nn.Block):
    """The book's residual block (§5.11); ``variant`` builds a named mistake:
    "relu before add" (ReLU on Y before the addition, none after) or "no final relu".

    Not a subclass of ``d2l.Residual``: that copy is a forbidden built-in, which the
    in-kernel checks replace with a watcher, and a reference must not depend on it."""

    def __init__(self, num_channels, use_1x1conv=False, strides=1, variant=None, **kwargs):
        super().__init__(**kwargs)
        self.variant = variant
        self.conv1 = nn.Conv2D(num_channels, kernel_size=3, padding=1, strides=strides)
        self.conv2 = nn.Conv2D(num_channels, kernel_size=3, padding=1)
        if use_1x1conv:
            self.conv3 = nn.Conv2D(num_channels, kernel_size=1, strides=strides)
        else:
            self.conv3 = None
        self.bn1 = nn.BatchNorm()
        self.bn2 = nn.BatchNorm()

    def forward(self, X):
        Y = nd.relu(self.bn1(self.conv1(X)))
        Y = self.bn2(self.conv2(Y))
        if self.conv3:
            X = self.conv3(X)
        if self.variant == "relu before add":
            return nd.relu(Y) + X
        if self.variant == "no final relu":
            return Y + X
        return nd.relu(Y + X)


def conv_block(num_channels, order="bn-relu-conv"):
    blk = nn.Sequential()
    if order == "bn-relu-conv":
        blk.add(nn.BatchNorm(), nn.Activation("relu"),
                nn.Conv2D(num_channels, kernel_size=3, padding=1))
    else:  # ResNet's order, for naming the mistake
        blk.add(nn.Conv2D(num_channels, kernel_size=3, padding=1), nn.BatchNorm(),
                nn.Activation("relu"))
    return blk


class DenseBlock(nn.Block):
    """The book's dense block (§5.12); ``new_first`` concatenates (Y, X) instead of (X, Y)."""

    def __init__(self, num_convs, num_channels, new_first=False, **kwargs):
        super().__init__(**kwargs)
        self.new_first = new_first
        self.net = nn.Sequential()
        for _ in range(num_convs):
            self.net.add(conv_block(num_channels))

    def forward(self, X):
        for blk in self.net:
            Y = blk(X)
            X = nd.concat(Y, X, dim=1) if self.new_first else nd.concat(X, Y, dim=1)
        return X


def transition_block(num_channels, pool="avg"):
    Pool = nn.AvgPool2D if pool == "avg" else nn.MaxPool2D
    blk = nn.Sequential()
    blk.add(nn.BatchNorm(), nn.Activation("relu"),
            nn.Conv2D(num_channels, kernel_size=1),
            Pool(pool_size=2, strides=2))
    return blk


class Reference:
    """The book's ``block`` with its deferred shapes resolved on the input ``X``: its
    parameters (``params``, ``[(name, shape)]`` in creation order), the shape of its output,
    and its output for given parameter values (``forward``)."""

    def __init__(self, block, X):
        self.block, self.X = block, _nd(X)
        block.initialize(force_reinit=True)
        self.output_shape = block(self.X).shape
        self.params = [(name, p.shape) for name, p in block.collect_params().items()]

    def forward(self, values, train_mode=False):
        """The output with the parameters set to ``values`` (creation order);
        ``train_mode`` makes batch normalization use the batch's statistics."""
        for p, value in zip(self.block.collect_params().values(), values):
            p.set_data(_nd(value))
        with autograd.record(train_mode=True) if train_mode else autograd.pause():
            return _np(self.block(self.X))


def block_params(block, X):
    """The block's parameters as ``[(name, shape)]`` in creation order."""
    return Reference(block, X).params


def block_forward(block, X, values, train_mode=False):
    """Output of ``block`` on ``X`` with its parameters set to ``values``."""
    return Reference(block, X).forward(values, train_mode)


def random_value(rng, name, shape):
    """A random parameter value: positive for variances, around 1 for scales."""
    if name.endswith("running_var"):
        return rng.uniform(0.5, 1.5, size=shape).astype(_F32)
    if name.endswith("gamma"):
        return rng.uniform(0.5, 1.5, size=shape).astype(_F32)
    return (rng.normal(size=shape) * 0.5).astype(_F32)


# --- recorded public cases -----------------------------------------------------------------

#: Block exercises of the public self-check: name -> (reference builder, its arguments,
#: input shape, training mode).
PUBLIC_BLOCKS = {
    "lenet": (lenet, (), (2, 1, 28, 28), False),
    "vgg_block": (vgg_block, (2, 4), (2, 3, 8, 8), False),
    "nin_block": (nin_block, (4, 3, 2, 1), (2, 3, 9, 9), False),
    "Inception": (Inception, (2, (3, 4), (2, 5), 3), (2, 3, 6, 6), False),
    "Residual": (Residual, (4, True, 2), (2, 3, 6, 6), True),
    "conv_block": (conv_block, (4,), (2, 3, 5, 5), True),
    "DenseBlock": (DenseBlock, (2, 3), (2, 2, 5, 5), True),
    "transition_block": (transition_block, (3,), (2, 5, 6, 6), True),
}


def public_cases(seed=20190505):
    """Fixed inputs and MXNet's outputs for the public self-check (``d2l.check``)."""
    rng = np.random.default_rng(seed)

    def normal(*shape):
        return rng.normal(size=shape).astype(_F32)

    c = {}
    X, K = normal(5, 6), normal(2, 3)
    c["corr2d/X"], c["corr2d/K"], c["corr2d/out"] = X, K, corr2d(X, K)
    head = normal(4, 4)
    c["corr2d/head"] = head
    c["corr2d/grad_X"], c["corr2d/grad_K"] = corr2d_grads(X, K, head)

    X, W, b = normal(4, 5), normal(2, 2), normal(1)
    c["Conv2D/X"], c["Conv2D/weight"], c["Conv2D/bias"] = X, W, b
    c["Conv2D/out"] = conv2d_layer(X, W, b, np.ones((3, 4), _F32))[0]

    settings = np.array([[7, 9, 3, 2, 1, 0, 2, 1], [28, 28, 5, 5, 2, 2, 1, 1],
                         [8, 8, 3, 5, 0, 1, 3, 4]])
    c["conv_output_shape/settings"] = settings
    c["conv_output_shape/out"] = np.array([conv_output_shape(*map(int, s)) for s in settings])

    X, K = normal(2, 4, 5), normal(2, 2, 3)
    c["corr2d_multi_in/X"], c["corr2d_multi_in/K"] = X, K
    c["corr2d_multi_in/out"] = corr2d_multi_in(X, K)
    K = normal(3, 2, 2, 2)
    c["corr2d_multi_in_out/X"], c["corr2d_multi_in_out/K"] = X, K
    c["corr2d_multi_in_out/out"] = corr2d_multi_in_out(X, K)
    K = normal(3, 2, 1, 1)
    c["corr2d_multi_in_out_1x1/X"], c["corr2d_multi_in_out_1x1/K"] = X, K
    c["corr2d_multi_in_out_1x1/out"] = corr2d_multi_in_out(X, K)

    X = normal(5, 6) - 3  # mostly negative, so max pooling's padding rule matters
    c["pool2d/X"] = X
    c["pool2d/max"] = pool2d(X, (2, 3), "max")
    c["pool2d/avg"] = pool2d(X, (2, 3), "avg")
    c["pool2d/max_padded"] = pool2d(X, (3, 2), "max", (1, 1), (2, 2))
    c["pool2d/avg_padded"] = pool2d(X, (3, 2), "avg", (1, 1), (2, 2))

    for name, dims in (("fc", (4, 3)), ("conv", (2, 3, 2, 2))):
        X = normal(*dims)
        shape = (1, 3) if len(dims) == 2 else (1, 3, 1, 1)
        gamma = rng.uniform(0.5, 1.5, size=shape).astype(_F32)
        beta, mean = normal(*shape), normal(*shape)
        var = rng.uniform(0.5, 1.5, size=shape).astype(_F32)
        for key, value in (("X", X), ("gamma", gamma), ("beta", beta), ("moving_mean", mean),
                           ("moving_var", var)):
            c[f"batch_norm/{name}/{key}"] = value
        Y, new_mean, new_var, _ = batch_norm(X, gamma, beta, mean, var, 1e-5, 0.9, True)
        c[f"batch_norm/{name}/train_Y"] = Y
        c[f"batch_norm/{name}/train_mean"], c[f"batch_norm/{name}/train_var"] = new_mean, new_var
        c[f"batch_norm/{name}/predict_Y"] = batch_norm(X, gamma, beta, mean, var, 1e-5, 0.9,
                                                       False)[0]

    gamma = rng.uniform(0.5, 1.5, size=(1, 3, 1, 1)).astype(_F32)
    beta = normal(1, 3, 1, 1)
    inputs = [normal(2, 3, 2, 2) for _ in range(3)]
    steps, prediction = batch_norm_block_steps(gamma, beta, inputs)
    c["BatchNorm/gamma"], c["BatchNorm/beta"] = gamma, beta
    for i, X in enumerate(inputs):
        c[f"BatchNorm/X{i}"] = X
    for i, (Y, mean, var) in enumerate(steps):
        c[f"BatchNorm/Y{i}"], c[f"BatchNorm/mean{i}"], c[f"BatchNorm/var{i}"] = Y, mean, var
    c["BatchNorm/prediction"] = prediction

    for name, (build, args, shape, train_mode) in PUBLIC_BLOCKS.items():
        X = normal(*shape)
        params = block_params(build(*args), X)
        values = [random_value(rng, pname, pshape) for pname, pshape in params]
        c[f"{name}/X"] = X
        for i, ((pname, _), value) in enumerate(zip(params, values)):
            c[f"{name}/param{i:02d}_{param_kind(pname)}"] = value
        c[f"{name}/out"] = block_forward(build(*args), X, values, train_mode)
    return c

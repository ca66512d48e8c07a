"""Choosing where to compute: a GPU when there is one, else the CPU (§5.5, §9.1)."""
import mxnet as mx


def _num_gpus():
    try:
        return mx.context.num_gpus()
    except mx.base.MXNetError:  # a CUDA build of MXNet on a machine without a working driver
        return 0


def try_gpu():
    """Return ``mx.gpu()`` when a GPU is usable, else ``mx.cpu()``.

    From §5.5 卷积神经网络（LeNet）.
    """
    return mx.gpu() if _num_gpus() > 0 else mx.cpu()


def try_all_gpus():
    """Return every usable GPU, or ``[mx.cpu()]`` when there is none. From §9.1 图像增广."""
    return [mx.gpu(i) for i in range(_num_gpus())] or [mx.cpu()]

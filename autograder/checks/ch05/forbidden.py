"""The built-ins each chapter-5 exercise re-implements, which its answer may not call.

Operators are named by any form MXNet registers; each forbids its whole family (the
``_v1``, ``_npx_``, backward, quantized and fused forms: see ``autograder/registry.py``),
whatever Python route reached it (``nd.Convolution``, ``nn.Conv2D``, ``mx.npx.convolution``,
a hybridized block, a Symbol). Python functions are watched by their qualified names.

``Conv2D``, ``corr2d_multi_in`` and ``corr2d_multi_in_out`` are checked with the grader's
stand-in ``corr2d``, which runs ``d2l.corr2d``: they allow it, the ``corr2d`` exercise does
not. The stand-ins for ``corr2d_multi_in``, ``batch_norm`` and ``conv_block`` cannot run an
operator their dependants allow and they forbid, so those exercises forbid the stand-ins by
name (as ``corr2d`` does its own).
"""

from autograder import registry
from autograder.checking import Forbidden

# Every operator that slides a kernel over an image, including the transposed convolution
# (a cross-correlation with a flipped kernel), the deformable convolutions (with zero
# offsets, a convolution) and MXNet's optical-flow Correlation.
CONVOLUTION = frozenset({"Convolution", "Deconvolution", "Correlation", "DeformableConvolution",
                         "ModulatedDeformableConvolution"})
POOLING = frozenset({"Pooling", "AdaptiveAvgPooling2D", "ROIPooling", "PSROIPooling",
                     "DeformablePSROIPooling"})
NORMALIZATION = frozenset({"BatchNorm", "SyncBatchNorm", "BatchNormWithReLU", "InstanceNorm",
                           "LayerNorm", "GroupNorm"})
CONVOLUTION_WHAT = "nd.Convolution / nn.Conv2D (or another convolution operator)"
POOLING_WHAT = "nd.Pooling / nn.MaxPool2D / nn.AvgPool2D (a pooling operator)"
NORMALIZATION_WHAT = "nd.BatchNorm / nn.BatchNorm (a normalization operator)"


def _conv(funcs=(), what=CONVOLUTION_WHAT):
    return Forbidden(ops=CONVOLUTION, funcs=funcs, what=what)


FORBIDDEN = {
    "corr2d": _conv(("d2l.corr2d", *registry.standin_funcs("corr2d")),
                    f"{CONVOLUTION_WHAT} or d2l.corr2d"),
    "Conv2D": _conv(),
    "conv_output_shape": Forbidden(
        ops=CONVOLUTION, funcs=("mxnet.symbol.symbol.Symbol.infer_shape",
                                "mxnet.symbol.symbol.Symbol.infer_shape_partial"),
        what="a convolution layer or Symbol.infer_shape (work the shape out instead)"),
    "corr2d_multi_in": _conv(registry.standin_funcs("corr2d_multi_in")),
    "corr2d_multi_in_out": _conv(),
    "corr2d_multi_in_out_1x1": _conv(("d2l.corr2d",), f"{CONVOLUTION_WHAT} or d2l.corr2d"),
    "pool2d": Forbidden(ops=POOLING, what=POOLING_WHAT),
    "batch_norm": Forbidden(ops=NORMALIZATION, funcs=registry.standin_funcs("batch_norm"),
                            what=NORMALIZATION_WHAT),
    "BatchNorm": Forbidden(ops=NORMALIZATION, what=NORMALIZATION_WHAT),
    # a class is watched by its methods' code
    "Residual": Forbidden(funcs=("d2l.Residual.__init__", "d2l.Residual.forward"),
                          what="d2l.Residual"),
    "conv_block": Forbidden(funcs=registry.standin_funcs("conv_block"),
                            what="the grader's own conv_block"),
}

"""The built-ins each chapter-5 exercise re-implements, which its answer may not call.

Operator names are MXNet's registered names as its profiler reports them, whatever Python
route reached them (``nd.Convolution``, ``nn.Conv2D``, ``mx.npx.convolution``, a hybridized
block, a Symbol). Python functions are watched by their qualified names.
"""

from autograder.checking import Forbidden

# Every operator that slides a kernel over an image, including the transposed convolution
# (a cross-correlation with a flipped kernel) and MXNet's optical-flow Correlation.
CONVOLUTION = frozenset({
    "Convolution", "Convolution_v1", "convolution", "Deconvolution", "deconvolution",
    "Correlation", "DeformableConvolution", "ModulatedDeformableConvolution", "quantized_conv",
    "conv",  # MKL-DNN's fused subgraph operator
})
POOLING = frozenset({"Pooling", "Pooling_v1", "pooling", "AdaptiveAvgPooling2D",
                     "quantized_pooling", "ROIPooling", "roi_pooling"})
NORMALIZATION = frozenset({
    "BatchNorm", "BatchNorm_v1", "batch_norm", "SyncBatchNorm", "BatchNormWithReLU",
    "quantized_batch_norm", "InstanceNorm", "LayerNorm", "layer_norm", "GroupNorm",
})


def _conv(extra=()):
    return Forbidden(ops=CONVOLUTION, funcs=("d2l.corr2d", *extra),
                     what="nd.Convolution / nn.Conv2D (or another convolution operator) or "
                          "d2l.corr2d")


FORBIDDEN = {
    "corr2d": _conv(),
    "Conv2D": _conv(),
    "conv_output_shape": Forbidden(
        ops=CONVOLUTION, funcs=("mxnet.symbol.symbol.Symbol.infer_shape",
                                "mxnet.symbol.symbol.Symbol.infer_shape_partial"),
        what="a convolution layer or Symbol.infer_shape (work the shape out instead)"),
    "corr2d_multi_in": _conv(),
    "corr2d_multi_in_out": _conv(),
    "corr2d_multi_in_out_1x1": _conv(),
    "pool2d": Forbidden(ops=POOLING,
                        what="nd.Pooling / nn.MaxPool2D / nn.AvgPool2D (a pooling operator)"),
    "batch_norm": Forbidden(ops=NORMALIZATION,
                            what="nd.BatchNorm / nn.BatchNorm (a normalization operator)"),
    "BatchNorm": Forbidden(ops=NORMALIZATION,
                           what="nd.BatchNorm / nn.BatchNorm (a normalization operator)"),
    "Residual": Forbidden(funcs=("d2l.Residual",), what="d2l.Residual"),
}

# mistake: returns the d2l package's Residual
# exercise: Residual
# status: forbidden
# message: d2l.Residual

def Residual(num_channels, use_1x1conv=False, strides=1, **kwargs):
    return d2l.Residual(num_channels, use_1x1conv, strides, **kwargs)

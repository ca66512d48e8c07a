# mistake: none: the convolution wrapped in an nn.Sequential with keyword arguments
# exercise: cls_predictor
# status: passed
# message: computes what the book's layer computes

def cls_predictor(num_anchors, num_classes):
    net = nn.Sequential()
    net.add(nn.Conv2D(channels=num_anchors * (num_classes + 1), kernel_size=(3, 3),
                      strides=1, padding=(1, 1), use_bias=True))
    return net

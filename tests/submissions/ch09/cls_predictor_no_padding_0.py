# mistake: the 3x3 convolution without padding shrinks the map
# exercise: cls_predictor
# status: failed
# message: use padding=1

def cls_predictor(num_anchors, num_classes):
    return nn.Conv2D(num_anchors * (num_classes + 1), kernel_size=3)

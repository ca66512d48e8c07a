# mistake: num_anchors * num_classes channels: no score for the background class
# exercise: cls_predictor
# status: failed
# message: also needs a score for the background

def cls_predictor(num_anchors, num_classes):
    return nn.Conv2D(num_anchors * num_classes, kernel_size=3, padding=1)

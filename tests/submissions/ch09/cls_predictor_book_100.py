# mistake: none: the book's code verbatim
# exercise: cls_predictor
# status: passed
# message: computes what the book's layer computes

def cls_predictor(num_anchors, num_classes):
    return nn.Conv2D(num_anchors * (num_classes + 1), kernel_size=3,
                     padding=1)

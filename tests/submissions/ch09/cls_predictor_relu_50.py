# mistake: a ReLU on the class scores
# exercise: cls_predictor
# status: partial
# message: the predictor applies an activation

def cls_predictor(num_anchors, num_classes):
    return nn.Conv2D(num_anchors * (num_classes + 1), kernel_size=3, padding=1,
                     activation='relu')

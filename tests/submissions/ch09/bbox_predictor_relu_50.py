# mistake: a ReLU on the offsets, which can be negative
# exercise: bbox_predictor
# status: partial
# message: offsets can be negative

def bbox_predictor(num_anchors):
    return nn.Conv2D(num_anchors * 4, kernel_size=3, padding=1, activation='relu')

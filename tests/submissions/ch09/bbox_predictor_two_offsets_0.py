# mistake: two numbers per anchor instead of four offsets
# exercise: bbox_predictor
# status: failed
# message: needs 4 offsets

def bbox_predictor(num_anchors):
    return nn.Conv2D(num_anchors * 2, kernel_size=3, padding=1)

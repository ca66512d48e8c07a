# mistake: none: the book's code verbatim
# exercise: bbox_predictor
# status: passed
# message: computes what the book's layer computes

def bbox_predictor(num_anchors):
    return nn.Conv2D(num_anchors * 4, kernel_size=3, padding=1)

# mistake: keeps only the box with the highest score
# exercise: nms
# status: failed
# message: only the top box

def nms(boxes, scores, iou_threshold):
    return nd.array([int(nd.argmax(scores, axis=0).asscalar())], dtype='int32')

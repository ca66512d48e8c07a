# mistake: the intersection's width and height are not clipped at 0 (boxes apart in x and y get a positive "area")
# exercise: box_iou
# status: partial
# message: clip the intersection

def box_iou(boxes1, boxes2):
    area1 = (boxes1[:, 2] - boxes1[:, 0]) * (boxes1[:, 3] - boxes1[:, 1])
    area2 = (boxes2[:, 2] - boxes2[:, 0]) * (boxes2[:, 3] - boxes2[:, 1])
    lo = nd.broadcast_maximum(boxes1.expand_dims(1)[:, :, :2], boxes2.expand_dims(0)[:, :, :2])
    hi = nd.broadcast_minimum(boxes1.expand_dims(1)[:, :, 2:], boxes2.expand_dims(0)[:, :, 2:])
    wh = hi - lo
    inter = wh[:, :, 0] * wh[:, :, 1]
    union = nd.broadcast_add(area1.reshape((-1, 1)), area2.reshape((1, -1))) - inter
    return inter / union

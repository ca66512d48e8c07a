# mistake: reads the boxes as (cx, cy, w, h) and converts them to corners first
# exercise: box_iou
# status: failed
# message: they are corners

def box_iou(boxes1, boxes2):
    def corners(b):
        return nd.concat(b[:, :2] - b[:, 2:] / 2, b[:, :2] + b[:, 2:] / 2, dim=1)

    boxes1, boxes2 = corners(boxes1), corners(boxes2)
    area1 = (boxes1[:, 2] - boxes1[:, 0]) * (boxes1[:, 3] - boxes1[:, 1])
    area2 = (boxes2[:, 2] - boxes2[:, 0]) * (boxes2[:, 3] - boxes2[:, 1])
    lo = nd.broadcast_maximum(boxes1.expand_dims(1)[:, :, :2], boxes2.expand_dims(0)[:, :, :2])
    hi = nd.broadcast_minimum(boxes1.expand_dims(1)[:, :, 2:], boxes2.expand_dims(0)[:, :, 2:])
    wh = nd.relu(hi - lo)
    inter = wh[:, :, 0] * wh[:, :, 1]
    return inter / (nd.broadcast_add(area1.reshape((-1, 1)), area2.reshape((1, -1))) - inter)

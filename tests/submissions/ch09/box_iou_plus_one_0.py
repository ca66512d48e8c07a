# mistake: areas and intersections with the + 1 pixel convention of Fast R-CNN's code
# exercise: box_iou
# status: failed
# message: pixel convention

def box_iou(boxes1, boxes2):
    def area(b):
        return (b[:, 2] - b[:, 0] + 1) * (b[:, 3] - b[:, 1] + 1)

    a1, a2 = area(boxes1), area(boxes2)
    lt = nd.broadcast_maximum(boxes1[:, None, :2], boxes2[None, :, :2])
    rb = nd.broadcast_minimum(boxes1[:, None, 2:], boxes2[None, :, 2:])
    wh = nd.clip(rb - lt + 1, 0, float('inf'))
    inter = wh[:, :, 0] * wh[:, :, 1]
    return inter / (nd.broadcast_add(a1[:, None], a2[None, :]) - inter)

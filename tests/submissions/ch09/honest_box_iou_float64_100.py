# mistake: none: a float64 IoU matrix
# exercise: box_iou
# status: passed
# message: box_iou

def _orig_box_iou(boxes1, boxes2):
    def box_area(boxes):
        return (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])

    areas1 = box_area(boxes1)  # (n,)
    areas2 = box_area(boxes2)  # (m,)
    # Upper-left and lower-right corners of the intersections: (n, m, 2)
    inter_upperlefts = nd.broadcast_maximum(boxes1[:, None, :2], boxes2[None, :, :2])
    inter_lowerrights = nd.broadcast_minimum(boxes1[:, None, 2:], boxes2[None, :, 2:])
    inters = nd.clip(inter_lowerrights - inter_upperlefts, 0, float('inf'))
    inter_areas = inters[:, :, 0] * inters[:, :, 1]  # (n, m)
    union_areas = nd.broadcast_add(areas1[:, None], areas2[None, :]) - inter_areas
    return inter_areas / union_areas


def box_iou(boxes1, boxes2):
    return _orig_box_iou(boxes1, boxes2).astype('float64')

# mistake: forgets to halve the sum of the corners
# exercise: box_corner_to_center
# status: failed
# message: divide by 2

def box_corner_to_center(boxes):
    x1, y1, x2, y2 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    return nd.stack(x1 + x2, y1 + y2, x2 - x1, y2 - y1, axis=1)

# mistake: returns matplotlib's (x, y, width, height), the top-left corner instead of the centre
# exercise: box_corner_to_center
# status: failed
# message: top-left corner

def box_corner_to_center(boxes):
    x1, y1, x2, y2 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    return nd.stack(x1, y1, x2 - x1, y2 - y1, axis=1)

# mistake: puts the height before the width
# exercise: box_corner_to_center
# status: failed
# message: width and height are swapped

def box_corner_to_center(boxes):
    x1, y1, x2, y2 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    return nd.stack((x1 + x2) / 2, (y1 + y2) / 2, y2 - y1, x2 - x1, axis=1)

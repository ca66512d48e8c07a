# mistake: mixes the formats: the top-left corner, then the width and height again
# exercise: box_center_to_corner
# status: failed
# message: bottom-right corner

def box_center_to_corner(boxes):
    cx, cy, w, h = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    return nd.stack(cx - w / 2, cy - h / 2, w, h, axis=1)

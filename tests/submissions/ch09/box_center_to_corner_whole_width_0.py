# mistake: moves the corners a whole width and height from the centre
# exercise: box_center_to_corner
# status: failed
# message: use half of each

def box_center_to_corner(boxes):
    cx, cy, w, h = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    return nd.stack(cx - w, cy - h, cx + w, cy + h, axis=1)

# mistake: uses the height for x and the width for y
# exercise: box_center_to_corner
# status: failed
# message: width and height are swapped

def box_center_to_corner(boxes):
    cx, cy, w, h = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    return nd.stack(cx - 0.5 * h, cy - 0.5 * w, cx + 0.5 * h, cy + 0.5 * w, axis=1)

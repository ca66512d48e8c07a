# mistake: none: the book's second edition's box_center_to_corner, in NDArray
# exercise: box_center_to_corner
# status: passed
# message: converts (cx, cy, w, h) boxes

def box_center_to_corner(boxes):
    """从（中间，宽度，高度）转换到（左上，右下）"""
    cx, cy, w, h = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    x1 = cx - 0.5 * w
    y1 = cy - 0.5 * h
    x2 = cx + 0.5 * w
    y2 = cy + 0.5 * h
    boxes = nd.stack(x1, y1, x2, y2, axis=-1)
    return boxes

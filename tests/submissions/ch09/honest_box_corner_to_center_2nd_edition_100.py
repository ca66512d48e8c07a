# mistake: none: the book's second edition's box_corner_to_center, in NDArray
# exercise: box_corner_to_center
# status: passed
# message: converts corner boxes

def box_corner_to_center(boxes):
    """从（左上，右下）转换到（中间，宽度，高度）"""
    x1, y1, x2, y2 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    cx = (x1 + x2) / 2
    cy = (y1 + y2) / 2
    w = x2 - x1
    h = y2 - y1
    boxes = nd.stack(cx, cy, w, h, axis=-1)
    return boxes

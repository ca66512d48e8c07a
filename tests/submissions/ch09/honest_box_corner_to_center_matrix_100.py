# mistake: none: one matrix product, (n, 4) x (4, 4), does the whole conversion
# exercise: box_corner_to_center
# status: passed
# message: converts corner boxes

# Column k of M gives output column k from (x1, y1, x2, y2).
_M = [[0.5, 0.0, -1.0, 0.0],
      [0.0, 0.5, 0.0, -1.0],
      [0.5, 0.0, 1.0, 0.0],
      [0.0, 0.5, 0.0, 1.0]]


def box_corner_to_center(boxes):
    return nd.dot(boxes, nd.array(_M, dtype=boxes.dtype))

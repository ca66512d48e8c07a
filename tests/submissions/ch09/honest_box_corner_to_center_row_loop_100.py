# mistake: none: a Python loop over the rows of a NumPy copy, one list per box
# exercise: box_corner_to_center
# status: passed
# message: converts corner boxes

def box_corner_to_center(boxes):
    rows = []
    for x1, y1, x2, y2 in boxes.asnumpy().tolist():
        rows.append([(x1 + x2) / 2, (y1 + y2) / 2, x2 - x1, y2 - y1])
    return nd.array(rows).reshape((-1, 4))

# mistake: the corners are the centre -/+ W and H, not W / 2 and H / 2: anchors twice as large
# exercise: multibox_prior
# status: failed
# message: twice as large

def multibox_prior(data, sizes, ratios):
    in_height, in_width = data.shape[-2:]
    pair_sizes = list(sizes) + [sizes[0]] * (len(ratios) - 1)
    pair_ratios = [ratios[0]] * len(sizes) + list(ratios[1:])
    size_tensor = nd.array(pair_sizes)
    sqrt_ratio = nd.array(pair_ratios).sqrt()
    center_h = (nd.arange(in_height) + 0.5) / in_height
    center_w = (nd.arange(in_width) + 0.5) / in_width
    shift_y = nd.broadcast_to(center_h.reshape((-1, 1)), (in_height, in_width)).reshape(-1)
    shift_x = nd.broadcast_to(center_w.reshape((1, -1)), (in_height, in_width)).reshape(-1)
    w = size_tensor * sqrt_ratio * in_height / in_width
    h = size_tensor / sqrt_ratio
    anchor_manipulations = nd.stack(-w, -h, w, h, axis=1)
    out_grid = nd.stack(shift_x, shift_y, shift_x, shift_y, axis=1)
    output = nd.broadcast_add(out_grid.expand_dims(axis=1),
                              anchor_manipulations.expand_dims(axis=0))
    return output.reshape((1, -1, 4))

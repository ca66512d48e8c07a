# mistake: none: the book's second edition's multibox_prior (written for mxnet.np), in NDArray
# exercise: multibox_prior
# status: passed
# message: matches MultiBoxPrior

def multibox_prior(data, sizes, ratios):
    """生成以每个像素为中心具有不同形状的锚框"""
    in_height, in_width = data.shape[-2:]
    device, num_sizes, num_ratios = data.context, len(sizes), len(ratios)
    boxes_per_pixel = (num_sizes + num_ratios - 1)
    size_tensor = nd.array(sizes, ctx=device)
    ratio_tensor = nd.array(ratios, ctx=device)

    # 为了将锚点移动到像素的中心，需要设置偏移量。
    # 因为一个像素的高为1且宽为1，我们选择偏移我们的中心0.5
    offset_h, offset_w = 0.5, 0.5
    steps_h = 1.0 / in_height  # 在y轴上缩放步长
    steps_w = 1.0 / in_width  # 在x轴上缩放步长

    # 生成锚框的所有中心点
    center_h = (nd.arange(in_height, ctx=device) + offset_h) * steps_h
    center_w = (nd.arange(in_width, ctx=device) + offset_w) * steps_w
    shift_y = nd.broadcast_to(center_h.reshape((-1, 1)), (in_height, in_width)).reshape(-1)
    shift_x = nd.broadcast_to(center_w.reshape((1, -1)), (in_height, in_width)).reshape(-1)

    # 生成“boxes_per_pixel”个高和宽，
    # 之后用于创建锚框的四角坐标(xmin,xmax,ymin,ymax)
    first = nd.sqrt(ratio_tensor[0])
    if num_ratios > 1:
        w = nd.concat(size_tensor * first, sizes[0] * nd.sqrt(ratio_tensor[1:]), dim=0)
        h = nd.concat(size_tensor / first, sizes[0] / nd.sqrt(ratio_tensor[1:]), dim=0)
    else:
        w, h = size_tensor * first, size_tensor / first
    w = w * in_height / in_width  # 处理矩形输入
    # 除以2来获得半高和半宽
    anchor_manipulations = nd.tile(nd.stack(-w, -h, w, h, axis=1),
                                   reps=(in_height * in_width, 1)) / 2

    # 每个中心点都将有“boxes_per_pixel”个锚框，
    # 所以生成含所有锚框中心的网格，重复了“boxes_per_pixel”次
    out_grid = nd.stack(shift_x, shift_y, shift_x, shift_y, axis=1)
    out_grid = nd.repeat(out_grid, repeats=boxes_per_pixel, axis=0)
    output = out_grid + anchor_manipulations
    return output.expand_dims(axis=0)

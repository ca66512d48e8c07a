# mistake: none: one lambda per side applied with map, type hints, a docstring and an f-string with !r
# exercise: conv_output_shape
# status: passed
# message: with strides, rounding down

from typing import Tuple

_side = lambda n, k, p, s: (n - k + 2 * p) // s + 1  # noqa: E731


def conv_output_shape(n_h: int, n_w: int, k_h: int, k_w: int,
                      p_h: int, p_w: int, s_h: int, s_w: int) -> Tuple[int, int]:
    """Output (height, width) of a convolution: floor((n - k + 2p) / s) + 1 per side."""
    return tuple(map(_side, (n_h, n_w), (k_h, k_w), (p_h, p_w), (s_h, s_w)))


print(f"{conv_output_shape(8, 8, 3, 3, 1, 1, 2, 2)!r}")

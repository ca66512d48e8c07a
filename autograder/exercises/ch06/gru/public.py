"""`gru` (§6.7): what the student sees, the public checks and the named mistakes.

The exercise is the book's formula, with the reset gate applied to the state before the
matmul, (R * H) W_hh; MXNet's gluon.rnn.GRU applies it after, R * (H W_hh), and an answer
that computes MXNet's form is told so. The structure, state and gradient diagnoses are the
recurrent models' (``d2l.selfcheck.ch06.rnn.public``).
"""

from d2l.selfcheck.ch06.rnn import public as shared

SECTION = "§6.7 门控循环单元（GRU）"
FORBIDDEN = shared.recurrent_forbidden()
HINTS = shared.hints("gru")

reset_after = shared.named(
    "this is MXNet's GRU, which applies the reset gate after the hidden matmul, "
    "R * (H W_hh); the exercise uses the book's formula, tanh(X W_xh + (R * H) W_hh + b_h): "
    "reset the state, then multiply",
    "MXNet's form (gluon.rnn.GRU): the reset gate after the hidden matmul.")
gates_swapped = shared.named(
    "the update and reset gates are swapped: params lists the update gate first, W_xz, "
    "W_hz, b_z, then the reset gate W_xr, W_hr, b_r",
    "The update and reset gates' parameters exchanged.")
update_swapped = shared.named(
    "Z and 1 - Z are swapped in the update: H = Z * H + (1 - Z) * H~ (Z close to 1 keeps "
    "the old state)", "H = (1 - Z) * H + Z * H~.")
no_reset = shared.named(
    "the reset gate is not used in the candidate state: H~ = tanh(X W_xh + (R * H) W_hh + b_h)",
    "The candidate state ignores the reset gate.")
no_carry = shared.named(
    "every step starts from the initial state: the new H is not carried to the next step",
    "Each step starts from the initial state.")
no_output_layer = shared.named(
    "the outputs are the hidden states: each step's output is Y = H W_hq + b_q",
    "The outputs are the hidden states.")

# MXNet's form first: it is what an answer that copies gluon.rnn.GRU's formula computes.
DIAGNOSES = {"reset_after": reset_after, "gates_swapped": gates_swapped,
             "update_swapped": update_swapped, "no_reset": no_reset, "no_carry": no_carry,
             "no_output_layer": no_output_layer}

CHECKS = shared.model_checks("gru", DIAGNOSES, "the book's GRU formula (reset gate before "
                                               "the matmul)")

"""`lstm` (§6.8): what the student sees, the public checks and the named mistakes.

The book lists the gates as i, f, o and then the candidate cell c; MXNet's fused layers
store them as i, f, c, o. The structure, state and gradient diagnoses are the recurrent
models' (``d2l.selfcheck.ch06.rnn.public``).
"""

from mxnet import nd

from d2l.selfcheck.ch06.rnn import public as shared

SECTION = "§6.8 长短期记忆（LSTM）"
FORBIDDEN = shared.recurrent_forbidden()
HINTS = shared.hints("lstm")

no_cell_tanh = shared.named("the memory cell's tanh is missing: H = O * tanh(C), not O * C",
                            "H = O * C.")
gates_mxnet_order = shared.named(
    "the output gate and the candidate memory cell are swapped: the book lists the gates as "
    "input, forget, output, then the candidate cell (i, f, o, c; MXNet's own order is i, f, "
    "c, o)", "The parameters unpacked in MXNet's gate order.")
input_forget_swapped = shared.named(
    "the input and forget gates are swapped: params lists the input gate (W_xi, W_hi, b_i) "
    "first, then the forget gate", "The input and forget gates exchanged.")
no_carry = shared.named(
    "every step starts from the initial state: the new H and C are not carried to the next "
    "step", "Each step starts from the initial state.")
no_output_layer = shared.named(
    "the outputs are the hidden states: each step's output is Y = H W_hq + b_q",
    "The outputs are the hidden states.")

DIAGNOSES = {"no_cell_tanh": no_cell_tanh, "gates_mxnet_order": gates_mxnet_order,
             "input_forget_swapped": input_forget_swapped, "no_carry": no_carry,
             "no_output_layer": no_output_layer}

CHECKS = shared.model_checks("lstm", DIAGNOSES, "gluon.rnn.LSTM and a dense layer")


def lstm_stand_in(inputs, state, params):
    """A correct ``lstm`` for the checks of ``predict_rnn``, run by MXNet's fused ``RNN``
    operator (which this exercise forbids)."""
    (W_xi, W_hi, b_i, W_xf, W_hf, b_f, W_xo, W_ho, b_o, W_xc, W_hc, b_c, W_hq, b_q) = params
    # MXNet's gate order: input, forget, candidate memory cell, output.
    out, H, C = shared.fused("lstm", inputs, state, [W_xi, W_xf, W_xc, W_xo],
                             [W_hi, W_hf, W_hc, W_ho], [b_i, b_f, b_c, b_o])
    return [nd.dot(h, W_hq) + b_q for h in out], (H[0], C[0])


def init_lstm_state(batch_size, num_hiddens, ctx):
    """The book's initial LSTM state (§6.8): zeros for H and C. The checks of
    ``predict_rnn`` pass it with the stand-in, because that exercise comes before the
    notebook's LSTM section, where the student's kernel has not defined its own yet."""
    return (nd.zeros(shape=(batch_size, num_hiddens), ctx=ctx),
            nd.zeros(shape=(batch_size, num_hiddens), ctx=ctx))


STAND_IN = lstm_stand_in
HELPERS = ("init_lstm_state",)

# mistake: none: adam is an instance of a class with __call__, a docstring and a __repr__ printed with !r
# exercise: adam
# status: passed
# message: adds 1 to hyperparams['t'] on every call

def init_adam_states():
    v_w, v_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    s_w, s_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    return ((v_w, s_w), (v_b, s_b))


class Adam:
    """The book's Adam: bias-corrected moments, epsilon added to the square root."""

    def __init__(self, beta1=0.9, beta2=0.999, eps=1e-6):
        self.beta1, self.beta2, self.eps = beta1, beta2, eps

    def __call__(self, params, states, hyperparams):
        b1, b2, t = self.beta1, self.beta2, hyperparams['t']
        for p, (v, s) in zip(params, states):
            v[:] = b1 * v + (1 - b1) * p.grad
            s[:] = b2 * s + (1 - b2) * p.grad.square()
            v_hat = v / (1 - b1 ** t)
            s_hat = s / (1 - b2 ** t)
            p[:] -= hyperparams['lr'] * v_hat / (s_hat.sqrt() + self.eps)
        hyperparams['t'] += 1

    def __repr__(self):
        return f"Adam(beta1={self.beta1!r}, beta2={self.beta2!r}, eps={self.eps!r})"


adam = Adam()
print(f"{adam!r}")

# mistake: passes beta where batch_norm expects gamma and the other way round
# exercise: BatchNorm
# status: partial
# message: gamma and beta are swapped

class BatchNorm(nn.Block):
    def __init__(self, num_features, num_dims, **kwargs):
        super().__init__(**kwargs)
        shape = (1, num_features) if num_dims == 2 else (1, num_features, 1, 1)
        self.gamma = self.params.get('gamma', shape=shape, init=init.One())
        self.beta = self.params.get('beta', shape=shape, init=init.Zero())
        self.moving_mean = self.params.get('moving_mean', shape=shape, init=init.Zero(),
                                           grad_req='null')
        self.moving_var = self.params.get('moving_var', shape=shape, init=init.Zero(),
                                          grad_req='null')

    def forward(self, X):
        Y, moving_mean, moving_var = batch_norm(
            X, self.beta.data(), self.gamma.data(), self.moving_mean.data(),
            self.moving_var.data(), eps=1e-5, momentum=0.9)
        self.moving_mean.set_data(moving_mean.detach())
        self.moving_var.set_data(moving_var.detach())
        return Y

# mistake: Dense layers with their default bias
# exercise: attention_model
# status: partial
# message: has biases

def attention_model(attention_size):
    model = nn.Sequential()
    model.add(nn.Dense(attention_size, activation='tanh', flatten=False),
              nn.Dense(1, flatten=False))
    return model

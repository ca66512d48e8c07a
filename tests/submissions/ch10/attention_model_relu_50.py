# mistake: ReLU instead of tanh
# exercise: attention_model
# status: partial
# message: uses ReLU

def attention_model(attention_size):
    model = nn.Sequential()
    model.add(nn.Dense(attention_size, activation='relu', use_bias=False,
                       flatten=False),
              nn.Dense(1, use_bias=False, flatten=False))
    return model

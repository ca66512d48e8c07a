# mistake: forgets flatten=False
# exercise: attention_model
# status: failed
# message: flatten=False

def attention_model(attention_size):
    model = nn.Sequential()
    model.add(nn.Dense(attention_size, activation='tanh', use_bias=False),
              nn.Dense(1, use_bias=False))
    return model

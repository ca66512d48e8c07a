# mistake: none: writes a helper module of its own (my_vgg_parts.py) at run time, imports it, and prints os.getcwd()
# exercise: vgg_block
# status: passed
# message: computes what the book's block computes
# alone: yes

import os

with open('my_vgg_parts.py', 'w') as f:
    f.write(
        "from mxnet.gluon import nn\n"
        "\n"
        "def conv3x3(channels):\n"
        "    return nn.Conv2D(channels, kernel_size=3, padding=1, activation='relu')\n"
        "\n"
        "def halve():\n"
        "    return nn.MaxPool2D(pool_size=2, strides=2)\n")
print("helper written in", os.getcwd())

import my_vgg_parts


def vgg_block(num_convs, num_channels):
    blk = nn.Sequential()
    for _ in range(num_convs):
        blk.add(my_vgg_parts.conv3x3(num_channels))
    blk.add(my_vgg_parts.halve())
    return blk

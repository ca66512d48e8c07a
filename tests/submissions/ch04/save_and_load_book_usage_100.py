# mistake: none: the function, with the book's own cells before it (files x, xy and mydict in the working directory)
# exercise: save_and_load
# status: passed

x = nd.ones(3)
nd.save('x', x)

x2 = nd.load('x')
x2

y = nd.zeros(4)
nd.save('xy', [x, y])
x2, y2 = nd.load('xy')
(x2, y2)

mydict = {'x': x, 'y': y}
nd.save('mydict', mydict)
mydict2 = nd.load('mydict')
mydict2


def save_and_load(obj, path):
    nd.save(path, obj)
    return nd.load(path)

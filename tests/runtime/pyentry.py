# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# pyentry.py - functions for the python:function__entry test (usdt.test).
# python3.11 reaches its function__entry site only while Python itself
# traces or profiles (sys.setprofile here) and when a generator is resumed
# by close() or throw(); an ordinary call skips it.
import sys


class Point:
    def __init__(self, x):
        self.x = x


def square(x):
    return x * x


def key(p):
    return -p.x


def main():
    points = list(map(Point, range(2)))
    total = sum(map(square, range(3)))
    return sorted(points, key=key), total


def gen():
    yield 1


sys.setprofile(lambda *a: None)
main()
sys.setprofile(None)
square(4)
g = gen()
next(g)
g.close()

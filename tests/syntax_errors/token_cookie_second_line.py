#!/usr/bin/env python3
# -*- coding: bogus -*-
x = 1

'single'
"double"
'''triple single'''
"""triple
double"""
r'raw \n'
R"raw"
b'bytes'
B"bytes"
br'raw bytes'
Rb'raw bytes'
u'unicode'
'implicit' "concatenation"
b'a' b'b'
'escape \n \t \\ \' \x41 \101 \u00e9 \N{BULLET}'
b'\x00\xff\n'
'line \
continued'
"invalid \d escape"

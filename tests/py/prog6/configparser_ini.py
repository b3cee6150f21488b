import configparser, io
text = """
# global comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9

[bitbucket.org]
User = hg

[topsecret.server.com]
Port = 50022
ForwardX11 = no
home = /home/me
path = %(home)s/bin
multi = first line
    second line

    fourth line
; a comment
empty =
ratio: 0.75
"""
c = configparser.ConfigParser()
c.read_string(text)
print(c.sections(), c.defaults())
print(c['bitbucket.org']['user'], c['bitbucket.org']['compression'], c.getint('topsecret.server.com', 'port'))
print(c.getboolean('topsecret.server.com', 'forwardx11'), c['topsecret.server.com'].getboolean('compression'), c.getfloat('topsecret.server.com', 'ratio'))
print(repr(c.get('topsecret.server.com', 'multi')), repr(c['topsecret.server.com']['empty']), c.get('topsecret.server.com', 'path'), c.get('topsecret.server.com', 'path', raw=True))
print(c.options('bitbucket.org'), list(c['topsecret.server.com']), 'port' in c['topsecret.server.com'], 'bitbucket.org' in c, len(c))
print(c.items('bitbucket.org'), c.get('bitbucket.org', 'missing', fallback='fb'), c['bitbucket.org'].get('missing', 'dflt'))
print(c.has_section('x'), c.has_option('bitbucket.org', 'User'), c['DEFAULT']['compressionlevel'])
c.add_section('new'); c.set('new', 'key', 'value'); c['new']['other'] = '2'; c['dict'] = {'a': '1', 'B': 'two'}
c.remove_option('topsecret.server.com', 'multi'); c.remove_section('bitbucket.org')
out = io.StringIO(); c.write(out); print(out.getvalue())
for f in [lambda: c.get('nosec', 'k'), lambda: c.get('new', 'zz'), lambda: c.add_section('new'), lambda: c['zz'], lambda: c.getint('new', 'key'),
          lambda: configparser.ConfigParser().read_string('x=1'), lambda: configparser.ConfigParser().read_string('[a]\nk=1\nk=2'),
          lambda: configparser.ConfigParser().read_string('[s]\n=bad\n  junk'), lambda: configparser.ConfigParser().read_string('[s]\nv=%(nope)s\n'),
          lambda: c.getboolean('new', 'key'), lambda: c.set('new', 'x', 5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
c2 = configparser.ConfigParser(); c2.read_string('[p]\nhome=/h\nbad=%(nope)s\n')
try:
    c2.get('p', 'bad')
except configparser.InterpolationMissingOptionError as e:
    print(e)
e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_string('[common]\nroot=/srv\n[app]\ndir=${common:root}/app\nlog=${dir}/log\ncost=$$5')
print(e['app']['dir'], e['app']['log'], e['app']['cost'])
r = configparser.RawConfigParser(); r.read_string('[x]\np=100%\n'); print(r.get('x', 'p'))
n = configparser.ConfigParser(allow_no_value=True, inline_comment_prefixes=('#',)); n.read_string('[flags]\nverbose\nlevel = 3  # inline\n'); print(dict(n['flags']))
cv = configparser.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]}); cv.read_string('[s]\nitems = a, b ,c\n'); print(cv.getlist('s', 'items'), cv['s'].getlist('items'))
d = configparser.ConfigParser(defaults={'color': 'red'}); d.read_dict({'s': {'n': 1}}); print(d['s']['color'], d['s']['n'], dict(d['s']))
print(repr(c['new']), c['new'].name)

"""gettext: message catalogs. moult ships no compiled .mo files, so every lookup
ends at the null catalog and returns the text unchanged, as CPython does then."""

import errno, os, sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog', 'bindtextdomain',
           'find', 'translation', 'install', 'textdomain', 'dgettext',
           'dngettext', 'gettext', 'ngettext', 'pgettext', 'dpgettext',
           'npgettext', 'dnpgettext']

_SYSTEM_DIR = os.path.join(sys.base_prefix, 'share', 'locale')    # unless rebound
_dirs_by_domain = {}
_active = ['messages']       # a one-slot box: the domain textdomain() reports


def _plural(one, many, n):    # the rule used when no Plural-Forms header applies
    return one if n == 1 else many


class NullTranslations:
    """A catalog with no entries; it can pass unanswered lookups down a chain."""

    def __init__(self, fp=None):
        # Subclasses' _parse() fills _info/_charset; _fallback links the chain.
        self._info, self._charset, self._fallback = {}, None, None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        """Hook for subclasses that read a catalog; the null one has nothing to read."""

    def add_fallback(self, fallback):
        # Append to the end of the chain, letting each link decide how.
        tail = self._fallback
        if tail:
            tail.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        nxt = self._fallback
        return nxt.gettext(message) if nxt else message

    def ngettext(self, msgid1, msgid2, n):
        nxt = self._fallback
        return nxt.ngettext(msgid1, msgid2, n) if nxt else _plural(msgid1, msgid2, n)

    def pgettext(self, context, message):
        nxt = self._fallback
        return nxt.pgettext(context, message) if nxt else message

    def npgettext(self, context, msgid1, msgid2, n):
        nxt = self._fallback
        if nxt:
            return nxt.npgettext(context, msgid1, msgid2, n)
        return _plural(msgid1, msgid2, n)

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        # '_' is always bound; only the four lookup methods may join it.
        setattr(builtins, '_', self.gettext)
        lookups = {'gettext', 'ngettext', 'npgettext', 'pgettext'}
        for attr in (() if names is None else lookups.intersection(names)):
            setattr(builtins, attr, getattr(self, attr))


class GNUTranslations(NullTranslations):
    # The .mo header constants; parsing itself is not provided (no catalogs).
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)


def find(domain, localedir=None, languages=None, all=False):
    # Nothing is installed, so the search always comes back empty.
    return [] if all else None

def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    if not fallback:
        raise FileNotFoundError(errno.ENOENT,
                                'No translation file found for domain', domain)
    return NullTranslations()

Catalog = translation    # old alias kept by CPython

def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)

def textdomain(domain=None):
    if domain is not None:
        _active[0] = domain
    return _active[0]

def bindtextdomain(domain, localedir=None):
    if localedir is None:
        return _dirs_by_domain.get(domain, _SYSTEM_DIR)
    _dirs_by_domain[domain] = localedir
    return localedir

def _lookup(domain):    # the catalog d*gettext consult: always the null one here
    return translation(domain, _dirs_by_domain.get(domain), fallback=True)

# Explicit-domain lookups, then their current-domain shorthands.
def dgettext(domain, message):
    return _lookup(domain).gettext(message)

def dngettext(domain, msgid1, msgid2, n):
    return _lookup(domain).ngettext(msgid1, msgid2, n)

def dpgettext(domain, context, message):
    return _lookup(domain).pgettext(context, message)

def dnpgettext(domain, context, msgid1, msgid2, n):
    return _lookup(domain).npgettext(context, msgid1, msgid2, n)

def gettext(message):
    return dgettext(textdomain(), message)

def ngettext(msgid1, msgid2, n):
    return dngettext(textdomain(), msgid1, msgid2, n)

def pgettext(context, message):
    return dpgettext(textdomain(), context, message)

def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(textdomain(), context, msgid1, msgid2, n)

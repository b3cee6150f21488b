class ConfigError(Exception):
    pass
def load(name):
    try:
        return {}[name]
    except KeyError as e:
        raise ConfigError(f"no setting {name!r}") from e
load("port")

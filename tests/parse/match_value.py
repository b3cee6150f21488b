match color:
    case Color.RED:
        pass
    case mod.Color.GREEN | mod.sub.Color.BLUE:
        pass

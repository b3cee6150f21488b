# Sourced by the regen scripts: finds the oracle (CPython 3.11) and sets a clean
# environment for it. Sets PY to the interpreter binary; $1 is the caller's name
# for messages.
# `python3` may be a pyenv shim (a slow shell script): the expectations must come
# from the binary it stands for.
PY=$(python3 -c 'import sys; print(sys.executable)')
"$PY" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' || {
    echo "$1: the oracle must be CPython 3.11 (got $PY)" >&2
    exit 2
}
# Patch releases differ in a few messages, so say which one is the oracle.
echo "$1: oracle $PY ($("$PY" -c 'import platform; print(platform.python_version())'))" >&2
export PYTHONDONTWRITEBYTECODE=1
unset PYTHONPATH PYTHONSTARTUP PYTHONWARNINGS PYTHONIOENCODING PYTHONUTF8
export LC_ALL=C.UTF-8

changed=0
problems=0

# Moves $1 (a fresh output) over $2 when they differ, and reports it.
install_if_changed() {
    local new=$1 old=$2
    if [ ! -e "$old" ]; then
        mv "$new" "$old"
        echo "new      $old"
        changed=$((changed + 1))
    elif ! cmp -s "$new" "$old"; then
        mv "$new" "$old"
        echo "updated  $old"
        changed=$((changed + 1))
    fi
}

# Removes $1 if it exists, and reports it.
remove_if_present() {
    if [ -e "$1" ]; then
        rm "$1"
        echo "removed  $1"
        changed=$((changed + 1))
    fi
}

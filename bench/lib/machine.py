#!/usr/bin/env python3
"""Prints, as JSON, what a benchmark figure depends on besides the code: the machine (cores, CPU model, memory),
its load average now, the tool versions and the commit. The run calls it before and after measuring; absolute
numbers from a shared machine mean little without the load beside them."""
import json
import os
import platform
import subprocess
import sys


# Debian packages whose versions a figure depends on.
PACKAGES = ["libxapian30", "xapian-omega", "libsqlite3-0", "wrk", "g++"]


def first_line(cmd):
    """The first line a command prints (some print their version on stderr), or None when it fails."""
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=10)
        if out.returncode != 0:
            return None
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return None


def cpu_model():
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def mem_gb():
    try:
        for line in open("/proc/meminfo", encoding="utf-8"):
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    commit = first_line(["git", "-C", root, "rev-parse", "--short", "HEAD"])
    dirty = commit is not None and bool(
        subprocess.run(["git", "-C", root, "status", "--porcelain"], capture_output=True, text=True).stdout.strip())
    info = {
        "nproc": os.cpu_count(),
        "cpu": cpu_model(),
        "mem_gb": mem_gb(),
        "kernel": platform.release(),
        "loadavg": [round(x, 2) for x in os.getloadavg()],
        "commit": (commit or "unknown") + ("+uncommitted" if dirty else ""),
        "versions": {p: first_line(["dpkg-query", "-W", "-f=${Version}", p]) for p in PACKAGES},
    }
    json.dump(info, sys.stdout)
    print()


if __name__ == "__main__":
    main()

"""`ngs`: the command line. Thin: each subcommand module parses its own arguments and calls library code.

Every module listed in SUBCOMMANDS exposes `register(subparsers)`, which adds its parser(s) and sets
`func(args) -> int` as the parser default.
"""
from __future__ import annotations

import argparse
import importlib
import sys

SUBCOMMANDS = [
    "granular_vae.train_cli",   # ngs train, ngs sample, ngs critic
    "granular_vae.evaluate",    # ngs eval
    "granular_vae.resynth",     # ngs resynth, ngs morph, ngs plot
    "osc_server.cli",           # ngs serve
    "osc_server.patch_check",   # ngs check-patch
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ngs",
        description="Neural granular synthesis: train a grain-level filtered-noise VAE on drum one-shots, "
        "sample and resynthesise sounds, and serve it over OSC to Max, Pd and live coders.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in SUBCOMMANDS:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

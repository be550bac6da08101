"""`ngs serve`: run the OSC server."""
from __future__ import annotations

import argparse
import logging
import signal
import sys
from pathlib import Path

DEFAULT_OUT_DIR = Path("~/ngs-buffers")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "serve", help="serve the model over OSC (UDP) to Max, Pd, SuperCollider and live coders",
        description="Serve a model over OSC/UDP. Synthesis requests (/sample_note, /sample_path, /resynthesis, "
        "/vary, /morph) are answered with /buffer <track> <path> <n_samples> <sr>, the path of a fresh WAV file; bad "
        "requests with /error <address> <message>. Replies go to the sender's IP on the reply port. "
        "The full protocol is in docs/OSC.md. Ctrl-C stops the server.")
    p.add_argument("--checkpoint", type=Path, default=None, metavar="PATH",
                   help="model file (default: the bundled checkpoints/drums.safetensors)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: %(default)s); 0.0.0.0 opens the server to the network")
    p.add_argument("--port", type=int, default=7400, help="UDP port to listen on (default: %(default)s; 0: any free port)")
    p.add_argument("--reply-port", type=int, default=7401, metavar="PORT",
                   help="UDP port on the sender's host that replies go to (default: %(default)s; 0: the port each "
                   "request came from)")
    p.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR, metavar="DIR",
                   help="folder for the WAV buffers, the only place written (default: %(default)s)")
    p.add_argument("--out-sr", type=int, default=44100, metavar="HZ",
                   help="sample rate of the WAV buffers, resampled from the model's rate (default: %(default)s)")
    p.add_argument("--keep", type=int, default=8, metavar="N",
                   help="WAV files kept per track; older ones are deleted (default: %(default)s)")
    p.add_argument("--allow-dir", type=Path, action="extend", nargs="+", default=[], metavar="DIR",
                   help="folders /resynthesis and /vary may read input files from (several, or the option repeated); the "
                   "output folder is always allowed")
    p.add_argument("--queue", type=int, default=32, metavar="N",
                   help="synthesis requests that may wait; more get /error busy (default: %(default)s)")
    p.add_argument("--threads", type=int, default=1, metavar="N",
                   help="torch CPU threads, for the encoder of /resynthesis and /vary (default: %(default)s; rendering "
                   "always runs on one thread, and on a small machine more threads mostly compete with the receiver "
                   "and the audio callback for cores)")
    p.add_argument("--audio", action="store_true", help="open an audio output for /play and /stream/* (needs PortAudio)")
    p.add_argument("--audio-device", default=None, metavar="NAME",
                   help="output device name (substring) or index, as sounddevice lists them (default: the system default)")
    p.add_argument("--log-level", default="warning", choices=["debug", "info", "warning", "error"],
                   help="logging detail (default: %(default)s)")
    p.set_defaults(func=run)


def _fail(message: str) -> int:
    print(f"ngs serve: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(name)s %(levelname)s: %(message)s")
    for name, value, lo, hi in (("--port", args.port, 0, 65535), ("--reply-port", args.reply_port, 0, 65535),
                                ("--out-sr", args.out_sr, 8000, 384000), ("--keep", args.keep, 1, 10000),
                                ("--queue", args.queue, 1, 100000), ("--threads", args.threads, 1, 1024)):
        if not lo <= value <= hi:
            return _fail(f"{name} must be in {lo}..{hi}, got {value}")
    if args.reply_port == args.port != 0:
        return _fail("--reply-port must differ from --port: the server would answer itself")
    for d in args.allow_dir:
        if not d.expanduser().is_dir():
            return _fail(f"--allow-dir {d} is not a folder")

    from granular_vae.devices import cpu_threads

    with cpu_threads(args.threads):
        return _serve(args)


def _serve(args: argparse.Namespace) -> int:
    from granular_vae import CheckpointError, Synth

    from .server import Server
    from .stream import AudioEngine, AudioUnavailable

    try:
        synth = Synth.load(args.checkpoint, device="cpu")
    except (CheckpointError, OSError) as e:
        return _fail(str(e))
    audio = None
    if args.audio:
        try:
            audio = AudioEngine(synth, args.audio_device)
        except AudioUnavailable as e:
            return _fail(str(e))
    try:
        server = Server(synth, host=args.host, port=args.port, reply_port=args.reply_port, out_dir=args.out_dir,
                        out_sr=args.out_sr, keep=args.keep, allow_dirs=tuple(args.allow_dir), queue_size=args.queue,
                        audio=audio)
    except OSError as e:
        if audio is not None:
            audio.close()
        return _fail(f"cannot start on {args.host}:{args.port} with buffers in {args.out_dir}: {e}")
    host, port = server.address
    replies = "the port each request came from" if args.reply_port == 0 else f"port {args.reply_port}"
    line = (f"ngs serve: listening on udp {host}:{port}, replying to each sender's host on {replies}, "
            f"buffers in {server.buffers.out_dir} ({args.out_sr} Hz WAV)")
    if audio is not None:
        line += f", audio out on {audio.device_name} at {audio.rate} Hz"
    print(line, flush=True)

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    print("ngs serve: stopped", flush=True)
    return 0

"""Benchmark `ngs serve` over real UDP sockets with python-osc clients, the server in its own process.

Measures, for /sample_note of a 1 s hit:
  idle      round trip (request sent -> WAV written -> /buffer received) p50/p99, one client, requests paced
            like a fast step sequencer (one every --interval ms): unseeded, seeded with a new seed each
            time, and seeded with a 16-step pattern of seeds repeating (live coding)
  load      the same while two background clients ask for --load-rate hits/s (default 64: an 8-track
            drum machine asking for a new hit on every 16th note at 120 bpm), plus /ping
  cpu       the server's CPU use idle and while a sequencer asks for 8 hits/s (unseeded, one track)
  max       sustained requests/s with a window of requests in flight (no /error busy)
  flood     2,000 requests/s for 5 s from several clients: RSS before/after, /ping round trips during it,
            how many got /buffer and how many /error busy

    python benchmarks/bench_server.py [--checkpoint PATH] [--threads 1] [--out-dir DIR]

Prints one line per phase and a JSON summary at the end. Only talks to 127.0.0.1.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
from pythonosc.osc_message import OscMessage

from osc_server.protocol import encode as msg  # the same python-osc encoding the server replies with

CLASSES = ("kick", "snare", "hat", "clap", "tom", "cymbal", "perc", "cowbell")


def start_server(checkpoint: str | None, threads: int, out_dir: str) -> tuple[subprocess.Popen, int]:
    cmd = [sys.executable, "-m", "granular_vae.cli", "serve", "--port", "0", "--reply-port", "0",
           "--out-dir", out_dir, "--threads", str(threads), "--queue", "32"]
    if checkpoint:
        cmd += ["--checkpoint", checkpoint]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    m = re.search(r"udp [\d.]+:(\d+)", line)
    if not m:
        proc.kill()
        raise SystemExit(f"server did not start: {line!r}")
    print(line.strip())
    return proc, int(m.group(1))


class Client:
    """One UDP socket that sends requests and receives their replies (the server replies to its port)."""

    def __init__(self, port: int):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(5.0)
        self.server = ("127.0.0.1", port)

    def send(self, data: bytes) -> None:
        self.sock.sendto(data, self.server)

    def recv(self) -> OscMessage:
        return OscMessage(self.sock.recv(65536))

    def round_trip(self, data: bytes) -> tuple[float, OscMessage]:
        t0 = time.perf_counter()
        self.send(data)
        reply = self.recv()
        return time.perf_counter() - t0, reply


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return -1


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_share(pid: int, port: int, interval: float | None, seconds: float = 5.0) -> float:
    """The server's CPU use in % of one core over `seconds`: idle (interval None), or while a client asks
    for a hit every `interval` s (a sequencer playing)."""
    time.sleep(1.0)   # past the render-ahead work that follows earlier phases
    c, t0, cpu0 = Client(port), time.perf_counter(), cpu_seconds(pid)
    if interval is None:
        time.sleep(seconds)
    while interval is not None and time.perf_counter() - t0 < seconds:
        c.round_trip(msg("/sample_note", 1, "kick"))
        time.sleep(interval)
    return round(100 * (cpu_seconds(pid) - cpu0) / (time.perf_counter() - t0), 1)


def pct(times: list[float]) -> dict:
    ms = np.array(times) * 1e3
    return {"n": len(ms), "p50_ms": round(float(np.percentile(ms, 50)), 3), "p99_ms": round(float(np.percentile(ms, 99)), 3),
            "max_ms": round(float(ms.max()), 3)}


def latency(port: int, n: int, interval: float, address: str = "/sample_note", pattern: int | None = None,
            first_seed: int = 0) -> dict:
    """Sequential round trips; /sample_note cycles through 8 tracks and classes.

    pattern=K: seeded, first_seed + i % K, so seeds repeat every K steps like a live-coded pattern (the
    server renders each once, then remembers it); K >= n gives every request a new seed (rendered on
    demand). Seeds a server has seen before come from its memory: give each run its own first_seed.
    """
    c = Client(port)
    times, errors = [], 0
    for i in range(n):
        if address == "/sample_note":
            data = msg(address, 1 + i % 8, CLASSES[i % 8], *((1.0, first_seed + i % pattern) if pattern else ()))
        else:
            data = msg(address)
        dt, reply = c.round_trip(data)
        if reply.address == "/error":
            errors += 1
        else:
            times.append(dt)
        time.sleep(interval)
    return {**pct(times), "errors": errors}


def background(port: int, rate: float, seconds: float, n_clients: int, stop: threading.Event,
               counts: list[dict]) -> list[threading.Thread]:
    """Clients sending /sample_note at `rate` requests/s in total, open loop, each counting its replies in counts[k]."""
    def run(k: int) -> None:
        c, counts[k] = Client(port), {"sent": 0, "buffer": 0, "busy": 0}
        c.sock.settimeout(0.001)
        period, t_next, end = n_clients / rate, time.perf_counter(), time.perf_counter() + seconds
        while not stop.is_set() and time.perf_counter() < end:
            now = time.perf_counter()
            if now >= t_next:
                c.send(msg("/sample_note", 9 + k % 8, CLASSES[k % 8]))
                counts[k]["sent"] += 1
                t_next += period
            try:
                r = c.recv()
                counts[k]["busy" if r.address == "/error" else "buffer"] += 1
            except (socket.timeout, BlockingIOError):
                pass
        c.sock.settimeout(0.5)  # collect the stragglers
        try:
            while True:
                r = c.recv()
                counts[k]["busy" if r.address == "/error" else "buffer"] += 1
        except socket.timeout:
            pass
    threads = [threading.Thread(target=run, args=(k,), daemon=True) for k in range(n_clients)]
    for t in threads:
        t.start()
    return threads


def max_throughput(port: int, seconds: float, window: int) -> dict:
    """Keep `window` requests in flight from one client; completed /buffer replies per second."""
    c = Client(port)
    done = errors = 0
    for i in range(window):
        c.send(msg("/sample_note", 1 + i % 8, CLASSES[i % 8]))
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        r = c.recv()
        if r.address == "/error":
            errors += 1
        else:
            done += 1
        c.send(msg("/sample_note", 1 + done % 8, CLASSES[done % 8]))
    elapsed = time.perf_counter() - t0
    c.sock.settimeout(2.0)
    for _ in range(window):  # drain
        try:
            c.recv()
        except socket.timeout:
            break
    return {"req_per_s": round(done / elapsed, 1), "window": window, "errors": errors, "seconds": round(elapsed, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--checkpoint", default=None, help="model file (default: the bundled one)")
    ap.add_argument("--threads", type=int, default=1, help="model CPU threads in the server (ngs serve --threads)")
    ap.add_argument("--out-dir", default=None, help="buffer folder (default: a fresh temporary folder)")
    ap.add_argument("--n", type=int, default=300, help="requests per latency measurement")
    ap.add_argument("--interval", type=float, default=0.02, help="seconds between paced latency requests")
    ap.add_argument("--load-rate", type=float, default=64.0, help="background /sample_note requests/s during 'load'")
    args = ap.parse_args()
    out_dir = args.out_dir or tempfile.mkdtemp(prefix="ngs-bench-")
    proc, port = start_server(args.checkpoint, args.threads, out_dir)
    result: dict = {"threads": args.threads, "out_dir": out_dir, "cpus": os.cpu_count(), "loadavg_start": os.getloadavg()}
    try:
        latency(port, 20, 0.0)  # warm up, then let the worker render ahead as an idle server would
        time.sleep(1.0)
        result["idle_sample_note"] = latency(port, args.n, args.interval)
        print("idle   /sample_note", result["idle_sample_note"], flush=True)
        result["idle_sample_note_seeded"] = latency(port, args.n, args.interval, pattern=args.n)
        print("idle   /sample_note seeded, a new seed each time (rendered on demand)", result["idle_sample_note_seeded"], flush=True)
        result["idle_sample_note_pattern"] = latency(port, args.n, args.interval, pattern=16, first_seed=args.n)
        print("idle   /sample_note seeded, a 16-step pattern of seeds", result["idle_sample_note_pattern"], flush=True)
        result["idle_ping"] = latency(port, args.n, 0.001, "/ping")
        print("idle   /ping", result["idle_ping"], flush=True)

        result["cpu_percent"] = {"idle": cpu_share(proc.pid, port, None),
                                 "playing_8_per_s": cpu_share(proc.pid, port, 0.125)}
        print("cpu    server, % of one core, idle and with a hit every 125 ms", result["cpu_percent"], flush=True)

        result["max"] = max_throughput(port, 5.0, 8)
        print("max    sustained", result["max"], flush=True)

        stop, counts = threading.Event(), [{}, {}]
        load_rate = args.load_rate
        threads = background(port, load_rate, 60.0, 2, stop, counts)
        time.sleep(0.5)
        result["load_sample_note"] = {**latency(port, args.n // 2, args.interval), "background_req_per_s": round(load_rate, 1)}
        print("load   /sample_note", result["load_sample_note"], flush=True)
        result["load_ping"] = latency(port, args.n, 0.001, "/ping")
        print("load   /ping", result["load_ping"], flush=True)
        stop.set()
        for t in threads:
            t.join()

        time.sleep(0.5)
        rss_before = rss_kib(proc.pid)
        stop, counts = threading.Event(), [{}, {}, {}, {}]
        threads = background(port, 2000.0, 5.0, 4, stop, counts)
        pings = latency(port, 200, 0.02, "/ping")
        for t in threads:
            t.join()
        time.sleep(0.5)
        rss_after = rss_kib(proc.pid)
        total = {key: sum(c[key] for c in counts) for key in counts[0]}
        result["flood"] = {"rate": 2000, "seconds": 5, "clients": 4, **total, "ping_during": pings,
                           "rss_before_mib": round(rss_before / 1024, 1), "rss_after_mib": round(rss_after / 1024, 1),
                           "files_in_out_dir": len(os.listdir(out_dir))}
        print("flood ", result["flood"], flush=True)
        result["alive_after"] = Client(port).round_trip(msg("/ping"))[1].address == "/pong"
    finally:
        proc.terminate()
        proc.wait(10)
    result["loadavg_end"] = os.getloadavg()
    print(json.dumps(result))


if __name__ == "__main__":
    main()

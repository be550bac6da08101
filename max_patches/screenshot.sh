#!/usr/bin/env bash
# Render the Pd drum machine with Pd's own GUI on a virtual screen, with a buffer loaded on every track by a
# running `ngs serve`, and save the patch window as a PNG (docs/pd_drum_machine.png by default).
# Needs: puredata (pd + its Tk GUI), xvfb, imagemagick (import, convert), x11-utils (xwininfo).
# Usage: max_patches/screenshot.sh [--checkpoint PATH] [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
ckpt=()
if [ "${1:-}" = "--checkpoint" ]; then ckpt=(--checkpoint "$2"); shift 2; fi
out="${1:-docs/pd_drum_machine.png}"
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1100x800x24 >/dev/null 2>&1 & pids+=($!)
read -r port reply <<<"$(python3 -c 'import socket
s=[socket.socket(socket.AF_INET, socket.SOCK_DGRAM) for _ in range(2)]
[x.bind(("127.0.0.1", 0)) for x in s]; print(*[x.getsockname()[1] for x in s])')"
python3 -m granular_vae.cli serve "${ckpt[@]}" --port "$port" --reply-port "$reply" --out-dir "$work/buffers" \
  >"$work/serve.log" 2>&1 & pids+=($!)
for _ in $(seq 120); do grep -qs "listening on" "$work/serve.log" && break; sleep 0.5; done
grep -q "listening on" "$work/serve.log" || { cat "$work/serve.log"; exit 1; }

clicks=()
for t in 1 2 3 4 5 6 7 8; do
  if [ $((t % 2)) = 1 ]; then clicks+=(-send "ngs-note-$t bang"); else clicks+=(-send "ngs-path-$t bang"); fi
done
DISPLAY="$display" pd -nosound -noprefs -open max_patches/neural_drum_machine.pd \
  -send "ngs-ports $port $reply" "${clicks[@]}" >"$work/pd.log" 2>&1 & pids+=($!)
win=""
for _ in $(seq 60); do
  win="$(DISPLAY="$display" xwininfo -root -tree 2>/dev/null | awk '/"neural_drum_machine.pd/ && !f {print $1; f=1}')"
  [ -n "$win" ] && break
  sleep 0.5
done
[ -n "$win" ] || { echo "the Pd window did not open"; cat "$work/pd.log"; exit 1; }
sleep 4  # let the replies arrive and the waveforms draw
DISPLAY="$display" import -window "$win" "$work/shot.png"
convert "$work/shot.png" -colors 64 "PNG8:$out"
echo "wrote $out ($(stat -c %s "$out") bytes)"

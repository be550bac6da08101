"""osc_server: the real-time OSC front door of ngs (`ngs serve`). No model code lives here; it calls `granular_vae.Synth`.

protocol.py (addresses, schema, errors) -> jobs.py (bounded queue, worker) -> buffers.py (WAV files) ->
server.py (sockets, replies); stream.py plays audio with `--audio`; cli.py adds `ngs serve`.
"""

#!/usr/bin/python3
"""countingproxy.py --target HOST:PORT --results FILE [--delay-ms D]

A TCP proxy on 127.0.0.1 (port chosen by the OS, printed as "READY <port>" on stdout) that
forwards to HOST:PORT and counts the client's *flights* on each connection: a flight is a burst
of client bytes sent at the start or after the client was handed something from the server.
A client that waits for nothing between two writes (TLS Finished + EHLO, MAIL/RCPT/DATA with
PIPELINING, BDAT with the body) adds no flight.

It also counts *waits*: flights after which the client was handed server bytes before it sent
again or closed, i.e. the round trips the client actually sat through. The two differ by the
last flight when the client closes without reading the answer (QUIT without waiting for 221).

Server-to-client bytes are held back D milliseconds (default 50: a server in the same country) before they
are handed to the client. That makes the count independent of loopback races (a server answer
arriving between two client writes the client made without waiting) and gives wall times that
scale with round trips as they do on a real network.

When a connection closes, one JSON line is appended to FILE:
  {"flights": N, "waits": N, "client_bytes": N, "server_bytes": N, "ms": N}
The proxy runs until killed (SIGTERM) or until its stdin closes.
"""
import argparse
import asyncio
import json
import sys
import time


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--target", required=True)
    parser.add_argument("--results", required=True)
    parser.add_argument("--delay-ms", type=float, default=50.0)
    args = parser.parse_args()
    target_host, _, target_port = args.target.rpartition(":")
    delay = args.delay_ms / 1000.0
    loop = asyncio.get_running_loop()

    async def handle(client_reader, client_writer):
        started = time.monotonic()
        state = {"flights": 0, "waits": 0, "client_bytes": 0, "server_bytes": 0, "server_delivered": True,
                 "flight_open": False}
        try:
            server_reader, server_writer = await asyncio.open_connection(target_host, int(target_port))
        except OSError:
            client_writer.close()
            return
        queue = asyncio.Queue()

        async def client_to_server():
            try:
                while True:
                    data = await client_reader.read(65536)
                    if not data:
                        break
                    if state["server_delivered"]:
                        state["flights"] += 1
                        state["server_delivered"] = False
                        state["flight_open"] = True
                    state["client_bytes"] += len(data)
                    server_writer.write(data)
                    await server_writer.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                state["flight_open"] = False  # the client closed: it is not waiting for anything
                try:
                    server_writer.write_eof()
                except (OSError, RuntimeError):
                    pass

        async def server_reader_task():
            try:
                while True:
                    data = await server_reader.read(65536)
                    if not data:
                        break
                    await queue.put((loop.time() + delay, data))
            except (ConnectionError, OSError):
                pass
            await queue.put((loop.time() + delay, None))

        async def server_to_client():
            try:
                while True:
                    due, data = await queue.get()
                    wait = due - loop.time()
                    if wait > 0:
                        await asyncio.sleep(wait)
                    if data is None:
                        break
                    client_writer.write(data)
                    await client_writer.drain()
                    state["server_bytes"] += len(data)
                    state["server_delivered"] = True
                    if state["flight_open"]:
                        state["waits"] += 1
                        state["flight_open"] = False
            except (ConnectionError, OSError):
                pass
            finally:
                try:
                    client_writer.write_eof()
                except (OSError, RuntimeError):
                    pass

        await asyncio.gather(client_to_server(), server_reader_task(), server_to_client())
        for writer in (client_writer, server_writer):
            writer.close()
        with open(args.results, "a") as f:
            f.write(json.dumps({"flights": state["flights"], "waits": state["waits"], "client_bytes": state["client_bytes"],
                                "server_bytes": state["server_bytes"],
                                "ms": round((time.monotonic() - started) * 1000)}) + "\n")

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(f"READY {server.sockets[0].getsockname()[1]}", flush=True)
    # Stop when the parent goes away (stdin EOF), so a crashed benchmark leaves no proxy behind.
    stdin_closed = loop.create_future()
    loop.add_reader(sys.stdin.fileno(), lambda: stdin_closed.done() or (sys.stdin.buffer.read1(1) == b"" and stdin_closed.set_result(None)))
    async with server:
        await stdin_closed


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
